"""Message bodies: the milestone as the timeline shows it, built from the log alone.

A drug's stream is folded here (aliases, each milestone with its sources,
corrections and retraction), so a body never waits for the projections to catch up.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field

import orjson

from service.domain.drugs import slugify
from service.domain.events import WEBHOOK_EVENT_NAMES
from service.store.events import JSON, EventLog, StoredEvent
from service.webhooks.filters import Facts, facts_of

# Wire names of a milestone's fields where the event's names differ.
RENAMED = {"milestone_type": "type"}
MILESTONE_FIELDS = (
    "drug", "slug", "company", "type", "jurisdiction", "agency", "date",
    "date_precision", "indication", "attributes",
)  # fmt: skip


@dataclass
class DrugFold:
    """One drug stream folded up to `version`."""

    version: int = 0
    aliases: list[str] = field(default_factory=list)
    milestones: dict[str, JSON] = field(default_factory=dict)

    def add_alias(self, name: str | None) -> None:
        if name and name not in self.aliases:
            self.aliases.append(name)

    def apply(self, event: StoredEvent) -> None:
        data = event.data
        handler = getattr(self, f"_on_{event.type}", None)
        if handler is not None:
            handler(data)
        self.version = event.stream_version

    def _on_MilestoneRecorded(self, data: JSON) -> None:
        self.add_alias(data.get("drug"))
        for alias in data.get("aliases") or []:
            self.add_alias(alias)
        existing = self.milestones.get(data["milestone_id"])
        if existing is not None:  # recorded again: one more source for the same fact
            existing["sources"].append(data.get("source"))
            return
        # Spelled out (MILESTONE_FIELDS, then the rest, in that order): a cold fold applies
        # every earlier event of the stream, so this runs far more often than `build`.
        source, get = data.get("source"), data.get
        milestone = {
            "drug": get("drug"), "slug": get("slug") or slugify(str(get("drug", ""))),
            "company": get("company"), "type": get("milestone_type"),
            "jurisdiction": get("jurisdiction"), "agency": get("agency"), "date": get("date"),
            "date_precision": get("date_precision"), "indication": get("indication"),
            "attributes": dict(get("attributes") or {}), "milestone_id": data["milestone_id"],
            "sources": [source] if source else [], "confidence": get("confidence"),
            "retracted": False,
        }  # fmt: skip
        self.milestones[data["milestone_id"]] = milestone

    def _on_MilestoneCorroborated(self, data: JSON) -> None:
        milestone = self.milestone(data["milestone_id"])
        if data.get("source"):
            milestone["sources"].append(data["source"])
        confidence = data.get("confidence")
        if confidence is not None:
            milestone["confidence"] = max(milestone.get("confidence") or 0.0, confidence)

    def _on_MilestoneCorrected(self, data: JSON) -> None:
        milestone = self.milestone(data["milestone_id"])
        for key, value in (data.get("changes") or {}).items():
            milestone[RENAMED.get(key, key)] = value

    def _on_MilestoneRetracted(self, data: JSON) -> None:
        milestone = self.milestone(data["milestone_id"])
        milestone["retracted"] = True
        milestone["retraction_reason"] = data.get("reason")

    def _on_DrugAliasLinked(self, data: JSON) -> None:
        self.add_alias(data.get("alias"))

    def milestone(self, milestone_id: str) -> JSON:
        """The folded milestone, or a skeleton from its key when recorded elsewhere."""
        if milestone_id not in self.milestones:
            slug, kind, jurisdiction, *_ = [*milestone_id.split(":"), "", "", ""]
            self.milestones[milestone_id] = {
                **dict.fromkeys(MILESTONE_FIELDS),
                "milestone_id": milestone_id, "slug": slug, "drug": slug, "type": kind,
                "jurisdiction": jurisdiction, "attributes": {}, "sources": [],
                "confidence": None, "retracted": False,
            }  # fmt: skip
        return self.milestones[milestone_id]

    def view(self, milestone_id: str) -> JSON:
        """A shallow view: encode it before folding further (`build` does)."""
        milestone = self.milestone(milestone_id)
        aliases = [a for a in self.aliases if a != milestone.get("drug")]
        return {**milestone, "aliases": aliases}


@dataclass(frozen=True)
class Message:
    position: int
    event_id: str
    event_type: str
    body: str
    facts: Facts = field(compare=False)

    def parsed(self) -> JSON:
        return dict(json.loads(self.body))


# orjson writes what `json` with these settings writes (floats aside: 1e-7, not 1e-07,
# the same number) at a tenth of the cost; what it refuses goes through `json`, which
# then prints it, or refuses it too, as before.
_fallback = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_ORJSON_OPTIONS = (
    orjson.OPT_PASSTHROUGH_SUBCLASS
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
)


def encode(body: JSON) -> str:
    # Key order is the builder's, the same for every body: no need to sort.
    try:
        return orjson.dumps(body, option=_ORJSON_OPTIONS).decode()
    except TypeError:  # orjson.JSONEncodeError is one
        return _fallback(body)


class PayloadBuilder:
    """Builds bodies for events in log order, folding each drug stream once (LRU-cached)."""

    def __init__(self, log: EventLog, cache_size: int = 2048) -> None:
        self.log = log
        self.cache_size = cache_size
        self.folds: OrderedDict[str, DrugFold] = OrderedDict()

    def build(self, event: StoredEvent) -> Message | None:
        """The message for `event`, or None when subscribers never hear of its type."""
        if not event.stream.startswith("drug-"):
            return None
        fold = self.fold_to(event)
        name = WEBHOOK_EVENT_NAMES.get(event.type)
        if name is None:
            return None
        data: JSON = {"position": event.position, "event_id": str(event.event_id)}
        if event.type == "DrugsMerged":
            data["drug"] = {
                "into": event.data.get("into"),
                "merged": event.data.get("merged"),
                "reason": event.data.get("reason"),
                "aliases": list(fold.aliases),
            }
        else:
            data["milestone"] = fold.view(event.data["milestone_id"])
            for extra in ("changes", "reason"):
                if extra in event.data:
                    data[extra] = event.data[extra]
        body = {"type": name, "timestamp": event.recorded_at.isoformat(), "data": data}
        encoded = encode(body)  # now, before the fold moves on under the shallow view
        return Message(event.position, str(event.event_id), name, encoded, facts_of(body))

    def fold_to(self, event: StoredEvent) -> DrugFold:
        fold = self.folds.pop(event.stream, None)
        if fold is None or fold.version >= event.stream_version:
            fold = DrugFold()
        if fold.version < event.stream_version - 1:
            for earlier in self.log.read_stream(event.stream, after_version=fold.version):
                if earlier.stream_version >= event.stream_version:
                    break
                fold.apply(earlier)
        fold.apply(event)
        self.folds[event.stream] = fold
        while len(self.folds) > self.cache_size:
            self.folds.popitem(last=False)
        return fold
