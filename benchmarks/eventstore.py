"""Event log throughput against the `eventsourcing` package's recorders, same run, same data.

Rows (each on SQLite and on PostgreSQL): appends per second with one event per
transaction, appends per second in batches, and reading the whole log back.
Ours runs with the hash chain, the idempotency/uniqueness indexes, the
append-only triggers and (PostgreSQL) pg_notify on. The peer is eventsourcing's
application recorder (`SQLiteApplicationRecorder` / `PostgresApplicationRecorder`)
fed `StoredEvent`s; its timing includes `json.dumps` of the same payload into
`state` (the least its transcoder would do) and its read includes `json.loads`,
so both sides go from and to the same dict.

    .venv/bin/python benchmarks/eventstore.py [--events N] [--single-events N]
        [--batch 100] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

from service.schema import migrate
from service.store.database import make_engine
from service.store.events import NewEvent
from service.store.log import EventStore

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
STREAM_LENGTH = 10  # one-per-transaction appends cycle through streams of this many events
TOPIC = "service.domain.events:MilestoneRecorded"


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


# -- ours ------------------------------------------------------------------------------


def ours_single(store: EventStore, n: int) -> None:
    for i in range(n):
        store.append(
            f"drug-{i // STREAM_LENGTH}",
            [NewEvent("MilestoneRecorded", payload(i), {"actor": "bench"})],
            expected_version=i % STREAM_LENGTH,
        )


def ours_batched(store: EventStore, n: int, batch: int) -> None:
    for start in range(0, n, batch):
        events = [
            NewEvent("MilestoneRecorded", payload(i), {"actor": "bench"})
            for i in range(start, min(start + batch, n))
        ]
        store.append(f"batch-{start}", events, expected_version=0)


def ours_read(store: EventStore) -> int:
    count = 0
    for event in store.scan():
        count += len(event.data) > 0
    return count


# -- peer ------------------------------------------------------------------------------


def peer_events(start: int, stop: int, originator: uuid.UUID, first_version: int) -> list[Any]:
    from eventsourcing.persistence import StoredEvent

    return [
        StoredEvent(
            originator_id=originator,
            originator_version=first_version + (i - start),
            topic=TOPIC,
            state=json.dumps(payload(i)).encode(),
        )
        for i in range(start, stop)
    ]


def peer_single(recorder: Any, n: int) -> None:
    originator = uuid.uuid4()
    for i in range(n):
        if i % STREAM_LENGTH == 0:
            originator = uuid.uuid4()
        recorder.insert_events(peer_events(i, i + 1, originator, i % STREAM_LENGTH + 1))


def peer_batched(recorder: Any, n: int, batch: int) -> None:
    for start in range(0, n, batch):
        recorder.insert_events(peer_events(start, min(start + batch, n), uuid.uuid4(), 1))


def peer_read(recorder: Any) -> int:
    count, start = 0, 1
    while True:
        page = recorder.select_notifications(start=start, limit=2000)
        if not page:
            return count
        for notification in page:
            count += len(json.loads(notification.state)) > 0
        start = page[-1].id + 1


# -- databases -------------------------------------------------------------------------


@contextmanager
def fresh_database(backend: str, admin_url: str, workdir: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield str(workdir / f"bench-{uuid.uuid4().hex[:8]}.sqlite")
        return
    name = f"ms_bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def our_store(backend: str, target: str) -> Iterator[EventStore]:
    engine = make_engine(f"sqlite:///{target}" if backend == "sqlite" else target)
    migrate(engine)
    try:
        yield EventStore(engine)
    finally:
        engine.dispose()


@contextmanager
def peer_recorder(backend: str, target: str) -> Iterator[Any]:
    if backend == "sqlite":
        from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteDatastore

        datastore: Any = SQLiteDatastore(db_name=target)
        recorder: Any = SQLiteApplicationRecorder(datastore)
    else:
        from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore

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
        yield recorder
    finally:
        datastore.close()


# -- the run ---------------------------------------------------------------------------


def rate(count: int, work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return count / (time.perf_counter() - began)


def run_backend(backend: str, args: argparse.Namespace, workdir: Path) -> list[tuple[str, ...]]:
    rows = []
    single = args.single_events
    with (
        fresh_database(backend, args.admin_url, workdir) as target,
        our_store(backend, target) as store,
    ):
        ours = {
            "single": rate(single, lambda: ours_single(store, single)),
            "batched": rate(args.events, lambda: ours_batched(store, args.events, args.batch)),
            "read": rate(single + args.events, lambda: ours_read(store)),
        }
    with (
        fresh_database(backend, args.admin_url, workdir) as target,
        peer_recorder(backend, target) as recorder,
    ):
        peer = {
            "single": rate(single, lambda: peer_single(recorder, single)),
            "batched": rate(args.events, lambda: peer_batched(recorder, args.events, args.batch)),
            "read": rate(single + args.events, lambda: peer_read(recorder)),
        }
    labels = {
        "single": f"append, 1 event/transaction ({single:,} events)",
        "batched": f"append, batches of {args.batch} ({args.events:,} events)",
        "read": f"read whole log ({single + args.events:,} events)",
    }
    for key, label in labels.items():
        rows.append(
            (
                backend,
                label,
                f"{ours[key]:,.0f}",
                f"{peer[key]:,.0f}",
                f"{ours[key] / peer[key]:.2f}x",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="events for the batch rows")
    parser.add_argument(
        "--single-events",
        type=int,
        default=None,
        help="events for 1/transaction (default: --events)",
    )
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument(
        "--admin-url", default=os.environ.get("MILESTONES_TEST_POSTGRES_URL", DEFAULT_PG)
    )
    args = parser.parse_args()
    args.single_events = args.single_events or args.events
    print(
        f"sizes: {args.single_events:,} events one per transaction, {args.events:,} in batches "
        f"of {args.batch}; read = the whole log of {args.single_events + args.events:,} events"
    )
    header = ("backend", "figure (events/second)", "ours", "eventsourcing", "ratio")
    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend in args.backends.split(","):
            rows += run_backend(backend.strip(), args, Path(tmp))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print(
            "  ".join(
                cell.ljust(w) if i < 2 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )


if __name__ == "__main__":
    main()
