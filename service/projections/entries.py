"""What the fold keeps per milestone line, and how one event becomes a line's entry.

Events: anything with position, event_id, type, data, metadata and recorded_at
(`StoredEvent` fits). `malformed` names what an event lacks before the fold touches it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import orjson

from service.domain.drugs import milestone_key
from service.domain.indications import indication_suffix

JSON = dict[str, Any]
MILESTONE_EVENTS = frozenset(
    {"MilestoneRecorded", "MilestoneCorroborated", "MilestoneCorrected", "MilestoneRetracted"}
)
IDENTITY_EVENTS = frozenset({"DrugAliasLinked", "DrugsMerged"})
FOLDED_EVENTS = MILESTONE_EVENTS | IDENTITY_EVENTS
RECORDED_FIELDS = (
    "drug",
    "company",
    "milestone_type",
    "jurisdiction",
    "agency",
    "date",
    "date_precision",
    "indication",
    "attributes",
    "confidence",
)


def shared(value: Any) -> Any:
    """One copy of a string many entries repeat (a name, an outlet, a date), else the value.

    A rebuild holds every entry at once; decoded JSON gives each its own copy.
    """
    return _intern(value) if value.__class__ is str else value


_intern = sys.intern


def recorded_fields(data: JSON) -> JSON:
    """What a line keeps of the report that opened it (`RECORDED_FIELDS`, attributes copied)."""
    get = data.get
    return {
        "drug": shared(get("drug")),
        "company": shared(get("company")),
        "milestone_type": shared(get("milestone_type")),
        "jurisdiction": shared(get("jurisdiction")),
        "agency": shared(get("agency")),
        "date": shared(get("date")),
        "date_precision": shared(get("date_precision")),
        "indication": shared(get("indication")),
        "attributes": dict(get("attributes") or {}),
        "confidence": get("confidence"),
    }


class LoggedEvent(Protocol):
    @property
    def position(self) -> int: ...
    @property
    def event_id(self) -> Any: ...
    @property
    def type(self) -> str: ...
    @property
    def data(self) -> JSON: ...
    @property
    def metadata(self) -> JSON: ...
    @property
    def recorded_at(self) -> datetime: ...


@dataclass(slots=True)
class Line:
    """One milestone on a drug's timeline, with everything that was said about it."""

    line_id: str
    slug: str
    recorded: JSON
    sources: list[JSON] = field(default_factory=list)
    corrections: list[JSON] = field(default_factory=list)
    retraction: JSON | None = None
    members: list[str] = field(default_factory=list)
    first_position: int = 0
    last_position: int = 0
    # (slug, key) as last computed: the key changes only when a merge moves the line.
    keyed: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def active(self) -> bool:
        return self.retraction is None

    def indication(self) -> str | None:
        """The indication as reported, or as an analyst last corrected it."""
        for correction in reversed(self.corrections):
            changes = correction["changes"]
            if "indication" in changes:
                return changes["indication"]  # type: ignore[no-any-return]
        return self.recorded.get("indication")

    def key(self) -> str:
        keyed = self.keyed
        if keyed is not None and keyed[0] == self.slug:
            return keyed[1]
        r = self.recorded
        key = milestone_key(self.slug, r["milestone_type"], r["jurisdiction"], r["attributes"])
        # A second indication's line keeps its "~indication" apart from the first's after a merge.
        key += indication_suffix(self.line_id)
        self.keyed = (self.slug, key)
        return key

    def to_state(self) -> JSON:
        return {
            "recorded": self.recorded,
            "sources": self.sources,
            "corrections": self.corrections,
            "retraction": self.retraction,
            "members": self.members,
        }

    @classmethod
    def from_state(cls, line_id: str, slug: str, state: JSON | str, first: int, last: int) -> Line:
        if isinstance(state, str):
            state = _loads(state)
            assert isinstance(state, dict)
        return cls(
            line_id=line_id,
            slug=slug,
            recorded=state["recorded"],
            sources=list(state["sources"]),
            corrections=list(state["corrections"]),
            retraction=state["retraction"],
            members=list(state["members"]),
            first_position=first,
            last_position=last,
        )


def _loads(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # what only `json` reads (integers past 64 bits)
        return json.loads(text)


_last_time: tuple[Any, str] = (None, "")


def _iso(moment: datetime) -> str:
    # Events appended together share one timestamp object: format it once. The pair is
    # read and replaced whole, so threads folding at once never mix two of them.
    global _last_time
    last = _last_time
    if last[0] is moment:
        return last[1]
    text = moment.isoformat()
    _last_time = (moment, text)
    return text


def stamp(event: LoggedEvent) -> JSON:
    meta = event.metadata
    return {
        "event_id": str(event.event_id),
        "position": event.position,
        "recorded_at": _iso(event.recorded_at),
        "actor": meta.get("actor") if meta else None,
    }


def source_entry(event: LoggedEvent, milestone_id: str, kind: str) -> JSON:
    data = event.data
    source = data.get("source") or _NOTHING
    date = source.get("date")
    precision = source.get("date_precision") or "unknown"
    if kind == "recorded" and date is None and data.get("date") is not None:
        # The extractor put the date on the milestone; it is this source's date too.
        date, precision = data.get("date"), data.get("date_precision") or "unknown"
    meta = event.metadata
    # One literal, keys in `stamp`'s order then the source's: the most built dict of a fold.
    return {
        "event_id": str(event.event_id),
        "position": event.position,
        "recorded_at": _iso(event.recorded_at),
        "actor": shared(meta.get("actor")) if meta else None,
        "kind": kind,
        "milestone_id": milestone_id,
        "article_id": source.get("article_id"),
        "url": source.get("url"),
        "outlet": shared(source.get("outlet")),
        "published": shared(source.get("published")),
        "quote": source.get("quote") or "",
        "date": shared(date),
        "date_precision": shared(precision),
        "date_conflict": source.get("date_conflict"),
        "confidence": float(data.get("confidence") or 0.0),
    }


_NOTHING: JSON = {}
REQUIRED: dict[str, tuple[str, ...]] = {
    "MilestoneRecorded": ("milestone_id", "drug", "milestone_type", "jurisdiction"),
    "MilestoneCorroborated": ("milestone_id",),
    "MilestoneCorrected": ("milestone_id",),
    "MilestoneRetracted": ("milestone_id",),
    "DrugAliasLinked": ("drug", "alias"),
    "DrugsMerged": ("into", "merged"),
}
SHAPES: dict[str, tuple[tuple[str, type], ...]] = {
    "MilestoneRecorded": (("attributes", dict), ("source", dict), ("aliases", list)),
    "MilestoneCorroborated": (("source", dict),),
    "MilestoneCorrected": (("changes", dict),),
}


def malformed(event_type: str, data: JSON) -> str | None:
    """Why an event cannot be folded, or None when it can."""
    if not isinstance(data, dict):
        return "data is not an object"
    for name in REQUIRED.get(event_type, ()):
        value = data.get(name)
        if not value or not isinstance(value, str):
            return f"{event_type} needs a non-empty string {name!r}"
    for name, shape in SHAPES.get(event_type, ()):
        value = data.get(name)
        if value is not None and not isinstance(value, shape):
            return f"{name!r} must be a {shape.__name__}"
    return None
