"""Read-model tables owned by service.projections: disposable, rebuilt from the log.

Each row carries what the fold needs to pick up where it left off (`state`), beside the
columns the API filters on, so the incremental projector can load, fold and write back
exactly what a rebuild from position 0 would have written.
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Column, Float, Index, Integer, String, Table, Text

from service.store.metadata import metadata

projection_checkpoints = Table(
    "projection_checkpoints",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("position", BigInteger, nullable=False),
)

drugs = Table(
    "drugs",
    metadata,
    Column("slug", String(200), primary_key=True),
    Column("canonical", String(300), nullable=False),
    Column("company", String(300)),
    Column("company_slug", String(300), index=True),
    Column("merged_into", String(200), index=True),
    Column("aliases", JSON, nullable=False),
    Column("status", JSON, nullable=False),
    # The rendered timeline (a JSON array), so a read is one row and no re-rendering.
    Column("timeline", Text, nullable=False),
    Column("milestone_count", Integer, nullable=False),
    Column("first_position", BigInteger, nullable=False),
    Column("last_position", BigInteger, nullable=False),
)

drug_aliases = Table(
    "drug_aliases",
    metadata,
    Column("alias_key", String(300), primary_key=True),
    Column("slug", String(200), nullable=False, index=True),
)

drug_stages = Table(
    "drug_stages",
    metadata,
    Column("slug", String(200), primary_key=True),
    Column("jurisdiction", String(16), primary_key=True),
    Column("indication", String(500), primary_key=True),
    Column("stage", String(64), nullable=False),
    Column("date", String(16)),
    Column("date_precision", String(16), nullable=False),
    Column("milestone_id", String(400), nullable=False),
    Index("ix_drug_stages_jurisdiction_stage", "jurisdiction", "stage"),
)

milestones = Table(
    "milestones",
    metadata,
    Column("milestone_id", String(400), primary_key=True),
    Column("slug", String(200), nullable=False, index=True),
    Column("type", String(64), nullable=False),
    Column("jurisdiction", String(16), nullable=False),
    Column("agency", String(32)),
    Column("indication", Text),
    Column("date", String(16)),
    Column("date_precision", String(16), nullable=False),
    Column("sort_key", String(48), nullable=False),
    Column("status", String(16), nullable=False),
    Column("corroboration", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("first_position", BigInteger, nullable=False),
    Column("last_position", BigInteger, nullable=False),
    # JSON text written by service.projections.encoding (sources encoded once per line).
    Column("state", Text, nullable=False),
    Index("ix_milestones_type_jurisdiction_sort_key", "type", "jurisdiction", "sort_key"),
    Index("ix_milestones_sort_key", "sort_key"),
)

# A milestone id that was folded into another line (same fact, two drug records merged).
milestone_members = Table(
    "milestone_members",
    metadata,
    Column("milestone_id", String(400), primary_key=True),
    Column("line_id", String(400), nullable=False),
    Column("slug", String(200), nullable=False, index=True),
)

PROJECTION_TABLES = (drugs, drug_aliases, drug_stages, milestones, milestone_members)
