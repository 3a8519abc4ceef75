"""ingest tables (owned by service.ingest).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "feed_leases",
        sa.Column("feed", sa.String(200), nullable=False),
        sa.Column("owner", sa.String(200), nullable=True),
        sa.Column("expires_at", TZ, nullable=True),
        sa.Column("next_due_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("feed", name="pk_feed_leases"),
    )
    op.create_table(
        "feed_health",
        sa.Column("feed", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("last_attempt_at", TZ, nullable=True),
        sa.Column("last_success_at", TZ, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", TZ, nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("items_seen", sa.BigInteger(), nullable=False),
        sa.Column("articles_new", sa.BigInteger(), nullable=False),
        sa.Column("milestones_recorded", sa.BigInteger(), nullable=False),
        sa.Column("milestones_corroborated", sa.BigInteger(), nullable=False),
        sa.Column("last_worker", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("feed", name="pk_feed_health"),
    )
    op.create_table(
        "http_validators",
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_http_validators"),
    )
    op.create_table(
        "ingested_articles",
        sa.Column("article_key", sa.String(64), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("feed", sa.String(200), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("processed_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("article_key", name="pk_ingested_articles"),
    )
    op.create_table(
        "article_signatures",
        sa.Column("article_key", sa.String(64), nullable=False),
        sa.Column("minhash", sa.Text(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("article_key", name="pk_article_signatures"),
    )
    op.create_table(
        "article_bands",
        sa.Column("band", sa.String(40), nullable=False),
        sa.Column("article_key", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("band", "article_key", name="pk_article_bands"),
    )


def downgrade() -> None:
    for table in (
        "article_bands",
        "article_signatures",
        "ingested_articles",
        "http_validators",
        "feed_health",
        "feed_leases",
    ):
        op.drop_table(table)
