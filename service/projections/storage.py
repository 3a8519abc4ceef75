"""Moving fold state between the read-model tables and memory.

`load_for` reads exactly the rows a batch of events can touch; `write_drugs` writes the
rows of the drugs a fold touched. A rebuild writes from a full in-memory fold with the
same function, so incremental and rebuilt tables agree row for row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, select

from service.domain.drugs import DrugRecord, normalise_alias, slugify
from service.projections.encoding import encode_line, join_items
from service.projections.fold import FOLDED_EVENTS, MILESTONE_EVENTS, LedgerFold, Line, LoggedEvent
from service.projections.tables import (
    drug_aliases,
    drug_stages,
    drugs,
    milestone_members,
    milestones,
)
from service.projections.view import drug_status, ordered

_CHUNK = 500


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _mentions(events: Sequence[LoggedEvent]) -> tuple[set[str], set[str], set[str]]:
    """Drug slugs, milestone ids and alias keys a batch of events refers to."""
    slugs: set[str] = set()
    ids: set[str] = set()
    keys: set[str] = set()
    for event in events:
        data = event.data
        if event.type == "MilestoneRecorded":
            slugs.add(str(data.get("slug") or slugify(str(data["drug"]))))
            keys.update(normalise_alias(str(n)) for n in (data["drug"], *data.get("aliases", [])))
        elif event.type == "DrugAliasLinked":
            slugs.add(str(data["drug"]))
            keys.add(normalise_alias(str(data["alias"])))
        elif event.type == "DrugsMerged":
            slugs.update((str(data["into"]), str(data["merged"])))
        if event.type in MILESTONE_EVENTS:
            ids.add(str(data["milestone_id"]))
    return slugs, ids, keys


def load_for(conn: Connection, events: Sequence[LoggedEvent]) -> LedgerFold:
    """A fold holding every row the batch can read or change."""
    fold = LedgerFold()
    slugs, ids, keys = _mentions([e for e in events if e.type in FOLDED_EVENTS])
    for chunk in _chunks(ids):
        slugs.update(
            conn.scalars(select(milestones.c.slug).where(milestones.c.milestone_id.in_(chunk)))
        )
        slugs.update(
            conn.scalars(
                select(milestone_members.c.slug).where(milestone_members.c.milestone_id.in_(chunk))
            )
        )
    _load_drugs(conn, fold, slugs)
    for chunk in _chunks(keys):
        rows = conn.execute(select(drug_aliases).where(drug_aliases.c.alias_key.in_(chunk)))
        fold.registry.by_alias.update({row.alias_key: row.slug for row in rows})
    live = [slug for slug, record in fold.registry.drugs.items() if not record.merged_into]
    for chunk in _chunks(live):
        rows = conn.execute(select(milestones).where(milestones.c.slug.in_(chunk)))
        for row in sorted(rows, key=lambda r: (r.first_position, r.milestone_id)):
            fold.add_line(
                Line.from_state(
                    row.milestone_id, row.slug, row.state, row.first_position, row.last_position
                )
            )
    return fold


def _load_drugs(conn: Connection, fold: LedgerFold, slugs: set[str]) -> None:
    """The named drugs and every drug their merges lead to."""
    wanted = set(slugs)
    while wanted:
        found: list[Any] = []
        for chunk in _chunks(wanted):
            found.extend(conn.execute(select(drugs).where(drugs.c.slug.in_(chunk))))
        wanted = set()
        for row in found:
            fold.registry.drugs[row.slug] = DrugRecord(
                slug=row.slug,
                canonical=row.canonical,
                aliases=set(row.aliases),
                company=row.company,
                merged_into=row.merged_into,
            )
            fold.drug_positions[row.slug] = [row.first_position, row.last_position]
            if row.merged_into and row.merged_into not in fold.registry.drugs:
                wanted.add(row.merged_into)


MILESTONE_COLUMNS = tuple(c.name for c in milestones.c)


def _insert_lines(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Straight to the driver's executemany: the rows are already plain values and text."""
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    columns = ", ".join(MILESTONE_COLUMNS)
    marks = ", ".join([mark] * len(MILESTONE_COLUMNS))
    conn.exec_driver_sql(f"INSERT INTO milestones ({columns}) VALUES ({marks})", rows)


def write_drugs(conn: Connection, fold: LedgerFold, slugs: set[str], fresh: bool = False) -> int:
    """Write the rows of `slugs` (deleting their old rows unless the tables are fresh)."""
    if not fresh:
        for chunk in _chunks(slugs):
            for table in (drugs, drug_stages, milestones, milestone_members):
                conn.execute(delete(table).where(table.c.slug.in_(chunk)))
        for chunk in _chunks(fold.registry.by_alias):
            conn.execute(delete(drug_aliases).where(drug_aliases.c.alias_key.in_(chunk)))
    rows = Rows()
    for slug in sorted(slugs):
        record = fold.registry.drugs.get(slug)
        if record is not None:
            _drug_rows(fold, record, rows)
    aliases = [{"alias_key": k, "slug": v} for k, v in sorted(fold.registry.by_alias.items())]
    for table, batch in (
        (drugs, rows.drugs),
        (drug_stages, rows.stages),
        (milestone_members, rows.members),
        (drug_aliases, aliases),
    ):
        if batch:
            conn.execute(table.insert(), batch)
    if rows.lines:
        _insert_lines(conn, rows.lines)
    return len(rows.lines)


@dataclass
class Rows:
    drugs: list[dict[str, Any]] = field(default_factory=list)
    stages: list[dict[str, Any]] = field(default_factory=list)
    lines: list[tuple[Any, ...]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)


def _drug_rows(fold: LedgerFold, record: DrugRecord, rows: Rows) -> None:
    slug = record.slug
    lines = [] if record.merged_into else list(fold.by_drug.get(slug, {}).values())
    rendered = ordered(lines)
    items = [item for _, item in rendered]
    status = drug_status(items)
    texts = []
    for line, item in rendered:
        state, text = encode_line(line, item)
        texts.append(text)
        rows.lines.append(_line_row(line, item, state))
        rows.members.extend(
            {"milestone_id": m, "line_id": line.line_id, "slug": slug} for m in line.members
        )
    first, last = fold.drug_positions.get(slug, [0, 0])
    rows.drugs.append(
        {
            "slug": slug,
            "canonical": record.canonical,
            "company": record.company,
            "company_slug": slugify(record.company) if record.company else None,
            "merged_into": record.merged_into,
            "aliases": sorted(record.aliases),
            "status": status,
            "timeline": join_items(texts),
            "milestone_count": sum(1 for i in items if i["status"] == "active"),
            "first_position": first,
            "last_position": last,
        }
    )
    rows.stages.extend(
        {
            "slug": slug,
            "jurisdiction": stage["jurisdiction"],
            "indication": "",  # the jurisdiction's row; per-indication detail is in status
            "stage": stage["stage"],
            "date": stage["date"],
            "date_precision": stage["date_precision"],
            "milestone_id": stage["milestone_id"],
        }
        for stage in status["stages"]
    )


def _line_row(line: Line, item: dict[str, Any], state: str) -> tuple[Any, ...]:
    values = {
        "milestone_id": line.line_id,
        "slug": line.slug,
        "type": item["type"],
        "jurisdiction": item["jurisdiction"],
        "agency": item["agency"],
        "indication": item["indication"],
        "date": item["date"],
        "date_precision": item["date_precision"],
        "sort_key": item["sort_key"],
        "status": item["status"],
        "corroboration": item["corroboration"],
        "confidence": item["confidence"],
        "first_position": line.first_position,
        "last_position": line.last_position,
        "state": state,
    }
    return tuple(values[name] for name in MILESTONE_COLUMNS)
