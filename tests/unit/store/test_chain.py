"""The hash chain's canonical form, pinned to its definition."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.store.chain import (
    GENESIS_HASH,
    InvalidEventData,
    canonical_json,
    envelope_hash,
    event_hash,
    format_time,
    storable_json,
)

texts = st.text(
    st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]), max_size=12
)


def by_definition(envelope: dict[str, object]) -> str:
    import json

    text = json.dumps(envelope, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((str(envelope["prev_hash"]) + text).encode("utf-8")).hexdigest()


@settings(deadline=None)  # a loaded CI machine must not turn slowness into failure
@given(
    position=st.integers(1, 2**40),
    stream=texts,
    type=texts,
    key=st.none() | texts,
    data=st.dictionaries(texts, st.none() | st.integers() | texts | st.lists(texts), max_size=4),
    prev=st.sampled_from([GENESIS_HASH, "ab" * 32]),
)
def test_envelope_hash_is_sha256_of_prev_hash_and_canonical_json(
    position: int, stream: str, type: str, key: str | None, data: dict[str, object], prev: str
) -> None:
    event_id = uuid.uuid4()
    moment = datetime(2026, 3, 14, 9, 26, 53, 589793, tzinfo=UTC)
    envelope = {
        "position": position,
        "event_id": str(event_id),
        "stream": stream,
        "stream_version": 3,
        "type": type,
        "schema_version": 2,
        "data": data,
        "metadata": {"actor": "tests"},
        "recorded_at": "2026-03-14T09:26:53.589793Z",
        "idempotency_key": key,
        "prev_hash": prev,
    }
    fields = {k: v for k, v in envelope.items() if k not in {"event_id", "recorded_at"}}
    computed = event_hash(**fields, event_id=event_id, recorded_at=moment)  # type: ignore[arg-type]
    assert computed == by_definition(envelope)


def test_envelope_hash_matches_event_hash_from_json_text() -> None:
    event_id = uuid.uuid4()
    common = {
        "position": 1,
        "event_id": event_id,
        "stream": "s",
        "stream_version": 1,
        "type": "T",
        "schema_version": 1,
        "idempotency_key": None,
        "prev_hash": GENESIS_HASH,
    }
    moment = datetime.now(UTC)
    from_values = event_hash(**common, data={"b": 1, "a": 2}, metadata={}, recorded_at=moment)  # type: ignore[arg-type]
    from_text = envelope_hash(
        **common,  # type: ignore[arg-type]
        data_json='{"a":2,"b":1}',
        metadata_json="{}",
        recorded_at=format_time(moment),
    )
    assert from_values == from_text


def test_time_is_iso_utc_with_microseconds_whatever_the_zone() -> None:
    paris = timezone(timedelta(hours=1))
    assert format_time(datetime(2026, 1, 1, 1, 0, tzinfo=paris)) == "2026-01-01T00:00:00.000000Z"
    assert format_time(datetime(2026, 1, 1, 0, 0)) == "2026-01-01T00:00:00.000000Z"  # naive = UTC


def test_canonical_json_sorts_keys_drops_whitespace_keeps_unicode() -> None:
    assert (
        canonical_json({"b": [1, 2.5], "a": "é™", "c": None}) == '{"a":"é™","b":[1,2.5],"c":null}'
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({1: "x"}, "keys must be strings"),
        ({"a": [{"b": {2: 3}}]}, "keys must be strings"),
        ({"x": float("inf")}, "plain JSON"),
        ({"x": 1e16}, "JSONB"),
        ({"x": -0.0}, "JSONB"),
        ({"x": "a\x00b"}, "NUL"),
        ({"x": {1, 2}}, "plain JSON"),
        (["not", "an", "object"], "JSON object"),
    ],
)
def test_storable_json_refuses_what_would_not_read_back(value: object, message: str) -> None:
    with pytest.raises(InvalidEventData, match=message):
        storable_json(value, lambda: "data")


def test_storable_json_accepts_lookalikes_in_strings() -> None:
    value = {"note": "e+ and -0.0 are fine in text", "n": 1e15, "t": (1, 2)}
    assert storable_json(value, lambda: "data") == canonical_json(value)
