"""Analysts' curation: record, correct or retract a milestone as events, then project them.

Every change is an event in the drug's stream with the actor (the API key's name) in
its metadata, so curation replays and audits like everything else.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from service.domain.drugs import milestone_key
from service.domain.events import (
    DomainEvent,
    MilestoneCorrected,
    MilestoneRecorded,
    MilestoneRetracted,
    Source,
)
from service.domain.indications import milestone_for
from service.domain.mapping import to_data
from service.projections import queries
from service.projections.projector import catch_up
from service.projections.view import JSON, effective
from service.store.database import read_only
from service.store.events import NewEvent, StoredEvent
from service.store.log import EventStore

CORRECTABLE = frozenset(
    {
        "date",
        "date_precision",
        "indication",
        "agency",
        "jurisdiction",
        "attributes",
        "milestone_type",
    }
)


class CurationError(ValueError):
    """A curation request that cannot apply: the message says why."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class DrugNames:
    """The drug as a milestone event names it."""

    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    company: str | None = None


def append_by(
    engine: Engine,
    slug: str,
    event: DomainEvent,
    actor: str,
    key: str | None,
    expected_version: int | None = None,
) -> StoredEvent:
    """Append to the drug's stream with the actor in metadata, then project it."""
    new = NewEvent(
        type=event.type,
        data=to_data(event),
        metadata={"actor": actor, "via": "api"},
        idempotency_key=key,
    )
    [stored] = EventStore(engine).append(f"drug-{slug}", [new], expected_version)
    catch_up(engine)
    return stored


def record_milestone(
    engine: Engine, name: str, fields: dict[str, Any], actor: str, key: str | None = None
) -> StoredEvent:
    """An analyst's milestone for a known drug, sourced to the outlet "analyst"."""
    with read_only(engine).connect() as conn:
        slug = queries.resolve(conn, name)
        drug = queries.drug(conn, slug) if slug else None
        timeline = queries.timeline(conn, slug) if slug else None
    if slug is None or drug is None:
        raise CurationError(
            f"no drug is known by {name!r}; to create it with this milestone, add "
            '"new_drug": {"name": ..., "company": ..., "aliases": [...]} to the body',
            404,
        )
    names = DrugNames(slug, drug["name"], (), drug["company"])
    return append_by(engine, slug, analyst_milestone(names, fields, timeline), actor, key)


def analyst_milestone(
    names: DrugNames, fields: dict[str, Any], timeline: queries.Timeline | None
) -> MilestoneRecorded:
    """The event an analyst's milestone is recorded as (`timeline`: the drug's, if known)."""
    attributes = dict(fields.get("attributes") or {})
    return MilestoneRecorded(
        milestone_id=_milestone_id(timeline, names.slug, fields, attributes),
        slug=names.slug,
        drug=names.name,
        aliases=names.aliases,
        company=names.company,
        milestone_type=fields["type"],
        jurisdiction=fields["jurisdiction"],
        agency=fields.get("agency"),
        date=fields.get("date"),
        date_precision=fields.get("date_precision") or "unknown",
        indication=fields.get("indication"),
        attributes=attributes,
        source=Source(
            article_id=f"analyst-{uuid.uuid4()}",
            url=fields.get("url"),
            outlet="analyst",
            published=datetime.now(UTC).date().isoformat(),
            quote=fields.get("note") or "",
            date=fields.get("date"),
            date_precision=fields.get("date_precision") or "unknown",
        ),
        confidence=1.0,
    )


def _milestone_id(
    timeline: queries.Timeline | None, slug: str, fields: dict[str, Any], attributes: JSON
) -> str:
    """Like a source's report, it joins the line of its indication, or opens one of its own."""
    base = milestone_key(slug, fields["type"], fields["jurisdiction"], attributes)
    lines = timeline.lines if timeline else []
    known = [(line.key(), effective(line)["indication"]) for line in lines]
    return milestone_for([base], fields.get("indication"), known)[0]


def _line_slug(engine: Engine, milestone_id: str, retracting: bool) -> str:
    with read_only(engine).connect() as conn:
        line = queries.milestone_line(conn, milestone_id)
    if line is None:
        raise CurationError(f"no milestone {milestone_id!r}", 404)
    if retracting and not line.active:
        raise CurationError(f"milestone {milestone_id!r} is already retracted")
    return line.slug


def retract_milestone(
    engine: Engine, milestone_id: str, reason: str, actor: str, key: str | None = None
) -> StoredEvent:
    slug = _line_slug(engine, milestone_id, retracting=True)
    return append_by(engine, slug, MilestoneRetracted(milestone_id, reason), actor, key)


def correct_milestone(
    engine: Engine,
    milestone_id: str,
    changes: dict[str, Any],
    reason: str,
    actor: str,
    key: str | None = None,
) -> StoredEvent:
    unknown = sorted(set(changes) - CORRECTABLE)
    if unknown or not changes:
        allowed = ", ".join(sorted(CORRECTABLE))
        raise CurationError(f"changes may set only {allowed}; got {unknown or 'nothing'}", 422)
    slug = _line_slug(engine, milestone_id, retracting=False)
    return append_by(engine, slug, MilestoneCorrected(milestone_id, changes, reason), actor, key)
