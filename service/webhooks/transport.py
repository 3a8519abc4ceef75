"""The webhook HTTP client: a POST goes only to an address the guard has just checked.

Each request resolves its endpoint's name once, checks every answer, and is sent over a
connection pinned to the first checked address (`connections`) with the original Host
header and TLS server name, so a DNS rebinding between check and connect has nothing to
rebind. No redirect is followed (a 3xx is an answer like any other), every socket
operation has a timeout within the attempt's deadline, and at most `body_limit` bytes
of an answer are read (`exchanges`).

It is a small HTTP/1.1 client over kept-alive connections rather than httpx: the same
checks for a tenth of the CPU per request, which was most of what a dispatcher spent.
"""

from __future__ import annotations

import ipaddress
import ssl
import time
from collections.abc import Mapping
from types import TracebackType

from service.webhooks.addresses import AddressGuard
from service.webhooks.connections import ConnectionPool, PinnedConnection, default_tls_context
from service.webhooks.endpoints import Endpoint, parse_endpoint
from service.webhooks.exchanges import (
    Answer,
    Reader,
    RemoteProtocolError,
    TimedOut,
    read_body,
    read_head,
    request_bytes,
)

DEFAULT_TIMEOUT = 15.0
USER_AGENT = "pipeline-milestones-webhooks/1"
BODY_LIMIT = 1024

__all__ = ["Answer", "RemoteProtocolError", "TimedOut", "WebhookClient"]


class WebhookClient:
    """Thread-safe: each request holds its connection alone; idle ones are shared."""

    def __init__(
        self, guard: AddressGuard, timeout: float = DEFAULT_TIMEOUT,
        tls: ssl.SSLContext | None = None, body_limit: int = BODY_LIMIT,
    ) -> None:  # fmt: skip
        self.guard = guard
        self.timeout = timeout
        self.connect_timeout = min(timeout, 5.0)
        self.body_limit = body_limit
        self.pool = ConnectionPool(tls or default_tls_context())
        # An address literal cannot be rebound: its check holds for the client's lifetime.
        self.literals: dict[tuple[str, int], str] = {}

    def post(self, url: str, body: bytes, headers: Mapping[str, str], deadline: float) -> Answer:
        """POST `body`; UrlRefused, TimedOut or another OSError when it cannot."""
        endpoint = parse_endpoint(url)
        conn = self.pool.acquire(endpoint, self.address_for(endpoint))
        reusable = False
        try:
            answer, reusable = self._exchange(conn, endpoint, body, headers, deadline)
            return answer
        finally:
            self.pool.release(conn, endpoint, reusable)

    def address_for(self, endpoint: Endpoint) -> str:
        """The checked address to connect to: a name is resolved (and checked) every time."""
        key = (endpoint.host, endpoint.port)
        address = self.literals.get(key)
        if address is None:
            address = str(self.guard.resolve(endpoint.host, endpoint.port)[0])
            if _is_literal(endpoint.host):
                self.literals[key] = address
        return address

    def _exchange(
        self, conn: PinnedConnection, endpoint: Endpoint, body: bytes,
        headers: Mapping[str, str], deadline: float,
    ) -> tuple[Answer, bool]:  # fmt: skip
        sock = conn.sock
        if sock is None:
            try:
                sock = conn.connect(_within(self.connect_timeout, deadline, "ConnectTimeout"))
            except TimeoutError as exc:
                raise TimedOut("ConnectTimeout") from exc
        fields = {"Host": endpoint.authority, "User-Agent": USER_AGENT, **headers}
        if endpoint.authorization is not None:
            fields["Authorization"] = endpoint.authorization
        sock.settimeout(_within(self.timeout, deadline, "WriteTimeout"))
        try:
            sock.sendall(request_bytes(f"POST {endpoint.target} HTTP/1.1", fields, body))
        except TimeoutError as exc:
            raise TimedOut("WriteTimeout") from exc
        reader = Reader(sock, conn.buffer, self.timeout, deadline)
        head = read_head(reader)
        data, complete = read_body(reader, head, self.body_limit)
        # Bytes past the answer were never asked for: that connection is not trusted again.
        reusable = complete and head.keep_alive and not conn.buffer
        return Answer(head.status, data), reusable

    def close(self) -> None:
        self.pool.close()

    def __enter__(self) -> WebhookClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _within(timeout: float, deadline: float, phase: str) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimedOut(phase, at_deadline=True)
    return min(timeout, remaining)


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
