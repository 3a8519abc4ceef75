"""The one fold of the log into drug timelines: used by the projector and by as-of answers.

Pure: it takes events (anything with position, event_id, type, data, metadata and
recorded_at) and keeps in-memory state. The projector loads the state it needs from
the read-model tables, folds a batch and writes back the drugs it touched; an as-of
answer folds one drug's streams from nothing. Both run this code, so they agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from service.domain.drugs import DrugRecord, DrugRegistry, milestone_key, slugify
from service.domain.indications import indication_suffix, same_indication
from service.projections.entries import (
    FOLDED_EVENTS,
    IDENTITY_EVENTS,
    JSON,
    MILESTONE_EVENTS,
    Line,
    LoggedEvent,
    malformed,
    recorded_fields,
    source_entry,
    stamp,
)

__all__ = [
    "FOLDED_EVENTS",
    "IDENTITY_EVENTS",
    "MILESTONE_EVENTS",
    "LedgerFold",
    "Line",
    "LoggedEvent",
    "malformed",
]


@dataclass
class LedgerFold:
    """Drug identity plus every timeline line, folded event by event."""

    registry: DrugRegistry = field(default_factory=DrugRegistry)
    lines: dict[str, Line] = field(default_factory=dict)
    members: dict[str, str] = field(default_factory=dict)
    by_drug: dict[str, dict[str, Line]] = field(default_factory=dict)
    by_key: dict[tuple[str, str], str] = field(default_factory=dict)
    drug_positions: dict[str, list[int]] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    orphans: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)

    # -- loading (the projector's incremental path) -----------------------------------

    def add_line(self, line: Line) -> None:
        self.lines[line.line_id] = line
        self.by_drug.setdefault(line.slug, {})[line.line_id] = line
        for member in line.members:
            self.members[member] = line.line_id
        self._index(line)

    def _index(self, line: Line) -> None:
        # Of two lines for one fact on one drug (only when one was retracted before a
        # merge), the earlier one answers for the key, whatever order they arrive in.
        slot = (line.slug, line.key())
        current = self.lines.get(self.by_key.get(slot, ""))
        if current is None or (line.first_position, line.line_id) < (
            current.first_position,
            current.line_id,
        ):
            self.by_key[slot] = line.line_id

    # -- folding -------------------------------------------------------------------------

    def apply_all(self, events: Iterable[LoggedEvent]) -> None:
        for event in events:
            self.apply(event)

    def apply(self, event: LoggedEvent) -> None:
        """Fold one event; one that lacks what its type needs is set aside, never half-applied."""
        problem = malformed(event.type, event.data)
        if problem is not None:
            self.rejected.append((event.position, problem))
            return
        kind = event.type
        if kind == "MilestoneRecorded":
            self._recorded(event)
        elif kind == "MilestoneCorroborated":
            self._corroborated(event)
        elif kind == "MilestoneCorrected" or kind == "MilestoneRetracted":
            self._amended(event)
        elif kind == "DrugAliasLinked":
            self.registry.apply(kind, event.data)
            self._touch(str(event.data["drug"]), event.position)
            self._touch(self.registry.follow(str(event.data["drug"])), event.position)
        elif kind == "DrugsMerged":
            self._merged(event)

    def _touch(self, slug: str, position: int) -> None:
        self.touched.add(slug)
        span = self.drug_positions.get(slug)
        if span is None:
            self.drug_positions[slug] = [position, position]
        elif position > span[1]:
            span[1] = position

    def find_line(self, milestone_id: str) -> Line | None:
        line = self.lines.get(milestone_id)
        if line is None and milestone_id in self.members:
            line = self.lines.get(self.members[milestone_id])
        return line

    def _recorded(self, event: LoggedEvent) -> None:
        data = event.data
        position = event.position
        named = str(data.get("slug") or slugify(str(data["drug"])))
        if self._news_for_registry(named, data):
            self.registry.apply("MilestoneRecorded", data)
        self._touch(named, position)
        slug = self.registry.follow(named)
        mid = str(data["milestone_id"])
        line = self.find_line(mid)
        if line is None:
            key = milestone_key(
                slug, data["milestone_type"], data["jurisdiction"], data.get("attributes") or {}
            ) + indication_suffix(mid)
            line = self.lines.get(self.by_key.get((slug, key), ""))
        if line is None:
            fields = recorded_fields(data)
            line = Line(mid, slug, fields, first_position=position, keyed=(slug, key))
            self.add_line(line)
        elif mid != line.line_id and mid not in self.members:
            self.members[mid] = line.line_id
            line.members.append(mid)
        if mid == line.line_id:
            mid = line.line_id  # one string for the line and its sources, not one per event
        line.sources.append(source_entry(event, mid, "recorded"))
        line.last_position = position
        if line.slug != named:
            self._touch(line.slug, position)

    def _news_for_registry(self, slug: str, data: JSON) -> bool:
        """Whether recording this drug would change the registry (most reports repeat it)."""
        known = self.registry.drugs.get(slug)
        if known is None or (data.get("company") and not known.company):
            return True
        names = known.aliases
        return str(data["drug"]) not in names or any(
            str(a) not in names for a in data.get("aliases") or ()
        )

    def _corroborated(self, event: LoggedEvent) -> None:
        mid = str(event.data["milestone_id"])
        line = self.find_line(mid)
        if line is None:
            self.orphans += 1
            return
        if mid == line.line_id:
            mid = line.line_id
        line.sources.append(source_entry(event, mid, "corroborated"))
        line.last_position = event.position
        self._touch(line.slug, event.position)

    def _amended(self, event: LoggedEvent) -> None:
        line = self.find_line(str(event.data["milestone_id"]))
        if line is None:
            self.orphans += 1
            return
        entry = stamp(event)
        entry["reason"] = event.data.get("reason") or ""
        if event.type == "MilestoneCorrected":
            entry["changes"] = dict(event.data.get("changes") or {})
            line.corrections.append(entry)
        elif line.retraction is None:
            line.retraction = entry
        line.last_position = event.position
        self._touch(line.slug, event.position)

    def _merged(self, event: LoggedEvent) -> None:
        data = event.data
        self.registry.drugs.setdefault(
            str(data["merged"]), DrugRecord(str(data["merged"]), str(data["merged"]))
        )
        self.registry.drugs.setdefault(
            str(data["into"]), DrugRecord(str(data["into"]), str(data["into"]))
        )
        # Live records are merged, never a record already merged: no chain can loop.
        source = self.registry.follow(str(data["merged"]))
        target = self.registry.follow(str(data["into"]))
        for slug in (str(data["merged"]), str(data["into"]), source, target):
            self._touch(slug, event.position)
        if source == target:
            return
        self.registry.merge(target, source)
        moving = sorted(
            self.by_drug.pop(source, {}).values(), key=lambda ln: (ln.first_position, ln.line_id)
        )
        for line in moving:
            self.by_key.pop((source, line.key()), None)
            line.slug = target
            line.last_position = event.position
            self._settle(line, target)

    def _settle(self, line: Line, target: str) -> None:
        existing = self.lines.get(self.by_key.get((target, line.key()), ""))
        # Two records' first milestones under one key are one fact only if their
        # indications agree: each record's first milestone has the plain key.
        if (
            existing is not None
            and existing.active
            and line.active
            and same_indication(existing.indication(), line.indication())
        ):
            self._absorb(existing, line)
            return
        self.by_drug.setdefault(target, {})[line.line_id] = line
        self._index(line)

    def _absorb(self, keeper: Line, absorbed: Line) -> None:
        del self.lines[absorbed.line_id]
        keeper.members.extend([absorbed.line_id, *absorbed.members])
        for member in (absorbed.line_id, *absorbed.members):
            self.members[member] = keeper.line_id
        keeper.sources = sorted(keeper.sources + absorbed.sources, key=lambda s: s["position"])
        keeper.corrections = sorted(
            keeper.corrections + absorbed.corrections, key=lambda c: c["position"]
        )
        keeper.first_position = min(keeper.first_position, absorbed.first_position)
        keeper.last_position = max(keeper.last_position, absorbed.last_position)

    # -- reading -------------------------------------------------------------------------

    def drug_lines(self, slug: str) -> list[Line]:
        return list(self.by_drug.get(self.registry.follow(slug), {}).values())
