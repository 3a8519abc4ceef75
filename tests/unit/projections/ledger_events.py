"""Builders of valid domain events for projection tests (appended through a real log)."""

from __future__ import annotations

from typing import Any

from service.domain.drugs import milestone_key, slugify
from service.domain.events import (
    DomainEvent,
    DrugAliasLinked,
    DrugsMerged,
    MilestoneCorrected,
    MilestoneCorroborated,
    MilestoneRecorded,
    MilestoneRetracted,
    Source,
)
from service.domain.mapping import to_data
from service.store.events import EventLog, NewEvent, StoredEvent


def source(
    article: str,
    date: str | None = None,
    precision: str = "day",
    outlet: str = "drugdu",
    published: str | None = "2025-05-02",
) -> Source:
    return Source(
        article_id=article,
        url=f"https://news.example/{article}",
        outlet=outlet,
        published=published,
        quote=f"quote from {article}",
        date=date,
        date_precision=precision if date else "unknown",
    )


def recorded(
    drug: str,
    milestone_type: str,
    jurisdiction: str,
    *,
    date: str | None = None,
    precision: str = "day",
    article: str = "a1",
    aliases: tuple[str, ...] = (),
    company: str | None = "Acme Bio",
    attributes: dict[str, Any] | None = None,
    indication: str | None = "NTRK fusion-positive solid tumors",
    published: str | None = "2025-05-02",
    slug: str | None = None,
) -> MilestoneRecorded:
    slug = slug or slugify(drug)
    attrs = attributes or {}
    return MilestoneRecorded(
        milestone_id=milestone_key(slug, milestone_type, jurisdiction, attrs),
        slug=slug,
        drug=drug,
        aliases=aliases,
        company=company,
        milestone_type=milestone_type,
        jurisdiction=jurisdiction,
        agency={"CN": "NMPA", "US": "FDA", "EU": "EMA"}.get(jurisdiction),
        date=date,
        date_precision=precision if date else "unknown",
        indication=indication,
        attributes=attrs,
        source=source(article, date, precision, published=published),
        confidence=0.9,
    )


def corroborated(
    milestone_id: str, article: str, date: str | None = None, precision: str = "day"
) -> MilestoneCorroborated:
    return MilestoneCorroborated(milestone_id, source(article, date, precision), 0.8)


def corrected(milestone_id: str, changes: dict[str, Any], reason: str) -> MilestoneCorrected:
    return MilestoneCorrected(milestone_id, changes, reason)


def retracted(milestone_id: str, reason: str) -> MilestoneRetracted:
    return MilestoneRetracted(milestone_id, reason)


def linked(drug: str, alias: str) -> DrugAliasLinked:
    return DrugAliasLinked(drug=drug, alias=alias, reason="same code name")


def merged(into: str, merged_slug: str) -> DrugsMerged:
    return DrugsMerged(into=into, merged=merged_slug, reason="article names both")


def stream_of(event: DomainEvent) -> str:
    data = to_data(event)
    if isinstance(event, DrugsMerged):
        return f"drug-{event.into}"
    if isinstance(event, DrugAliasLinked):
        return f"drug-{event.drug}"
    if "slug" in data:
        return f"drug-{data['slug']}"
    return f"drug-{str(data['milestone_id']).split(':')[0]}"


def append(log: EventLog, *events: DomainEvent, actor: str = "tests") -> list[StoredEvent]:
    stored: list[StoredEvent] = []
    for event in events:
        new = NewEvent(type=event.type, data=to_data(event), metadata={"actor": actor})
        stored.extend(log.append(stream_of(event), [new]))
    return stored
