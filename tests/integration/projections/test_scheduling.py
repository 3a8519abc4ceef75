from __future__ import annotations

import time

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine

from service.projections.projector import checkpoint
from service.projections.scheduling import register_jobs
from service.settings import Settings
from service.store.log import EventStore
from tests.unit.projections.ledger_events import append, recorded


def test_the_worker_job_keeps_the_read_models_caught_up(engine: Engine) -> None:
    scheduler = BackgroundScheduler(timezone="UTC")
    register_jobs(scheduler, Settings(), engine)
    [job] = scheduler.get_jobs()
    assert job.id == "projections.catch_up"
    store = EventStore(engine)
    append(store, recorded("vc004", "ind_clearance", "US", date="2024-10-16"))
    scheduler.start()
    try:
        deadline = time.monotonic() + 15
        while checkpoint(engine) < store.head_position() and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        scheduler.shutdown(wait=True)
    assert checkpoint(engine) == store.head_position()
