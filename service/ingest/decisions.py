"""Per milestone candidate: new, corroboration from another source, or already known.

Pure functions over a drug stream's events; the pipeline appends what they return.
Every event gets a deterministic idempotency key and an event id derived from it,
so deciding twice on the same article appends nothing the second time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from service.domain.drugs import milestone_key, normalise_alias
from service.domain.events import (
    DomainEvent,
    DrugAliasLinked,
    DrugsMerged,
    MilestoneCorroborated,
    MilestoneRecorded,
    Source,
)
from service.domain.indications import (
    compatible_dates,
    indication_key,
    milestone_for,
    same_indication,
)
from service.domain.mapping import to_data
from service.extract.models import Milestone
from service.ingest.canonical import sha256_hex
from service.store.events import NewEvent, StoredEvent

EVENT_NAMESPACE = uuid.UUID("5b1f3f7e-3c55-4a8e-9d0b-6d2f0c1a7e42")
MAX_KEY = 200


# The extractor's milestone is the pipeline's candidate: one milestone read in one article.
Candidate = Milestone


@dataclass
class KnownMilestone:
    milestone_id: str
    milestone_type: str
    jurisdiction: str
    indication: str | None = None
    date: str | None = None  # as first recorded, or as an analyst corrected it
    # The articles that reported it, each with the date it gave.
    sources: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleRef:
    article_id: str
    url: str | None
    outlet: str | None
    published: str | None
    near_duplicate_of: str | None = None


def idempotency_key(key: str) -> str:
    return key if len(key) <= MAX_KEY else f"{key[:120]}#{sha256_hex(key)}"


def new_event(event: DomainEvent, key: str, metadata: dict[str, Any]) -> NewEvent:
    key = idempotency_key(key)
    return NewEvent(
        type=event.type,
        data=to_data(event),
        metadata=metadata,
        idempotency_key=key,
        schema_version=event.schema_version,
        event_id=uuid.uuid5(EVENT_NAMESPACE, key),
    )


def fold_milestones(events: Iterable[StoredEvent]) -> dict[str, KnownMilestone]:
    known: dict[str, KnownMilestone] = {}
    for event in events:
        data = event.data
        mid: str = data.get("milestone_id") or ""
        if event.type == "MilestoneRecorded":
            item = known.get(mid)
            if item is None:
                item = known[mid] = KnownMilestone(
                    mid, data["milestone_type"], data["jurisdiction"], data.get("indication")
                )
                item.date = data.get("date")
            _heard(item, data["source"])
        elif event.type == "MilestoneCorroborated" and mid in known:
            _heard(known[mid], data["source"])
        elif event.type == "MilestoneCorrected" and mid in known:
            # Later sources are compared with the indication an analyst settled on.
            changes = data.get("changes") or {}
            if "indication" in changes:
                known[mid].indication = changes["indication"]
            if "date" in changes:
                known[mid].date = changes["date"]
    return known


def _heard(item: KnownMilestone, source: dict[str, Any]) -> None:
    item.sources.setdefault(source["article_id"], source.get("date"))


def source_of(candidate: Candidate, article: ArticleRef) -> Source:
    evidence = candidate.evidence
    return Source(
        article_id=article.article_id,
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        quote=evidence.quote,
        span=(evidence.start, evidence.end) if evidence.quote else None,
        date=candidate.date,
        date_precision=candidate.date_precision,
        date_conflict=candidate.attributes.get("date_conflict"),
    )


def decide(
    candidate: Candidate,
    slugs: Sequence[str],
    known: dict[str, KnownMilestone],
    article: ArticleRef,
    metadata: dict[str, Any],
) -> tuple[str, NewEvent | None]:
    """("recorded" | "corroborated" | "known", the event to append).

    A syndicated copy (near-duplicate of an earlier article) corroborates the
    original's milestone of the same type and jurisdiction on this drug even when
    its wording gave a different milestone id; anything the original did not
    have on this drug is a milestone in its own right, since templated releases
    about different drugs also look alike.

    One key holds one milestone per indication: an approval for a second indication
    is a milestone of its own (id `<key>~<indication>`), not a corroboration of the first.
    """
    ids = [
        milestone_key(s, candidate.type, candidate.jurisdiction, candidate.attributes)
        for s in slugs
    ]
    existing, mid = _existing(candidate, ids, known, article)
    if existing is not None and article.article_id in existing.sources:
        repeated = _repeated(existing, candidate, ids[0], known, article)
        if repeated is None:
            return "known", None
        existing, mid = repeated
    if existing is None:
        recorded = _recorded(candidate, slugs[0], mid, article)
        return "recorded", new_event(recorded, f"recorded:{mid}", metadata)
    corroborated = MilestoneCorroborated(
        milestone_id=existing.milestone_id,
        source=source_of(candidate, article),
        confidence=candidate.confidence,
    )
    key = f"corroborated:{existing.milestone_id}:{article.article_id}"
    return "corroborated", new_event(corroborated, key, metadata)


def _repeated(
    existing: KnownMilestone,
    candidate: Candidate,
    first_id: str,
    known: dict[str, KnownMilestone],
    article: ArticleRef,
) -> tuple[KnownMilestone | None, str] | None:
    """The milestone a second report of a key in the same article is; None if already known.

    An article that reports one key twice, on two dates (two rejections a year apart,
    two approvals), was kept apart by the extractor: they are two milestones.
    """
    if not _another_report(existing, article, candidate):
        return None
    mid = indication_key(first_id, str(candidate.date))
    found = known.get(mid)
    if found is not None and article.article_id in found.sources:
        return None
    return found, mid


def _existing(
    candidate: Candidate, ids: list[str], known: dict[str, KnownMilestone], article: ArticleRef
) -> tuple[KnownMilestone | None, str]:
    """The known milestone this report is about (if any), and its id or the id to record."""
    indications = [(item.milestone_id, item.indication) for item in known.values()]
    dates = {item.milestone_id: item.date for item in known.values()}
    mid, found = milestone_for(ids, candidate.indication, indications, candidate.date, dates)
    existing = known[mid] if found else None
    if existing is None and article.near_duplicate_of:
        existing = _copied_from(candidate, known, article.near_duplicate_of)
    if existing is None and mid in known:
        existing = known[mid]  # two indications alike in their first 60 characters
    return existing, mid if existing is None else existing.milestone_id


def _another_report(existing: KnownMilestone, article: ArticleRef, candidate: Candidate) -> bool:
    """Whether this article already gave this milestone another, incompatible date."""
    before = existing.sources.get(article.article_id)
    return not compatible_dates(before, candidate.date)


def _copied_from(
    candidate: Candidate, known: dict[str, KnownMilestone], original: str
) -> KnownMilestone | None:
    """A syndicated copy corroborates the original's milestone even if lightly reworded."""
    for item in known.values():
        if (
            original in item.sources
            and item.milestone_type == candidate.type
            and item.jurisdiction.upper() == candidate.jurisdiction.upper()
            and same_indication(item.indication, candidate.indication)
        ):
            return item
    return None


def _recorded(
    candidate: Candidate, slug: str, milestone_id: str, article: ArticleRef
) -> MilestoneRecorded:
    return MilestoneRecorded(
        milestone_id=milestone_id,
        slug=slug,
        drug=candidate.drug,
        aliases=candidate.aliases,
        company=candidate.company,
        milestone_type=candidate.type,
        jurisdiction=candidate.jurisdiction,
        agency=candidate.agency,
        date=candidate.date,
        date_precision=candidate.date_precision,
        indication=candidate.indication,
        attributes=dict(candidate.attributes),
        source=source_of(candidate, article),
        confidence=candidate.confidence,
    )


def alias_event(
    slug: str,
    alias: str,
    company: str | None,
    article_id: str,
    reason: str,
    metadata: dict[str, Any],
) -> NewEvent:
    linked = DrugAliasLinked(
        drug=slug, alias=alias, company=company, reason=reason, article_id=article_id
    )
    return new_event(linked, f"alias:{slug}:{normalise_alias(alias)}", metadata)


def merge_event(into: str, merged: str, article_id: str, metadata: dict[str, Any]) -> NewEvent:
    event = DrugsMerged(
        into=into,
        merged=merged,
        reason="one article names aliases of both records",
        article_id=article_id,
    )
    return new_event(event, f"merged:{merged}:into:{into}", metadata)
