"""The SHA-256 hash chain: each event's hash covers the previous hash and its envelope.

hash = sha256(prev_hash + canonical JSON of the envelope without `hash`), where
canonical JSON has sorted keys, no whitespace, UTF-8 (ensure_ascii=False), and
`recorded_at` as ISO 8601 UTC with microseconds. The first event's prev_hash is
64 zeros. Hashes are computed from the Python values handed to the database, so
the JSON text a back-end stores (JSONB reorders keys) never matters.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

import orjson

GENESIS_HASH = "0" * 64
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class InvalidEventData(ValueError):
    """The data or metadata cannot be stored as JSON that reads back identically."""


def _refuse(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def utc(moment: datetime) -> datetime:
    """SQLite hands timestamps back naive; they were written as UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def format_time(moment: datetime) -> str:
    moment = utc(moment)
    if moment.year < 1000:  # strftime does not pad the year to four digits
        return moment.strftime(_TIME_FORMAT)
    # isoformat is a third of strftime's cost, same text for four-digit years.
    return moment.isoformat(timespec="microseconds")[:26] + "Z"


# The C encoder, built once: json.dumps would rebuild it on every call, which
# costs more than encoding a small event. Arguments: markers, default, encoder,
# indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan.
_encode = c_make_encoder(None, _refuse, encode_basestring, None, ":", ",", True, False, False)


def canonical_json(value: Any) -> str:
    try:
        return "".join(_encode(value, 0))
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidEventData(f"event data must be plain JSON: {exc}") from exc


def check_json(value: Any, where: str) -> None:
    """Refuse values that would not read back identically from every back-end.

    Non-string keys come back as strings; JSONB drops the sign of -0.0, turns
    integral floats written with an exponent (1e+16) into integers and refuses
    NUL characters. Any of these would change the canonical text, so the hash.
    """
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidEventData(f"{where}: object keys must be strings, got {key!r}")
            check_json(key, where)
            check_json(item, where)
    elif isinstance(value, list | tuple):
        for item in value:
            check_json(item, where)
    elif isinstance(value, str):
        if "\x00" in value:
            raise InvalidEventData(f"{where}: strings must not contain NUL characters")
    elif isinstance(value, float) and ("e+" in repr(value) or repr(value) == "-0.0"):
        raise InvalidEventData(f"{where}: {value!r} does not survive JSONB; store it as a string")


def _keys_are_strings(value: Any) -> bool:
    """The one check the JSON text cannot show (the encoder turns 1 into "1")."""
    if type(value) is dict:
        try:
            "".join(value)  # walks the keys in C; refuses any that is not a str
        except TypeError:
            return False
        children = value.values()
    elif type(value) in _SEQUENCES:
        children = value
    else:
        return True
    for child in children:
        if type(child) in _CONTAINERS and not _keys_are_strings(child):
            return False
    return True


_SEQUENCES = (list, tuple)
_CONTAINERS = (dict, list, tuple)


# orjson, told to refuse subclasses, dates and dataclasses, which json refuses or
# prints differently; UUIDs and enums it still prints, so `_plain` screens types.
_ORJSON_OPTIONS = (
    orjson.OPT_SORT_KEYS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
)
_dumps = orjson.dumps
_LEAVES = frozenset({str, int, bool, type(None)})
# Where orjson and repr() print a float alike: repr switches to an exponent outside
# it, orjson does not (0.00001), and NaN, infinities and -0.0 are refused anyway.
_FLOAT_LOW, _FLOAT_HIGH = 1e-4, 1e16


def _plain(value: Any) -> bool:
    """Only exact JSON types inside, floats only where orjson prints them as json does."""
    for child in value.values() if type(value) is dict else value:
        kind = type(child)
        if kind is float:
            inside = _FLOAT_LOW <= child < _FLOAT_HIGH or -_FLOAT_HIGH < child <= -_FLOAT_LOW
            if not inside and (child != 0.0 or str(child) != "0.0"):  # (-0.0 is refused)
                return False
        elif kind not in _LEAVES and (kind not in _CONTAINERS or not _plain(child)):
            return False
    return True


def storable_json(value: Any, where: Callable[[], str]) -> str:
    """The canonical JSON of an event's data or metadata, refusing what would not read back.

    orjson writes it when its text is sure to equal `canonical_json`'s (tests
    pin the two together): only exact JSON types, floats in the band where both
    print alike (`_plain`), no NUL character (JSONB refuses it). Anything else
    takes `_careful_json`. `where` names the value in an error message (built
    only when there is one).
    """
    if type(value) is not dict:
        raise InvalidEventData(f"{where()} must be a JSON object, got {type(value).__name__}")
    try:
        text: str = _dumps(value, None, _ORJSON_OPTIONS).decode()
    except orjson.JSONEncodeError:  # a big int, a subclass, a non-str key, a surrogate...
        return _careful_json(value, where)
    if "\\u0000" in text or not _plain(value):
        return _careful_json(value, where)
    return text


def _careful_json(value: Any, where: Callable[[], str]) -> str:
    """`storable_json` on the json module: the cheap screens run on the text, and
    only a suspicious text gets the full walk."""
    try:
        text = "".join(_encode(value, 0))  # canonical_json, inlined
    except (TypeError, ValueError, RecursionError):
        text = canonical_json(value)  # raises InvalidEventData with the reason
    suspect = "e+" in text or "-0.0" in text or "\\u0000" in text
    if suspect or not _keys_are_strings(value):
        check_json(value, where())
    return text


def envelope_hash(
    *,
    position: int,
    event_id: uuid.UUID,
    stream: str,
    stream_version: int,
    type: str,
    schema_version: int,
    data_json: str,
    metadata_json: str,
    recorded_at: str,
    idempotency_key: str | None,
    prev_hash: str,
) -> str:
    """The hash, from data and metadata already in canonical JSON (so each is dumped once)."""
    return digest(
        prev_hash,
        data_json,
        str(event_id),
        idempotency_key,
        metadata_json,
        position,
        recorded_at,
        schema_version,
        stream,
        stream_version,
        type,
    )


# Streams and types repeat from event to event: their JSON strings are remembered.
_json_name = functools.lru_cache(maxsize=4096)(encode_basestring)


def digest(
    prev_hash: str,
    data_json: str,
    event_id: str,
    idempotency_key: str | None,
    metadata_json: str,
    position: int,
    recorded_at: str,
    schema_version: int,
    stream: str,
    stream_version: int,
    type: str,
) -> str:
    """`envelope_hash` for the append hot path: positional, in the envelope's sorted key order.

    Concatenates the canonical JSON of the envelope by hand; tests pin it to
    `canonical_json` of the same envelope as a dict. `event_id` is the UUID's text.
    """
    key = "null" if idempotency_key is None else encode_basestring(idempotency_key)
    text = (
        f'{prev_hash}{{"data":{data_json},"event_id":"{event_id}",'
        f'"idempotency_key":{key},"metadata":{metadata_json},'
        f'"position":{position},"prev_hash":"{prev_hash}","recorded_at":"{recorded_at}",'
        f'"schema_version":{schema_version},"stream":{_json_name(stream)},'
        f'"stream_version":{stream_version},"type":{_json_name(type)}}}'
    )
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidEventData(f"event text is not valid Unicode (lone surrogate?): {exc}") from exc
    return hashlib.sha256(encoded).hexdigest()


def event_hash(
    *,
    position: int,
    event_id: uuid.UUID,
    stream: str,
    stream_version: int,
    type: str,
    schema_version: int,
    data: Any,
    metadata: Any,
    recorded_at: datetime,
    idempotency_key: str | None,
    prev_hash: str,
) -> str:
    """The hash of an event from its Python values (what `verify` recomputes)."""
    return envelope_hash(
        position=position,
        event_id=event_id,
        stream=stream,
        stream_version=stream_version,
        type=type,
        schema_version=schema_version,
        data_json=canonical_json(data),
        metadata_json=canonical_json(metadata),
        recorded_at=format_time(recorded_at),
        idempotency_key=idempotency_key,
        prev_hash=prev_hash,
    )
