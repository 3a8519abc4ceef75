"""What every EventLog back-end promises (SQLite, PostgreSQL, in-memory fake)."""

from __future__ import annotations

import uuid

import pytest

from service.store.chain import GENESIS_HASH, InvalidEventData
from service.store.events import (
    AppendRequest,
    ConcurrencyError,
    DuplicateEventId,
    EventLog,
    NewEvent,
)
from service.store.verification import check_events
from tests.integration.store.conftest import LogFactory


def event(type: str = "MilestoneRecorded", key: str | None = None, **data: object) -> NewEvent:
    return NewEvent(type=type, data=dict(data), idempotency_key=key)


def test_append_gives_positions_versions_and_chain(log: EventLog) -> None:
    first = log.append("drug-a", [event(n=1), event(n=2)], expected_version=0)
    second = log.append("drug-b", [event(n=3)])

    assert [e.position for e in first + second] == [1, 2, 3]
    assert [e.stream_version for e in first + second] == [1, 2, 1]
    assert first[0].prev_hash == GENESIS_HASH
    assert first[1].prev_hash == first[0].hash
    assert second[0].prev_hash == first[1].hash
    assert log.head_position() == 3
    assert check_events(log.read_all()).ok


def test_stored_envelope_reads_back_as_written(log: EventLog) -> None:
    data = {"drug": "zurletrectinib", "nested": {"b": [1, 2.5, None, True], "a": "é™"}}
    new = NewEvent("MilestoneRecorded", data, {"actor": "tests"}, "key-1", schema_version=1)
    [stored] = log.append("drug-z", [new])

    [read] = log.read_all()
    assert read == stored
    assert read.event_id == new.event_id
    assert read.data == data and read.metadata == {"actor": "tests"}
    assert read.recorded_at.utcoffset() is not None and read.recorded_at.utcoffset().seconds == 0
    assert log.get(new.event_id) == stored
    assert log.get(uuid.uuid4()) is None


def test_expected_version_conflict_is_refused_and_writes_nothing(log: EventLog) -> None:
    log.append("drug-a", [event(n=1)], expected_version=0)

    with pytest.raises(ConcurrencyError) as raised:
        log.append("drug-a", [event(n=2), event(n=3)], expected_version=0)

    assert (raised.value.stream, raised.value.expected, raised.value.actual) == ("drug-a", 0, 1)
    assert "expected 0" in str(raised.value)
    assert log.head_position() == 1
    assert log.append("drug-a", [event(n=2)], expected_version=1)[0].stream_version == 2


def test_expected_version_zero_means_new_stream(log: EventLog) -> None:
    log.append("drug-a", [event()])
    with pytest.raises(ConcurrencyError):
        log.append("drug-a", [event()], expected_version=0)
    with pytest.raises(ConcurrencyError):
        log.append("drug-new", [event()], expected_version=3)


def test_idempotency_key_returns_stored_event_and_writes_nothing(log: EventLog) -> None:
    [first] = log.append("drug-a", [event(key="article-1:0", n=1)], expected_version=0)

    # A retry of an append that already committed: same key, stale expected_version.
    [again] = log.append("drug-a", [event(key="article-1:0", n=999)], expected_version=0)

    assert again == first
    assert again.data == {"n": 1}
    assert log.head_position() == 1


def test_batch_with_some_known_keys_returns_stored_and_appends_new(log: EventLog) -> None:
    [known] = log.append("drug-a", [event(key="k1", n=1)])

    result = log.append("drug-a", [event(key="k1", n=1), event(key="k2", n=2), event(n=3)])

    assert result[0] == known
    assert [e.position for e in result] == [1, 2, 3]
    assert [e.stream_version for e in result] == [1, 2, 3]
    assert log.head_position() == 3


def test_repeated_key_within_one_batch_is_written_once(log: EventLog) -> None:
    result = log.append("drug-a", [event(key="k", n=1), event(key="k", n=2)])
    assert result[0] == result[1]
    assert log.head_position() == 1


def test_append_all_writes_several_streams_in_one_transaction(log: EventLog) -> None:
    log.append("drug-b", [event()])
    requests = [
        AppendRequest("drug-a", [event(n=1), event(n=2)], expected_version=0),
        AppendRequest("source-x", [event("ArticleCaptured")], expected_version=0),
    ]

    stored = log.append_all(requests)

    assert [(e.stream, e.stream_version, e.position) for e in stored] == [
        ("drug-a", 1, 2),
        ("drug-a", 2, 3),
        ("source-x", 1, 4),
    ]


def test_append_all_is_all_or_nothing(log: EventLog) -> None:
    log.append("drug-b", [event()])
    requests = [
        AppendRequest("drug-a", [event(n=1)], expected_version=0),
        AppendRequest("drug-b", [event(n=2)], expected_version=0),  # stale: b is at 1
    ]

    with pytest.raises(ConcurrencyError):
        log.append_all(requests)

    assert log.head_position() == 1
    assert log.read_stream("drug-a") == []


def test_append_all_checks_each_request_against_the_ones_before(log: EventLog) -> None:
    stored = log.append_all(
        [
            AppendRequest("drug-a", [event(n=1)], expected_version=0),
            AppendRequest("drug-a", [event(n=2)], expected_version=1),
        ]
    )
    assert [e.stream_version for e in stored] == [1, 2]


def test_reused_event_id_is_refused(log: EventLog) -> None:
    new = event(n=1)
    log.append("drug-a", [new])
    with pytest.raises(DuplicateEventId):
        log.append("drug-b", [new])
    assert log.head_position() == 1


@pytest.mark.parametrize(
    "data",
    [
        {1: "int key"},
        {"x": float("nan")},
        {"x": 1e16},
        {"x": "nul\x00"},
        {"x": "lone \ud800"},
        {"x": object()},
    ],
)
def test_data_that_would_not_read_back_identically_is_refused(
    log: EventLog, data: dict[object, object]
) -> None:
    with pytest.raises(InvalidEventData):
        log.append("drug-a", [NewEvent("T", data)])  # type: ignore[arg-type]
    assert log.head_position() == 0


def test_read_stream_after_version(log: EventLog) -> None:
    log.append("drug-a", [event(n=1), event(n=2)])
    log.append("drug-b", [event(n=9)])
    log.append("drug-a", [event(n=3)])

    assert [e.data["n"] for e in log.read_stream("drug-a")] == [1, 2, 3]
    assert [e.data["n"] for e in log.read_stream("drug-a", after_version=2)] == [3]
    assert log.read_stream("drug-missing") == []


def test_read_all_pages_and_filters_by_type(log: EventLog) -> None:
    log.append("s", [event("A", n=1), event("B", n=2), event("A", n=3), event("C", n=4)])

    assert [e.position for e in log.read_all(after_position=1, limit=2)] == [2, 3]
    assert [e.position for e in log.read_all(types=["A", "C"])] == [1, 3, 4]
    assert [e.position for e in log.read_all(after_position=1, types=["A"], limit=5)] == [3]
    assert log.read_all(after_position=4) == []


def test_upcasters_chain_on_read_and_never_rewrite(make_log: LogFactory) -> None:
    plain = make_log(None)
    [v1] = plain.append("drug-a", [NewEvent("Recorded", {"name": "X"}, schema_version=1)])
    plain.append("drug-a", [NewEvent("Other", {"name": "Y"}, schema_version=1)])
    upcasting = make_log(
        {
            ("Recorded", 1): lambda d: {"title": d["name"]},
            ("Recorded", 2): lambda d: {**d, "aliases": []},
        }
    )

    read = upcasting.read_all()
    assert (read[0].schema_version, read[0].data) == (3, {"title": "X", "aliases": []})
    assert (read[1].schema_version, read[1].data) == (1, {"name": "Y"})
    assert upcasting.read_stream("drug-a")[0].data == {"title": "X", "aliases": []}
    assert upcasting.get(v1.event_id).schema_version == 3  # type: ignore[union-attr]
    # The stored event is untouched: a plain reader sees version 1, and the chain holds.
    assert plain.read_all()[0] == v1
    assert check_events(plain.read_all()).ok


def test_returned_data_is_a_copy(log: EventLog) -> None:
    log.append("drug-a", [event(n=1)])
    log.read_all()[0].data["n"] = 2
    assert log.read_all()[0].data == {"n": 1}
