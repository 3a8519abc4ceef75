"""Tables owned by service.ingest, declared on the shared MetaData.

None of them is a source of truth for milestones (the event log is); they hold
the poller's working state: leases, HTTP validators, feed health, which
articles are fully processed, and near-duplicate signatures.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, DateTime, Integer, String, Table, Text

from service.store.metadata import metadata

# Which worker polls a feed right now, and when it is next due (shared by all workers).
feed_leases = Table(
    "feed_leases",
    metadata,
    Column("feed", String(200), primary_key=True),
    Column("owner", String(200), nullable=True),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("next_due_at", DateTime(timezone=True), nullable=True),
)

feed_health = Table(
    "feed_health",
    metadata,
    Column("feed", String(200), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("url", Text(), nullable=False),
    Column("last_attempt_at", DateTime(timezone=True), nullable=True),
    Column("last_success_at", DateTime(timezone=True), nullable=True),
    Column("last_error", Text(), nullable=True),
    Column("last_error_at", DateTime(timezone=True), nullable=True),
    Column("consecutive_failures", Integer(), nullable=False, default=0),
    Column("items_seen", BigInteger(), nullable=False, default=0),
    Column("articles_new", BigInteger(), nullable=False, default=0),
    Column("milestones_recorded", BigInteger(), nullable=False, default=0),
    Column("milestones_corroborated", BigInteger(), nullable=False, default=0),
    Column("last_worker", String(200), nullable=True),
)

# ETag / Last-Modified per URL, saved only after everything behind them was processed.
http_validators = Table(
    "http_validators",
    metadata,
    Column("url", String(2000), primary_key=True),
    Column("etag", Text(), nullable=True),
    Column("last_modified", Text(), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# An article whose every event is appended (status done), or that failed for good.
ingested_articles = Table(
    "ingested_articles",
    metadata,
    Column("article_key", String(64), primary_key=True),
    Column("url", Text(), nullable=True),
    Column("feed", String(200), nullable=True),
    Column("status", String(20), nullable=False),
    Column("error", Text(), nullable=True),
    Column("processed_at", DateTime(timezone=True), nullable=False),
)

# MinHash signature of each captured article's word shingles (near-duplicate detection),
# and its LSH bands: articles that share a band are compared, others never are.
article_signatures = Table(
    "article_signatures",
    metadata,
    Column("article_key", String(64), primary_key=True),
    Column("minhash", Text(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

article_bands = Table(
    "article_bands",
    metadata,
    Column("band", String(40), primary_key=True),
    Column("article_key", String(64), primary_key=True),
)

__all__ = [
    "article_bands",
    "article_signatures",
    "feed_health",
    "feed_leases",
    "http_validators",
    "ingested_articles",
    "metadata",
]
