"""Kept-alive HTTP/1.1 connections, each pinned to one address the guard checked.

A connection is opened to the address itself (no name lookup of its own) and, for
https, verifies the certificate against the endpoint's name, sent as SNI. Idle
connections are kept per (scheme, name, port, address): one is never reused for another
name (whose certificate it never checked) nor for an address the name no longer has.
"""

from __future__ import annotations

import select
import socket
import ssl
import threading
import time
from collections import deque

import httpx

from service.webhooks.endpoints import Endpoint

PoolKey = tuple[str, str, int, str]


def default_tls_context() -> ssl.SSLContext:
    """The trust store httpx used (certifi, or SSL_CERT_FILE/SSL_CERT_DIR when set)."""
    return httpx.create_ssl_context()


class PinnedConnection:
    """A socket to one checked address; what it read past an answer stays in `buffer`."""

    def __init__(self, address: str, endpoint: Endpoint, tls: ssl.SSLContext | None) -> None:
        self.address = address
        self.port = endpoint.port
        self.server_name = endpoint.host
        self.tls = tls if endpoint.tls else None
        self.sock: socket.socket | None = None
        self.buffer = bytearray()
        self.idle_since = 0.0

    def connect(self, timeout: float) -> socket.socket:
        """To the checked address itself: an address literal needs no DNS lookup."""
        sock = socket.create_connection((self.address, self.port), timeout)
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self.tls is not None:
                sock = self.tls.wrap_socket(sock, server_hostname=self.server_name)
        except BaseException:
            sock.close()
            raise
        self.sock = sock
        return sock

    def is_dropped(self) -> bool:
        """Idle and readable means the peer closed it (or sent what nobody asked for)."""
        if self.sock is None or self.buffer:
            return True
        poller = select.poll()
        poller.register(self.sock, select.POLLIN)
        return bool(poller.poll(0))

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None


class ConnectionPool:
    """Idle connections by key; a connection in use belongs to one thread alone."""

    def __init__(
        self, tls: ssl.SSLContext, max_idle: int = 32, keepalive_expiry: float = 5.0
    ) -> None:
        self.tls = tls
        self.max_idle = max_idle
        self.keepalive_expiry = keepalive_expiry
        self.idle: dict[PoolKey, deque[PinnedConnection]] = {}
        self.idle_count = 0
        self.lock = threading.Lock()
        self.closed = False

    def acquire(self, endpoint: Endpoint, address: str) -> PinnedConnection:
        """An idle connection that is still open, or a new one (not connected yet)."""
        key = (endpoint.scheme, endpoint.host, endpoint.port, address)
        while (conn := self._pop(key)) is not None:
            if time.monotonic() - conn.idle_since < self.keepalive_expiry and not conn.is_dropped():
                return conn
            conn.close()
        return PinnedConnection(address, endpoint, self.tls)

    def _pop(self, key: PoolKey) -> PinnedConnection | None:
        with self.lock:
            idle = self.idle.get(key)
            if not idle:
                return None
            self.idle_count -= 1
            return idle.pop()  # the most recently used: the least likely to have timed out

    def release(self, conn: PinnedConnection, endpoint: Endpoint, reusable: bool) -> None:
        if not reusable or conn.sock is None:
            conn.close()
            return
        conn.idle_since = now = time.monotonic()
        key = (endpoint.scheme, endpoint.host, endpoint.port, conn.address)
        with self.lock:
            idle = self.idle.setdefault(key, deque())
            # Connections left idle at the bottom since a busier moment: let them go.
            stale = []
            while idle and now - idle[0].idle_since >= self.keepalive_expiry:
                stale.append(idle.popleft())
            self.idle_count -= len(stale)
            keep = not self.closed and self.idle_count < self.max_idle
            if keep:
                idle.append(conn)
                self.idle_count += 1
        for old in stale if keep else [*stale, conn]:
            old.close()

    def close(self) -> None:
        with self.lock:
            self.closed = True
            idle = [conn for conns in self.idle.values() for conn in conns]
            self.idle.clear()
            self.idle_count = 0
        for conn in idle:
            conn.close()
