"""Background jobs of service.ingest, added to the worker's scheduler."""

from __future__ import annotations

from apscheduler.schedulers.base import BaseScheduler
from sqlalchemy import Engine

from service.settings import Settings


def register_jobs(scheduler: BaseScheduler, settings: Settings, engine: Engine) -> None:
    """Nothing scheduled yet."""
