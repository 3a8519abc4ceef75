"""Domain events: past-tense facts about articles and drugs.

They are plain value objects; `service.store` keeps them apart from their stored
envelope (position, hash, …) and `service.domain.mapping` turns one into the other.
Every field of `data` is JSON-compatible so an event round-trips through the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

JSON = dict[str, Any]


@dataclass(frozen=True)
class Source:
    """Where a milestone was read: the article, its outlet and the quoted sentence."""

    article_id: str
    url: str | None
    outlet: str | None
    published: str | None
    quote: str
    span: tuple[int, int] | None = None
    date: str | None = None
    date_precision: str = "unknown"
    # The source's own date disagreement (a stated date it contradicts), kept visible
    # even when this source only corroborates a milestone another source recorded.
    date_conflict: JSON | None = None


@dataclass(frozen=True)
class DomainEvent:
    type: ClassVar[str]
    schema_version: ClassVar[int] = 1


@dataclass(frozen=True)
class ArticleCaptured(DomainEvent):
    type: ClassVar[str] = "ArticleCaptured"
    article_id: str
    url: str | None
    canonical_url: str | None
    title: str
    published: str | None
    outlet: str | None
    feed: str | None
    text_sha256: str
    body_sha256: str | None
    lang: str | None = None
    near_duplicate_of: str | None = None


@dataclass(frozen=True)
class MilestoneRecorded(DomainEvent):
    type: ClassVar[str] = "MilestoneRecorded"
    milestone_id: str
    slug: str
    drug: str
    aliases: tuple[str, ...]
    company: str | None
    milestone_type: str
    jurisdiction: str
    agency: str | None
    date: str | None
    date_precision: str
    indication: str | None
    attributes: JSON
    source: Source
    confidence: float


@dataclass(frozen=True)
class MilestoneCorroborated(DomainEvent):
    type: ClassVar[str] = "MilestoneCorroborated"
    milestone_id: str
    source: Source
    confidence: float


@dataclass(frozen=True)
class MilestoneCorrected(DomainEvent):
    type: ClassVar[str] = "MilestoneCorrected"
    milestone_id: str
    changes: JSON
    reason: str


@dataclass(frozen=True)
class MilestoneRetracted(DomainEvent):
    type: ClassVar[str] = "MilestoneRetracted"
    milestone_id: str
    reason: str


@dataclass(frozen=True)
class DrugAliasLinked(DomainEvent):
    type: ClassVar[str] = "DrugAliasLinked"
    drug: str
    alias: str
    company: str | None = None
    reason: str = ""
    article_id: str | None = None


@dataclass(frozen=True)
class DrugsMerged(DomainEvent):
    type: ClassVar[str] = "DrugsMerged"
    into: str
    merged: str
    reason: str = ""
    article_id: str | None = None


EVENT_TYPES: dict[str, type[DomainEvent]] = {
    cls.type: cls
    for cls in (
        ArticleCaptured,
        MilestoneRecorded,
        MilestoneCorroborated,
        MilestoneCorrected,
        MilestoneRetracted,
        DrugAliasLinked,
        DrugsMerged,
    )
}

# Webhook event names for the domain events a subscriber can receive.
WEBHOOK_EVENT_NAMES: dict[str, str] = {
    "MilestoneRecorded": "milestone.recorded",
    "MilestoneCorroborated": "milestone.corroborated",
    "MilestoneCorrected": "milestone.corrected",
    "MilestoneRetracted": "milestone.retracted",
    "DrugsMerged": "drug.merged",
}
