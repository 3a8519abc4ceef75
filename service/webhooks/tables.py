"""Tables owned by service.webhooks, declared on the shared MetaData.

The outbox is `webhook_deliveries`: one row per (event, subscription, generation),
written by the fan-out in the same transaction as its checkpoint. Bodies live once
per event in `webhook_messages`, so a retry or a replay re-sends the same bytes.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from service.store.metadata import metadata

# SQLite only auto-increments an INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")

subscriptions = Table(
    "webhook_subscriptions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("url", Text, nullable=False),
    Column("description", Text, nullable=True),
    Column("event_types", JSON, nullable=False),
    Column("filters", JSON, nullable=False),
    Column("ordered", Boolean, nullable=False),
    # active | paused | disabled | deleted
    Column("status", String(16), nullable=False),
    Column("secret", String(200), nullable=False),
    Column("previous_secret", String(200), nullable=True),
    Column("previous_secret_expires_at", DateTime(timezone=True), nullable=True),
    Column("disabled_reason", Text, nullable=True),
    Column("disabled_at", DateTime(timezone=True), nullable=True),
    Column("failing_since", DateTime(timezone=True), nullable=True),
    # Events at or before this position predate the subscription (replay sends them).
    Column("start_position", BigInteger, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

messages = Table(
    "webhook_messages",
    metadata,
    Column("position", BigInteger, primary_key=True, autoincrement=False),
    Column("event_id", String(36), nullable=False),
    Column("event_type", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("subscription_id", String(40), ForeignKey("webhook_subscriptions.id"), nullable=False),
    Column("position", BigInteger, ForeignKey("webhook_messages.position"), nullable=False),
    # 0 for the fan-out; each replay of a position adds one.
    Column("generation", Integer, nullable=False),
    # pending | delivered | failed | cancelled
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("lease_owner", String(64), nullable=True),
    Column("lease_expires_at", DateTime(timezone=True), nullable=True),
    Column("last_status_code", Integer, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("delivered_at", DateTime(timezone=True), nullable=True),
    UniqueConstraint("subscription_id", "position", "generation", name="uq_webhook_deliveries_key"),
    Index("ix_webhook_deliveries_queue", "status", "subscription_id", "id"),
    Index("ix_webhook_deliveries_subscription", "subscription_id", "id"),
    Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
    # What pruning a body asks: does any delivery still refer to it (and the foreign key).
    Index("ix_webhook_deliveries_position", "position"),
)

attempts = Table(
    "webhook_attempts",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("delivery_id", BigInteger, ForeignKey("webhook_deliveries.id"), nullable=False),
    Column("attempt", Integer, nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("status_code", Integer, nullable=True),
    Column("latency_ms", Float, nullable=False),
    Column("response_body", Text, nullable=True),
    Column("error", Text, nullable=True),
    Column("worker", String(64), nullable=False),
    # One row per attempt: a second writer of the same attempt fails loudly.
    UniqueConstraint("delivery_id", "attempt", name="uq_webhook_attempts_key"),
)

checkpoints = Table(
    "webhook_checkpoints",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("position", BigInteger, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

__all__ = ["attempts", "checkpoints", "deliveries", "messages", "metadata", "subscriptions"]
