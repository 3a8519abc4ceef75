"""The chain check on events in memory: any change to any field is caught at its position."""

from __future__ import annotations

import dataclasses

import pytest

from service.store.events import NewEvent, StoredEvent
from service.store.memory import InMemoryEventLog
from service.store.verification import check_events


@pytest.fixture
def events() -> list[StoredEvent]:
    log = InMemoryEventLog()
    for n in range(6):
        log.append(f"drug-{n % 2}", [NewEvent("T", {"n": n})])
    return log.read_all()


@pytest.mark.parametrize(
    "change",
    [
        {"data": {"n": 99}},
        {"metadata": {"actor": "mallory"}},
        {"type": "Other"},
        {"stream": "drug-x"},
        {"stream_version": 9},
        {"schema_version": 2},
        {"idempotency_key": "k"},
        {"prev_hash": "0" * 64},
    ],
)
def test_any_changed_field_is_found_at_its_position(
    events: list[StoredEvent], change: dict[str, object]
) -> None:
    events[3] = dataclasses.replace(events[3], **change)  # type: ignore[arg-type]
    report = check_events(events)
    assert (report.ok, report.first_bad_position, report.checked) == (False, 4, 3)
    assert "position 4" in report.summary()


def test_intact_events_pass(events: list[StoredEvent]) -> None:
    report = check_events(events)
    assert (report.ok, report.checked) == (True, 6)


def test_a_missing_event_is_a_gap(events: list[StoredEvent]) -> None:
    del events[2]
    report = check_events(events)
    assert (report.ok, report.first_bad_position) == (False, 3)
