"""Two engines on one database: what one remembers about the log goes stale when the other writes.

On PostgreSQL a one-event append is planned from the head and stream version
last seen through its engine and written only if they still hold; these tests
make them wrong on purpose (a second engine, as a second process would have)
and check that nothing is lost, duplicated, mis-chained or mis-versioned.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from service.schema import migrate
from service.store.database import make_engine
from service.store.events import ConcurrencyError, NewEvent
from service.store.log import EventStore
from service.store.verification import verify_chain
from tests.conftest import DatabaseFactory


@pytest.fixture
def other(engine: Engine) -> Iterator[EventStore]:
    """A store on a second engine: it shares the database, not the hints."""
    second = make_engine(engine.url.render_as_string(hide_password=False))
    yield EventStore(second)
    second.dispose()


def test_interleaved_stores_keep_positions_versions_and_chain(
    engine: Engine, other: EventStore
) -> None:
    first, second = EventStore(engine), other
    for n in range(6):
        writer = first if n % 3 else second
        writer.append("drug-shared", [NewEvent("Step", {"n": n})], expected_version=n)
        first.append(f"drug-own-{n % 2}", [NewEvent("Own", {"n": n})])

    events = first.read_all()
    assert [e.position for e in events] == list(range(1, 13))
    assert [e.data["n"] for e in first.read_stream("drug-shared")] == list(range(6))
    assert [e.stream_version for e in first.read_stream("drug-own-1")] == [1, 2, 3]
    assert verify_chain(engine).ok


def test_stale_version_still_refused_and_fresh_one_accepted(
    engine: Engine, other: EventStore
) -> None:
    first, second = EventStore(engine), other
    first.append("drug-a", [NewEvent("One", {})])
    second.append("drug-a", [NewEvent("Two", {})], expected_version=1)

    with pytest.raises(ConcurrencyError) as refused:
        first.append("drug-a", [NewEvent("Three", {})], expected_version=1)
    assert refused.value.actual == 2
    stored = first.append("drug-a", [NewEvent("Three", {})], expected_version=2)
    assert (stored[0].position, stored[0].stream_version) == (3, 3)


def test_key_stored_by_another_store_is_not_written_again(
    engine: Engine, other: EventStore
) -> None:
    first, second = EventStore(engine), other
    first.append("drug-warmup", [NewEvent("Warm", {})])
    kept = second.append("drug-k", [NewEvent("Keyed", {"v": 1}, idempotency_key="k-1")])

    again = first.append("drug-k", [NewEvent("Keyed", {"v": 2}, idempotency_key="k-1")])

    assert again == kept
    assert first.head_position() == 2
    assert verify_chain(engine).ok


@pytest.mark.postgres
def test_database_without_the_one_statement_append_still_appends(
    database_url: DatabaseFactory,
) -> None:
    # The one-statement append is PostgreSQL's, so this runs there only.
    engine = make_engine(database_url("postgresql"))
    migrate(engine)
    with engine.begin() as conn:  # a database migrated before the function existed
        conn.execute(text("DROP FUNCTION events_append_one"))
    store = EventStore(engine)

    for n in range(3):
        store.append("drug-a", [NewEvent("Step", {"n": n})], expected_version=n)

    assert [e.stream_version for e in store.read_stream("drug-a")] == [1, 2, 3]
    assert verify_chain(engine).ok
    engine.dispose()
