"""The database itself refuses to change or remove a stored event (raw SQL, bypassing Python)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from service.store.events import NewEvent
from service.store.log import EventStore


@pytest.fixture
def stored(engine: Engine) -> EventStore:
    store = EventStore(engine)
    store.append("drug-a", [NewEvent("MilestoneRecorded", {"n": 1}), NewEvent("X", {"n": 2})])
    return store


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE events SET data = '{\"n\": 99}' WHERE position = 1",
        "UPDATE events SET hash = 'forged'",
        "DELETE FROM events WHERE position = 2",
        "DELETE FROM events",
    ],
)
def test_update_and_delete_are_refused(engine: Engine, stored: EventStore, statement: str) -> None:
    before = stored.read_all()

    with pytest.raises(DatabaseError, match="append-only"), engine.begin() as conn:
        conn.execute(text(statement))

    assert stored.read_all() == before


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_truncate_is_refused_on_postgresql(engine: Engine, stored: EventStore) -> None:
    with pytest.raises(DatabaseError, match="append-only"), engine.begin() as conn:
        conn.execute(text("TRUNCATE events"))
    assert stored.head_position() == 2


def test_appending_still_works_after_a_refused_change(engine: Engine, stored: EventStore) -> None:
    with pytest.raises(DatabaseError), engine.begin() as conn:
        conn.execute(text("DELETE FROM events"))
    assert stored.append("drug-a", [NewEvent("Y", {})])[0].position == 3


def _row(store: EventStore, **changes: object) -> dict[str, object]:
    """The last stored row as the next one would look, with `changes` applied."""
    last = store.read_all()[-1]
    row: dict[str, object] = {
        "position": last.position + 1,
        "event_id": uuid.uuid4().hex,
        "stream": last.stream,
        "stream_version": last.stream_version + 1,
        "type": "X",
        "schema_version": 1,
        "data": "{}",
        "metadata": "{}",
        "recorded_at": "2026-01-01 00:00:00.000000",
        "idempotency_key": None,
        "prev_hash": last.hash,
        "hash": "f" * 64,
    }
    return row | changes


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    "changes",
    [
        {"position": 4},  # a gap
        {"prev_hash": "0" * 64},  # not the hash before it
        {"stream_version": 4},  # a gap in the stream
        {"stream": "drug-new", "stream_version": 2},  # a stream starting past 1
    ],
)
def test_sqlite_one_statement_append_refuses_a_row_that_does_not_continue_the_log(
    engine: Engine, stored: EventStore, changes: dict[str, object]
) -> None:
    insert = text(
        f"INSERT INTO events_append_one ({', '.join(_row(stored))}) "
        f"VALUES ({', '.join(':' + name for name in _row(stored))})"
    )
    with pytest.raises(DatabaseError, match="appended in order"), engine.begin() as conn:
        conn.execute(insert, _row(stored, **changes))

    with engine.begin() as conn:  # the row that does continue it goes in
        conn.execute(insert, _row(stored))
    assert stored.head_position() == 3


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sqlite_database_without_the_one_statement_append_still_appends(engine: Engine) -> None:
    with engine.begin() as conn:  # a database migrated before the view existed
        conn.execute(text("DROP VIEW events_append_one"))
    store = EventStore(engine)

    for n in range(3):
        store.append("drug-a", [NewEvent("Step", {"n": n})], expected_version=n)

    assert [e.stream_version for e in store.read_stream("drug-a")] == [1, 2, 3]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sqlite_view_dropped_after_use_still_appends(engine: Engine) -> None:
    store = EventStore(engine)
    store.append("drug-a", [NewEvent("Step", {"n": 0})], expected_version=0)
    store.append("drug-a", [NewEvent("Step", {"n": 1})], expected_version=1)  # via the view
    with engine.begin() as conn:
        conn.execute(text("DROP VIEW events_append_one"))

    store.append("drug-a", [NewEvent("Step", {"n": 2})], expected_version=2)

    assert [e.stream_version for e in store.read_stream("drug-a")] == [1, 2, 3]
