"""The pure decision of what an append writes (shared by every back-end)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from service.store.appending import plan_append
from service.store.chain import GENESIS_HASH
from service.store.events import AppendRequest, ConcurrencyError, NewEvent, new_event_id

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def test_new_events_continue_the_head_and_the_stream() -> None:
    plan = plan_append(
        [AppendRequest("s", [NewEvent("T", {}), NewEvent("T", {})], expected_version=4)],
        head=(10, "a" * 64),
        versions={"s": 4},
        known={},
        now=NOW,
    )
    events = [pending.event for pending in plan.new]
    assert [(e.position, e.stream_version) for e in events] == [(11, 5), (12, 6)]
    assert events[0].prev_hash == "a" * 64 and events[1].prev_hash == events[0].hash
    assert plan.results == events


def test_stale_expected_version_is_a_concurrency_error() -> None:
    with pytest.raises(ConcurrencyError) as raised:
        plan_append(
            [AppendRequest("s", [NewEvent("T", {})], expected_version=1)],
            head=(3, "a" * 64),
            versions={"s": 2},
            known={},
            now=NOW,
        )
    assert (raised.value.expected, raised.value.actual) == (1, 2)


def test_known_keys_are_answered_from_the_log_without_a_version_check() -> None:
    first = plan_append(
        [AppendRequest("s", [NewEvent("T", {}, idempotency_key="k")])],
        head=(0, GENESIS_HASH),
        versions={},
        known={},
        now=NOW,
    ).results[0]

    again = plan_append(
        [AppendRequest("s", [NewEvent("T", {}, idempotency_key="k")], expected_version=0)],
        head=(1, first.hash),
        versions={"s": 1},
        known={"k": first},
        now=NOW,
    )

    assert again.new == [] and again.results == [first]


def test_event_ids_are_uuid7_and_time_ordered() -> None:
    ids = [new_event_id() for _ in range(50)]
    assert {i.version for i in ids} == {7}
    # The first 48 bits are milliseconds: never decreasing.
    millis = [i.int >> 80 for i in ids]
    assert millis == sorted(millis)
    assert len(set(ids)) == 50
