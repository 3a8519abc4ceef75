"""What one attempt did to its delivery and its subscription, written in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

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
    record_outcomes(engine, [(claim, outcome)], now, policy)


SET_STATE = (
    update(deliveries)
    .where(deliveries.c.id == bindparam("b_id"))
    .values(
        status=bindparam("b_status"), attempts=bindparam("b_attempts"),
        next_attempt_at=bindparam("b_next"), delivered_at=bindparam("b_delivered"),
        last_status_code=bindparam("b_code"), last_error=bindparam("b_error"),
        lease_owner=None, lease_expires_at=None,
    )
)  # fmt: skip
CURRENT = (
    select(deliveries.c.id, deliveries.c.attempts, deliveries.c.lease_owner, deliveries.c.status)
    .where(deliveries.c.id.in_(bindparam("ids", expanding=True)))
    .with_for_update()
)
SET_ATTEMPTS = (
    update(deliveries)
    .where(deliveries.c.id == bindparam("b_id"))
    .values(attempts=bindparam("b_attempts"))
)


def record_outcomes(
    engine: Engine, results: Sequence[tuple[Claim, Outcome]], now: datetime, policy: RetryPolicy
) -> None:
    """Log every attempt (numbered once, under the row lock) and move each delivery on,
    if this worker still holds its lease; all in one transaction."""
    if results:
        with engine.begin() as conn:
            record_outcomes_on(conn, results, now, policy)


def record_outcomes_on(
    conn: Connection, results: Sequence[tuple[Claim, Outcome]], now: datetime, policy: RetryPolicy
) -> bool:
    """`record_outcomes` inside the caller's transaction (a run holds one connection).
    True when this worker still held every lease."""
    if not results:
        return True
    current = {
        row.id: row
        for row in conn.execute(CURRENT, {"ids": [claim.delivery_id for claim, _ in results]})
    }
    logged, owned, lost = [], [], []
    for claim, outcome in results:
        row = current[claim.delivery_id]
        attempt = row.attempts + 1
        logged.append(_attempt_row(claim, outcome, attempt))
        if row.lease_owner == claim.owner:
            owned.append(_state_row(claim, outcome, attempt, now, policy, row.status))
        else:  # the lease ran out and someone else holds it: they decide its state
            lost.append({"b_id": claim.delivery_id, "b_attempts": attempt})
    conn.execute(insert(attempts), logged)
    if owned:
        conn.execute(SET_STATE, owned)
    if lost:
        conn.execute(SET_ATTEMPTS, lost)
    mine = {r["b_id"] for r in owned}
    _update_subscriptions(conn, [(c, o) for c, o in results if c.delivery_id in mine], now, policy)
    return not lost


def _attempt_row(claim: Claim, outcome: Outcome, attempt: int) -> dict[str, Any]:
    return {
        "delivery_id": claim.delivery_id, "attempt": attempt, "started_at": outcome.started_at,
        "status_code": outcome.status_code, "latency_ms": outcome.latency_ms,
        "response_body": (outcome.response_body or "")[:RESPONSE_BODY_LIMIT] or None,
        "error": outcome.error, "worker": claim.owner,
    }  # fmt: skip


def _state_row(
    claim: Claim, outcome: Outcome, attempt: int, now: datetime, policy: RetryPolicy, status: str
) -> dict[str, Any]:
    row = {
        "b_id": claim.delivery_id, "b_attempts": attempt, "b_next": now, "b_delivered": None,
        "b_code": outcome.status_code, "b_error": outcome.error, "b_status": status,
    }  # fmt: skip
    if outcome.succeeded:
        row.update(b_status="delivered", b_delivered=now)
    elif outcome.status_code is not None and is_gone(outcome.status_code):
        pass  # kept pending: resuming the subscription sends it again
    elif (delay := policy.delay_after(attempt)) is None:
        row.update(b_status="failed")
    else:
        row.update(b_next=now + delay)
    return row


def _update_subscriptions(
    conn: Connection, results: Sequence[tuple[Claim, Outcome]], now: datetime, policy: RetryPolicy
) -> None:
    """A success clears the failing streak; the last failure starts or extends it."""
    last: dict[str, Outcome] = {}
    succeeded: set[str] = set()
    for claim, outcome in results:
        last[claim.subscription_id] = outcome
        if outcome.succeeded:
            succeeded.add(claim.subscription_id)
    if succeeded:
        conn.execute(
            update(subscriptions)
            .where(
                subscriptions.c.id.in_(sorted(succeeded)),
                subscriptions.c.failing_since.is_not(None),
            )
            .values(failing_since=None)
        )
    for subscription_id, outcome in last.items():
        if not outcome.succeeded:
            _update_subscription(conn, subscription_id, outcome, now, policy)


def _update_subscription(
    conn: Connection, subscription_id: str, outcome: Outcome, now: datetime, policy: RetryPolicy
) -> None:
    where = subscriptions.c.id == subscription_id
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
