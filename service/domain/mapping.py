"""Maps domain events to the JSON `data` stored in the log and back."""

from __future__ import annotations

import dataclasses
from typing import Any

from service.domain.events import EVENT_TYPES, JSON, DomainEvent, Source


def to_data(event: DomainEvent) -> JSON:
    data: JSON = {}
    for f in dataclasses.fields(event):
        value = getattr(event, f.name)
        if isinstance(value, Source):
            value = _source_to_data(value)
        elif isinstance(value, tuple):
            value = list(value)
        data[f.name] = value
    return data


def from_data(event_type: str, data: JSON) -> DomainEvent:
    cls = EVENT_TYPES[event_type]
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name == "source" and isinstance(value, dict):
            value = _source_from_data(value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def _source_to_data(source: Source) -> JSON:
    data = dataclasses.asdict(source)
    data["span"] = list(source.span) if source.span else None
    return data


def _source_from_data(data: JSON) -> Source:
    span = data.get("span")
    names = {f.name for f in dataclasses.fields(Source)}
    kwargs = {k: v for k, v in data.items() if k in names}
    kwargs["span"] = (int(span[0]), int(span[1])) if span else None
    return Source(**kwargs)
