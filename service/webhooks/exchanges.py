"""One HTTP/1.1 POST and its answer, over a connection the caller holds alone.

Only what a webhook needs, with every read bounded: an answer's head is at most
`HEAD_LIMIT` bytes and `HEADER_COUNT` fields, its body is read up to the caller's limit
and no further, and each socket read waits at most the per-read timeout and never past
the attempt's deadline. Bodies are framed as RFC 9112 section 6.3 says (chunked,
Content-Length, or until the server closes); a connection is offered for reuse only
when its answer was read to the end and the server did not ask to close it.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass

HEAD_LIMIT = 64 * 1024
HEADER_COUNT = 100
LINE_LIMIT = 4096
STATUS_LINE = re.compile(rb"HTTP/1\.([01]) ([1-9][0-9][0-9])(?: [^\r\n]*)?")
# Answers that never carry a body, whatever their headers say (RFC 9112 6.3).
BODILESS = frozenset({204, 304})


class TimedOut(OSError):
    """No connection, or no answer, within the timeout; the message names the phase.
    `at_deadline`: the attempt's deadline cut the wait short, not the receiver's silence."""

    def __init__(self, phase: str, at_deadline: bool = False) -> None:
        super().__init__(phase)
        self.at_deadline = at_deadline


class RemoteProtocolError(OSError):
    """The server closed the connection early or answered something that is not HTTP/1.x."""


@dataclass(frozen=True)
class Answer:
    status_code: int
    body: bytes


def request_bytes(method_line: str, fields: Mapping[str, str], body: bytes) -> bytes:
    """Request line, header fields and body in one buffer (one send, no Nagle wait)."""
    lines = [method_line]
    for name, value in fields.items():
        if "\r" in value or "\n" in value:
            raise ValueError(f"header {name!r} may not contain a line break")
        lines.append(f"{name}: {value}")
    lines.append(f"Content-Length: {len(body)}\r\n\r\n")
    return "\r\n".join(lines).encode("latin-1") + body


class Reader:
    """Bytes from a socket, each wait bounded; what is read past an answer stays buffered."""

    def __init__(self, sock: socket.socket, buffer: bytearray, timeout: float, deadline: float):
        self.sock, self.buffer = sock, buffer
        self.timeout, self.deadline = timeout, deadline

    def fill(self) -> None:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimedOut("ReadTimeout", at_deadline=True)
        self.sock.settimeout(min(self.timeout, remaining))
        try:
            data = self.sock.recv(65536)
        except TimeoutError as exc:
            raise TimedOut("ReadTimeout", at_deadline=remaining < self.timeout) from exc
        if not data:
            raise EOFError
        self.buffer += data

    def until(self, marker: bytes, limit: int) -> bytes:
        """The bytes before `marker` (consumed with it); at most `limit` of them."""
        start = 0
        while (end := self.buffer.find(marker, start)) < 0:
            if len(self.buffer) > limit:
                raise RemoteProtocolError(f"no {marker!r} within {limit} bytes")
            start = max(0, len(self.buffer) - len(marker) + 1)
            self.fill()
        if end > limit:
            raise RemoteProtocolError(f"no {marker!r} within {limit} bytes")
        found = bytes(self.buffer[:end])
        del self.buffer[: end + len(marker)]
        return found

    def take(self, size: int) -> bytes:
        taken = bytearray()
        self.move(size, taken)
        return bytes(taken)

    def move(self, size: int, into: bytearray) -> None:
        """`size` bytes onto `into`, moved as they come (a timeout keeps the part read)."""
        while size > 0:
            if not self.buffer:
                self.fill()
            piece = self.buffer[:size]
            into += piece
            del self.buffer[: len(piece)]
            size -= len(piece)


@dataclass(frozen=True)
class Head:
    version: int
    status: int
    fields: dict[bytes, bytes]

    @property
    def keep_alive(self) -> bool:
        tokens = {t.strip().lower() for t in self.fields.get(b"connection", b"").split(b",")}
        return self.version == 1 and b"close" not in tokens


def read_head(reader: Reader) -> Head:
    """The next final answer's head; interim (1xx) answers are skipped."""
    while True:
        try:
            text = reader.until(b"\r\n\r\n", HEAD_LIMIT)
        except EOFError:
            raise RemoteProtocolError("the server closed the connection unanswered") from None
        head = parse_head(text)
        if not 100 <= head.status < 200:
            return head
        if head.status == 101:
            raise RemoteProtocolError("the server switched protocols unasked")


def parse_head(text: bytes) -> Head:
    status_line, *lines = text.split(b"\r\n")
    matched = STATUS_LINE.fullmatch(status_line)
    if matched is None:
        raise RemoteProtocolError(f"not an HTTP/1.x status line: {status_line[:80]!r}")
    if len(lines) > HEADER_COUNT:
        raise RemoteProtocolError(f"more than {HEADER_COUNT} header fields")
    fields: dict[bytes, bytes] = {}
    for line in lines:
        name, colon, value = line.partition(b":")
        if not colon or not name or name != name.strip():
            raise RemoteProtocolError(f"malformed header field: {line[:80]!r}")
        key = name.lower()
        fields[key] = fields[key] + b", " + value.strip() if key in fields else value.strip()
    return Head(int(matched[1]), int(matched[2]), fields)


def read_body(reader: Reader, head: Head, limit: int) -> tuple[bytes, bool]:
    """Up to `limit` bytes of the body, and whether the answer was read to its end.
    A deadline reached after some of the body keeps what came (a drip-feeding server)."""
    got = bytearray()
    try:
        complete = _read_framed(reader, head, limit, got)
    except EOFError:
        raise RemoteProtocolError("the server closed the connection mid-body") from None
    except TimedOut as exc:
        if not (got and exc.at_deadline):
            raise
        complete = False
    return bytes(got[:limit]), complete


def _read_framed(reader: Reader, head: Head, limit: int, got: bytearray) -> bool:
    if head.status in BODILESS:
        return True
    coding = head.fields.get(b"transfer-encoding")
    if coding is not None:
        if coding.rsplit(b",", 1)[-1].strip().lower() != b"chunked":
            return _read_until_close(reader, limit, got)
        # Content-Length beside Transfer-Encoding is a smuggling risk: never reuse that.
        return _read_chunked(reader, limit, got) and b"content-length" not in head.fields
    length = _content_length(head.fields.get(b"content-length"))
    if length is None:
        return _read_until_close(reader, limit, got)
    reader.move(min(length, limit + 1), got)
    return length <= limit


def _content_length(value: bytes | None) -> int | None:
    if value is None:
        return None
    values = {v.strip() for v in value.split(b",")}
    if len(values) != 1 or not (text := values.pop()).isdigit() or len(text) > 18:
        raise RemoteProtocolError(f"bad Content-Length: {value[:80]!r}")
    return int(text)


def _read_chunked(reader: Reader, limit: int, got: bytearray) -> bool:
    """True at the last chunk and trailers; False when the limit stopped the reading."""
    while True:
        size_text = reader.until(b"\r\n", LINE_LIMIT).split(b";", 1)[0].strip()
        if not size_text or len(size_text) > 16 or size_text.strip(b"0123456789abcdefABCDEF"):
            raise RemoteProtocolError(f"bad chunk size: {size_text[:80]!r}")
        size = int(size_text, 16)
        if size == 0:
            for _ in range(HEADER_COUNT + 1):  # trailer fields, then an empty line
                if not reader.until(b"\r\n", LINE_LIMIT):
                    return True
            raise RemoteProtocolError("too many trailer fields")
        if len(got) + size > limit:
            reader.move(limit + 1 - len(got), got)
            return False
        reader.move(size, got)
        if reader.take(2) != b"\r\n":
            raise RemoteProtocolError("a chunk does not end with CRLF")


def _read_until_close(reader: Reader, limit: int, got: bytearray) -> bool:
    """A body without framing ends when the server closes: never reusable."""
    with suppress(EOFError):
        reader.move(limit + 1 - len(got), got)
    return False
