"""The database itself refuses to change or remove a stored event (raw SQL, bypassing Python)."""

from __future__ import annotations

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
