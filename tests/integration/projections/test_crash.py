"""A projector killed mid-run and restarted ends as a rebuild would: nothing lost or doubled."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import Engine, select

from service.domain.mapping import to_data
from service.projections.projector import catch_up, checkpoint, rebuild
from service.projections.tables import PROJECTION_TABLES
from service.store.events import AppendRequest, NewEvent
from service.store.log import EventStore
from tests.unit.projections.ledger_events import corroborated, recorded, stream_of

TYPES = ("ind_clearance", "application_acceptance", "priority_review", "approval")


def big_log(store: EventStore, drugs: int) -> None:
    requests = []
    for i in range(drugs):
        for n, kind in enumerate(TYPES):
            event = recorded(f"crash{i}", kind, "CN", date=f"2024-0{n + 1}-01", article=f"a{i}")
            requests.append(AppendRequest(stream_of(event), [NewEvent(event.type, to_data(event))]))
            again = corroborated(event.milestone_id, f"b{i}", date=f"2024-0{n + 1}-01")
            requests.append(AppendRequest(stream_of(event), [NewEvent(again.type, to_data(again))]))
    for start in range(0, len(requests), 2000):
        store.append_all(requests[start : start + 2000])


def rows(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        return {
            t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in PROJECTION_TABLES
        }


@pytest.mark.slow
def test_killed_projector_resumes_from_its_checkpoint(engine: Engine) -> None:
    store = EventStore(engine)
    big_log(store, drugs=600)
    head = store.head_position()
    url = engine.url.render_as_string(hide_password=False)
    code = (
        "from service.store.database import make_engine\n"
        "from service.projections.projector import catch_up\n"
        f"catch_up(make_engine({url!r}), batch_size=40)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while checkpoint(engine) == 0 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    killed_at = checkpoint(engine)
    assert 0 < killed_at < head, "the kill landed mid-run"
    catch_up(engine, batch_size=200)
    assert checkpoint(engine) == head
    resumed = rows(engine)
    rebuild(engine)
    assert rows(engine) == resumed
