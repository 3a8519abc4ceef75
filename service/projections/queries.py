"""Reads of the read models: drug lookup, status, timelines, lists (functions of a connection)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import ColumnElement, Connection, Select, and_, or_, select

from service.domain.drugs import normalise_alias, slugify
from service.projections.fold import Line
from service.projections.tables import drug_aliases, drug_stages, drugs, milestones
from service.projections.view import JSON, ordered

FUZZY_CUTOFF = 85.0


class CursorError(ValueError):
    """A pagination cursor this API did not hand out."""


def encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except ValueError as exc:
        raise CursorError(f"cursor {cursor!r} is not one this API handed out") from exc
    if not isinstance(values, list) or len(values) != size:
        raise CursorError(f"cursor {cursor!r} is not one this API handed out")
    return values


def follow(conn: Connection, slug: str) -> str | None:
    """The live slug a drug slug leads to, or None when no such drug is known."""
    seen: set[str] = set()
    current: str | None = slug
    while current is not None and current not in seen:
        seen.add(current)
        target = conn.execute(select(drugs.c.merged_into).where(drugs.c.slug == current)).first()
        if target is None:
            return None
        if target[0] is None:
            return current
        current = target[0]
    return current


def resolve(
    conn: Connection, name: str, company: str | None = None, code: str | None = None
) -> str | None:
    """A drug by slug or any alias (case-, hyphen-insensitive); a misspelling if corroborated."""
    live = follow(conn, name) or follow(conn, slugify(name))
    if live is not None:
        return live
    key = normalise_alias(name)
    slug = conn.scalar(select(drug_aliases.c.slug).where(drug_aliases.c.alias_key == key))
    if slug is not None:
        return follow(conn, slug)
    return _fuzzy(conn, key, company, code)


def _fuzzy(conn: Connection, wanted: str, company: str | None, code: str | None) -> str | None:
    """rapidfuzz over every alias, accepted only when the company or a code name agrees."""
    if not company and not code:
        return None
    keys = dict(conn.execute(select(drug_aliases.c.alias_key, drug_aliases.c.slug)).all())
    for key, score, _ in process.extract(wanted, list(keys), scorer=fuzz.ratio, limit=5):
        if score < FUZZY_CUTOFF:
            break
        live = follow(conn, keys[key])
        row = conn.execute(
            select(drugs.c.company, drugs.c.aliases).where(drugs.c.slug == live)
        ).first()
        if row is None:
            continue
        same_company = bool(company and row.company and slugify(company) == slugify(row.company))
        same_code = bool(code) and normalise_alias(str(code)) in {
            normalise_alias(a) for a in row.aliases
        }
        if same_company or same_code:
            return live
    return None


@dataclass(frozen=True)
class Timeline:
    slug: str
    last_position: int
    lines: list[Line]

    def items(self) -> list[JSON]:
        return [item for _, item in ordered(self.lines)]


_DRUG_COLUMNS = [c for c in drugs.c if c.name != "timeline"]


def drug(conn: Connection, slug: str) -> JSON | None:
    row = conn.execute(select(*_DRUG_COLUMNS).where(drugs.c.slug == slug)).first()
    if row is None:
        return None
    return {
        "slug": row.slug,
        "name": row.canonical,
        "aliases": row.aliases,
        "company": row.company,
        "company_slug": row.company_slug,
        "merged_into": row.merged_into,
        "merged": sorted(conn.scalars(select(drugs.c.slug).where(drugs.c.merged_into == slug))),
        "status": row.status,
        "milestone_count": row.milestone_count,
        "last_position": row.last_position,
    }


def timeline(conn: Connection, slug: str) -> Timeline | None:
    last = conn.scalar(select(drugs.c.last_position).where(drugs.c.slug == slug))
    if last is None:
        return None
    rows = conn.execute(
        select(
            milestones.c.milestone_id,
            milestones.c.state,
            milestones.c.first_position,
            milestones.c.last_position,
        ).where(milestones.c.slug == slug)
    ).all()
    lines = [Line.from_state(r[0], slug, r[1], r[2], r[3]) for r in rows]
    return Timeline(slug, int(last), lines)


def list_drugs(
    conn: Connection,
    *,
    q: str | None = None,
    company: str | None = None,
    jurisdiction: str | None = None,
    stage: str | None = None,
    after: str | None = None,
    limit: int = 50,
) -> tuple[list[JSON], str | None]:
    query: Select[Any] = select(*_DRUG_COLUMNS).where(drugs.c.merged_into.is_(None))
    if q:
        key = normalise_alias(q)
        named = select(drug_aliases.c.slug).where(
            drug_aliases.c.alias_key.contains(key, autoescape=True)
        )
        query = query.where(
            or_(drugs.c.slug.in_(named), drugs.c.slug.contains(slugify(q), autoescape=True))
        )
    if company:
        query = query.where(drugs.c.company_slug == slugify(company))
    if jurisdiction or stage:
        conds = [drug_stages.c.jurisdiction == jurisdiction.upper()] if jurisdiction else []
        conds += [drug_stages.c.stage == stage] if stage else []
        query = query.where(drugs.c.slug.in_(select(drug_stages.c.slug).where(and_(*conds))))
    if after:
        query = query.where(drugs.c.slug > decode_cursor(after, 1)[0])
    rows = conn.execute(query.order_by(drugs.c.slug).limit(limit + 1)).all()
    items = [_drug_item(r) for r in rows[:limit]]
    following = encode_cursor([rows[limit - 1].slug]) if len(rows) > limit else None
    return items, following


def _drug_item(row: Any) -> JSON:
    return {
        "slug": row.slug,
        "name": row.canonical,
        "aliases": row.aliases,
        "company": row.company,
        "status": row.status,
        "milestone_count": row.milestone_count,
    }


def _milestone_filters(
    type: str | None,
    jurisdiction: str | None,
    date_from: str | None,
    date_to: str | None,
    include_retracted: bool,
) -> list[ColumnElement[bool]]:
    m = milestones.c
    wanted: list[ColumnElement[bool]] = []
    if type:
        wanted.append(m.type == type)
    if jurisdiction:
        wanted.append(m.jurisdiction == jurisdiction.upper())
    if date_from or date_to:
        wanted.append(m.date.is_not(None))
    if date_from:
        wanted.append(m.sort_key >= date_from)
    if date_to:
        wanted.append(m.sort_key < f"{date_to}|~")  # every key of that day sorts below "|~"
    if not include_retracted:
        wanted.append(m.status == "active")
    return wanted


def list_milestones(
    conn: Connection,
    *,
    type: str | None = None,
    jurisdiction: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    include_retracted: bool = False,
    after: str | None = None,
    limit: int = 50,
) -> tuple[list[JSON], str | None]:
    wanted = _milestone_filters(type, jurisdiction, date_from, date_to, include_retracted)
    query: Select[Any] = select(milestones).where(*wanted)
    if after:
        key, mid = decode_cursor(after, 2)
        query = query.where(
            or_(
                milestones.c.sort_key > key,
                and_(milestones.c.sort_key == key, milestones.c.milestone_id > mid),
            )
        )
    rows = conn.execute(
        query.order_by(milestones.c.sort_key, milestones.c.milestone_id).limit(limit + 1)
    ).all()
    items: list[JSON] = []
    for row in rows[:limit]:
        line = Line.from_state(
            row.milestone_id, row.slug, row.state, row.first_position, row.last_position
        )
        items.extend(item for _, item in ordered([line]))
    following = None
    if len(rows) > limit:
        following = encode_cursor([rows[limit - 1].sort_key, rows[limit - 1].milestone_id])
    return items, following


def milestone_line(conn: Connection, milestone_id: str) -> Line | None:
    """The line a milestone id lives on (its own, or the one it was folded into)."""
    from service.projections.tables import milestone_members

    line_id = conn.scalar(
        select(milestone_members.c.line_id).where(milestone_members.c.milestone_id == milestone_id)
    )
    row = conn.execute(
        select(milestones).where(milestones.c.milestone_id == (line_id or milestone_id))
    ).first()
    if row is None:
        return None
    return Line.from_state(
        row.milestone_id, row.slug, row.state, row.first_position, row.last_position
    )


def company(conn: Connection, slug: str) -> JSON | None:
    rows = conn.execute(
        select(*_DRUG_COLUMNS)
        .where(drugs.c.company_slug == slug, drugs.c.merged_into.is_(None))
        .order_by(drugs.c.slug)
    ).all()
    if not rows:
        return None
    return {"slug": slug, "name": rows[0].company, "drugs": [_drug_item(r) for r in rows]}
