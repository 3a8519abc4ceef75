"""A real HTTP receiver on loopback that records what it gets (test helper)."""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float

    def verify(self, secret: str) -> Any:
        return Webhook(secret).verify(self.body, self.headers)

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    url: str
    # Given the request, the status to answer (and may sleep to hang).
    answer: Callable[[Received], int] = lambda _r: 200
    requests: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Connections accepted, and the TLS server name each asked for (with `tls=`).
    connections: int = 0
    server_names: list[str | None] = field(default_factory=list)

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def received(self, path: str | None = None) -> list[Received]:
        with self.lock:
            return [r for r in self.requests if path is None or r.path == path]

    def unique_ids(self, path: str | None = None) -> set[str]:
        return {r.headers["webhook-id"] for r in self.received(path)}

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 20.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.02)
        return predicate()


@contextmanager
def running_receiver(tls: ssl.SSLContext | None = None) -> Iterator[Receiver]:
    """A receiver on 127.0.0.1; over TLS when given a server context."""
    holder: dict[str, Receiver] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; with Nagle on, each answer would wait
        # for the client's delayed ACK (~40 ms).
        disable_nagle_algorithm = True

        def setup(self) -> None:
            super().setup()
            with holder["r"].lock:
                holder["r"].connections += 1

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            got = Received(
                self.path, {k.lower(): v for k, v in self.headers.items()},
                self.rfile.read(length), time.time(),
            )  # fmt: skip
            receiver = holder["r"]
            with receiver.lock:
                receiver.requests.append(got)
            status = receiver.answer(got)
            payload = b'{"ok": true}' if status < 300 else b"nope"
            self.send_response(status)
            if 300 <= status < 400:  # somewhere a client that follows redirects would go
                self.send_header("location", "/redirected")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client that timed out and hung up is part of the tests

    server = Server(("127.0.0.1", 0), Handler)
    scheme = "http"
    if tls is not None:
        scheme = "https"

        def remember(_sock: ssl.SSLObject, name: str | None, _ctx: ssl.SSLContext) -> None:
            with holder["r"].lock:
                holder["r"].server_names.append(name)

        tls.sni_callback = remember  # type: ignore[assignment]
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    holder["r"] = Receiver(url=f"{scheme}://127.0.0.1:{server.server_port}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder["r"]
    finally:
        server.shutdown()
        server.server_close()
