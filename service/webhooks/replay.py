"""Sending history again: from a position or a time, to one subscription."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, insert, select

from service.store.events import EventLog
from service.webhooks.clock import as_utc
from service.webhooks.fanout import checkpoint_position, new_delivery, store_messages
from service.webhooks.filters import Filters, wants
from service.webhooks.payloads import Message, PayloadBuilder
from service.webhooks.subscriptions import get_subscription
from service.webhooks.tables import deliveries

BATCH = 500


def replay(
    engine: Engine,
    log: EventLog,
    subscription_id: str,
    now: datetime,
    from_position: int | None = None,
    since: datetime | None = None,
) -> int:
    """Queue every matching event from `from_position` (or recorded since `since`) again.

    Events the fan-out has not reached yet are left to it, so nothing is queued twice.
    Returns how many deliveries were queued.
    """
    if (from_position is None) == (since is None):
        raise ValueError("give exactly one of from_position and since")
    since = as_utc(since) if since is not None else None  # a time without a zone is UTC
    sub = get_subscription(engine, subscription_id)
    filters = Filters.from_dict(sub["filters"])
    upto = checkpoint_position(engine)
    after = max((from_position or 1) - 1, 0)
    builder = PayloadBuilder(log)
    queued = 0
    while after < upto:
        events = [e for e in log.read_all(after_position=after, limit=BATCH) if e.position <= upto]
        if not events:
            break
        after = events[-1].position
        chosen = [e for e in events if since is None or e.recorded_at >= since]
        built = [m for m in (builder.build(e) for e in chosen) if m is not None]
        picked = [m for m in built if wants(sub["event_types"], filters, m.facts)]
        queued += _queue(engine, subscription_id, picked, now)
    return queued


def _queue(engine: Engine, subscription_id: str, picked: Sequence[Message], now: datetime) -> int:
    if not picked:
        return 0
    positions = [m.position for m in picked]
    with engine.begin() as conn:
        store_messages(conn, picked, now)
        latest = dict(
            conn.execute(
                select(deliveries.c.position, func.max(deliveries.c.generation))
                .where(
                    deliveries.c.subscription_id == subscription_id,
                    deliveries.c.position.in_(positions),
                )
                .group_by(deliveries.c.position)
            ).all()
        )
        rows: list[dict[str, Any]] = [
            new_delivery(subscription_id, p, now, latest[p] + 1 if p in latest else 0)
            for p in positions
        ]
        conn.execute(insert(deliveries), rows)
    return len(rows)
