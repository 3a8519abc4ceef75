"""The SHA-256 hash chain: each event's hash covers the previous hash and its envelope.

hash = sha256(prev_hash + canonical JSON of the envelope without `hash`), where
canonical JSON has sorted keys, no whitespace, UTF-8 (ensure_ascii=False), and
`recorded_at` as ISO 8601 UTC with microseconds. The first event's prev_hash is
64 zeros. Hashes are computed from the Python values handed to the database, so
the JSON text a back-end stores (JSONB reorders keys) never matters.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class InvalidEventData(ValueError):
    """The data or metadata cannot be stored as JSON that reads back identically."""


def utc(moment: datetime) -> datetime:
    """SQLite hands timestamps back naive; they were written as UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def format_time(moment: datetime) -> str:
    return utc(moment).strftime(_TIME_FORMAT)


def canonical_json(value: Any) -> str:
    try:
        return json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
    except (TypeError, ValueError) as exc:
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
    envelope = {
        "position": position,
        "event_id": str(event_id),
        "stream": stream,
        "stream_version": stream_version,
        "type": type,
        "schema_version": schema_version,
        "data": data,
        "metadata": metadata,
        "recorded_at": format_time(recorded_at),
        "idempotency_key": idempotency_key,
        "prev_hash": prev_hash,
    }
    text = prev_hash + canonical_json(envelope)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
