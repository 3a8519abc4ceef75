"""Background jobs of service.webhooks, added to the worker's scheduler."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from apscheduler.events import EVENT_SCHEDULER_SHUTDOWN
from apscheduler.schedulers.base import BaseScheduler
from sqlalchemy import Engine

from service.settings import Settings
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.dispatcher import DispatchConfig, Dispatcher
from service.webhooks.retention import PRUNE_EVERY, prune_deliveries, retention_window

log = logging.getLogger(__name__)


def build_dispatcher(settings: Settings, engine: Engine) -> Dispatcher:
    return Dispatcher(
        engine,
        EventStore(engine),
        AddressGuard.from_setting(settings.webhook_allowed_networks),
        config=DispatchConfig(timeout=settings.webhook_timeout_seconds),
    )


def register_jobs(scheduler: BaseScheduler, settings: Settings, engine: Engine) -> None:
    """Fan-out and dispatch run in the dispatcher's own threads (woken by NOTIFY or short
    polls); the scheduler starts them and restarts them should they ever die. Delivery
    history past `webhook_retention_days` is pruned hourly, unless that is 0."""
    dispatcher = build_dispatcher(settings, engine)

    def stop(_event: Any) -> None:
        dispatcher.stop(wait=False)

    scheduler.add_listener(stop, EVENT_SCHEDULER_SHUTDOWN)
    scheduler.add_job(
        dispatcher.start,
        "interval",
        seconds=10,
        next_run_time=datetime.now(UTC),
        id="webhooks.dispatcher",
        max_instances=1,
        coalesce=True,
        replace_existing=True,
    )
    window = retention_window(settings.webhook_retention_days)
    if window is not None:
        scheduler.add_job(
            prune_deliveries,
            "interval",
            args=(engine, window),
            seconds=PRUNE_EVERY.total_seconds(),
            id="webhooks.retention",
            max_instances=1,
            coalesce=True,
            replace_existing=True,
        )
