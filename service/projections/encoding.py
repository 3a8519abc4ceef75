"""JSON text for the read-model rows, with each line's sources encoded once.

A line's stored state and its rendered timeline entry share their largest parts
(sources, corrections, retraction); encoding those once and splicing the text into
both halves what a rebuild spends on JSON.
"""

from __future__ import annotations

import json
from typing import Any

from service.projections.entries import Line

JSON = dict[str, Any]
SHARED = ("sources", "corrections", "retraction")
dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def encode_line(line: Line, item: JSON) -> tuple[str, str]:
    """(the line's state, its rendered timeline entry) as JSON text."""
    shared = (
        f',"sources":{dumps(line.sources)}'
        f',"corrections":{dumps(line.corrections)}'
        f',"retraction":{dumps(line.retraction)}'
    )
    state = f'{{"recorded":{dumps(line.recorded)},"members":{dumps(line.members)}{shared}}}'
    rest = dumps({k: v for k, v in item.items() if k not in SHARED})
    return state, f"{rest[:-1]}{shared}}}"


def join_items(texts: list[str]) -> str:
    return f"[{','.join(texts)}]"
