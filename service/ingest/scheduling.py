"""Background jobs of service.ingest, added to the worker's scheduler: one per enabled feed."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine

from service.ingest.catalog import load_catalog
from service.ingest.jobs import make_poller, poll_claimed
from service.settings import Settings

log = logging.getLogger(__name__)


def register_jobs(scheduler: BaseScheduler, settings: Settings, engine: Engine) -> None:
    """The job only claims the feed's lease and polls; all state is in the database."""
    catalog = load_catalog(settings.feeds_dir)
    for error in catalog.errors:
        log.error("feed catalog: %s (feed skipped)", error)
    feeds = catalog.enabled()
    if not feeds:
        log.info("no enabled feeds in %s", settings.feeds_dir)
        return
    poller = make_poller(engine, settings.blob_dir)
    for feed in feeds:
        scheduler.add_job(
            poll_claimed,
            IntervalTrigger(seconds=feed.poll_interval, jitter=min(5, feed.poll_interval // 10)),
            args=[poller, feed],
            id=f"ingest:{feed.name}",
            name=f"poll {feed.name}",
            next_run_time=datetime.now(UTC),
            max_instances=1,
            coalesce=True,
            misfire_grace_time=feed.poll_interval,
        )
    log.info("polling %d feeds from %s as %s", len(feeds), settings.feeds_dir, poller.worker)
