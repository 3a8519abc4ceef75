"""Failing, gone and hanging receivers: retries on schedule, disabling, and timeouts."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from service.store.database import read_only
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.clock import ManualClock, as_utc
from service.webhooks.dispatcher import DispatchConfig, Dispatcher, deliver_due
from service.webhooks.fanout import fan_out_all
from service.webhooks.payloads import PayloadBuilder
from service.webhooks.retries import SCHEDULE, RetryPolicy
from service.webhooks.sender import make_client
from service.webhooks.subscriptions import (
    SubscriptionSpec,
    create_subscription,
    get_subscription,
    set_status,
)
from service.webhooks.tables import attempts, deliveries
from service.webhooks.transport import WebhookClient
from tests.integration.webhooks.events import append, recorded
from tests.integration.webhooks.receiver import Received, Receiver

EXACT = RetryPolicy(jitter=0.0)


@pytest.fixture
def client(guard: AddressGuard) -> Iterator[WebhookClient]:
    with make_client(guard, timeout=5.0) as c:
        yield c


def subscribe(engine: Engine, guard: AddressGuard, url: str, clock: ManualClock) -> str:
    spec = SubscriptionSpec(url=url, event_types=["milestone.recorded"])
    return create_subscription(engine, guard, spec, clock.now())[0]["id"]


def three_events(store: EventStore) -> None:
    append(store, *(recorded(drug=f"drug{i}", jurisdiction="US", aliases=()) for i in range(3)))


def tick(engine: Engine, store: EventStore, client: WebhookClient, clock: ManualClock) -> int:
    fan_out_all(engine, store, PayloadBuilder(store), clock)
    sent = 0
    while n := deliver_due(engine, client, clock, EXACT):
        sent += n
    return sent


def test_retries_follow_the_schedule_and_hold_back_only_their_subscription(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, clock: ManualClock,
) -> None:  # fmt: skip
    failures = {"left": 5}

    def answer(got: Received) -> int:
        if got.path == "/flaky" and failures["left"] > 0:
            failures["left"] -= 1
            return 500
        return 200

    receiver.answer = answer
    flaky = subscribe(engine, guard, receiver.url + "/flaky", clock)
    subscribe(engine, guard, receiver.url + "/steady", clock)
    three_events(store)
    start = clock.now()
    tick(engine, store, client, clock)
    assert len(receiver.received("/steady")) == 3  # not held back by the other subscriber
    assert len(receiver.received("/flaky")) == 1
    for delay in SCHEDULE[:5]:
        clock.advance(delay - timedelta(seconds=1))
        assert tick(engine, store, client, clock) == 0  # not due yet
        clock.advance(timedelta(seconds=1))
        tick(engine, store, client, clock)

    flaky_bodies = [r.json["data"]["position"] for r in receiver.received("/flaky")]
    assert flaky_bodies == [1, 1, 1, 1, 1, 1, 2, 3]  # in log order, once it recovered
    with engine.connect() as conn:
        rows = conn.execute(
            select(attempts.c.attempt, attempts.c.started_at, attempts.c.status_code)
            .join(deliveries)
            .where(deliveries.c.subscription_id == flaky, deliveries.c.position == 1)
            .order_by(attempts.c.attempt)
        ).all()
    offsets = [as_utc(r.started_at) - start for r in rows]
    expected = [timedelta(0)]
    for delay in SCHEDULE[:5]:
        expected.append(expected[-1] + delay)
    assert offsets == expected
    assert [r.status_code for r in rows] == [500] * 5 + [200]
    assert get_subscription(engine, flaky)["failing_since"] is None


def test_410_gone_disables_at_once_and_resume_sends_again(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, clock: ManualClock,
) -> None:  # fmt: skip
    receiver.answer = lambda _r: 410
    sub = subscribe(engine, guard, receiver.url, clock)
    three_events(store)
    tick(engine, store, client, clock)
    disabled = get_subscription(engine, sub)
    assert disabled["status"] == "disabled"
    assert "410" in disabled["disabled_reason"] and disabled["disabled_at"] == clock.now()
    clock.advance(timedelta(days=1))
    assert tick(engine, store, client, clock) == 0
    assert len(receiver.received()) == 1

    receiver.answer = lambda _r: 200
    set_status(engine, sub, "active", clock.now())
    tick(engine, store, client, clock)
    assert [r.json["data"]["position"] for r in receiver.received()] == [1, 1, 2, 3]


def test_an_endpoint_failing_for_five_days_is_disabled(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, clock: ManualClock,
) -> None:  # fmt: skip
    receiver.answer = lambda _r: 503
    sub = subscribe(engine, guard, receiver.url, clock)
    start = clock.now()
    steps = 0
    while get_subscription(engine, sub)["status"] == "active":
        if steps % 48 == 0:  # a new milestone every day
            append(store, recorded(drug=f"drug{steps}", jurisdiction="US", aliases=()))
        tick(engine, store, client, clock)
        clock.advance(timedelta(minutes=30))
        steps += 1
        assert clock.now() - start < timedelta(days=6)
    disabled = get_subscription(engine, sub)
    assert timedelta(days=5) <= disabled["disabled_at"] - start <= timedelta(days=5, hours=10)
    assert "failed since" in disabled["disabled_reason"] and "503" in disabled["disabled_reason"]
    with engine.connect() as conn:
        statuses = conn.execute(select(deliveries.c.status).order_by(deliveries.c.id)).scalars()
        assert list(statuses)[:2] == ["failed", "failed"]  # the schedule ran out twice


@pytest.mark.slow
def test_a_hanging_receiver_is_cut_off_without_blocking_others(
    engine: Engine,
    store: EventStore,
    guard: AddressGuard,
    receiver: Receiver,
) -> None:
    def answer(got: Received) -> int:
        if got.path == "/hang":
            time.sleep(8)
        return 200

    receiver.answer = answer
    clock = ManualClock()
    hang = subscribe(engine, guard, receiver.url + "/hang", clock)
    subscribe(engine, guard, receiver.url + "/ok", clock)
    dispatcher = Dispatcher(
        engine, store, guard, config=DispatchConfig(timeout=1.0, poll_interval=0.05)
    )
    dispatcher.start()
    try:
        begin = time.monotonic()
        append(store, recorded())
        assert receiver.wait_for(lambda: len(receiver.received("/ok")) == 1, timeout=10)
        assert time.monotonic() - begin < 5.0  # long before the hanging answer (8 s)

        def errors() -> list[str]:
            with read_only(engine).connect() as conn:
                return [e for e in conn.execute(select(attempts.c.error)).scalars() if e]

        assert receiver.wait_for(lambda: bool(errors()), timeout=10)
        assert "timed out" in errors()[0]
        assert time.monotonic() - begin < 6.0  # cut off after 1 s, not the 8 s it hangs
    finally:
        dispatcher.stop()
    assert get_subscription(engine, hang)["failing_since"] is not None


def test_a_run_stops_at_410_even_when_unordered(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, clock: ManualClock,
) -> None:  # fmt: skip
    from service.webhooks.claims import claim_runs
    from service.webhooks.dispatcher import deliver_run

    receiver.answer = lambda _r: 410
    spec = SubscriptionSpec(url=receiver.url, event_types=["milestone.recorded"], ordered=False)
    sub = create_subscription(engine, guard, spec, clock.now())[0]["id"]
    three_events(store)
    fan_out_all(engine, store, PayloadBuilder(store), clock)
    config = DispatchConfig()
    (run,) = claim_runs(engine, "w1", clock.now(), 1, config.lease, 10)
    assert len(run) == 3
    assert deliver_run(client, engine, run, clock, EXACT, config) == 1
    assert len(receiver.received()) == 1
    assert get_subscription(engine, sub)["status"] == "disabled"
    with engine.connect() as conn:
        leased = conn.execute(select(deliveries.c.lease_owner)).scalars().all()
    assert leased == [None, None, None]  # the untried ones were given back


@pytest.mark.parametrize("ordered", [True, False], ids=["ordered", "unordered"])
def test_a_run_goes_on_with_what_came_due_while_it_was_sent(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, clock: ManualClock, ordered: bool,
) -> None:  # fmt: skip
    from service.webhooks.claims import claim_runs
    from service.webhooks.dispatcher import deliver_run

    spec = SubscriptionSpec(url=receiver.url, event_types=["milestone.recorded"], ordered=ordered)
    create_subscription(engine, guard, spec, clock.now())
    three_events(store)
    fan_out_all(engine, store, PayloadBuilder(store), clock)
    config = DispatchConfig(run_length=3, record_every=2)
    (run,) = claim_runs(engine, "w1", clock.now(), 1, config.lease, config.run_length)
    offered_to_others: list[int] = []

    def more_while_sending(got: Received) -> int:
        if len(receiver.received()) == 1:  # four more events come due mid-run
            late = (recorded(drug=f"late{i}", jurisdiction="US", aliases=()) for i in range(4))
            append(store, *late)
            fan_out_all(engine, store, PayloadBuilder(store), clock)
        if ordered:  # another worker is offered nothing of it while w1's run goes on
            runs = claim_runs(engine, "w2", clock.now(), 4, config.lease, config.run_length)
            offered_to_others.extend(len(r) for r in runs)
        return 200

    receiver.answer = more_while_sending
    assert deliver_run(client, engine, run, clock, EXACT, config) == 7
    assert [r.json["data"]["position"] for r in receiver.received()] == list(range(1, 8))
    assert offered_to_others == []
    with engine.connect() as conn:
        rows = conn.execute(select(deliveries.c.status, deliveries.c.lease_owner)).all()
        logged = conn.execute(select(attempts.c.delivery_id, attempts.c.worker)).all()
    assert rows == [("delivered", None)] * 7
    assert sorted(d for d, _ in logged) == list(range(1, 8)) and {w for _, w in logged} == {"w1"}


@pytest.mark.parametrize("ordered", [True, False], ids=["ordered", "unordered"])
def test_a_run_does_not_go_on_once_its_subscription_is_paused(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, clock: ManualClock, ordered: bool,
) -> None:  # fmt: skip
    from service.webhooks.claims import claim_runs
    from service.webhooks.dispatcher import deliver_run

    spec = SubscriptionSpec(url=receiver.url, event_types=["milestone.recorded"], ordered=ordered)
    sub = create_subscription(engine, guard, spec, clock.now())[0]["id"]
    three_events(store)
    fan_out_all(engine, store, PayloadBuilder(store), clock)
    config = DispatchConfig(run_length=2)
    (run,) = claim_runs(engine, "w1", clock.now(), 1, config.lease, config.run_length)

    def pause_at_first(got: Received) -> int:
        if len(receiver.received()) == 1:
            set_status(engine, sub, "paused", clock.now())
        return 200

    receiver.answer = pause_at_first
    assert deliver_run(client, engine, run, clock, EXACT, config) == 2  # the run it had
    with engine.connect() as conn:
        rows = conn.execute(
            select(deliveries.c.status, deliveries.c.lease_owner).order_by(deliveries.c.id)
        ).all()
    assert rows == [("delivered", None), ("delivered", None), ("pending", None)]
