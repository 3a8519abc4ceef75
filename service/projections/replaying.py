"""`milestones replay`: rebuild with a progress bar, or print the ledger as of a time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TextIO

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import Engine

from service.projections.asof import ledgers_as_of
from service.projections.projector import ProjectionRun, rebuild
from service.projections.view import ordered
from service.store.log import EventStore


def replay_all(engine: Engine, show_progress: bool = True) -> ProjectionRun:
    """Drop and rebuild every read model, showing the position reached."""
    head = EventStore(engine).head_position()
    columns = (
        TextColumn("replaying"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, disable=not show_progress, transient=False) as bar:
        task = bar.add_task("replay", total=max(head, 1))
        return rebuild(engine, progress=lambda position: bar.update(task, completed=position))


def print_ledger(engine: Engine, as_of: datetime | None, out: TextIO) -> int:
    """The ledger per drug as it stood at `as_of` (naive times are UTC); touches no table."""
    if as_of is not None and as_of.tzinfo is None:
        as_of = as_of.replace(tzinfo=UTC)
    fold = ledgers_as_of(engine, as_of)
    moment = as_of.isoformat() if as_of else "now"
    out.write(f"ledger as of {moment}: {len(fold.by_drug)} drugs with milestones\n")
    for slug in sorted(fold.by_drug):
        record = fold.registry.drugs[slug]
        aliases = ", ".join(sorted(a for a in record.aliases if a != record.canonical))
        out.write(f"\n{slug}  ({record.canonical}{'; ' + aliases if aliases else ''})\n")
        for _, item in ordered(fold.drug_lines(slug)):
            detail = (
                item["attributes"].get("designation") or item["attributes"].get("program") or ""
            )
            flags = [
                f
                for f, on in (
                    ("RETRACTED", item["status"] != "active"),
                    ("corrected", item["corrected"]),
                    ("date conflict", item["date_conflict"]),
                )
                if on
            ]
            out.write(
                f"  {item['date'] or 'date unknown':<12} {item['type']:<24} {detail:<20} "
                f"{item['jurisdiction']:<3} sources={item['corroboration']}"
                f"{'  [' + ', '.join(flags) + ']' if flags else ''}\n"
            )
    return len(fold.by_drug)
