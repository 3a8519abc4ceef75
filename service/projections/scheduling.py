"""Background jobs of service.projections, added to the worker's scheduler."""

from __future__ import annotations

import logging

from apscheduler.schedulers.base import BaseScheduler
from sqlalchemy import Engine

from service.projections.projector import catch_up
from service.settings import Settings

log = logging.getLogger(__name__)


def project(engine: Engine) -> None:
    """Fold whatever the log gained since the checkpoint."""
    folded = catch_up(engine)
    if folded:
        log.info("projected %d events", folded)


def register_jobs(scheduler: BaseScheduler, settings: Settings, engine: Engine) -> None:
    """Catch the read models up every second (one run at a time; late runs merge)."""
    scheduler.add_job(
        project,
        "interval",
        seconds=1,
        args=[engine],
        id="projections.catch_up",
        max_instances=1,
        coalesce=True,
        replace_existing=True,
    )
