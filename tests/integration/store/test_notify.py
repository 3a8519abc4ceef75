"""On PostgreSQL every append transaction notifies `milestone_events` with its last position."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import Engine

from service.store.events import NewEvent
from service.store.log import NOTIFY_CHANNEL, EventStore

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True),
]


def listener(engine: Engine) -> psycopg.Connection[tuple[object, ...]]:
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    conn = psycopg.connect(url, autocommit=True)
    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
    return conn


def test_each_append_notifies_its_last_position(engine: Engine) -> None:
    store = EventStore(engine)
    conn = listener(engine)
    try:
        store.append("drug-a", [NewEvent("A", {}), NewEvent("B", {})])
        store.append("drug-b", [NewEvent("C", {})])
        store.append("drug-b", [NewEvent("C", {}, idempotency_key="k")])
        store.append("drug-b", [NewEvent("C", {}, idempotency_key="k")])  # writes nothing

        payloads = [n.payload for n in conn.notifies(timeout=2.0, stop_after=4)]
    finally:
        conn.close()

    assert payloads == ["2", "3", "4"]


def test_a_refused_append_notifies_nothing(engine: Engine) -> None:
    store = EventStore(engine)
    store.append("drug-a", [NewEvent("A", {})])
    conn = listener(engine)
    try:
        with pytest.raises(Exception, match="expected 0"):
            store.append("drug-a", [NewEvent("A", {})], expected_version=0)
        payloads = [n.payload for n in conn.notifies(timeout=0.5)]
    finally:
        conn.close()
    assert payloads == []
