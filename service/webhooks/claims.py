"""The delivery queue: claiming due rows under a lease, and recording each attempt.

PostgreSQL claims with `FOR UPDATE SKIP LOCKED`; SQLite's `BEGIN IMMEDIATE` already
serializes claimers, and the lease is a compare-and-set either way. An ordered
subscription only ever offers its oldest pending delivery, so a failing one holds
back the later ones of that subscription and of no other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, Select, and_, func, or_, select, update

from service.store.database import read_only
from service.webhooks.clock import as_utc_or_none
from service.webhooks.tables import deliveries, messages, subscriptions

d, s = deliveries, subscriptions


@dataclass(frozen=True)
class Claim:
    delivery_id: int
    subscription_id: str
    position: int
    attempt: int
    url: str
    secrets: tuple[str, ...]
    message_id: str
    body: str
    owner: str


def message_id(event_id: str, subscription_id: str) -> str:
    """`webhook-id`: the same for every attempt and replay of one event to one subscriber."""
    return f"msg_{event_id.replace('-', '')}_{subscription_id}"


def _lease_free(now: datetime) -> Any:
    return or_(d.c.lease_expires_at.is_(None), d.c.lease_expires_at < now)


def _due(now: datetime) -> Any:
    return and_(d.c.status == "pending", d.c.next_attempt_at <= now, _lease_free(now))


def _heads(now: datetime, limit: int) -> Select[Any]:
    """The oldest pending delivery of each active ordered subscription, when it is due."""
    e = deliveries.alias("e")
    earliest = (
        select(func.min(e.c.id))
        .where(e.c.subscription_id == s.c.id, e.c.status == "pending")
        .scalar_subquery()
    )
    return (
        select(d.c.id)
        .select_from(s.join(d, d.c.id == earliest))
        .where(s.c.status == "active", s.c.ordered.is_(True), _due(now))
        .order_by(d.c.next_attempt_at, d.c.id)
        .limit(limit)
    )


def _unordered(now: datetime, limit: int) -> Select[Any]:
    return (
        select(d.c.id)
        .select_from(d.join(s, s.c.id == d.c.subscription_id))
        .where(s.c.status == "active", s.c.ordered.is_(False), _due(now))
        .order_by(d.c.next_attempt_at, d.c.id)
        .limit(limit)
    )


def _lock(conn: Connection, query: Select[Any]) -> list[int]:
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=d)
    return list(conn.execute(query).scalars())


def anything_due(engine: Engine, now: datetime) -> bool:
    """A cheap read (no write lock on SQLite) so that idle polls stay idle."""
    with read_only(engine).connect() as conn:
        return conn.execute(select(d.c.id).where(_due(now)).limit(1)).first() is not None


def claim_due(
    engine: Engine, owner: str, now: datetime, limit: int, lease: timedelta
) -> list[Claim]:
    """Lease up to `limit` due deliveries to `owner`; each claim counts as one attempt."""
    if limit <= 0 or not anything_due(engine, now):
        return []
    with engine.begin() as conn:
        ids = _lock(conn, _heads(now, limit))
        ids += _lock(conn, _unordered(now, limit - len(ids))) if len(ids) < limit else []
        if not ids:
            return []
        conn.execute(
            update(d)
            .where(d.c.id.in_(ids), _lease_free(now))
            .values(lease_owner=owner, lease_expires_at=now + lease, attempts=d.c.attempts + 1)
        )
        return _load_claims(conn, ids, owner, now)


def _load_claims(conn: Connection, ids: list[int], owner: str, now: datetime) -> list[Claim]:
    rows = conn.execute(
        select(
            d.c.id, d.c.subscription_id, d.c.position, d.c.attempts, s.c.url, s.c.secret,
            s.c.previous_secret, s.c.previous_secret_expires_at, messages.c.event_id,
            messages.c.body,
        )
        .select_from(d.join(s, s.c.id == d.c.subscription_id).join(messages))
        .where(d.c.id.in_(ids), d.c.lease_owner == owner)
        .order_by(d.c.id)
    ).all()  # fmt: skip
    claims = []
    for row in rows:
        grace_until = as_utc_or_none(row.previous_secret_expires_at)
        live_secrets: tuple[str, ...] = (row.secret,)
        if row.previous_secret and grace_until and grace_until > now:
            live_secrets += (row.previous_secret,)
        claims.append(
            Claim(
                delivery_id=row.id, subscription_id=row.subscription_id, position=row.position,
                attempt=row.attempts, url=row.url, secrets=live_secrets,
                message_id=message_id(row.event_id, row.subscription_id), body=row.body,
                owner=owner,
            )
        )  # fmt: skip
    return claims
