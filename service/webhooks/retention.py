"""How long delivery history is kept: deliveries that reached their end, and their bodies.

A delivery is final when it is `delivered`, `failed` (the retry schedule is spent) or
`cancelled` (its subscription was deleted); `pending` covers waiting, leased and
scheduled-for-retry ones, and those are never touched. Its final time is
`next_attempt_at`, which the last outcome sets to when it was recorded (equal to
`delivered_at` for a delivered one). A cancelled delivery's `next_attempt_at` may predate
its cancellation, so it also waits until its subscription (deleted at the cancellation
and never updated since) is older than the cutoff.

Each batch deletes the attempts, then the deliveries, in one short transaction: a crash
mid-way leaves whole deliveries behind, never attempts without a delivery nor the other
way round. A body (`webhook_messages`) may go once no delivery refers to it: a replay
stores it again from the event log (`fanout.store_messages`), and retrying by hand needs
a delivery, which is gone too (404, as for an id that never existed). The check and the
foreign key both look bodies up by `webhook_deliveries.position`, which is indexed for
them (migration 0005).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Select, and_, delete, or_, select
from sqlalchemy.exc import IntegrityError

from service.webhooks.tables import attempts, deliveries, messages, subscriptions

log = logging.getLogger(__name__)
d, m, s = deliveries, messages, subscriptions
FINAL = ("delivered", "failed", "cancelled")
PRUNE_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class PruneReport:
    deliveries: int = 0
    attempts: int = 0
    messages: int = 0

    def summary(self) -> str:
        return (
            f"pruned {self.deliveries} deliveries, {self.attempts} attempts, "
            f"{self.messages} messages"
        )


def retention_window(days: int) -> timedelta | None:
    """How old history must be to go; None when retention is off (0 keeps everything)."""
    if days < 0:
        raise ValueError(f"retention must be 0 (off) or a number of days, not {days}")
    return timedelta(days=days) if days else None


def prune_deliveries(
    engine: Engine,
    older_than: timedelta,
    now: datetime | None = None,
    batch: int = 1000,
    messages: bool = True,
) -> PruneReport:
    """Delete final deliveries (with their attempts) older than `now - older_than`, and
    unless `messages` is False, the bodies no delivery refers to any more that are older;
    `batch` deliveries or bodies per transaction."""
    if batch < 1:
        raise ValueError(f"batch must be at least 1, not {batch}")
    now = now or datetime.now(UTC)
    cutoff = now - older_than
    pruned, tried = 0, 0
    while True:
        found, gone = _prune_delivery_batch(engine, cutoff, now, batch)
        pruned, tried = pruned + found, tried + gone
        if found < batch:
            break
    report = PruneReport(pruned, tried, _prune_messages(engine, cutoff, batch) if messages else 0)
    if report != PruneReport():
        log.info("webhook history older than %s: %s", cutoff.isoformat(), report.summary())
    return report


def _expired(cutoff: datetime, now: datetime) -> ColumnElement[bool]:
    deleted_before = (
        select(s.c.id).where(s.c.id == d.c.subscription_id, s.c.updated_at < cutoff).exists()
    )
    return and_(
        d.c.status.in_(FINAL),
        d.c.next_attempt_at < cutoff,
        or_(d.c.status != "delivered", d.c.delivered_at < cutoff),
        or_(d.c.status != "cancelled", deleted_before),
        # A cancelled delivery may still be in a worker's hands; it records no outcome then.
        or_(d.c.lease_expires_at.is_(None), d.c.lease_expires_at < now),
    )


def _locked_ids(conn: Connection, query: Select[Any]) -> list[int]:
    """On PostgreSQL the rows stay locked until the commit, so a retry by hand (or a
    replay referring to a body) waits for the delete instead of racing it; SQLite's
    BEGIN IMMEDIATE already keeps every other writer out."""
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return list(conn.execute(query).scalars())


def _prune_delivery_batch(
    engine: Engine, cutoff: datetime, now: datetime, batch: int
) -> tuple[int, int]:
    """One transaction: returns how many deliveries and attempts it deleted."""
    with engine.begin() as conn:
        ids = _locked_ids(conn, select(d.c.id).where(_expired(cutoff, now)).limit(batch))
        if not ids:
            return 0, 0
        tried = conn.execute(delete(attempts).where(attempts.c.delivery_id.in_(ids))).rowcount
        conn.execute(delete(d).where(d.c.id.in_(ids)))
    return len(ids), tried


def _prune_messages(engine: Engine, cutoff: datetime, batch: int) -> int:
    referenced = select(d.c.id).where(d.c.position == m.c.position).exists()
    query = select(m.c.position).where(m.c.created_at < cutoff, ~referenced).limit(batch)
    pruned = 0
    while True:
        try:
            with engine.begin() as conn:
                positions = _locked_ids(conn, query)
                if positions:
                    conn.execute(delete(m).where(m.c.position.in_(positions)))
        except IntegrityError:
            # A replay queued one of these bodies again between our read and our delete;
            # the next run finds the rest.
            log.warning("a replay raced the pruning of webhook bodies; stopping this run")
            return pruned
        pruned += len(positions)
        if len(positions) < batch:
            return pruned
