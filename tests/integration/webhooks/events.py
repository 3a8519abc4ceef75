"""Milestone events appended the way the ingestion pipeline appends them (test helper)."""

from __future__ import annotations

from service.domain.drugs import milestone_key, slugify
from service.domain.events import (
    DrugsMerged,
    MilestoneCorroborated,
    MilestoneRecorded,
    MilestoneRetracted,
    Source,
)
from service.domain.mapping import to_data
from service.store.events import EventLog, NewEvent, StoredEvent


def source(article: str, date: str | None = "2025-05-02") -> Source:
    return Source(
        article_id=article, url=f"https://news.example/{article}", outlet="Example News",
        published="2025-05-02", quote=f"quote from {article}", date=date, date_precision="day",
    )  # fmt: skip


def recorded(
    drug: str = "zurletrectinib",
    kind: str = "priority_review",
    jurisdiction: str = "CN",
    company: str = "InnoCare Pharma",
    aliases: tuple[str, ...] = ("ICP-723",),
    article: str = "a1",
    attributes: dict[str, object] | None = None,
) -> MilestoneRecorded:
    slug = slugify(drug)
    attributes = attributes or {}
    return MilestoneRecorded(
        milestone_id=milestone_key(slug, kind, jurisdiction, attributes), slug=slug, drug=drug,
        aliases=aliases, company=company, milestone_type=kind, jurisdiction=jurisdiction,
        agency="NMPA" if jurisdiction == "CN" else "FDA", date="2025-05-02",
        date_precision="day", indication="NTRK fusion-positive solid tumors",
        attributes=attributes, source=source(article), confidence=0.9,
    )  # fmt: skip


def append(log: EventLog, *domain_events: object) -> list[StoredEvent]:
    stored: list[StoredEvent] = []
    for event in domain_events:
        assert isinstance(
            event, MilestoneRecorded | MilestoneCorroborated | MilestoneRetracted | DrugsMerged
        )
        slug = event.into if isinstance(event, DrugsMerged) else event.milestone_id.split(":")[0]
        stored += log.append(f"drug-{slug}", [NewEvent(type=event.type, data=to_data(event))])
    return stored


__all__ = ["DrugsMerged", "MilestoneCorroborated", "MilestoneRetracted", "append", "recorded"]
