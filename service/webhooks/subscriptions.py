"""Subscriptions: create, read, change, pause/resume, rotate the secret, delete."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from service.store.database import read_only
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.clock import as_utc_or_none
from service.webhooks.filters import Filters, check_event_types
from service.webhooks.signing import generate_secret
from service.webhooks.tables import deliveries, subscriptions

ROTATION_GRACE = timedelta(hours=24)
s = subscriptions


class SubscriptionNotFound(LookupError):
    def __init__(self, subscription_id: str) -> None:
        super().__init__(f"no subscription {subscription_id!r}")


@dataclass(frozen=True)
class SubscriptionSpec:
    url: str
    event_types: Sequence[str]
    filters: dict[str, list[str]] = field(default_factory=dict)
    description: str | None = None
    ordered: bool = True


def view(row: Any) -> dict[str, Any]:
    """The public shape of a subscription (never its secrets)."""
    grace = as_utc_or_none(row.previous_secret_expires_at) if row.previous_secret else None
    return {
        "id": row.id, "url": row.url, "description": row.description,
        "event_types": list(row.event_types), "filters": dict(row.filters),
        "ordered": bool(row.ordered), "status": row.status,
        "disabled_reason": row.disabled_reason, "disabled_at": as_utc_or_none(row.disabled_at),
        "failing_since": as_utc_or_none(row.failing_since),
        "previous_secret_expires_at": grace, "start_position": row.start_position,
        "created_at": as_utc_or_none(row.created_at), "updated_at": as_utc_or_none(row.updated_at),
    }  # fmt: skip


def _validated(guard: AddressGuard, spec: SubscriptionSpec) -> dict[str, Any]:
    guard.check_url(spec.url)
    return {
        "url": spec.url,
        "event_types": check_event_types(spec.event_types),
        "filters": Filters.from_dict(spec.filters).to_dict(),
        "description": spec.description,
        "ordered": spec.ordered,
    }


def create_subscription(
    engine: Engine, guard: AddressGuard, spec: SubscriptionSpec, now: datetime
) -> tuple[dict[str, Any], str]:
    """Save a subscription; returns it and its secret, which is shown this once."""
    values = _validated(guard, spec)
    secret = generate_secret()
    # It hears of events appended from now on; a replay sends the back-catalogue.
    head = EventStore(engine).head_position()
    subscription_id = "sub_" + secrets.token_hex(12)
    with engine.begin() as conn:
        conn.execute(
            insert(s).values(
                id=subscription_id, **values, status="active", secret=secret,
                start_position=head, created_at=now, updated_at=now,
            )
        )  # fmt: skip
        return view(_row(conn, subscription_id)), secret


def _row(conn: Connection, subscription_id: str) -> Any:
    row = conn.execute(
        select(s).where(s.c.id == subscription_id, s.c.status != "deleted")
    ).one_or_none()
    if row is None:
        raise SubscriptionNotFound(subscription_id)
    return row


def get_subscription(engine: Engine, subscription_id: str) -> dict[str, Any]:
    with read_only(engine).connect() as conn:
        return view(_row(conn, subscription_id))


def list_subscriptions(
    engine: Engine, after: str | None = None, limit: int = 50
) -> tuple[list[dict[str, Any]], str | None]:
    query = select(s).where(s.c.status != "deleted").order_by(s.c.id).limit(limit + 1)
    if after:
        query = query.where(s.c.id > after)
    with read_only(engine).connect() as conn:
        rows = conn.execute(query).all()
    items = [view(r) for r in rows[:limit]]
    return items, (items[-1]["id"] if len(rows) > limit else None)


def update_subscription(
    engine: Engine, guard: AddressGuard, subscription_id: str, changes: dict[str, Any],
    now: datetime,
) -> dict[str, Any]:  # fmt: skip
    with engine.begin() as conn:
        current = view(_row(conn, subscription_id))
        merged = {k: changes.get(k, current[k]) for k in SubscriptionSpec.__dataclass_fields__}
        values = _validated(guard, SubscriptionSpec(**merged))
        conn.execute(update(s).where(s.c.id == subscription_id).values(**values, updated_at=now))
        return view(_row(conn, subscription_id))


def set_status(engine: Engine, subscription_id: str, status: str, now: datetime) -> dict[str, Any]:
    """Pause (`paused`) or resume (`active`; also re-enables a disabled subscription)."""
    values: dict[str, Any] = {"status": status, "updated_at": now}
    if status == "active":
        values.update(disabled_reason=None, disabled_at=None, failing_since=None)
    with engine.begin() as conn:
        _row(conn, subscription_id)
        conn.execute(update(s).where(s.c.id == subscription_id).values(**values))
        return view(_row(conn, subscription_id))


def rotate_secret(
    engine: Engine, subscription_id: str, now: datetime, grace: timedelta = ROTATION_GRACE
) -> tuple[dict[str, Any], str]:
    """A new secret; the old one keeps signing beside it until the grace period ends."""
    secret = generate_secret()
    with engine.begin() as conn:
        old = _row(conn, subscription_id).secret
        conn.execute(
            update(s)
            .where(s.c.id == subscription_id)
            .values(
                secret=secret, previous_secret=old, previous_secret_expires_at=now + grace,
                updated_at=now,
            )
        )  # fmt: skip
        return view(_row(conn, subscription_id)), secret


def delete_subscription(engine: Engine, subscription_id: str, now: datetime) -> None:
    """Soft delete: its attempt log stays for audit; nothing more is sent."""
    with engine.begin() as conn:
        _row(conn, subscription_id)
        conn.execute(
            update(s).where(s.c.id == subscription_id).values(status="deleted", updated_at=now)
        )
        conn.execute(
            update(deliveries)
            .where(deliveries.c.subscription_id == subscription_id)
            .where(deliveries.c.status == "pending")
            .values(status="cancelled")
        )
