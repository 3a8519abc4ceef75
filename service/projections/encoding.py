"""JSON text for the read-model rows: a line's state and its rendered timeline entry.

orjson writes the same compact text as `json` with `separators=(",", ":")` and
`ensure_ascii=False` (floats aside: it spells 1e-07 as 1e-7, the same number); what
it refuses (integers past 64 bits, lone surrogates) goes through `json` instead.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from service.projections.entries import Line

JSON = dict[str, Any]
_fallback = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_orjson = orjson.dumps


def dumps(value: Any) -> str:
    try:
        return _orjson(value).decode()
    except TypeError:  # orjson.JSONEncodeError is one
        return _fallback(value)


def encode_line(line: Line, item: JSON) -> tuple[str, str]:
    """(the line's state, its rendered timeline entry) as JSON text.

    The entry keeps sources, corrections and retraction last (as it always has), so
    they are taken out of `item`, which is spent afterwards.
    """
    shared = {
        "sources": item.pop("sources"),
        "corrections": item.pop("corrections"),
        "retraction": item.pop("retraction"),
    }
    tail = dumps(shared)
    state = dumps({"recorded": line.recorded, "members": line.members})
    rest = dumps(item)
    return f"{state[:-1]},{tail[1:]}", f"{rest[:-1]},{tail[1:]}"


def join_items(texts: list[str]) -> str:
    if not texts:
        return "[]"
    # The brackets join the small end items, not the whole array (one copy of it, not two).
    texts[0] = f"[{texts[0]}"
    texts[-1] = f"{texts[-1]}]"
    return ",".join(texts)
