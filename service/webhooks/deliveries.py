"""The delivery log of a subscription, and sending one delivery again by hand."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select, update

from service.store.database import read_only
from service.webhooks.clock import as_utc_or_none
from service.webhooks.subscriptions import get_subscription
from service.webhooks.tables import attempts, deliveries

STATUSES = ("pending", "delivered", "failed", "cancelled")
d = deliveries


class DeliveryNotFound(LookupError):
    def __init__(self, delivery_id: int) -> None:
        super().__init__(f"no delivery {delivery_id}")


def _attempt_view(row: Any) -> dict[str, Any]:
    return {
        "attempt": row.attempt, "started_at": as_utc_or_none(row.started_at),
        "status_code": row.status_code, "latency_ms": row.latency_ms,
        "response_body": row.response_body, "error": row.error, "worker": row.worker,
    }  # fmt: skip


def _view(row: Any, tries: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row.id, "subscription_id": row.subscription_id, "position": row.position,
        "generation": row.generation, "status": row.status, "attempts": row.attempts,
        "next_attempt_at": as_utc_or_none(row.next_attempt_at) if row.status == "pending" else None,
        "last_status_code": row.last_status_code, "last_error": row.last_error,
        "created_at": as_utc_or_none(row.created_at),
        "delivered_at": as_utc_or_none(row.delivered_at), "attempt_log": tries,
    }  # fmt: skip


def _with_attempts(engine: Engine, rows: Sequence[Any]) -> list[dict[str, Any]]:
    ids = [r.id for r in rows]
    tries: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if ids:
        with read_only(engine).connect() as conn:
            found = conn.execute(
                select(attempts)
                .where(attempts.c.delivery_id.in_(ids))
                .order_by(attempts.c.delivery_id, attempts.c.attempt)
            ).all()
        for row in found:
            tries[row.delivery_id].append(_attempt_view(row))
    return [_view(r, tries[r.id]) for r in rows]


def list_deliveries(
    engine: Engine, subscription_id: str, status: str | None = None, after: int | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], int | None]:  # fmt: skip
    """Newest first, each with its attempts; `after` is the cursor (a delivery id)."""
    get_subscription(engine, subscription_id)
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {list(STATUSES)}, not {status!r}")
    query = select(d).where(d.c.subscription_id == subscription_id)
    if status:
        query = query.where(d.c.status == status)
    if after is not None:
        query = query.where(d.c.id < after)
    with read_only(engine).connect() as conn:
        rows = conn.execute(query.order_by(d.c.id.desc()).limit(limit + 1)).all()
    items = _with_attempts(engine, rows[:limit])
    return items, (items[-1]["id"] if len(rows) > limit else None)


def get_delivery(engine: Engine, delivery_id: int) -> dict[str, Any]:
    with read_only(engine).connect() as conn:
        row = conn.execute(select(d).where(d.c.id == delivery_id)).one_or_none()
    if row is None:
        raise DeliveryNotFound(delivery_id)
    return _with_attempts(engine, [row])[0]


def retry_delivery(engine: Engine, delivery_id: int, now: datetime) -> dict[str, Any]:
    """Queue the delivery again now, whatever became of it (one more attempt)."""
    with engine.begin() as conn:
        changed = conn.execute(
            update(d)
            .where(d.c.id == delivery_id, d.c.status != "cancelled")
            .values(status="pending", next_attempt_at=now, delivered_at=None)
        )
    if changed.rowcount != 1:
        raise DeliveryNotFound(delivery_id)
    return get_delivery(engine, delivery_id)
