"""orjson writes and reads the log's JSON only where it agrees with the json module.

The hash chain covers `canonical_json` (the json module's text): `storable_json`
must give byte-identical text, or refuse exactly what the json path refuses;
`loads` must give the value json.loads gives.
"""

from __future__ import annotations

import enum
import json
import math
import random
import struct
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.store.chain import InvalidEventData, _careful_json, canonical_json, storable_json
from service.store.drivers import loads

keys = st.text(max_size=6)
leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(-(2**70), 2**70)
    | st.floats()
    | st.floats(-1e-3, 1e-3)
    | st.text(max_size=8)
    | st.sampled_from(["null", "e-1", "0.00001", "-0.0", "1e+16", "\x00", "\ud800", "\x1f"])
)
values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(keys, inner, max_size=4)
    ),
    max_leaves=12,
)
documents = st.dictionaries(keys, values, max_size=5)


def reference(value: Any) -> str | type[Exception]:
    """What the json-only path gives: its text, or the exception it raises."""
    try:
        return _careful_json(value, lambda: "data")
    except InvalidEventData:
        return InvalidEventData


def fast(value: Any) -> str | type[Exception]:
    try:
        return storable_json(value, lambda: "data")
    except InvalidEventData:
        return InvalidEventData


@settings(max_examples=1000, deadline=None)
@given(documents)
def test_storable_json_is_the_json_module_text_or_the_same_refusal(value: dict[str, Any]) -> None:
    assert fast(value) == reference(value)


@settings(max_examples=1000, deadline=None)
@given(documents)
def test_loads_reads_what_json_reads(value: dict[str, Any]) -> None:
    try:
        text = canonical_json(value)
    except InvalidEventData:
        return
    expected = json.loads(text)
    got = loads(text)
    assert got == expected or (_has_nan(expected) and repr(got) == repr(expected))
    assert _types(got) == _types(expected)


def test_every_float_band_prints_as_repr() -> None:
    """Random doubles over every exponent: orjson's text is used only where it is repr's."""
    rng = random.Random(1234)
    for _ in range(50_000):  # any bit pattern: every exponent, NaN, infinities
        (number,) = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))
        assert fast({"x": number}) == reference({"x": number})
    for _ in range(100_000):  # where orjson's text is kept: binary exponents -20..60
        number = math.ldexp(1 + rng.getrandbits(52) / 2**52, rng.randint(-20, 60))
        assert fast({"x": number}) == reference({"x": number})
    for exponent in range(-330, 310):
        for mantissa in ("1", "1.5", "9.999999999999998", "2.2250738585072014"):
            number = float(f"{mantissa}e{exponent}")
            if math.isfinite(number):
                assert fast({"x": number}) == reference({"x": number})
                assert fast({"x": -number}) == reference({"x": -number})


class Colour(enum.Enum):
    RED = 1


class Level(enum.IntEnum):
    HIGH = 3


class Name(str):
    pass


@pytest.mark.parametrize(
    "value",
    [
        {"id": uuid.uuid4()},
        {"c": Colour.RED},
        {"l": Level.HIGH},
        {"n": Name("x")},
        {Name("k"): 1},
        {"b": b"bytes"},
        {"big": 2**64, "small": -(2**63) - 1},
        {"nan": float("nan")},
        {"deep": [[[[{"a": [1]}]]]]},
        # A float zero is kept, and the values after it are still screened.
        {"a": 0.0, "b": uuid.uuid4()},
        {"a": [0.0, -0.0]},
        {"a": 0.0, "b": 1e-05, "c": None},
    ],
)
def test_types_orjson_would_print_differently_take_the_json_path(value: dict[str, Any]) -> None:
    assert fast(value) == reference(value)


@pytest.mark.parametrize(
    "text",
    [
        '{"big":18446744073709551616}',
        '{"neg":-9223372036854775809}',
        '{"long":"12345678901234567890123"}',
        '{"nan":NaN}',
        '{"inf":1e400}',
        '{"s":"\\ud800"}',
        '{ "spaced" : [ 1 , 2 ] }',
        '{"a":1,"a":2}',
    ],
)
def test_loads_agrees_with_json_on_what_orjson_reads_differently(text: str) -> None:
    expected, got = json.loads(text), loads(text)
    assert repr(got) == repr(expected)


def _has_nan(value: Any) -> bool:
    return "nan" in repr(value)


def _types(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_types(v) for v in value]
    return type(value)
