"""Property: any sequence of appends, retries and concurrency conflicts leaves a sound log.

Sound: positions 1..N with no gaps, a hash chain that verifies, stream versions
1..n per stream, and exactly the events a simple model says were written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.schema import migrate
from service.store.database import make_engine
from service.store.events import ConcurrencyError, EventLog, NewEvent
from service.store.log import EventStore
from service.store.memory import InMemoryEventLog
from service.store.verification import check_events, verify_chain
from tests.conftest import DatabaseFactory

# One append: stream, per-event idempotency keys (None or one of a few), and what
# the caller claims about the stream version.
Append = tuple[int, list[int | None], str]
appends = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.lists(st.one_of(st.none(), st.integers(0, 5)), min_size=1, max_size=4),
        st.sampled_from(["right", "stale", "unchecked"]),
    ),
    min_size=1,
    max_size=12,
)
# PostgreSQL's JSONB refuses NUL characters, so the log does too (tested in the contract).
text = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]), max_size=8)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(-1e9, 1e9).filter(lambda f: repr(f) != "-0.0")
    | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=6,
)
SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}


@dataclass
class Model:
    versions: dict[str, int] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    written: int = 0


def apply(log: EventLog, model: Model, step: Append, payload: object) -> None:
    index, keys, claim = step
    stream = f"drug-{index}"
    events = [
        NewEvent("T", {"v": payload, "i": i}, idempotency_key=None if k is None else f"k{k}")
        for i, k in enumerate(keys)
    ]
    new_keys: list[str] = []
    fresh = 0
    for event in events:
        key = event.idempotency_key
        if key is None or (key not in model.keys and key not in new_keys):
            fresh += 1
            if key is not None:
                new_keys.append(key)
    actual = model.versions.get(stream, 0)
    expected = {"right": actual, "stale": actual + 1, "unchecked": None}[claim]
    if fresh and claim == "stale":
        with pytest.raises(ConcurrencyError):
            log.append(stream, events, expected)
        return
    stored = log.append(stream, events, expected)
    assert len(stored) == len(events)
    model.versions[stream] = actual + fresh
    model.keys.update(new_keys)
    model.written += fresh


def check(log: EventLog, model: Model) -> None:
    events = log.read_all(limit=10_000)
    assert [e.position for e in events] == list(range(1, model.written + 1))
    assert log.head_position() == model.written
    assert check_events(events).ok
    for stream, version in model.versions.items():
        assert [e.stream_version for e in log.read_stream(stream)] == list(range(1, version + 1))


def run(log: EventLog, steps: list[Append], payload: object) -> Model:
    model = Model()
    for step in steps:
        apply(log, model, step, payload)
    check(log, model)
    return model


@settings(max_examples=50, **SETTINGS)
@given(steps=appends, payload=json_values)
def test_in_memory_log_stays_sound(steps: list[Append], payload: object) -> None:
    run(InMemoryEventLog(), steps, payload)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("backend", "examples"),
    [("sqlite", 30), pytest.param("postgresql", 8, marks=pytest.mark.postgres)],
)
def test_database_log_stays_sound(
    backend: str, examples: int, database_url: DatabaseFactory
) -> None:
    @settings(max_examples=examples, **SETTINGS)
    @given(steps=appends, payload=json_values)
    def prop(steps: list[Append], payload: object) -> None:
        engine = make_engine(database_url(backend))
        try:
            migrate(engine)
            run(EventStore(engine), steps, payload)
            assert verify_chain(engine).ok
        finally:
            engine.dispose()

    prop()
