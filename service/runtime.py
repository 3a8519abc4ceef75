"""`milestones serve`: the API and/or the background worker in one process."""

from __future__ import annotations

import contextlib
import logging
from enum import StrEnum

import uvicorn
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine

from service.settings import Settings

log = logging.getLogger(__name__)


class Role(StrEnum):
    ALL = "all"
    API = "api"
    WORKER = "worker"


def build_scheduler(settings: Settings, engine: Engine) -> BackgroundScheduler:
    """One scheduler; each component adds its own jobs (pollers, projectors, dispatcher)."""
    from service.ingest import scheduling as ingest_jobs
    from service.projections import scheduling as projection_jobs
    from service.webhooks import scheduling as webhook_jobs

    scheduler = BackgroundScheduler(timezone="UTC")
    for component in (ingest_jobs, projection_jobs, webhook_jobs):
        component.register_jobs(scheduler, settings, engine)
    return scheduler


def serve(settings: Settings, engine: Engine, role: Role, host: str, port: int) -> None:
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if settings.log_level != "DEBUG":
        # Every second-by-second job run would otherwise drown the log.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    scheduler = build_scheduler(settings, engine) if role != Role.API else None
    if scheduler is not None:
        scheduler.start()
        log.info("worker started with %d jobs", len(scheduler.get_jobs()))
    try:
        if role == Role.WORKER:
            _block_until_interrupted()
        else:
            from service.api.app import create_app

            uvicorn.run(
                create_app(settings, engine),
                host=host,
                port=port,
                log_level=settings.log_level.lower(),
            )
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)


def _block_until_interrupted() -> None:
    import threading

    stop = threading.Event()
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait()
