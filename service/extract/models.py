"""Typed values exchanged by the extractor: one article in, milestones out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

# The spec's vocabulary, defined once: the API validates requests against these types.
MilestoneType = Literal[
    "ind_clearance",
    "trial_initiation",
    "application_submission",
    "application_acceptance",
    "priority_review",
    "designation",
    "program_inclusion",
    "approval",
    "rejection",
    "withdrawal",
]
DatePrecision = Literal["day", "month", "quarter", "year", "unknown"]


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    published: dt.date | None
    url: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Evidence:
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Milestone:
    drug: str
    aliases: tuple[str, ...]
    company: str | None
    type: str
    jurisdiction: str
    agency: str
    date: str | None
    date_precision: str
    indication: str | None
    attributes: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence = field(default_factory=lambda: Evidence("", 0, 0))
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "drug": self.drug,
            "aliases": list(self.aliases),
            "company": self.company,
            "type": self.type,
            "jurisdiction": self.jurisdiction,
            "agency": self.agency,
            "date": self.date,
            "date_precision": self.date_precision,
            "indication": self.indication,
            "attributes": dict(self.attributes),
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
        }
