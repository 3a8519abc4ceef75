"""Rows written by the driver-level hot path read back identically through SQLAlchemy Core."""

from __future__ import annotations

from sqlalchemy import Engine, select

from service.store.events import NewEvent
from service.store.log import EventStore, row_to_event
from service.store.tables import events


def test_core_select_reads_what_the_store_wrote(engine: Engine) -> None:
    store = EventStore(engine)
    store.append("drug-a", [NewEvent("A", {"x": [1, 2.5, "é"]}, {"actor": "t"}, "k1")])
    store.append("drug-b", [NewEvent("B", {"nested": {"z": None}}), NewEvent("C", {})])

    with engine.connect() as conn:
        rows = conn.execute(select(events).order_by(events.c.position)).all()

    assert [row_to_event(row) for row in rows] == store.read_all()


def test_scan_streams_everything_in_batches(engine: Engine) -> None:
    store = EventStore(engine)
    for n in range(7):
        store.append("drug-a", [NewEvent("A" if n % 2 else "B", {"n": n})])

    assert [e.position for e in store.scan(batch_size=2)] == list(range(1, 8))
    assert [e.position for e in store.scan(after_position=3, types=["A"], batch_size=2)] == [4, 6]
    assert list(store.scan(types=[])) == []
