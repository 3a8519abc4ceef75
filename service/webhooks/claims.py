"""The delivery queue: claiming due rows under a lease.

PostgreSQL claims with `FOR UPDATE SKIP LOCKED`; SQLite's `BEGIN IMMEDIATE` already
serializes claimers, and the lease is a compare-and-set either way. An ordered
subscription only ever offers its oldest pending delivery and the ones right after it
(a run, sent in order by one worker), so a failing delivery holds back the later ones
of its subscription and of no other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    BindParameter,
    Connection,
    Engine,
    Select,
    and_,
    any_,
    bindparam,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql

from service.store.database import read_only
from service.webhooks.clock import as_utc, as_utc_or_none
from service.webhooks.tables import deliveries, messages, subscriptions

d, s = deliveries, subscriptions
NOW: BindParameter[datetime] = bindparam("now")
LIMIT: BindParameter[int] = bindparam("limit")


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
    # An ordered delivery holds back the rest of its run when it fails.
    ordered: bool = True


Run = list[Claim]


def message_id(event_id: str, subscription_id: str) -> str:
    """`webhook-id`: the same for every attempt and replay of one event to one subscriber."""
    return f"msg_{event_id.replace('-', '')}_{subscription_id}"


LEASE_FREE = or_(d.c.lease_expires_at.is_(None), d.c.lease_expires_at < NOW)
DUE = and_(d.c.status == "pending", d.c.next_attempt_at <= NOW, LEASE_FREE)
_e = deliveries.alias("e")
EARLIEST = (
    select(func.min(_e.c.id))
    .where(_e.c.subscription_id == s.c.id, _e.c.status == "pending")
    .scalar_subquery()
)
# The oldest pending delivery of each active ordered subscription, when it is due.
HEADS = (
    select(d.c.id, d.c.subscription_id)
    .select_from(s.join(d, d.c.id == EARLIEST))
    .where(s.c.status == "active", s.c.ordered.is_(True), DUE)
    .order_by(d.c.next_attempt_at, d.c.id)
    .limit(LIMIT)
)
# The deliveries right after a head, in order: they go out in the same run.
FOLLOWERS = (
    select(d.c.id, d.c.next_attempt_at, d.c.lease_expires_at)
    .where(
        d.c.subscription_id == bindparam("sub"),
        d.c.id > bindparam("head"),
        d.c.status == "pending",
    )
    .order_by(d.c.id)
    .limit(LIMIT)
)
UNORDERED = (
    select(d.c.id)
    .select_from(d.join(s, s.c.id == d.c.subscription_id))
    .where(s.c.status == "active", s.c.ordered.is_(False), DUE)
    .order_by(d.c.next_attempt_at, d.c.id)
    .limit(LIMIT)
)
ANY_DUE = select(d.c.id).where(DUE).limit(1)
# A run's own subscription, while it is active: what the run may go on with.
ACTIVE = and_(
    d.c.subscription_id == bindparam("sub"),
    select(s.c.id).where(s.c.id == bindparam("sub"), s.c.status == "active").exists(),
)
NEXT_IN_ORDER = (
    select(d.c.id, d.c.next_attempt_at, d.c.lease_expires_at)
    .where(ACTIVE, d.c.id > bindparam("head"), d.c.status == "pending")
    .order_by(d.c.id)
    .limit(LIMIT)
)
NEXT_DUE = select(d.c.id).where(ACTIVE, DUE).order_by(d.c.next_attempt_at, d.c.id).limit(LIMIT)


def by_ids(column: Any) -> dict[str, Any]:
    """`column IN :ids` per dialect: one array parameter on PostgreSQL (a claim has hundreds
    of ids; no statement with hundreds of placeholders to render and parse each time)."""
    return {
        "postgresql": column == any_(bindparam("ids", type_=postgresql.ARRAY(BigInteger))),
        "sqlite": column.in_(bindparam("ids", expanding=True)),
    }


LEASE = {
    dialect: update(d)
    .where(ids, LEASE_FREE)
    .values(lease_owner=bindparam("owner"), lease_expires_at=bindparam("until"))
    for dialect, ids in by_ids(d.c.id).items()
}
LOAD = {
    dialect: select(
        d.c.id, d.c.subscription_id, d.c.position, d.c.attempts, messages.c.event_id,
        messages.c.body,
    )
    .select_from(d.join(messages))
    .where(ids, d.c.lease_owner == bindparam("owner"))
    for dialect, ids in by_ids(d.c.id).items()
}  # fmt: skip
SUBSCRIBERS = select(
    s.c.id, s.c.url, s.c.ordered, s.c.secret, s.c.previous_secret,
    s.c.previous_secret_expires_at,
).where(s.c.id.in_(bindparam("subs", expanding=True)))  # fmt: skip


def anything_due(engine: Engine, now: datetime) -> bool:
    """A cheap read (no write lock on SQLite) so that idle polls stay idle."""
    with read_only(engine).connect() as conn:
        return conn.execute(ANY_DUE, {"now": now}).first() is not None


def _locked(conn: Connection, query: Select[Any], params: dict[str, Any]) -> list[Any]:
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=d)
    return list(conn.execute(query, params).all())


def claim_runs(
    engine: Engine, owner: str, now: datetime, slots: int, lease: timedelta, run_length: int = 20
) -> list[Run]:
    """Lease up to `slots` runs of due deliveries to `owner` (ordered runs keep log order)."""
    if slots <= 0:
        return []
    # On SQLite a claim takes the write lock: look first, so that idle polls stay reads.
    if engine.dialect.name == "sqlite" and not anything_due(engine, now):
        return []
    with engine.begin() as conn:
        runs: list[list[int]] = []
        for head in _locked(conn, HEADS, {"now": now, "limit": slots}):
            follow = {"now": now, "limit": run_length - 1, "sub": head.subscription_id}
            rest = _locked(conn, FOLLOWERS, {**follow, "head": head.id})
            runs.append([head.id, *_while_due(rest, now)])
        if len(runs) < slots:
            free = slots - len(runs)
            found = _locked(conn, UNORDERED, {"now": now, "limit": free * run_length})
            runs += _spread([r.id for r in found], free)
        ids = [i for run in runs for i in run]
        if not ids:
            return []
        claims = _lease(conn, ids, owner, now, lease)
    return [[claims[i] for i in run if i in claims] for run in runs]


def claim_more(conn: Connection, last: Claim, now: datetime, lease: timedelta, limit: int) -> Run:
    """What the run that ended with `last` goes on with, leased to its owner in the
    caller's transaction, while the subscription is active: for an ordered one the due
    deliveries right after `last` (only while its lease is held: a subscription offers
    no other worker anything but its oldest pending delivery), for an unordered one up
    to `limit` more of its due deliveries."""
    params = {"now": now, "limit": limit, "sub": last.subscription_id}
    if last.ordered:
        rows = _locked(conn, NEXT_IN_ORDER, {**params, "head": last.delivery_id})
        ids = _while_due(rows, now)
    else:
        ids = [row.id for row in _locked(conn, NEXT_DUE, params)]
    if not ids:
        return []
    claims = _lease(conn, ids, last.owner, now, lease)
    return [claims[i] for i in ids if i in claims]


def _lease(
    conn: Connection, ids: list[int], owner: str, now: datetime, lease: timedelta
) -> dict[int, Claim]:
    """Lease the deliveries to `owner` and load what it needs to send them, by id."""
    params = {"ids": ids, "owner": owner, "until": now + lease, "now": now}
    conn.execute(LEASE[conn.dialect.name], params)
    return {c.delivery_id: c for c in _load(conn, ids, owner, now)}


def _spread(ids: list[int], slots: int) -> list[list[int]]:
    """Split independent deliveries into at most `slots` runs of nearly equal length."""
    size = -(-len(ids) // slots) if ids else 1
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _while_due(rows: list[Any], now: datetime) -> list[int]:
    """Followers up to the first one not due or leased: a run never skips a delivery."""
    ids = []
    for row in rows:
        lease = as_utc_or_none(row.lease_expires_at)
        if as_utc(row.next_attempt_at) > now or (lease is not None and lease >= now):
            break
        ids.append(row.id)
    return ids


def claim_due(
    engine: Engine, owner: str, now: datetime, limit: int, lease: timedelta
) -> list[Claim]:
    """Single deliveries (runs of one): the simple form tests and tools use."""
    return [run[0] for run in claim_runs(engine, owner, now, limit, lease, 1) if run]


def _load(conn: Connection, ids: list[int], owner: str, now: datetime) -> list[Claim]:
    """The leased deliveries with their bodies; each subscription's fields read once."""
    rows = conn.execute(LOAD[conn.dialect.name], {"ids": ids, "owner": owner}).all()
    subs = sorted({row.subscription_id for row in rows})
    subscribers = {sub.id: sub for sub in conn.execute(SUBSCRIBERS, {"subs": subs})}
    secrets = {sub_id: _live_secrets(sub, now) for sub_id, sub in subscribers.items()}
    claims = []
    for row in rows:
        sub = subscribers[row.subscription_id]
        claims.append(
            Claim(
                delivery_id=row.id, subscription_id=row.subscription_id, position=row.position,
                attempt=row.attempts + 1, url=sub.url, secrets=secrets[sub.id],
                message_id=message_id(row.event_id, sub.id), body=row.body, owner=owner,
                ordered=bool(sub.ordered),
            )
        )  # fmt: skip
    return claims


def _live_secrets(sub: Any, now: datetime) -> tuple[str, ...]:
    """The secret, and the previous one while its rotation grace lasts."""
    grace_until = as_utc_or_none(sub.previous_secret_expires_at)
    if sub.previous_secret and grace_until and grace_until > now:
        return (sub.secret, sub.previous_secret)
    return (sub.secret,)


RELEASE = {
    dialect: update(d)
    .where(ids, d.c.lease_owner == bindparam("owner"))
    .values(lease_owner=None, lease_expires_at=None)
    for dialect, ids in by_ids(d.c.id).items()
}


def release(engine: Engine, claims: list[Claim]) -> None:
    """Give back claims that were not tried (the run stopped at a failure)."""
    if claims:
        with engine.begin() as conn:
            release_on(conn, claims)


def release_on(conn: Connection, claims: list[Claim]) -> None:
    """`release` inside the caller's transaction."""
    if claims:
        params = {"ids": [c.delivery_id for c in claims], "owner": claims[0].owner}
        conn.execute(RELEASE[conn.dialect.name], params)
