"""The projector: follows the log from its checkpoint and keeps the read models current.

Each batch is loaded, folded in memory and written with executemany in one
transaction together with the new checkpoint, so a crash leaves either the whole
batch applied or none of it. A rebuild folds the whole log in memory from a
snapshot, then swaps every table's rows and the checkpoint in one transaction.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, insert, select, update

from service.projections.fold import FOLDED_EVENTS, LedgerFold
from service.projections.storage import load_for, write_drugs
from service.projections.tables import PROJECTION_TABLES, projection_checkpoints
from service.store.database import read_only
from service.store.log import EventStore

CHECKPOINT = "ledger"
REBUILD_CACHE_KIB = -131072  # SQLite's page cache during a rebuild's write: 128 MiB
log = logging.getLogger(__name__)
Progress = Callable[[int], None]


@dataclass(frozen=True)
class ProjectionRun:
    events: int
    position: int
    drugs: int
    milestones: int


def read_checkpoint(conn: Connection, lock: bool = False) -> int:
    query = select(projection_checkpoints.c.position).where(
        projection_checkpoints.c.name == CHECKPOINT
    )
    if lock and conn.dialect.name == "postgresql":
        query = query.with_for_update()
    position = conn.scalar(query)
    if position is None:
        conn.execute(insert(projection_checkpoints).values(name=CHECKPOINT, position=0))
        if lock and conn.dialect.name == "postgresql":
            return read_checkpoint(conn, lock=True)
        return 0
    return int(position)


def _save_checkpoint(conn: Connection, position: int) -> None:
    conn.execute(
        update(projection_checkpoints)
        .where(projection_checkpoints.c.name == CHECKPOINT)
        .values(position=position)
    )


def checkpoint(engine: Engine) -> int:
    with read_only(engine).connect() as conn:
        position = conn.scalar(
            select(projection_checkpoints.c.position).where(
                projection_checkpoints.c.name == CHECKPOINT
            )
        )
    return int(position or 0)


def _report(fold: LedgerFold) -> None:
    for position, reason in fold.rejected:
        log.warning("event at position %d set aside by the projector: %s", position, reason)


def project_batch(engine: Engine, store: EventStore, batch_size: int = 2000) -> ProjectionRun:
    """Fold the next batch after the checkpoint; the checkpoint moves in the same transaction."""
    with engine.begin() as conn, _sqlite_pragma(conn, "secure_delete", "OFF"):
        start = read_checkpoint(conn, lock=True)
        head = store.head_position()
        batch = store.read_all(after_position=start, limit=batch_size, types=sorted(FOLDED_EVENTS))
        if len(batch) < batch_size:
            end = max(head, batch[-1].position if batch else start)
        else:
            end = batch[-1].position
        fold = load_for(conn, batch)
        fold.apply_all(batch)
        _report(fold)
        written = write_drugs(conn, fold, fold.touched)
        if end != start:
            _save_checkpoint(conn, end)
    return ProjectionRun(len(batch), end, len(fold.touched), written)


def catch_up(engine: Engine, batch_size: int = 2000, max_batches: int | None = None) -> int:
    """Project until the checkpoint reaches the head; returns how many events were folded."""
    store = EventStore(engine)
    folded = 0
    batches = 0
    while max_batches is None or batches < max_batches:
        run = project_batch(engine, store, batch_size)
        folded += run.events
        batches += 1
        if run.events < batch_size:
            break
    return folded


def rebuild(engine: Engine, progress: Progress | None = None) -> ProjectionRun:
    """Drop every read-model row and fold the log again from position 0.

    The new rows and the checkpoint replace the old in one transaction: a crash
    anywhere before its commit leaves the old read models as they were.
    """
    store = EventStore(engine)
    head = store.head_position()
    # Millions of long-lived objects and no cycles: the cyclic GC would rescan them all
    # again and again while the fold grows and while its rows are rendered.
    collecting = gc.isenabled()
    gc.disable()
    try:
        fold, count, last = _fold_log(store, progress)
        _report(fold)
        position = max(last, head)
        with engine.begin() as conn:
            # Locked first: a batch of the incremental projector waits instead of
            # writing between this transaction's delete and its inserts.
            read_checkpoint(conn, lock=True)
            with _sqlite_pragma(conn, "secure_delete", "OFF"), _bulk_write(conn):
                for table in PROJECTION_TABLES:
                    conn.execute(delete(table))
                written = write_drugs(conn, fold, set(fold.registry.drugs), fresh=True)
            _save_checkpoint(conn, position)
    finally:
        if collecting:
            gc.enable()
    if progress is not None:
        progress(position)
    return ProjectionRun(count, position, len(fold.registry.drugs), written)


@contextmanager
def _sqlite_pragma(conn: Connection, name: str, value: str) -> Iterator[None]:
    """A SQLite pragma set for the block, then the connection's own value put back.

    Used for secure_delete: Debian's SQLite is built with it on, so every page freed
    by replacing read-model rows is first overwritten with zeros, and that page is
    written to the WAL too (about a tenth of a rebuild on SQLite). Read models are derived from
    the log; there is nothing in them to scrub. Other tables keep the setting.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    previous = conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()
    conn.exec_driver_sql(f"PRAGMA {name} = {value}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA {name} = {previous}")


@contextmanager
def _bulk_write(conn: Connection) -> Iterator[None]:
    """On SQLite, a bigger page cache and no secondary indexes while every row is rewritten.

    Building an index once from all rows costs far less than updating it row by row,
    and a write of every row through SQLite's default 2 MB cache is mostly system
    calls. The DDL is transactional and WAL readers keep their snapshot: a crash
    before the commit leaves the old indexes, and no reader sees them missing. (On
    PostgreSQL a dropped index would lock readers out until the commit.)
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    with _sqlite_pragma(conn, "cache_size", str(REBUILD_CACHE_KIB)):
        names = ", ".join(f"'{table.name}'" for table in PROJECTION_TABLES)
        found = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({names})"
        ).all()
        for name, _ in found:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        yield
        for _, sql in found:
            conn.exec_driver_sql(str(sql))


def _fold_log(store: EventStore, progress: Progress | None) -> tuple[LedgerFold, int, int]:
    """The whole log folded from nothing: (fold, events folded, last position)."""
    fold = LedgerFold()
    apply = fold.apply
    count = 0
    last = 0
    for event in store.scan(0, types=sorted(FOLDED_EVENTS), batch_size=5000):
        apply(event)
        count += 1
        last = event.position
        if progress is not None and count % 5000 == 0:
            progress(last)
    return fold, count, last
