"""What the store remembers per engine (connections on SQLite, hints on both) never misleads it.

A one-event append is planned from the head and stream version last written
through the engine and goes in only if they still hold; these tests change the
log behind the store's back and check that it re-plans from the table.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import Engine, text

from service.schema import migrate
from service.store.connections import _ABANDONED, KeptConnections
from service.store.database import make_engine, read_only
from service.store.events import ConcurrencyError, NewEvent
from service.store.log import EventStore
from service.store.sqlite import sqlite_driver
from service.store.verification import verify_chain

DROP_TRIGGER = {
    "sqlite": "DROP TRIGGER events_refuse_delete",
    "postgresql": "ALTER TABLE events DISABLE TRIGGER events_refuse_change",
}


def test_log_cut_back_behind_the_hints_is_appended_to_without_gaps(engine: Engine) -> None:
    store = EventStore(engine)
    for n in range(5):
        store.append("drug-a", [NewEvent("Step", {"n": n})], expected_version=n)
    with engine.begin() as conn:  # an operator restoring an older copy, say
        conn.execute(text(DROP_TRIGGER[engine.dialect.name]))
        conn.execute(text("DELETE FROM events WHERE position > 3"))

    with pytest.raises(ConcurrencyError):  # the hint says 5; the table says 3
        store.append("drug-a", [NewEvent("Step", {"n": 5})], expected_version=5)
    [stored] = store.append("drug-a", [NewEvent("Step", {"n": 3})], expected_version=3)

    assert (stored.position, stored.stream_version) == (4, 4)
    assert [e.position for e in store.read_all()] == [1, 2, 3, 4]
    assert verify_chain(engine).ok


def test_guessed_and_planned_appends_store_the_same_envelope(engine: Engine) -> None:
    store = EventStore(engine)
    planned = store.append("drug-a", [NewEvent("First", {"n": 1}, {"by": "t"}, "k-1")])
    guessed = store.append("drug-a", [NewEvent("Second", {"n": 2}, {"by": "t"}, "k-2")])
    again = store.append("drug-a", [NewEvent("Second", {"n": 3}, {}, "k-2")])  # a retry

    assert store.read_all() == planned + guessed
    assert again == guessed
    assert verify_chain(engine).ok


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_failed_append_leaves_the_kept_connection_usable(engine: Engine) -> None:
    store = EventStore(engine)
    store.append("drug-a", [NewEvent("One", {})])
    for _ in range(3):
        with pytest.raises(ConcurrencyError):
            store.append("drug-a", [NewEvent("Two", {}), NewEvent("Three", {})], 0)

    kept = sqlite_driver(engine).kept
    assert kept is not None
    conn = kept.take(engine)
    assert not conn.in_transaction
    kept.give_back(conn)
    assert store.append("drug-a", [NewEvent("Two", {})], 1)[0].position == 2


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_engines_on_one_pool_share_one_driver(engine: Engine) -> None:
    assert sqlite_driver(read_only(engine)) is sqlite_driver(engine)


def test_memory_database_uses_the_pool() -> None:
    engine = make_engine("sqlite://")
    migrate(engine)
    store = EventStore(engine)

    store.append("drug-a", [NewEvent("One", {})])
    store.append("drug-a", [NewEvent("Two", {})])

    assert sqlite_driver(engine).kept is None
    assert [e.position for e in store.read_all()] == [1, 2]
    engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_forked_child_opens_its_own_connections(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = KeptConnections()
    parents = kept.take(engine)
    kept.give_back(parents)

    monkeypatch.setattr("service.store.connections.os.getpid", lambda: -1)
    childs = kept.take(engine)

    assert childs is not parents
    assert parents in _ABANDONED  # not closed: the parent still uses it
    assert parents.execute("SELECT 1").fetchone() == (1,)
    kept.give_back(childs)
    _ABANDONED.remove(parents)
    parents.close()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_broken_connection_is_not_kept(engine: Engine) -> None:
    kept = KeptConnections()
    conn = kept.take(engine)
    conn.execute("BEGIN")
    conn.close()

    kept.give_back_after_error(conn)

    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")
    assert kept.take(engine) is not conn


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_kept_connections_serve_any_thread(engine: Engine) -> None:
    store = EventStore(engine)
    store.append("drug-a", [NewEvent("One", {})])  # this thread's connection is kept
    results: list[object] = []

    def append() -> None:
        try:
            results.append(store.append("drug-a", [NewEvent("Two", {})])[0].position)
        except Exception as exc:  # the assertion below shows it
            results.append(exc)

    workers = [threading.Thread(target=append) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert sorted(results) == [2, 3, 4, 5]  # type: ignore[type-var]
    assert verify_chain(engine).ok
