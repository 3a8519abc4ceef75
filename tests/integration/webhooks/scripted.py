"""A loopback HTTP server that answers with exactly the bytes a test scripts (test helper).

For answers a well-behaved server would not give: chunked, oversized, dripped, hanging.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

# Given the connection, answer one request already read from it (write, sleep, close...).
Script = Callable[[socket.socket], None]


@dataclass
class ScriptedServer:
    url: str
    script: Script
    requests: list[bytes] = field(default_factory=list)
    connections: int = 0


def read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += conn.recv(65536)
    return head


def drip(conn: socket.socket, head: bytes, pieces: list[bytes], pause: float) -> None:
    """Send the head at once, then one piece every `pause` seconds."""
    conn.sendall(head)
    for piece in pieces:
        time.sleep(pause)
        conn.sendall(piece)


@contextmanager
def scripted_server(script: Script) -> Iterator[ScriptedServer]:
    listener = socket.create_server(("127.0.0.1", 0))
    server = ScriptedServer(f"http://127.0.0.1:{listener.getsockname()[1]}/hook", script)

    def serve(conn: socket.socket) -> None:
        with conn:
            try:
                while (head := read_request(conn)) is not None:
                    server.requests.append(head)
                    server.script(conn)
            except OSError:
                pass  # the client hung up: part of the tests

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            server.connections += 1
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield server
    finally:
        with suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        listener.close()
