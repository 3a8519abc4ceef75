"""Moving fold state between the read-model tables and memory.

`load_for` reads exactly the rows a batch of events can touch; `write_drugs` writes the
rows of the drugs a fold touched. A rebuild writes from a full in-memory fold with the
same function, so incremental and rebuilt tables agree row for row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, select

from service.domain.drugs import DrugRecord, normalise_alias, slugify
from service.projections.fold import FOLDED_EVENTS, MILESTONE_EVENTS, LedgerFold, Line, LoggedEvent
from service.projections.rows import Rows, alias_rows, drug_rows, insert
from service.projections.tables import (
    drug_aliases,
    drug_stages,
    drugs,
    milestone_members,
    milestones,
)

_CHUNK = 500
_WRITE_CHUNK = 2000  # drugs rendered and written at a time


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


def write_drugs(conn: Connection, fold: LedgerFold, slugs: set[str], fresh: bool = False) -> int:
    """Write the rows of `slugs` (deleting their old rows unless the tables are fresh).

    Drugs are rendered and written a chunk at a time: a rebuild never holds the text
    of every row at once.
    """
    if not fresh:
        for chunk in _chunks(slugs):
            for table in (drugs, drug_stages, milestones, milestone_members):
                conn.execute(delete(table).where(table.c.slug.in_(chunk)))
        for chunk in _chunks(fold.registry.by_alias):
            conn.execute(delete(drug_aliases).where(drug_aliases.c.alias_key.in_(chunk)))
    written = 0
    ordered_slugs = sorted(slugs)
    for start in range(0, len(ordered_slugs), _WRITE_CHUNK):
        rows = Rows()
        for slug in ordered_slugs[start : start + _WRITE_CHUNK]:
            record = fold.registry.drugs.get(slug)
            if record is not None:
                drug_rows(fold, record, rows)
        rows.write(conn)
        written += len(rows.lines)
    insert(conn, drug_aliases, alias_rows(fold))
    return written
