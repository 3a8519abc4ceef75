"""Reading an answer: framing, limits, interim answers, and what makes a connection reusable."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from service.webhooks.exchanges import (
    Reader,
    RemoteProtocolError,
    TimedOut,
    read_body,
    read_head,
    request_bytes,
)

LIMIT = 16
NO_CONTENT = b"HTTP/1.1 204 No Content\r\n\r\n"
Pair = tuple[socket.socket, socket.socket]


@pytest.fixture
def pair() -> Iterator[Pair]:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        yield ours, theirs


def answer(pair: Pair, raw: bytes, hang_up: bool = False) -> tuple[int, bytes, bool, bytearray]:
    """Status, body, read-to-the-end and keep-alive, and what is left in the buffer."""
    ours, theirs = pair
    theirs.sendall(raw)
    if hang_up:
        theirs.shutdown(socket.SHUT_WR)
    buffer = bytearray()
    reader = Reader(ours, buffer, timeout=2.0, deadline=time.monotonic() + 2.0)
    head = read_head(reader)
    body, complete = read_body(reader, head, LIMIT)
    return head.status, body, complete and head.keep_alive, buffer


def test_a_content_length_answer_is_read_to_its_end(pair: Pair) -> None:
    raw = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n\r\nhello"
    assert answer(pair, raw) == (200, b"hello", True, bytearray())


def test_interim_answers_are_skipped(pair: Pair) -> None:
    raw = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early\r\nLink: x\r\n\r\n" + NO_CONTENT
    assert answer(pair, raw)[:3] == (204, b"", True)


def test_chunks_are_decoded_with_extensions_and_trailers(pair: Pair) -> None:
    raw = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
        b"3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n"
    )
    assert answer(pair, raw) == (200, b"abc0123456789", True, bytearray())


def test_a_long_body_is_cut_at_the_limit_and_not_reused(pair: Pair) -> None:
    raw = b"HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n" + b"x" * 40
    status, body, reusable, _ = answer(pair, raw)
    assert (status, body, reusable) == (200, b"x" * LIMIT, False)


def test_a_long_chunk_is_cut_at_the_limit_and_not_reused(pair: Pair) -> None:
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    raw = head + b"28\r\n" + b"y" * 40 + b"\r\n0\r\n\r\n"
    status, body, reusable, _ = answer(pair, raw)
    assert (status, body, reusable) == (200, b"y" * LIMIT, False)


@pytest.mark.parametrize(
    "raw",
    [
        b"HTTP/1.1 200 OK\r\n\r\nuntil close",
        b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
        b"HTTP/1.1 200 OK\r\nConnection: keep-alive, Close\r\nContent-Length: 2\r\n\r\nok",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nok",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n"
        b"2\r\nok\r\n0\r\n\r\n",
    ],
    ids=["no-framing", "http-1.0", "connection-close", "not-chunked", "te-and-cl"],
)
def test_answers_that_end_the_connection(pair: Pair, raw: bytes) -> None:
    status, body, reusable, _ = answer(pair, raw, hang_up=True)
    assert status == 200 and body in {b"ok", b"until close"} and not reusable


def test_bytes_past_the_answer_stay_in_the_buffer(pair: Pair) -> None:
    assert answer(pair, NO_CONTENT + b"HTTP/1.1 200")[3] == bytearray(b"HTTP/1.1 200")


@pytest.mark.parametrize(
    "raw",
    [
        b"SMTP ready\r\n\r\n",
        b"HTTP/2 200\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nno colon\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n folded: value\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\nok",
        b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokXX0\r\n\r\n",
        b"HTTP/1.1 101 Switching Protocols\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X-Big: " + b"a" * 70_000 + b"\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
        b"",
    ],
    ids=[
        "not-http", "http-2", "no-colon", "obs-fold", "two-lengths", "negative-length",
        "bad-chunk-size", "chunk-without-crlf", "switching", "huge-head", "cut-short", "nothing",
    ],
)  # fmt: skip
def test_malformed_answers_are_protocol_errors(pair: Pair, raw: bytes) -> None:
    with pytest.raises(RemoteProtocolError):
        answer(pair, raw, hang_up=True)


def test_silence_times_out_and_a_drip_stops_at_the_deadline(pair: Pair) -> None:
    ours, theirs = pair
    reader = Reader(ours, bytearray(), timeout=0.2, deadline=time.monotonic() + 5)
    with pytest.raises(TimedOut, match="ReadTimeout"):
        read_head(reader)
    theirs.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
    reader = Reader(ours, bytearray(), timeout=5.0, deadline=time.monotonic() + 0.3)
    head = read_head(reader)
    assert read_body(reader, head, LIMIT) == (b"abc", False)  # what came before the deadline


def test_a_request_is_one_buffer_and_refuses_line_breaks_in_values() -> None:
    raw = request_bytes("POST /h HTTP/1.1", {"Host": "a.example", "webhook-id": "msg_1"}, b"{}")
    assert raw == (
        b"POST /h HTTP/1.1\r\nHost: a.example\r\nwebhook-id: msg_1\r\nContent-Length: 2\r\n\r\n{}"
    )
    with pytest.raises(ValueError, match="line break"):
        request_bytes("POST / HTTP/1.1", {"x": "a\r\nInjected: 1"}, b"")
