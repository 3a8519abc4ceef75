"""A folded drug as read-model rows, and those rows written in bulk on the driver itself.

Rows are plain tuples in table column order, with JSON columns already text in the
form SQLAlchemy's JSON type writes (`json.dumps`), so Core reads them back as usual.
On SQLite they go through the driver's executemany; on PostgreSQL through COPY,
inside the caller's transaction either way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table

from service.domain.drugs import DrugRecord, slugify
from service.projections.encoding import encode_line, join_items
from service.projections.fold import LedgerFold, Line
from service.projections.tables import (
    drug_aliases,
    drug_stages,
    drugs,
    milestone_members,
    milestones,
)
from service.projections.view import drug_status, ordered

Row = tuple[Any, ...]
JSON = dict[str, Any]


def _columns(table: Table) -> tuple[str, ...]:
    return tuple(column.name for column in table.c)


DRUG_COLUMNS = _columns(drugs)
STAGE_COLUMNS = _columns(drug_stages)
MILESTONE_COLUMNS = _columns(milestones)
MEMBER_COLUMNS = _columns(milestone_members)
ALIAS_COLUMNS = _columns(drug_aliases)


@dataclass
class Rows:
    drugs: list[Row] = field(default_factory=list)
    stages: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    members: list[Row] = field(default_factory=list)

    def write(self, conn: Connection) -> None:
        for table, batch in (
            (drugs, self.drugs),
            (drug_stages, self.stages),
            (milestones, self.lines),
            (milestone_members, self.members),
        ):
            insert(conn, table, batch)


def drug_rows(fold: LedgerFold, record: DrugRecord, rows: Rows) -> None:
    """Append one drug's rows: its record, stages, timeline lines and merged ids."""
    slug = record.slug
    lines = [] if record.merged_into else list(fold.by_drug.get(slug, {}).values())
    rendered = ordered(lines)
    items = [item for _, item in rendered]
    status = drug_status(items)
    active = sum(1 for item in items if item["status"] == "active")
    texts = []
    for line, item in rendered:
        state, text = encode_line(line, item)
        rows.lines.append(_line_row(line, item, state))
        texts.append(text)
        rows.members.extend((m, line.line_id, slug) for m in line.members)
    first, last = fold.drug_positions.get(slug, [0, 0])
    timeline = join_items(texts)
    rows.drugs.append(_drug_row(record, status, timeline, active, first, last))
    rows.stages.extend(
        # The jurisdiction's row (indication ""); per-indication detail is in status.
        (slug, s["jurisdiction"], "", s["stage"], s["date"], s["date_precision"], s["milestone_id"])
        for s in status["stages"]
    )


def _drug_row(
    record: DrugRecord, status: JSON, timeline: str, active: int, first: int, last: int
) -> Row:
    company = record.company
    return (
        record.slug,
        record.canonical,
        company,
        slugify(company) if company else None,
        record.merged_into,
        json.dumps(sorted(record.aliases)),
        json.dumps(status),
        timeline,
        active,
        first,
        last,
    )


def _line_row(line: Line, item: dict[str, Any], state: str) -> Row:
    return (
        line.line_id,
        line.slug,
        item["type"],
        item["jurisdiction"],
        item["agency"],
        item["indication"],
        item["date"],
        item["date_precision"],
        item["sort_key"],
        item["status"],
        item["corroboration"],
        item["confidence"],
        line.first_position,
        line.last_position,
        state,
    )


def alias_rows(fold: LedgerFold) -> list[Row]:
    return sorted(fold.registry.by_alias.items())


def insert(conn: Connection, table: Table, rows: list[Row]) -> None:
    """Insert plain rows (all columns, table order) in the caller's transaction."""
    if not rows:
        return
    names = ", ".join(column.name for column in table.c)
    if conn.dialect.name != "postgresql":
        marks = ", ".join("?" * len(table.c))
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


assert MILESTONE_COLUMNS[-1] == "state" and len(MILESTONE_COLUMNS) == 15
assert DRUG_COLUMNS == (
    "slug",
    "canonical",
    "company",
    "company_slug",
    "merged_into",
    "aliases",
    "status",
    "timeline",
    "milestone_count",
    "first_position",
    "last_position",
)
assert STAGE_COLUMNS[:3] == ("slug", "jurisdiction", "indication")
assert MEMBER_COLUMNS == ("milestone_id", "line_id", "slug")
assert ALIAS_COLUMNS == ("alias_key", "slug")
