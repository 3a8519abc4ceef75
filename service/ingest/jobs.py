"""A poll as a unit of work: take the feed's lease, poll, record health, release.

The scheduler's job and `milestones poll --once` both call `poll_claimed`;
they differ only in whether a feed that is not yet due may be polled.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine

from service.ingest import leases
from service.ingest.blobs import BlobStore
from service.ingest.catalog import FeedConfig
from service.ingest.fetching import FetchPolicy
from service.ingest.health import PollReport, record_poll
from service.ingest.pipeline import IngestContext
from service.ingest.polling import poll_feed
from service.ingest.robots import RobotsCache
from service.store.log import EventStore

log = logging.getLogger(__name__)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass
class Poller:
    """What every poll in one process shares: the pipeline context, robots rules, its name."""

    ctx: IngestContext
    policy: FetchPolicy
    robots: RobotsCache
    worker: str


def make_context(engine: Engine, blob_dir: Path) -> IngestContext:
    from service.ingest.extraction import default_extractor

    extract, info = default_extractor()
    return IngestContext(
        engine=engine,
        log=EventStore(engine),
        blobs=BlobStore(blob_dir),
        extract=extract,
        extractor_info=info,
    )


def make_poller(engine: Engine, blob_dir: Path, policy: FetchPolicy | None = None) -> Poller:
    policy = policy or FetchPolicy()
    return Poller(
        make_context(engine, blob_dir), policy, RobotsCache(policy.user_agent), worker_name()
    )


def poll_claimed(poller: Poller, feed: FeedConfig, *, force: bool = False) -> PollReport:
    """Poll `feed` if this worker gets its lease; a feed someone else holds is skipped."""
    engine = poller.ctx.engine
    ttl = timedelta(seconds=max(600, 2 * feed.poll_interval))
    interval = timedelta(seconds=feed.poll_interval)
    if not leases.claim(engine, feed.name, poller.worker, ttl=ttl, interval=interval, force=force):
        return PollReport(feed.name, skipped=True)
    report = PollReport(feed.name)
    try:

        def heartbeat() -> bool:
            return leases.renew(engine, feed.name, poller.worker, ttl=ttl)

        report = asyncio.run(poll_feed(poller.ctx, feed, poller.policy, poller.robots, heartbeat))
        record_poll(engine, feed, report, poller.worker)
    finally:
        leases.release(engine, feed.name, poller.worker)
    return report


def poll_all(poller: Poller, feeds: list[FeedConfig], *, force: bool = True) -> list[PollReport]:
    return [poll_claimed(poller, feed, force=force) for feed in feeds]


class NotReady(Exception):
    """The command cannot run yet (unmigrated database, unknown feed, unusable catalog)."""


def require_migrated(engine: Engine) -> None:
    from sqlalchemy import inspect

    missing = {"events", "feed_leases", "feed_health"} - set(inspect(engine).get_table_names())
    if missing:
        raise NotReady(
            f"the database has no {', '.join(sorted(missing))} table: run `milestones migrate`"
        )


def poll_now(
    engine: Engine, blob_dir: Path, feeds_dir: Path, only: str | None = None
) -> list[PollReport]:
    """`milestones poll --once`: every enabled feed (or the one named), due or not."""
    from service.ingest.catalog import load_catalog

    require_migrated(engine)
    catalog = load_catalog(feeds_dir)
    if only is not None:
        feed = catalog.named(only)
        if feed is None:
            known = ", ".join(f.name for f in catalog.feeds) or "none"
            raise NotReady(f"no feed named {only!r} in {feeds_dir} (known: {known})")
        feeds = [feed]
    else:
        feeds = catalog.enabled()
    for error in catalog.errors:
        log.error("feed catalog: %s", error)
    return poll_all(make_poller(engine, blob_dir), feeds, force=True)


def report_lines(reports: list[PollReport]) -> list[str]:
    lines = [f"{'feed':<28} {'items':>6} {'new':>5} {'recorded':>9} {'corrob.':>8}  status"]
    for r in reports:
        status = (
            "skipped (another worker holds it)"
            if r.skipped
            else "not modified (304)"
            if r.not_modified
            else "ok"
        )
        if r.feed_error:
            status = f"FAILED: {r.feed_error}"
        elif r.errors:
            status = f"{len(r.errors)} article error(s)"
        counts = f"{r.items_seen:>6} {r.articles_new:>5} {r.recorded:>9} {r.corroborated:>8}"
        lines.append(f"{r.feed:<28} {counts}  {status}")
        lines.extend(f"    error: {e}" for e in r.errors)
    return lines
