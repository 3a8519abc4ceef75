"""Which worker polls a feed: an expiring lease taken by compare-and-set on one row.

A single conditional UPDATE is atomic on both back-ends (a row lock on
PostgreSQL, the database write lock on SQLite), so two workers racing for the
same feed cannot both see rowcount 1. `next_due_at` is shared too, so N workers
poll a feed once per interval between them, not N times.
"""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, and_, or_, select, update
from sqlalchemy.exc import IntegrityError

from service.ingest.tables import feed_leases

DEFAULT_TTL = timedelta(minutes=10)
MAX_SLACK = timedelta(seconds=30)


def claim(
    engine: Engine,
    feed: str,
    owner: str,
    *,
    ttl: timedelta = DEFAULT_TTL,
    interval: timedelta | None = None,
    force: bool = False,
) -> bool:
    """Take the feed's lease if it is free (or expired) and the feed is due (or `force`).

    Taking it also sets when the feed is next due (`interval` from now), so the
    cadence is measured from poll start to poll start whoever polls next.
    """
    now = datetime.now(UTC)
    _ensure_row(engine, feed)
    current = holder(engine, feed)
    free = or_(
        feed_leases.c.owner.is_(None),
        feed_leases.c.owner == owner,
        feed_leases.c.expires_at < now,
        # A holder that was a process on this host and is gone (killed) frees it at once.
        *((feed_leases.c.owner == current,) if current and _dead_here(current) else ()),
    )
    # Schedulers fire on their own clocks: a feed due within the slack counts as due now.
    slack = min(interval * 0.2, MAX_SLACK) if interval else timedelta(0)
    due = or_(feed_leases.c.next_due_at.is_(None), feed_leases.c.next_due_at <= now + slack)
    condition = and_(feed_leases.c.feed == feed, free, *(() if force else (due,)))
    values: dict[str, object] = {"owner": owner, "expires_at": now + ttl}
    if interval is not None:
        values["next_due_at"] = now + interval
    with engine.begin() as conn:
        result = conn.execute(update(feed_leases).where(condition).values(**values))
        return result.rowcount == 1


def renew(engine: Engine, feed: str, owner: str, *, ttl: timedelta = DEFAULT_TTL) -> bool:
    """Extend a lease still held; False means it was lost (expired and taken by another)."""
    with engine.begin() as conn:
        result = conn.execute(
            update(feed_leases)
            .where(feed_leases.c.feed == feed, feed_leases.c.owner == owner)
            .values(expires_at=datetime.now(UTC) + ttl)
        )
        return result.rowcount == 1


def release(engine: Engine, feed: str, owner: str, *, next_due_in: timedelta | None = None) -> None:
    """Give the lease back; `next_due_in` overrides when the feed is next due."""
    values: dict[str, object] = {"owner": None, "expires_at": None}
    if next_due_in is not None:
        values["next_due_at"] = datetime.now(UTC) + next_due_in
    with engine.begin() as conn:
        conn.execute(
            update(feed_leases)
            .where(feed_leases.c.feed == feed, feed_leases.c.owner == owner)
            .values(**values)
        )


def holder(engine: Engine, feed: str) -> str | None:
    with engine.connect() as conn:
        owner = conn.execute(
            select(feed_leases.c.owner).where(feed_leases.c.feed == feed)
        ).scalar_one_or_none()
    return str(owner) if owner else None


def _ensure_row(engine: Engine, feed: str) -> None:
    with engine.connect() as conn:
        if conn.execute(select(feed_leases.c.feed).where(feed_leases.c.feed == feed)).first():
            return
    try:
        with engine.begin() as conn:
            conn.execute(feed_leases.insert().values(feed=feed))
    except IntegrityError:
        pass  # another worker created it a moment ago


def _dead_here(owner: str) -> bool:
    """True for an owner named `<this host>:<pid>:…` whose process no longer exists."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
