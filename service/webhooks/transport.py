"""The webhook HTTP client: a POST goes only to an address the guard has just checked.

Each request resolves its endpoint's name once, checks every answer, and is sent over a
connection pinned to the first checked address (`connections`) with the original Host
header and TLS server name, so a DNS rebinding between check and connect has nothing to
rebind. No redirect is followed (a 3xx is an answer like any other), every socket
operation has a timeout within the attempt's deadline, and at most `body_limit` bytes
of an answer are read.

It is http.client over kept-alive connections rather than httpx: the same checks at
about a fifth of the CPU per request, which is most of what a dispatcher spends.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType

from service.webhooks.addresses import AddressGuard
from service.webhooks.connections import ConnectionPool, PinnedConnection, default_tls_context
from service.webhooks.endpoints import Endpoint, parse_endpoint

DEFAULT_TIMEOUT = 15.0
USER_AGENT = "pipeline-milestones-webhooks/1"
BODY_LIMIT = 1024


class TimedOut(OSError):
    """No connection, or no answer, within the timeout; the message names the phase."""


@dataclass(frozen=True)
class Answer:
    status_code: int
    body: bytes


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
        self.pool = ConnectionPool(tls or default_tls_context(), self.connect_timeout)
        # An address literal cannot be rebound: its check holds for the client's lifetime.
        self.literals: dict[tuple[str, int], str] = {}

    def post(self, url: str, body: bytes, headers: Mapping[str, str], deadline: float) -> Answer:
        """POST `body`; UrlRefused, TimedOut, OSError or HTTPException when it cannot."""
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
        phase = "ConnectTimeout"
        try:
            if conn.sock is None:
                conn.timeout = _within(self.connect_timeout, deadline, phase)
                conn.connect()
            sock = conn.sock
            assert sock is not None
            phase = "WriteTimeout"
            sock.settimeout(_within(self.timeout, deadline, phase))
            _write(conn, endpoint, body, headers)
            phase = "ReadTimeout"
            sock.settimeout(_within(self.timeout, deadline, phase))
            response = conn.getresponse()
            try:
                data, complete = self._read(sock, response, deadline)
            finally:
                response.close()
        except TimeoutError as exc:
            raise TimedOut(phase) from exc
        return Answer(response.status, data), complete and not response.will_close

    def _read(
        self, sock: socket.socket, response: http.client.HTTPResponse, deadline: float
    ) -> tuple[bytes, bool]:
        """The start of the body; stop at the limit or the deadline (a drip-feeding
        receiver). True when the whole body was read (the connection can be reused)."""
        chunks: list[bytes] = []
        size = 0
        while size <= self.body_limit:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            sock.settimeout(min(self.timeout, remaining))
            try:
                chunk = response.read1(self.body_limit + 1 - size)
            except TimeoutError:
                if chunks and remaining < self.timeout:
                    break  # the deadline, not the receiver's silence, ended the wait
                raise
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        # http.client closes a chunked body at its end, but not a Content-Length one.
        complete = response.isclosed() or (not response.chunked and response.length == 0)
        return b"".join(chunks)[: self.body_limit], complete

    def close(self) -> None:
        self.pool.close()

    def __enter__(self) -> WebhookClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _write(
    conn: PinnedConnection, endpoint: Endpoint, body: bytes, headers: Mapping[str, str]
) -> None:
    conn.putrequest("POST", endpoint.target, skip_host=True, skip_accept_encoding=True)
    conn.putheader("Host", endpoint.authority)
    conn.putheader("User-Agent", USER_AGENT)
    if endpoint.authorization is not None:
        conn.putheader("Authorization", endpoint.authorization)
    for name, value in headers.items():
        conn.putheader(name, value)
    conn.putheader("Content-Length", str(len(body)))
    conn.endheaders(body)


def _within(timeout: float, deadline: float, phase: str) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimedOut(phase)
    return min(timeout, remaining)


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
