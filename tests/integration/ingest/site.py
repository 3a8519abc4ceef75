"""A real HTTP server on loopback that plays the outside world for the poller tests."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes | Callable[[], Iterator[bytes]] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    gzip: bool = False


Route = Reply | Callable[["Request"], Reply]


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]


class Site:
    """Routes by path; records every request and the most requests ever in flight at once."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.in_flight_by_path: dict[str, int] = {}
        self.max_in_flight_by_path: dict[str, int] = {}
        self.aborted: list[str] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, reply: Route) -> str:
        self.routes[path] = reply
        return self.url(path)

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                request = Request(path, {k.lower(): v for k, v in self.headers.items()})
                with site._lock:
                    site.requests.append(request)
                    site.in_flight += 1
                    site.max_in_flight = max(site.max_in_flight, site.in_flight)
                    now = site.in_flight_by_path.get(path, 0) + 1
                    site.in_flight_by_path[path] = now
                    peak = max(now, site.max_in_flight_by_path.get(path, 0))
                    site.max_in_flight_by_path[path] = peak
                try:
                    self._answer(request)
                finally:
                    with site._lock:
                        site.in_flight -= 1
                        site.in_flight_by_path[path] -= 1

            def _answer(self, request: Request) -> None:
                route = site.routes.get(request.path)
                if route is None:
                    reply = Reply(404, b"not found")
                else:
                    reply = route(request) if callable(route) else route
                if reply.delay:
                    time.sleep(reply.delay)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if callable(reply.body):
                    self._stream(request, reply.body)
                    return
                body = gzip.compress(reply.body) if reply.gzip else reply.body
                if reply.gzip:
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    site.aborted.append(request.path)

            def _stream(self, request: Request, chunks: Callable[[], Iterator[bytes]]) -> None:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                try:
                    for chunk in chunks():
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    site.aborted.append(request.path)
                self.close_connection = True

        return Handler
