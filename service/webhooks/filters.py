"""What a subscription asked for: event types and optional drug/company/type/region filters."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from service.domain.drugs import slugify
from service.domain.events import WEBHOOK_EVENT_NAMES

EVENT_NAMES: tuple[str, ...] = tuple(WEBHOOK_EVENT_NAMES.values())
FILTER_FIELDS = ("drugs", "companies", "milestone_types", "jurisdictions")


def _company_key(name: str) -> str:
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Facts:
    """The parts of one message the filters look at."""

    event_type: str
    slugs: frozenset[str]
    company: str | None = None
    milestone_type: str | None = None
    jurisdiction: str | None = None


@dataclass(frozen=True)
class Filters:
    drugs: frozenset[str] = frozenset()
    companies: frozenset[str] = frozenset()
    milestone_types: frozenset[str] = frozenset()
    jurisdictions: frozenset[str] = frozenset()

    @classmethod
    def from_dict(cls, data: Mapping[str, Iterable[str] | None]) -> Filters:
        unknown = set(data) - set(FILTER_FIELDS)
        if unknown:
            raise ValueError(f"unknown filter(s) {sorted(unknown)}; use {list(FILTER_FIELDS)}")
        return cls(
            drugs=frozenset(slugify(d) for d in data.get("drugs") or ()),
            companies=frozenset(_company_key(c) for c in data.get("companies") or ()),
            milestone_types=frozenset(t.strip() for t in data.get("milestone_types") or ()),
            jurisdictions=frozenset(j.strip().upper() for j in data.get("jurisdictions") or ()),
        )

    def to_dict(self) -> dict[str, list[str]]:
        return {name: sorted(getattr(self, name)) for name in FILTER_FIELDS}

    def matches(self, facts: Facts) -> bool:
        """Empty filters match everything; type and region only narrow milestone events."""
        if self.drugs and not self.drugs & facts.slugs:
            return False
        if self.companies and _company_key(facts.company or "") not in self.companies:
            return False
        if facts.event_type.startswith("milestone."):
            if self.milestone_types and facts.milestone_type not in self.milestone_types:
                return False
            if self.jurisdictions and (facts.jurisdiction or "").upper() not in self.jurisdictions:
                return False
        return True


def check_event_types(names: Iterable[str]) -> list[str]:
    chosen = list(dict.fromkeys(names))
    unknown = [n for n in chosen if n not in EVENT_NAMES]
    if unknown:
        raise ValueError(f"unknown event type(s) {unknown}; use {list(EVENT_NAMES)}")
    if not chosen:
        raise ValueError(f"choose at least one event type of {list(EVENT_NAMES)}")
    return chosen


def facts_of(body: Mapping[str, Any]) -> Facts:
    """Read the filterable facts back from a message body (see `payloads`)."""
    data = body["data"]
    milestone = data.get("milestone")
    if milestone is not None:
        return Facts(
            event_type=body["type"],
            slugs=frozenset({milestone["slug"]}),
            company=milestone.get("company"),
            milestone_type=milestone.get("type"),
            jurisdiction=milestone.get("jurisdiction"),
        )
    drug = data.get("drug") or {}
    return Facts(
        event_type=body["type"],
        slugs=frozenset(s for s in (drug.get("into"), drug.get("merged")) if s),
        company=drug.get("company"),
    )


def wants(event_types: Iterable[str], filters: Filters, facts: Facts) -> bool:
    return facts.event_type in set(event_types) and filters.matches(facts)
