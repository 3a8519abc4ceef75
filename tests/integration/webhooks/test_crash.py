"""Real dispatcher processes: SIGKILL mid-flight loses nothing; two workers share the queue."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from service.domain.mapping import to_data
from service.store.database import read_only
from service.store.events import AppendRequest, NewEvent
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.subscriptions import SubscriptionSpec, create_subscription
from service.webhooks.tables import attempts, deliveries
from tests.integration.webhooks.events import recorded
from tests.integration.webhooks.receiver import Received, Receiver

REPO = Path(__file__).resolve().parents[3]


@contextmanager
def dispatcher_process(engine: Engine, *args: str) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "DATABASE_URL": engine.url.render_as_string(hide_password=False),
        "WEBHOOK_ALLOWED_NETWORKS": "127.0.0.0/8",
        "LOG_LEVEL": "WARNING",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "service.webhooks", *args], cwd=REPO, env=env,
        stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"dispatcher ready"
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def subscribe(engine: Engine, url: str, ordered: bool = True) -> str:
    spec = SubscriptionSpec(url=url, event_types=["milestone.recorded"], ordered=ordered)
    guard = AddressGuard.from_setting("127.0.0.0/8")
    return create_subscription(engine, guard, spec, _now())[0]["id"]


def _now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime.now(UTC)


def append_many(store: EventStore, count: int, per_transaction: int = 1) -> None:
    requests = []
    for i in range(count):
        event = recorded(drug=f"drug{i % 50}", jurisdiction=f"J{i}", aliases=())
        new = NewEvent(type=event.type, data=to_data(event))
        requests.append(AppendRequest(f"drug-{event.slug}", [new]))
        if len(requests) == per_transaction:
            store.append_all(requests)
            requests = []
    store.append_all(requests)


def count(engine: Engine, query) -> int:  # type: ignore[no-untyped-def]
    with read_only(engine).connect() as conn:
        return int(conn.execute(query).scalar_one())


@pytest.mark.slow
def test_sigkill_with_deliveries_in_flight_loses_nothing(
    engine: Engine, receiver: Receiver
) -> None:
    busy = {"now": 0}
    lock = threading.Lock()

    def slow(_got: Received) -> int:
        with lock:
            busy["now"] += 1
        time.sleep(0.1)
        with lock:
            busy["now"] -= 1
        return 200

    receiver.answer = slow
    subscribe(engine, receiver.url + "/ordered")
    subscribe(engine, receiver.url + "/parallel", ordered=False)
    append_many(EventStore(engine), 30)
    with dispatcher_process(engine, "--lease", "2") as first:
        # Killed in the middle of the ordered subscription's run, with sends in flight.
        assert receiver.wait_for(lambda: len(receiver.received("/ordered")) >= 4 and busy["now"])
        first.send_signal(signal.SIGKILL)
        first.wait()
    pending = select(func.count()).where(deliveries.c.status == "pending")
    in_flight = pending.where(deliveries.c.lease_owner.is_not(None))
    assert count(engine, in_flight) >= 1  # killed mid-send
    assert count(engine, pending) >= 1
    with dispatcher_process(engine, "--lease", "2"):
        assert receiver.wait_for(lambda: len(receiver.unique_ids()) == 60, timeout=60)
        assert receiver.wait_for(lambda: count(engine, pending) == 0, timeout=10)
    assert (
        len(receiver.unique_ids("/ordered")) == 30 and len(receiver.unique_ids("/parallel")) == 30
    )
    ordered = [r.json["data"]["position"] for r in receiver.received("/ordered")]
    first_seen = list(dict.fromkeys(ordered))
    # A receiver that drops repeats by webhook-id sees the log in order, crash or not.
    assert first_seen == list(range(1, 31))


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_two_workers_on_postgresql_share_the_queue_without_duplicates(
    engine: Engine, receiver: Receiver
) -> None:
    subs = [subscribe(engine, f"{receiver.url}/{i}", ordered=i < 2) for i in range(3)]
    store = EventStore(engine)
    with dispatcher_process(engine) as a, dispatcher_process(engine) as b:
        append_many(store, 1000, per_transaction=25)  # 40 appends while both workers run
        assert receiver.wait_for(lambda: len(receiver.received()) >= 3000, timeout=120)
        time.sleep(0.5)  # anything sent twice would arrive now
        assert a.poll() is None and b.poll() is None
    assert len(receiver.received()) == 3000
    assert len(receiver.unique_ids()) == 3000
    assert count(engine, select(func.count()).select_from(deliveries)) == 3000
    delivered = select(func.count()).where(deliveries.c.status == "delivered")
    assert count(engine, delivered) == 3000
    assert count(engine, select(func.count()).select_from(attempts)) == 3000
    workers = select(func.count(func.distinct(attempts.c.worker)))
    assert count(engine, workers) == 2  # both took part
    assert len(subs) == 3
