"""projections tables (owned by service.projections) and the API keys table.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "projection_checkpoints",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_projection_checkpoints"),
    )
    op.create_table(
        "drugs",
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("canonical", sa.String(300), nullable=False),
        sa.Column("company", sa.String(300)),
        sa.Column("company_slug", sa.String(300)),
        sa.Column("merged_into", sa.String(200)),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("status", sa.JSON(), nullable=False),
        sa.Column("timeline", sa.Text(), nullable=False),
        sa.Column("milestone_count", sa.Integer(), nullable=False),
        sa.Column("first_position", sa.BigInteger(), nullable=False),
        sa.Column("last_position", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("slug", name="pk_drugs"),
    )
    op.create_index("ix_drugs_company_slug", "drugs", ["company_slug"])
    op.create_index("ix_drugs_merged_into", "drugs", ["merged_into"])
    op.create_table(
        "drug_aliases",
        sa.Column("alias_key", sa.String(300), nullable=False),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("alias_key", name="pk_drug_aliases"),
    )
    op.create_index("ix_drug_aliases_slug", "drug_aliases", ["slug"])
    op.create_table(
        "drug_stages",
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("jurisdiction", sa.String(16), nullable=False),
        sa.Column("indication", sa.String(500), nullable=False),
        sa.Column("stage", sa.String(64), nullable=False),
        sa.Column("date", sa.String(16)),
        sa.Column("date_precision", sa.String(16), nullable=False),
        sa.Column("milestone_id", sa.String(400), nullable=False),
        sa.PrimaryKeyConstraint("slug", "jurisdiction", "indication", name="pk_drug_stages"),
    )
    op.create_index("ix_drug_stages_jurisdiction_stage", "drug_stages", ["jurisdiction", "stage"])
    op.create_table(
        "milestones",
        sa.Column("milestone_id", sa.String(400), nullable=False),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("jurisdiction", sa.String(16), nullable=False),
        sa.Column("agency", sa.String(32)),
        sa.Column("indication", sa.Text()),
        sa.Column("date", sa.String(16)),
        sa.Column("date_precision", sa.String(16), nullable=False),
        sa.Column("sort_key", sa.String(48), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("corroboration", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("first_position", sa.BigInteger(), nullable=False),
        sa.Column("last_position", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("milestone_id", name="pk_milestones"),
    )
    op.create_index("ix_milestones_slug", "milestones", ["slug"])
    op.create_index(
        "ix_milestones_type_jurisdiction_sort_key",
        "milestones",
        ["type", "jurisdiction", "sort_key"],
    )
    op.create_index("ix_milestones_sort_key", "milestones", ["sort_key"])
    op.create_table(
        "milestone_members",
        sa.Column("milestone_id", sa.String(400), nullable=False),
        sa.Column("line_id", sa.String(400), nullable=False),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("milestone_id", name="pk_milestone_members"),
    )
    op.create_index("ix_milestone_members_slug", "milestone_members", ["slug"])
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("id", name="pk_api_keys"),
        sa.UniqueConstraint("key_hash", name="uq_api_keys_key_hash"),
    )


def downgrade() -> None:
    op.drop_table("api_keys")
    for name in ("milestone_members", "milestones", "drug_stages", "drug_aliases", "drugs"):
        op.drop_table(name)
    op.drop_table("projection_checkpoints")
