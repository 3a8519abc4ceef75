"""Event log throughput against the `eventsourcing` package's recorders, same run, same data.

Rows (each on SQLite and on PostgreSQL): appends per second with one event per
transaction, appends per second in batches, and reading the whole log back.
Ours runs with everything on: hash chain, UUID/stream/idempotency indexes,
append-only triggers and (PostgreSQL) pg_notify. The peer is eventsourcing's
application recorder (`SQLiteApplicationRecorder` / `PostgresApplicationRecorder`)
fed `StoredEvent`s with random aggregate ids; its timing includes `json.dumps` of
the same payload into `state` (the least its transcoder does) and its read
includes `json.loads`, so both sides go from and to the same dict.

On SQLite both sides run WAL with synchronous=NORMAL (the peer is given the
setting our engine uses). The machine is shared, so the work is cut into chunks
and ours and the peer's alternate chunk by chunk (each on its own fresh
database): a load spike lands on both sides alike. Rates are events divided by
the summed seconds of that side's chunks.

    .venv/bin/python benchmarks/eventstore.py [--events N] [--single-events N]
        [--batch 100] [--chunks 10] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from scratch_databases import scratch_database
from sqlalchemy.engine import make_url

from service.schema import migrate
from service.store.database import make_engine
from service.store.events import NewEvent
from service.store.log import EventStore

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
STREAM_LENGTH = 10  # one-per-transaction appends fill streams of this many events
TOPIC = "service.domain.events:MilestoneRecorded"
Work = Callable[[int, int], object]  # does events [start, stop)


def payload(i: int) -> dict[str, Any]:
    return {
        "milestone_id": f"m-{i}",
        "slug": f"drug-{i // STREAM_LENGTH}",
        "drug": f"Drug {i // STREAM_LENGTH}",
        "milestone_type": "approval",
        "jurisdiction": "US",
        "agency": "FDA",
        "date": "2026-03-14",
        "date_precision": "day",
        "confidence": 0.92,
        "source": {"url": f"https://example.com/news/{i}", "outlet": "Example News"},
    }


def settle_wal(path: str) -> None:
    """Copy what is left in a SQLite WAL into its file, on the caller's clock.

    Our checkpoints run on a thread of their own (`service.store.checkpoints`), the
    peer's inside the commit that crosses SQLite's threshold. Each side's chunk ends
    by checkpointing whatever its WAL still holds: neither side's copying is left to
    run in the other's chunk or escapes its own timing.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        while True:
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if not busy and frames == copied:
                return
    finally:
        conn.close()


# -- ours ------------------------------------------------------------------------------


class Ours:
    def __init__(self, store: EventStore, engine: Any = None) -> None:
        self.store = store
        self.engine = engine

    def settle(self) -> None:
        if self.engine is not None and self.engine.dialect.name == "sqlite":
            settle_wal(self.engine.url.database)

    def single(self, start: int, stop: int) -> None:
        for i in range(start, stop):
            self.store.append(
                f"drug-{i // STREAM_LENGTH}",
                [NewEvent("MilestoneRecorded", payload(i), {"actor": "bench"})],
                expected_version=i % STREAM_LENGTH,
            )

    def batched(self, start: int, stop: int, batch: int) -> None:
        for first in range(start, stop, batch):
            events = [
                NewEvent("MilestoneRecorded", payload(i), {"actor": "bench"})
                for i in range(first, min(first + batch, stop))
            ]
            self.store.append(f"batch-{first}", events, expected_version=0)

    def read(self) -> int:
        return sum(1 for event in self.store.scan() if event.data)


# -- peer ------------------------------------------------------------------------------


class Peer:
    def __init__(self, recorder: Any, path: str | None = None) -> None:
        self.recorder = recorder
        self.path = path  # the SQLite file, None on PostgreSQL
        self.streams: dict[int, uuid.UUID] = {}

    def settle(self) -> None:
        if self.path is not None:
            settle_wal(self.path)

    def originator(self, key: int) -> uuid.UUID:
        return self.streams.setdefault(key, uuid.uuid4())

    def events(self, start: int, stop: int, originator: uuid.UUID, version: int) -> list[Any]:
        from eventsourcing.persistence import StoredEvent

        return [
            StoredEvent(
                originator_id=originator,
                originator_version=version + (i - start),
                topic=TOPIC,
                state=json.dumps(payload(i)).encode(),
            )
            for i in range(start, stop)
        ]

    def single(self, start: int, stop: int) -> None:
        for i in range(start, stop):
            originator = self.originator(i // STREAM_LENGTH)
            self.recorder.insert_events(self.events(i, i + 1, originator, i % STREAM_LENGTH + 1))

    def batched(self, start: int, stop: int, batch: int) -> None:
        for first in range(start, stop, batch):
            last = min(first + batch, stop)
            self.recorder.insert_events(self.events(first, last, self.originator(-first - 1), 1))

    def read(self) -> int:
        count, start = 0, 1
        while page := self.recorder.select_notifications(start=start, limit=2000):
            count += sum(1 for n in page if json.loads(n.state))
            start = page[-1].id + 1
        return count


# -- databases -------------------------------------------------------------------------


@contextmanager
def our_store(backend: str, target: str) -> Iterator[Ours]:
    engine = make_engine(target)
    migrate(engine)
    try:
        yield Ours(EventStore(engine), engine)
    finally:
        engine.dispose()


@contextmanager
def peer_recorder(backend: str, target: str) -> Iterator[Peer]:
    if backend == "sqlite":
        from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteDatastore

        datastore: Any = SQLiteDatastore(db_name=make_url(target).database)
        same_durability_as_ours(datastore)
        recorder: Any = SQLiteApplicationRecorder(datastore)
    else:
        try:
            from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore
        except ImportError as exc:
            reason = f"eventsourcing's PostgreSQL recorder needs psycopg-pool: {exc}"
            raise SystemExit(reason) from exc
        url = make_url(target)
        datastore = PostgresDatastore(
            dbname=url.database or "postgres",
            host=url.host or "127.0.0.1",
            port=url.port or 5432,
            user=url.username or "postgres",
            password=url.password or "",
        )
        recorder = PostgresApplicationRecorder(datastore)
    recorder.create_table()
    try:
        yield Peer(recorder, make_url(target).database if backend == "sqlite" else None)
    finally:
        datastore.close()


def same_durability_as_ours(datastore: Any) -> None:
    """make_engine runs SQLite with WAL and synchronous=NORMAL; eventsourcing leaves the
    default FULL (an fsync per commit). Give the peer NORMAL too, so the figures
    compare the code, not the durability setting."""
    pool = datastore.pool
    create = pool._create_connection

    def create_like_ours() -> Any:
        connection = create()
        connection._sqlite_conn.execute("PRAGMA synchronous=NORMAL")
        return connection

    pool._create_connection = create_like_ours


# -- the run ---------------------------------------------------------------------------


def alternate(count: int, chunks: int, ours: Work, peer: Work) -> tuple[float, float]:
    """Events per second for each side, their chunks interleaved."""
    spent = [0.0, 0.0]
    size = max(1, -(-count // chunks))
    for start in range(0, count, size):
        stop = min(start + size, count)
        for side, work in enumerate((ours, peer)):
            began = time.perf_counter()
            work(start, stop)
            spent[side] += time.perf_counter() - began
    return count / spent[0], count / spent[1]


def run_backend(backend: str, args: argparse.Namespace, workdir: Path) -> list[tuple[str, ...]]:
    single, batched, batch = args.single_events, args.events, args.batch
    with ExitStack() as stack:
        ours = stack.enter_context(
            our_store(backend, stack.enter_context(scratch_database(backend, args.admin, workdir)))
        )
        peer = stack.enter_context(
            peer_recorder(
                backend, stack.enter_context(scratch_database(backend, args.admin, workdir))
            )
        )
        rates = {
            "single": alternate(
                single,
                args.chunks,
                lambda a, b: (ours.single(a, b), ours.settle()),
                lambda a, b: (peer.single(a, b), peer.settle()),
            ),
            "batched": alternate(
                batched,
                args.chunks,
                lambda a, b: (ours.batched(a, b, batch), ours.settle()),
                lambda a, b: (peer.batched(a, b, batch), peer.settle()),
            ),
            # Each side reads its whole log three times, alternating.
            "read": alternate(
                3 * (single + batched), 3, lambda a, b: ours.read(), lambda a, b: peer.read()
            ),
        }
    labels = {
        "single": f"append, 1 event/transaction ({single:,} events)",
        "batched": f"append, batches of {batch} ({batched:,} events)",
        "read": f"read whole log ({single + batched:,} events, 3 passes)",
    }
    return [
        (backend, labels[key], f"{o:,.0f}", f"{p:,.0f}", f"{o / p:.2f}x")
        for key, (o, p) in rates.items()
    ]


def print_table(rows: list[tuple[str, ...]]) -> None:
    header = ("backend", "figure (events/second)", "ours", "eventsourcing", "ratio")
    table = [header, *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    table.insert(1, tuple("-" * w for w in widths))
    for row in table:
        cells = zip(row, widths, strict=True)
        print("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(cells)))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="events for the batch rows")
    parser.add_argument("--single-events", type=int, help="events for 1/transaction (--events)")
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--chunks", type=int, default=10, help="alternations per row")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument(
        "--admin", default=os.environ.get("MILESTONES_TEST_POSTGRES_URL", DEFAULT_PG)
    )
    args = parser.parse_args()
    args.single_events = args.single_events or args.events
    print(
        f"sizes: {args.single_events:,} events one per transaction, {args.events:,} in batches "
        f"of {args.batch}; read = the whole log of {args.single_events + args.events:,} events; "
        f"ours and eventsourcing alternate in {args.chunks} chunks per row"
    )
    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend in args.backends.split(","):
            rows += run_backend(backend.strip(), args, Path(tmp))
    print_table(rows)


if __name__ == "__main__":
    main()
