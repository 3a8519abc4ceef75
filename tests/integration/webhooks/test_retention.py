"""Retention: finished delivery history past the cutoff goes, everything else stays."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from fastapi.testclient import TestClient
from pydantic import ValidationError
from sqlalchemy import Engine, Table, func, select
from typer.testing import CliRunner

from service.api.app import create_app
from service.cli import app as cli
from service.settings import Settings
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.clock import ManualClock
from service.webhooks.deliveries import DeliveryNotFound, get_delivery, retry_delivery
from service.webhooks.dispatcher import deliver_due
from service.webhooks.fanout import fan_out_all
from service.webhooks.payloads import PayloadBuilder
from service.webhooks.replay import replay
from service.webhooks.retention import PruneReport, prune_deliveries, retention_window
from service.webhooks.retries import RetryPolicy
from service.webhooks.scheduling import register_jobs
from service.webhooks.sender import make_client
from service.webhooks.subscriptions import (
    SubscriptionSpec,
    create_subscription,
    delete_subscription,
    set_status,
)
from service.webhooks.tables import attempts, deliveries, messages
from service.webhooks.transport import WebhookClient
from tests.integration.webhooks.events import append, recorded
from tests.integration.webhooks.receiver import Receiver

RETRY = RetryPolicy(jitter=0.0)
GIVE_UP = RetryPolicy(schedule=(), jitter=0.0)  # the first failure is the last
KEEP = timedelta(days=30)
NOW = datetime.now(UTC)
d = deliveries


@pytest.fixture
def client(guard: AddressGuard) -> Iterator[WebhookClient]:
    with make_client(guard, timeout=5.0) as c:
        yield c


@pytest.fixture
def old_clock(receiver: Receiver) -> ManualClock:
    receiver.answer = lambda r: 500 if r.path.startswith("/bad") else 200
    return ManualClock(NOW - timedelta(days=40))


def subscribe(engine: Engine, guard: AddressGuard, url: str, clock: ManualClock) -> str:
    spec = SubscriptionSpec(url=url, event_types=["milestone.recorded"])
    return str(create_subscription(engine, guard, spec, clock.now())[0]["id"])


def event(store: EventStore, n: int) -> None:
    append(store, recorded(drug=f"drug{n}", jurisdiction="US", aliases=()))


def tick(
    engine: Engine, store: EventStore, client: WebhookClient, clock: ManualClock,
    policy: RetryPolicy,
) -> None:  # fmt: skip
    fan_out_all(engine, store, PayloadBuilder(store), clock)
    while deliver_due(engine, client, clock, policy):
        pass


def table(engine: Engine) -> set[tuple[str, int, str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(d.c.subscription_id, d.c.position, d.c.status)).all()
    return {(r.subscription_id, r.position, r.status) for r in rows}


def count(engine: Engine, rows: Table) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(rows)).scalar_one())


def history(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, clock: ManualClock,
) -> tuple[str, str, str]:  # fmt: skip
    """40 days ago: `ok` delivers events 1-3, `bad` gives up on 1-2 and is still retrying
    3, `paused` waits with 3; yesterday: event 4, delivered to `ok`, queued elsewhere."""
    ok = subscribe(engine, guard, f"{receiver.url}/ok", clock)
    bad = subscribe(engine, guard, f"{receiver.url}/bad", clock)
    event(store, 1)
    event(store, 2)
    tick(engine, store, client, clock, GIVE_UP)
    paused = subscribe(engine, guard, f"{receiver.url}/bad/paused", clock)
    set_status(engine, paused, "paused", clock.now())
    event(store, 3)
    tick(engine, store, client, clock, RETRY)
    clock.advance(timedelta(days=39))
    event(store, 4)
    tick(engine, store, client, clock, RETRY)
    return ok, bad, paused


@pytest.mark.parametrize("batch", [1000, 2])
def test_old_finished_deliveries_and_their_attempts_go_the_rest_stays(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, old_clock: ManualClock, batch: int,
) -> None:  # fmt: skip
    ok, bad, paused = history(engine, store, guard, receiver, client, old_clock)
    assert table(engine) >= {(ok, 1, "delivered"), (bad, 1, "failed"), (bad, 3, "pending")}
    with engine.connect() as conn:
        pruned_ids = list(conn.execute(select(d.c.id).where(d.c.position < 3)).scalars())
    attempts_before, bodies = count(engine, attempts), count(engine, messages)

    report = prune_deliveries(engine, KEEP, now=NOW, batch=batch, messages=False)

    assert report == PruneReport(deliveries=5, attempts=5, messages=0)
    assert table(engine) == {
        (ok, 4, "delivered"),  # recent
        (bad, 3, "pending"), (bad, 4, "pending"),  # retrying, and held behind it
        (paused, 3, "pending"), (paused, 4, "pending"),  # old but never sent
    }  # fmt: skip
    assert count(engine, attempts) == attempts_before - 5
    with engine.connect() as conn:
        orphans = select(attempts.c.id).where(
            ~select(deliveries.c.id).where(deliveries.c.id == attempts.c.delivery_id).exists()
        )
        assert conn.execute(orphans).first() is None
    assert count(engine, messages) == bodies  # bodies only go when asked
    # By default the bodies nothing refers to any more go too (positions 1 and 2).
    assert prune_deliveries(engine, KEEP, now=NOW, batch=batch) == PruneReport(messages=2)
    assert count(engine, messages) == bodies - 2
    assert prune_deliveries(engine, KEEP, now=NOW, batch=batch) == PruneReport()
    assert len(pruned_ids) == 4
    for gone in pruned_ids:
        with pytest.raises(DeliveryNotFound):
            get_delivery(engine, gone)
        with pytest.raises(DeliveryNotFound):
            retry_delivery(engine, gone, NOW)


def test_a_pruned_delivery_is_404_and_absent_from_its_subscriptions_log(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, old_clock: ManualClock, admin_headers: dict[str, str],
) -> None:  # fmt: skip
    ok, _bad, _paused = history(engine, store, guard, receiver, client, old_clock)
    settings = Settings(database_url=str(engine.url), webhook_allowed_networks="127.0.0.0/8")
    with TestClient(create_app(settings, engine)) as api:
        before = api.get(f"/v1/subscriptions/{ok}/deliveries", headers=admin_headers).json()
        prune_deliveries(engine, KEEP, now=NOW)
        after = api.get(f"/v1/subscriptions/{ok}/deliveries", headers=admin_headers).json()
        oldest = before["items"][-1]["id"]
        assert api.get(f"/v1/deliveries/{oldest}", headers=admin_headers).status_code == 404
        assert api.post(f"/v1/deliveries/{oldest}/retry", headers=admin_headers).status_code == 404
    assert [i["position"] for i in before["items"]] == [4, 3, 2, 1]
    assert [i["position"] for i in after["items"]] == [4]


def test_bodies_go_only_when_unreferenced_and_a_replay_stores_them_again(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, old_clock: ManualClock,
) -> None:  # fmt: skip
    ok, _bad, _paused = history(engine, store, guard, receiver, client, old_clock)
    first = next(r.body for r in receiver.received("/ok") if r.json["data"]["position"] == 1)

    report = prune_deliveries(engine, KEEP, now=NOW, batch=1, messages=True)

    assert report == PruneReport(deliveries=5, attempts=5, messages=2)
    with engine.connect() as conn:
        assert list(conn.execute(select(messages.c.position).order_by("position")).scalars()) == [
            3, 4,  # event 3 is old, but deliveries still wait for it
        ]  # fmt: skip
    assert replay(engine, store, ok, old_clock.now(), from_position=1) == 4
    tick(engine, store, client, old_clock, RETRY)
    again = [r.body for r in receiver.received("/ok") if r.json["data"]["position"] == 1]
    assert again[-1] == first and len(again) == 2  # the same bytes, rendered from the log


def test_cancelled_deliveries_wait_until_their_subscription_was_deleted_long_enough(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, old_clock: ManualClock,
) -> None:  # fmt: skip
    early = subscribe(engine, guard, f"{receiver.url}/bad/early", old_clock)
    late = subscribe(engine, guard, f"{receiver.url}/bad/late", old_clock)
    event(store, 1)
    tick(engine, store, client, old_clock, RETRY)  # both pending a retry 40 days ago
    delete_subscription(engine, early, old_clock.now())
    delete_subscription(engine, late, NOW - timedelta(days=1))
    assert table(engine) == {(early, 1, "cancelled"), (late, 1, "cancelled")}

    assert prune_deliveries(engine, KEEP, now=NOW) == PruneReport(deliveries=1, attempts=1)
    assert table(engine) == {(late, 1, "cancelled")}


def test_cli_prunes_and_prints_the_counts(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver,
    client: WebhookClient, old_clock: ManualClock, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    history(engine, store, guard, receiver, client, old_clock)
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("WEBHOOK_RETENTION_DAYS", "0")
    run = CliRunner()
    off = run.invoke(cli, ["webhooks", "prune"])
    assert off.exit_code == 2 and "WEBHOOK_RETENTION_DAYS is 0" in off.output

    kept = run.invoke(cli, ["webhooks", "prune", "--older-than-days", "45"])
    assert kept.exit_code == 0, kept.output
    assert "pruned 0 deliveries, 0 attempts, 0 messages" in kept.output
    done = run.invoke(cli, ["webhooks", "prune", "--older-than-days", "30"])
    assert done.exit_code == 0, done.output
    assert "pruned 5 deliveries, 5 attempts, 2 messages" in done.output


def jobs(engine: Engine, days: int) -> dict[str, object]:
    settings = Settings(database_url=str(engine.url), webhook_retention_days=days)
    scheduler = BackgroundScheduler(timezone="UTC")
    register_jobs(scheduler, settings, engine)
    return {job.id: job for job in scheduler.get_jobs()}


def test_the_worker_prunes_hourly_unless_retention_is_off(engine: Engine) -> None:
    assert retention_window(0) is None and retention_window(7) == timedelta(days=7)
    with pytest.raises(ValueError):
        retention_window(-1)
    with pytest.raises(ValidationError):
        Settings(webhook_retention_days=-1)
    assert Settings().webhook_retention_days == 30

    assert set(jobs(engine, 0)) == {"webhooks.dispatcher"}
    job = jobs(engine, 30)["webhooks.retention"]
    assert job.func is prune_deliveries and job.args == (engine, timedelta(days=30))  # type: ignore[attr-defined]
    assert job.trigger.interval == timedelta(hours=1)  # type: ignore[attr-defined]
