"""A lean closed-loop HTTP/1.1 load generator, run in its own process.

httpx in the benchmark's own process spent more time per request than the server
did, so every endpoint measured the client. Here each of `clients` keep-alive
connections is a bare asyncio protocol (uvloop when installed): it writes a
pre-built request, waits for the status line and headers, reads exactly
Content-Length bytes of body, notes the latency and sends the next request. Every
answer must be 200 with a Content-Length and a complete body; the bodies are parsed
as JSON after the clock stops, so a truncated or malformed body fails the run.

    measure(host, {name: (port, paths, warm_paths)}, clients, slices)
        -> {name: (seconds, latencies)}
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any, cast


class Failure(RuntimeError):
    """An answer that is not a complete 200 response."""


class Connection(asyncio.Protocol):
    """One keep-alive client: one request in flight, the next as soon as the answer is whole.

    The answer's chunks are kept as received (no copying while the clock runs) and
    joined only when the bodies are checked.
    """

    def __init__(self, run: Run, done: asyncio.Future[None]) -> None:
        self.run = run
        self.done = done
        self.transport: asyncio.Transport | None = None
        self.chunks: list[bytes] = []
        self.size = 0
        self.expected = -1  # total bytes of the answer in flight once its head is read
        self.head_size = 0
        self.began = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is no subclass
        # the first request waits for the clock: see drive()

    def send_next(self) -> None:
        request = next(self.run.queue, None)
        if request is None:
            self.done.set_result(None)
            return
        self.began = time.perf_counter()
        assert self.transport is not None
        self.transport.write(request)

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.expected < 0 and not self.read_head():
            return
        if self.size < self.expected:
            return
        if self.size > self.expected:
            self.fail(f"{self.size - self.expected} bytes beyond Content-Length")
            return
        self.run.latencies.append(time.perf_counter() - self.began)
        self.run.answers.append((self.head_size, self.chunks))
        self.chunks = []
        self.size = 0
        self.expected = -1
        self.send_next()

    def read_head(self) -> bool:
        received = b"".join(self.chunks)
        self.chunks = [received]
        end = received.find(b"\r\n\r\n")
        if end < 0:
            return False
        lines = received[:end].decode("latin-1").split("\r\n")
        length = None
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        if not lines[0].startswith("HTTP/1.1 200 ") or length is None:
            self.fail(f"{lines[0]!r} (Content-Length {length}): {received[:500]!r}")
            return False
        self.head_size = end + 4
        self.expected = self.head_size + length
        return True

    def fail(self, why: str) -> None:
        if not self.done.done():
            self.done.set_exception(Failure(why))
        assert self.transport is not None
        self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_exception(Failure(f"connection closed mid-run: {exc}"))


class Run:
    def __init__(self, requests: list[bytes]) -> None:
        self.queue: Iterator[bytes] = iter(requests)
        self.latencies: list[float] = []
        self.answers: list[tuple[int, list[bytes]]] = []  # head size, chunks as received


def requests_for(host: str, port: int, paths: list[str]) -> list[bytes]:
    head = f"Host: {host}:{port}\r\nUser-Agent: http_load\r\nAccept: */*\r\n\r\n"
    return [f"GET {path} HTTP/1.1\r\n{head}".encode() for path in paths]


async def drive(host: str, port: int, paths: list[str], clients: int) -> tuple[float, Run]:
    """All paths over `clients` connections (opened before the clock starts)."""
    run = Run(requests_for(host, port, paths))
    loop = asyncio.get_running_loop()
    gates: list[asyncio.Future[None]] = [loop.create_future() for _ in range(clients)]
    made = [
        await loop.create_connection(lambda done=done: Connection(run, done), host, port)
        for done in gates
    ]
    began = time.perf_counter()
    for _, protocol in made:
        protocol.send_next()
    await asyncio.gather(*gates)
    elapsed = time.perf_counter() - began
    for transport, _ in made:
        transport.close()
    return elapsed, run


def _check(run: Run, expected: int) -> None:
    if len(run.latencies) != expected:
        raise Failure(f"{len(run.latencies)} answers to {expected} requests")
    for head_size, chunks in run.answers:
        json.loads(b"".join(chunks)[head_size:])  # a truncated or malformed body raises here


def turns(names: list[str], slices: int) -> Iterator[tuple[int, str]]:
    """(slice, target) in alternating order: AB, BA, AB, ... so neither always goes first."""
    for part in range(slices):
        order = names if part % 2 == 0 else names[::-1]
        for name in order:
            yield part, name


async def _run(job: dict[str, Any]) -> dict[str, dict[str, Any]]:
    host, clients, slices = job["host"], job["clients"], job["slices"]
    targets: dict[str, dict[str, Any]] = job["targets"]
    for target in targets.values():
        _, warm = await drive(host, target["port"], target["warm"], clients)
        _check(warm, len(target["warm"]))
    found = {name: {"elapsed": 0.0, "latencies": []} for name in targets}
    for part, name in turns(list(targets), slices):
        paths = targets[name]["paths"][part::slices]
        elapsed, run = await drive(host, targets[name]["port"], paths, clients)
        _check(run, len(paths))
        found[name]["elapsed"] += elapsed
        found[name]["latencies"].extend(run.latencies)
    return found


def _main() -> None:
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    json.dump(asyncio.run(_run(json.load(sys.stdin))), sys.stdout)


def measure(
    host: str, targets: dict[str, tuple[int, list[str], list[str]]], clients: int, slices: int
) -> dict[str, tuple[float, list[float]]]:
    """Per target (port, timed paths, warm-up paths): seconds spent and every latency.

    Each target is warmed up, then its paths are timed in `slices` slices, the targets
    taking turns, so a burst of load from elsewhere on the machine falls on both alike.
    The client runs in a process of its own (its own GIL).
    """
    job = {
        "host": host,
        "clients": clients,
        "slices": slices,
        "targets": {
            name: {"port": port, "paths": paths, "warm": warm}
            for name, (port, paths, warm) in targets.items()
        },
    }
    answer = subprocess.run(
        [sys.executable, __file__], input=json.dumps(job), capture_output=True, text=True
    )
    if answer.returncode != 0:
        raise Failure(f"load generator failed: {answer.stderr[-2000:]}")
    found = json.loads(answer.stdout)
    return {
        name: (float(got["elapsed"]), [float(x) for x in got["latencies"]])
        for name, got in found.items()
    }


if __name__ == "__main__":
    _main()
