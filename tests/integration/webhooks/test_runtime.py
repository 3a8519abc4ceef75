"""The dispatcher as `milestones serve` runs it, and the URL guard at connection time."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine, select

from service.settings import Settings
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.clock import ManualClock
from service.webhooks.dispatcher import deliver_due
from service.webhooks.fanout import fan_out_all
from service.webhooks.payloads import PayloadBuilder
from service.webhooks.scheduling import register_jobs
from service.webhooks.sender import make_client
from service.webhooks.subscriptions import SubscriptionSpec, create_subscription
from service.webhooks.tables import attempts
from tests.integration.webhooks.events import append, recorded
from tests.integration.webhooks.receiver import Receiver


def subscribe(engine: Engine, guard: AddressGuard, url: str) -> str:
    spec = SubscriptionSpec(url=url, event_types=["milestone.recorded"])
    return create_subscription(engine, guard, spec, datetime.now(UTC))[1]


def test_register_jobs_runs_fan_out_and_delivery_until_shutdown(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver
) -> None:
    secret = subscribe(engine, guard, receiver.url)
    settings = Settings(
        database_url=str(engine.url), webhook_allowed_networks="127.0.0.0/8",
        webhook_timeout_seconds=2.0,
    )  # fmt: skip
    scheduler = BackgroundScheduler(timezone="UTC")
    register_jobs(scheduler, settings, engine)
    scheduler.start()
    try:
        begin = time.monotonic()
        append(store, recorded())
        assert receiver.wait_for(lambda: len(receiver.received()) == 1, timeout=10)
        assert time.monotonic() - begin < 5.0
    finally:
        scheduler.shutdown(wait=True)
    assert receiver.received()[0].verify(secret)["type"] == "milestone.recorded"
    append(store, recorded(drug="VC005", jurisdiction="US", aliases=()))
    time.sleep(0.6)
    assert len(receiver.received()) == 1  # stopped with the scheduler


def test_the_url_is_checked_again_when_connecting(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver
) -> None:
    subscribe(engine, guard, receiver.url)  # allowed when it was saved
    append(store, recorded())
    clock = ManualClock()
    fan_out_all(engine, store, PayloadBuilder(store), clock)
    strict = AddressGuard.from_setting("")  # loopback no longer allowed
    with make_client(strict, timeout=2.0) as client:
        assert deliver_due(engine, client, clock) == 1
    assert receiver.received() == []
    with engine.connect() as conn:
        (error,) = conn.execute(select(attempts.c.error)).scalars().all()
    assert error.startswith("refused:") and "loopback" in error


def test_redirects_are_not_followed(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver
) -> None:
    receiver.answer = lambda _r: 307  # with a Location on the same receiver
    subscribe(engine, guard, receiver.url + "/hook")
    append(store, recorded())
    clock = ManualClock()
    fan_out_all(engine, store, PayloadBuilder(store), clock)
    with make_client(guard, timeout=2.0) as client:
        deliver_due(engine, client, clock)
    with engine.connect() as conn:
        codes = conn.execute(select(attempts.c.status_code)).scalars().all()
    assert codes == [307] and [r.path for r in receiver.received()] == ["/hook"]


def test_a_graceful_stop_records_what_was_sent_and_gives_back_the_rest(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver
) -> None:
    from service.webhooks.dispatcher import DispatchConfig, Dispatcher
    from service.webhooks.tables import deliveries

    def slow(_r: object) -> int:
        time.sleep(0.05)
        return 200

    receiver.answer = slow
    subscribe(engine, guard, receiver.url)
    append(store, *(recorded(drug=f"d{i}", jurisdiction="US", aliases=()) for i in range(40)))
    first = Dispatcher(engine, store, guard, config=DispatchConfig(poll_interval=0.05))
    first.start()
    assert receiver.wait_for(lambda: len(receiver.received()) >= 5)
    begin = time.monotonic()
    first.stop()
    assert time.monotonic() - begin < 5.0  # not the whole run of 40 slow answers
    with engine.connect() as conn:
        rows = conn.execute(select(deliveries.c.status, deliveries.c.lease_owner)).all()
    sent = len(receiver.received())
    assert sent < 40
    assert sum(1 for r in rows if r.status == "delivered") == sent
    assert all(r.lease_owner is None for r in rows)  # nothing held: the next worker goes on
    second = Dispatcher(engine, store, guard, config=DispatchConfig(poll_interval=0.05))
    second.start()
    try:
        assert receiver.wait_for(lambda: len(receiver.received()) == 40)
    finally:
        second.stop()
    positions = [r.json["data"]["position"] for r in receiver.received()]
    assert positions == sorted(set(positions))  # none twice, in order
