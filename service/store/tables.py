"""Tables owned by service.store, declared on the shared MetaData."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    Uuid,
)

from service.store.metadata import metadata

# INTEGER PRIMARY KEY on SQLite makes `position` the rowid: no second index to
# maintain, and "last row" is one B-tree step on both engines.
Position = BigInteger().with_variant(Integer(), "sqlite")
# JSON, not JSONB, on PostgreSQL: the log writes canonical JSON once and reads it
# back whole; JSONB would parse every document on insert and print it on every
# read, and nothing queries inside the documents (projections do that).
JsonDocument = JSON()

events = Table(
    "events",
    metadata,
    Column("position", Position, primary_key=True, autoincrement=False),
    Column("event_id", Uuid(), nullable=False),
    Column("stream", String(200), nullable=False),
    Column("stream_version", Integer(), nullable=False),
    Column("type", String(100), nullable=False),
    Column("schema_version", Integer(), nullable=False),
    Column("data", JsonDocument, nullable=False),
    Column("metadata", JsonDocument, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("idempotency_key", String(200), nullable=True),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    UniqueConstraint("stream", "stream_version", name="uq_events_stream_version"),
    UniqueConstraint("event_id", name="uq_events_event_id"),
)

# Partial: most events carry no key, and an index entry per NULL would only slow appends.
Index(
    "uq_events_idempotency_key",
    events.c.idempotency_key,
    unique=True,
    sqlite_where=events.c.idempotency_key.isnot(None),
    postgresql_where=events.c.idempotency_key.isnot(None),
)

__all__ = ["events", "metadata"]
