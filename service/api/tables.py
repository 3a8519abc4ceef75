"""Tables owned by service.api: API keys, stored only as hashes."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Integer, String, Table

from service.store.metadata import metadata

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("scope", String(16), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)
