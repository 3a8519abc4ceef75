"""What one attempt did to its delivery and its subscription, written in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from service.webhooks.claims import Claim
from service.webhooks.clock import as_utc_or_none
from service.webhooks.retries import RetryPolicy, is_gone, is_success
from service.webhooks.tables import attempts, deliveries, subscriptions

RESPONSE_BODY_LIMIT = 1024


@dataclass(frozen=True)
class Outcome:
    started_at: datetime
    latency_ms: float
    status_code: int | None = None
    response_body: str | None = None
    error: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and is_success(self.status_code)

    def summary(self) -> str:
        if self.error:
            return self.error
        return f"HTTP {self.status_code}"


def record_outcome(
    engine: Engine, claim: Claim, outcome: Outcome, now: datetime, policy: RetryPolicy
) -> None:
    """Log the attempt; move the delivery on only if this worker still holds its lease."""
    with engine.begin() as conn:
        conn.execute(
            insert(attempts).values(
                delivery_id=claim.delivery_id, attempt=claim.attempt,
                started_at=outcome.started_at, status_code=outcome.status_code,
                latency_ms=outcome.latency_ms,
                response_body=(outcome.response_body or "")[:RESPONSE_BODY_LIMIT] or None,
                error=outcome.error, worker=claim.owner,
            )
        )  # fmt: skip
        values = _delivery_change(claim, outcome, now, policy)
        owned = conn.execute(
            update(deliveries)
            .where(deliveries.c.id == claim.delivery_id, deliveries.c.lease_owner == claim.owner)
            .values(**values, lease_owner=None, lease_expires_at=None)
        )
        if owned.rowcount == 1:
            _update_subscription(conn, claim.subscription_id, outcome, now, policy)


def _delivery_change(
    claim: Claim, outcome: Outcome, now: datetime, policy: RetryPolicy
) -> dict[str, Any]:
    common = {"last_status_code": outcome.status_code, "last_error": outcome.error}
    if outcome.succeeded:
        return {**common, "status": "delivered", "delivered_at": now}
    if outcome.status_code is not None and is_gone(outcome.status_code):
        # Kept pending: resuming the subscription sends it again.
        return {**common, "next_attempt_at": now}
    delay = policy.delay_after(claim.attempt)
    if delay is None:
        return {**common, "status": "failed"}
    return {**common, "next_attempt_at": now + delay}


def _update_subscription(
    conn: Connection, subscription_id: str, outcome: Outcome, now: datetime, policy: RetryPolicy
) -> None:
    where = subscriptions.c.id == subscription_id
    if outcome.succeeded:
        conn.execute(
            update(subscriptions)
            .where(where, subscriptions.c.failing_since.is_not(None))
            .values(failing_since=None)
        )
        return
    if outcome.status_code is not None and is_gone(outcome.status_code):
        disable(conn, subscription_id, "the endpoint answered 410 Gone", now)
        return
    since = as_utc_or_none(
        conn.execute(select(subscriptions.c.failing_since).where(where)).scalar_one_or_none()
    )
    if since is None:
        conn.execute(update(subscriptions).where(where).values(failing_since=now))
    elif now - since >= policy.disable_after:
        reason = f"every attempt failed since {since.isoformat()} (last: {outcome.summary()})"
        disable(conn, subscription_id, reason, now)


def disable(conn: Connection, subscription_id: str, reason: str, now: datetime) -> None:
    conn.execute(
        update(subscriptions)
        .where(subscriptions.c.id == subscription_id, subscriptions.c.status == "active")
        .values(status="disabled", disabled_reason=reason, disabled_at=now, updated_at=now)
    )
