"""The outbox projector: follows the event log and writes one delivery per match.

Deliveries and the checkpoint move in one transaction, guarded by a compare-and-set
on the checkpoint, so two workers fanning out at once write each row once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from service.store.database import read_only
from service.store.events import EventLog, StoredEvent
from service.webhooks.clock import Clock, SystemClock
from service.webhooks.filters import Filters, wants
from service.webhooks.payloads import Message, PayloadBuilder
from service.webhooks.tables import checkpoints, deliveries, messages, subscriptions

FANOUT = "fanout"
LIVE = ("active", "paused", "disabled")


def read_checkpoint(conn: Connection, name: str = FANOUT) -> int | None:
    return conn.execute(
        select(checkpoints.c.position).where(checkpoints.c.name == name)
    ).scalar_one_or_none()


def checkpoint_position(engine: Engine) -> int:
    with read_only(engine).connect() as conn:
        return read_checkpoint(conn) or 0


def advance_checkpoint(conn: Connection, old: int | None, new: int, now: datetime) -> bool:
    """Compare-and-set: False when another worker moved the checkpoint first."""
    if old is None:
        conn.execute(insert(checkpoints).values(name=FANOUT, position=new, updated_at=now))
        return True
    moved = conn.execute(
        update(checkpoints)
        .where(checkpoints.c.name == FANOUT, checkpoints.c.position == old)
        .values(position=new, updated_at=now)
    )
    return moved.rowcount == 1


def store_messages(
    conn: Connection, built: Sequence[Message], now: datetime, check: bool = True
) -> None:
    """Insert the bodies not stored yet (a replay may have stored some)."""
    if not built:
        return
    known: set[int] = set()
    if check:
        positions = [m.position for m in built]
        query = select(messages.c.position).where(messages.c.position.in_(positions))
        known = set(conn.execute(query).scalars())
    rows = [
        {"position": m.position, "event_id": m.event_id, "event_type": m.event_type,
         "body": m.body, "created_at": now}
        for m in built if m.position not in known
    ]  # fmt: skip
    if rows:
        conn.execute(insert(messages), rows)


def matching_rows(
    built: Sequence[Message], subs: Sequence[Any], now: datetime, generation: int = 0
) -> list[dict[str, Any]]:
    wanted = [(sub, Filters.from_dict(sub.filters)) for sub in subs]
    rows = []
    for message in built:
        for sub, filters in wanted:
            if message.position <= sub.start_position:
                continue  # older than the subscription: only a replay sends it
            if wants(sub.event_types, filters, message.facts):
                rows.append(new_delivery(sub.id, message.position, now, generation))
    return rows


def new_delivery(
    subscription_id: str, position: int, now: datetime, generation: int
) -> dict[str, Any]:
    return {
        "subscription_id": subscription_id, "position": position, "generation": generation,
        "status": "pending", "attempts": 0, "next_attempt_at": now, "created_at": now,
    }  # fmt: skip


@dataclass
class FanOutResult:
    events: int = 0
    deliveries: int = 0
    # Where the checkpoint stands after this call, as far as this worker knows.
    checkpoint: int | None = None


def fan_out(
    engine: Engine,
    log: EventLog,
    builder: PayloadBuilder | None = None,
    clock: Clock | None = None,
    batch: int = 500,
    known: int | None = None,
) -> FanOutResult:
    """Process the next batch of events after the checkpoint (`known` saves reading it)."""
    builder = builder or PayloadBuilder(log)
    now = (clock or SystemClock()).now()
    if known is None:
        with read_only(engine).connect() as conn:
            known = read_checkpoint(conn)
    events: list[StoredEvent] = log.read_all(after_position=known or 0, limit=batch)
    if not events:
        return FanOutResult(checkpoint=known)
    built = [m for m in (builder.build(e) for e in events) if m is not None]
    with engine.begin() as conn:
        if not advance_checkpoint(conn, known, events[-1].position, now):
            return FanOutResult(events=-1)  # another worker got there first: re-read
        subs = conn.execute(select(subscriptions).where(subscriptions.c.status.in_(LIVE))).all()
        rows = matching_rows(built, subs, now)
        wanted = {r["position"] for r in rows}
        # Positions past the checkpoint we just moved are new: no replay stored them.
        store_messages(conn, [m for m in built if m.position in wanted], now, check=False)
        if rows:
            conn.execute(insert(deliveries), rows)
    return FanOutResult(len(events), len(rows), events[-1].position)


def fan_out_all(
    engine: Engine, log: EventLog, builder: PayloadBuilder, clock: Clock, batch: int = 500
) -> int:
    """Fan out until the checkpoint reaches the head of the log; returns the deliveries."""
    total, known = 0, None
    while True:
        result = fan_out(engine, log, builder, clock, batch, known)
        total += result.deliveries
        known = result.checkpoint
        if 0 <= result.events < batch:
            return total
