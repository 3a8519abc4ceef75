"""Events in the log reach a real receiver on loopback, signed, once, and only if they match."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, func, select
from standardwebhooks.webhooks import WebhookVerificationError

from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.clock import ManualClock
from service.webhooks.dispatcher import deliver_due
from service.webhooks.fanout import fan_out_all
from service.webhooks.payloads import PayloadBuilder
from service.webhooks.sender import make_client
from service.webhooks.subscriptions import SubscriptionSpec, create_subscription
from service.webhooks.tables import attempts
from tests.integration.webhooks.events import (
    DrugsMerged,
    MilestoneCorroborated,
    append,
    recorded,
)
from tests.integration.webhooks.events import source as make_source
from tests.integration.webhooks.receiver import Receiver

ALL = ["milestone.recorded", "milestone.corroborated", "milestone.corrected",
       "milestone.retracted", "drug.merged"]  # fmt: skip


@pytest.fixture
def client(guard: AddressGuard) -> Iterator[object]:
    with make_client(guard, timeout=5.0) as c:
        yield c


def pump(engine: Engine, store: EventStore, client: object, clock: ManualClock) -> int:
    """Fan out and deliver until nothing is due (what the dispatcher loop does)."""
    builder = PayloadBuilder(store)
    sent = 0
    while True:
        fan_out_all(engine, store, builder, clock)
        n = deliver_due(engine, client, clock)  # type: ignore[arg-type]
        sent += n
        if n == 0:
            return sent


def subscribe(engine: Engine, guard: AddressGuard, url: str, clock: ManualClock, **kw: object):
    spec = SubscriptionSpec(url=url, event_types=kw.pop("event_types", ALL), **kw)  # type: ignore[arg-type]
    return create_subscription(engine, guard, spec, clock.now())


def test_matching_milestones_arrive_once_signed_and_others_never(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver, client: object,
    clock: ManualClock,
) -> None:  # fmt: skip
    everything, secret_all = subscribe(engine, guard, receiver.url + "/all", clock)
    cn_only, secret_cn = subscribe(
        engine, guard, receiver.url + "/cn", clock,
        filters={"jurisdictions": ["cn"], "drugs": ["Zurletrectinib"]},
    )  # fmt: skip
    first = recorded()
    append(
        store,
        first,
        recorded(drug="VC005", kind="designation", jurisdiction="US", company="Vivace",
                 aliases=(), attributes={"designation": "orphan_drug"}),
        MilestoneCorroborated(milestone_id=first.milestone_id, source=make_source("a2"),
                              confidence=0.95),
    )  # fmt: skip
    assert pump(engine, store, client, clock) == 5

    got_all = receiver.received("/all")
    assert [r.verify(secret_all)["type"] for r in got_all] == [
        "milestone.recorded", "milestone.recorded", "milestone.corroborated"]  # fmt: skip
    got_cn = receiver.received("/cn")
    bodies = [r.verify(secret_cn) for r in got_cn]
    assert [b["type"] for b in bodies] == ["milestone.recorded", "milestone.corroborated"]
    milestone = bodies[1]["data"]["milestone"]
    assert milestone["drug"] == "zurletrectinib" and milestone["aliases"] == ["ICP-723"]
    assert milestone["type"] == "priority_review" and milestone["jurisdiction"] == "CN"
    assert [s["article_id"] for s in milestone["sources"]] == ["a1", "a2"]
    assert len({r.headers["webhook-id"] for r in got_all + got_cn}) == 5
    assert everything["id"] != cn_only["id"]


def test_a_new_subscriber_hears_only_of_events_appended_after_it(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver, client: object,
    clock: ManualClock,
) -> None:  # fmt: skip
    append(store, recorded(article="old"))
    pump(engine, store, client, clock)
    _sub, secret = subscribe(engine, guard, receiver.url, clock)
    append(store, DrugsMerged(into="zurletrectinib", merged="icp-723", reason="same drug"))
    assert pump(engine, store, client, clock) == 1
    (only,) = receiver.received()
    body = only.verify(secret)
    assert body["type"] == "drug.merged"
    assert body["data"]["drug"]["merged"] == "icp-723"
    assert "ICP-723" in body["data"]["drug"]["aliases"]


def test_every_attempt_is_logged_with_status_and_latency(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver, client: object,
    clock: ManualClock,
) -> None:  # fmt: skip
    subscribe(engine, guard, receiver.url, clock)
    append(store, recorded())
    pump(engine, store, client, clock)
    with engine.connect() as conn:
        rows = conn.execute(select(attempts)).all()
        assert conn.execute(select(func.count()).select_from(attempts)).scalar() == 1
    assert rows[0].status_code == 200 and rows[0].latency_ms > 0
    assert json.loads(rows[0].response_body) == {"ok": True}


def test_the_old_secret_stops_signing_when_the_grace_period_ends(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver, client: object,
    clock: ManualClock,
) -> None:  # fmt: skip
    from datetime import timedelta

    from service.webhooks.subscriptions import rotate_secret

    sub, old = subscribe(engine, guard, receiver.url, clock)
    _, new = rotate_secret(engine, sub["id"], clock.now(), timedelta(hours=1))
    append(store, recorded())
    pump(engine, store, client, clock)
    clock.advance(timedelta(hours=1, seconds=1))
    append(store, recorded(drug="VC005", jurisdiction="US", aliases=()))
    pump(engine, store, client, clock)
    during, after = receiver.received()
    assert during.headers["webhook-signature"].count("v1,") == 2
    during.verify(old)
    assert after.headers["webhook-signature"].count("v1,") == 1
    after.verify(new)
    with pytest.raises(WebhookVerificationError):
        after.verify(old)


def test_replay_since_a_time_sends_what_was_recorded_from_then(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver, client: object,
    clock: ManualClock,
) -> None:  # fmt: skip
    from service.webhooks.replay import replay

    first = append(store, recorded(article="early"))[0]
    later = append(store, recorded(drug="VC005", jurisdiction="US", aliases=()))[0]
    sub, _secret = subscribe(engine, guard, receiver.url, clock)  # after both: hears neither
    pump(engine, store, client, clock)
    assert receiver.received() == []
    assert replay(engine, store, sub["id"], clock.now(), since=later.recorded_at) == 1
    pump(engine, store, client, clock)
    assert [r.json["data"]["position"] for r in receiver.received()] == [later.position]
    assert replay(engine, store, sub["id"], clock.now(), since=first.recorded_at) == 2
    with pytest.raises(ValueError, match="exactly one"):
        replay(engine, store, sub["id"], clock.now())
