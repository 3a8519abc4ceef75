"""Webhook delivery: throughput and append-to-receipt latency against a plain httpx loop.

Same run, same local receiver (a ThreadingHTTPServer on 127.0.0.1), same body size:
- baseline: one httpx.Client POSTing the bodies one after another (no database);
- ours: events appended to the log, fanned out, claimed, signed, sent and recorded by
  the `Dispatcher` (ordered subscription, and unordered), deliveries per second;
- latency: with the dispatcher running and idle, events appended one by one; p50/p99
  from the append call to the receiver holding the request;
- idle: CPU seconds the idle dispatcher burns per minute (LISTEN/NOTIFY on PostgreSQL,
  200 ms polls on SQLite).

    .venv/bin/python benchmarks/webhooks.py [--events 1000] [--latency-events 200]
        [--backends sqlite,postgresql] [--idle-seconds 5] [--rounds 3] [--warmup 200]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scratch_databases import scratch_database

from service.domain.drugs import milestone_key
from service.domain.events import MilestoneRecorded, Source
from service.domain.mapping import to_data
from service.schema import migrate
from service.store.database import make_engine
from service.store.events import NewEvent
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.dispatcher import DispatchConfig, Dispatcher
from service.webhooks.subscriptions import SubscriptionSpec, create_subscription

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
GUARD = AddressGuard.from_setting("127.0.0.0/8")


def _serve(port_out: Any, count: Any, target: Any, reached: Any, control: Any) -> None:
    """The receiver, in its own process so it takes no GIL time from either side."""
    times: dict[int, float] = {}
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            now = time.time()
            position = self.headers.get("x-bench-position")
            if position is None and b'"position":' in body:
                tail = body.split(b'"position":', 1)[1]
                position = tail.split(b",", 1)[0].split(b"}", 1)[0].decode()
            with lock:
                if position is not None:
                    times.setdefault(int(position), now)
            with count.get_lock():
                count.value += 1
                if 0 < target.value <= count.value:
                    reached.set()
            self.send_response(204)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port_out.send(server.server_port)
    while True:
        command = control.recv()
        with lock:
            if command == "times":
                control.send(dict(times))
            elif command == "reset":
                times.clear()
                control.send("ok")


class Receiver:
    def __init__(self) -> None:
        self.count = mp.Value("i", 0)
        # The receiver says when the count is reached: the measuring process waits
        # blocked, taking no CPU or GIL time from the dispatcher it measures.
        self.target = mp.Value("i", 0)
        self.reached = mp.Event()
        ours, theirs = mp.Pipe()
        port_ours, port_theirs = mp.Pipe()
        self.control = ours
        args = (port_theirs, self.count, self.target, self.reached, theirs)
        self.process = mp.Process(target=_serve, args=args, daemon=True)
        self.process.start()
        self.url = f"http://127.0.0.1:{port_ours.recv()}/hook"

    def reset(self) -> None:
        self.control.send("reset")
        self.control.recv()
        with self.count.get_lock():
            self.count.value = 0
            self.target.value = 0

    def times(self) -> dict[int, float]:
        self.control.send("times")
        return dict(self.control.recv())

    def wait_count(self, n: int, timeout: float = 300.0) -> None:
        with self.count.get_lock():
            self.reached.clear()
            self.target.value = n
            if self.count.value >= n:
                return
        if not self.reached.wait(timeout):
            raise TimeoutError(f"receiver got {self.count.value} of {n}")


def milestone(i: int) -> NewEvent:
    slug = f"drug{i % 100}"
    event = MilestoneRecorded(
        milestone_id=milestone_key(slug, "approval", f"J{i}", {}), slug=slug, drug=slug,
        aliases=("ALIAS-1",), company="Bench Pharma", milestone_type="approval",
        jurisdiction=f"J{i}", agency="FDA", date="2025-05-02", date_precision="day",
        indication="benchmark indication", attributes={},
        source=Source(f"a{i}", f"https://news.example/{i}", "Outlet", "2025-05-02",
                      "The FDA approved it today."),
        confidence=0.9,
    )  # fmt: skip
    return NewEvent(type=event.type, data=to_data(event))


@contextmanager
def database(backend: str, pg_admin: str) -> Iterator[Engine]:
    with (
        tempfile.TemporaryDirectory() as tmp,
        scratch_database(backend, pg_admin, Path(tmp)) as url,
    ):
        engine = make_engine(url)
        try:
            migrate(engine)
            yield engine
        finally:
            engine.dispose()


def subscribe(engine: Engine, url: str, ordered: bool) -> None:
    spec = SubscriptionSpec(url=url, event_types=["milestone.recorded"], ordered=ordered)
    create_subscription(engine, GUARD, spec, datetime.now(UTC))


Measure = tuple[float, float]  # (per second, CPU ms of this process per delivery)


def baseline(receiver: Receiver, n: int, body: bytes) -> Measure:
    receiver.reset()
    with httpx.Client() as client:
        cpu, start = time.process_time(), time.perf_counter()
        for i in range(n):
            client.post(receiver.url, content=body, headers={"x-bench-position": str(i)})
        elapsed = time.perf_counter() - start
    return n / elapsed, (time.process_time() - cpu) * 1000 / n


def throughput(engine: Engine, receiver: Receiver, n: int, ordered: bool) -> Measure:
    """Deliveries per second for a backlog of `n` events, from start to the last receipt."""
    receiver.reset()
    subscribe(engine, receiver.url, ordered)
    store = EventStore(engine)
    for i in range(n):
        store.append(f"drug-drug{i % 100}", [milestone(i)])
    dispatcher = Dispatcher(engine, store, GUARD, config=DispatchConfig())
    cpu, begin = time.process_time(), time.perf_counter()
    dispatcher.start()
    try:
        receiver.wait_count(n)
        return n / (time.perf_counter() - begin), (time.process_time() - cpu) * 1000 / n
    finally:
        dispatcher.stop()
        _cancel_all(engine)


def _cancel_all(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE webhook_subscriptions SET status = 'deleted'"))


def latency(engine: Engine, receiver: Receiver, n: int, idle_seconds: float) -> dict[str, float]:
    receiver.reset()
    subscribe(engine, receiver.url, ordered=True)
    store = EventStore(engine)
    dispatcher = Dispatcher(engine, store, GUARD, config=DispatchConfig())
    dispatcher.start()
    try:
        time.sleep(0.5)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        time.sleep(idle_seconds)
        idle_cpu = (time.process_time() - cpu0) / (time.perf_counter() - wall0) * 60
        sent: dict[int, float] = {}
        for i in range(n):
            before = time.time()
            (event,) = store.append(f"drug-drug{i % 100}", [milestone(10_000 + i)])
            sent[event.position] = before
            time.sleep(0.02)
        receiver.wait_count(n)
    finally:
        dispatcher.stop()
        _cancel_all(engine)
    received = receiver.times()
    waits = sorted((received[p] - t) * 1000 for p, t in sent.items())
    return {
        "p50": statistics.median(waits),
        "p99": waits[min(len(waits) - 1, int(len(waits) * 0.99))],
        "idle_cpu_s_per_min": idle_cpu,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--latency-events", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved; medians reported")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--idle-seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=int, default=200, help="plain POSTs before measuring")
    parser.add_argument("--pg", default=os.environ.get("MILESTONES_TEST_POSTGRES_URL", DEFAULT_PG))
    args = parser.parse_args()
    receiver = Receiver()
    body = real_body()
    print(f"sizes: events={args.events} (= deliveries per measurement, both sides) "
          f"latency_events={args.latency_events} rounds={args.rounds} "
          f"warmup={args.warmup} idle_seconds={args.idle_seconds} "
          f"body_bytes={len(body)} (the plain loop and the dispatcher send this size)")  # fmt: skip
    # Both sides then meet a receiver that is already running hot (threads, imports).
    if args.warmup > 0:
        baseline(receiver, args.warmup, body)
    rows = []
    for backend in args.backends.split(","):
        runs: dict[str, list[Measure]] = {"plain": [], "ordered": [], "unordered": []}
        with database(backend, args.pg) as engine:
            for _ in range(args.rounds):
                runs["plain"].append(baseline(receiver, args.events, body))
                runs["ordered"].append(throughput(engine, receiver, args.events, ordered=True))
                runs["unordered"].append(throughput(engine, receiver, args.events, ordered=False))
            lat = latency(engine, receiver, args.latency_events, args.idle_seconds)
        rows.append((backend, {k: median(v) for k, v in runs.items()}, lat))
    print_table(rows)


def median(measures: list[Measure]) -> Measure:
    return (
        statistics.median(m[0] for m in measures),
        statistics.median(m[1] for m in measures),
    )


def real_body() -> bytes:
    """A body exactly as the dispatcher sends it, for the plain loop to POST."""
    from service.store.memory import InMemoryEventLog
    from service.webhooks.payloads import PayloadBuilder

    log = InMemoryEventLog()
    (event,) = log.append("drug-drug0", [milestone(0)])
    message = PayloadBuilder(log).build(event)
    assert message is not None
    return message.body.encode()


def print_table(rows: list[tuple[str, dict[str, Measure], dict[str, float]]]) -> None:
    print(f"{'backend':<11}{'plain/s':>8}{'ordered/s':>10}{'ratio':>6}{'unordered/s':>12}"
          f"{'ratio':>6}{'cpu ms: plain/ord/unord':>25}{'p50 ms':>8}{'p99 ms':>8}"
          f"{'idle cpu s/min':>15}")  # fmt: skip
    for backend, m, lat in rows:
        plain, ordered, unordered = m["plain"], m["ordered"], m["unordered"]
        cpu = f"{plain[1]:.2f}/{ordered[1]:.2f}/{unordered[1]:.2f}"
        print(f"{backend:<11}{plain[0]:>8.0f}{ordered[0]:>10.0f}{ordered[0] / plain[0]:>6.2f}"
              f"{unordered[0]:>12.0f}{unordered[0] / plain[0]:>6.2f}{cpu:>25}"
              f"{lat['p50']:>8.1f}{lat['p99']:>8.1f}"
              f"{lat['idle_cpu_s_per_min']:>15.2f}")  # fmt: skip
    print("goals: ratio >= 0.80 of the plain loop; p99 < 1000 ms; idle cpu small")
    print("cpu ms = this process's CPU per delivery (the receiver runs in its own process)")


if __name__ == "__main__":
    main()
