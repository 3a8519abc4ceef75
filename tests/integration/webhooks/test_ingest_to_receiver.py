"""From article files through `milestones ingest` to a subscriber's endpoint, end to end."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from service.domain.events import WEBHOOK_EVENT_NAMES
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.dispatcher import DispatchConfig, Dispatcher
from service.webhooks.subscriptions import SubscriptionSpec, create_subscription
from tests.integration.webhooks.receiver import Receiver

REPO = Path(__file__).resolve().parents[3]
SAMPLES = REPO / "feeds" / "samples" / "articles"
ALL = list(WEBHOOK_EVENT_NAMES.values())


def ingest(engine: Engine, path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": engine.url.render_as_string(hide_password=False)}
    milestones = Path(sys.executable).parent / "milestones"
    done = subprocess.run(
        [str(milestones), "ingest", str(path)], env=env, cwd=REPO, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def expected(store: EventStore, keep: object) -> set[int]:
    """Positions a subscriber should get, worked out from the log directly."""
    wanted = set()
    for event in store.read_all(limit=100_000):
        if event.type not in WEBHOOK_EVENT_NAMES or "milestone_id" not in event.data:
            continue
        slug, kind, jurisdiction = event.data["milestone_id"].split(":")[:3]
        if keep(WEBHOOK_EVENT_NAMES[event.type], slug, kind, jurisdiction):  # type: ignore[operator]
            wanted.add(event.position)
    return wanted


@pytest.mark.slow
@pytest.mark.skipif(not SAMPLES.is_dir(), reason="no sample articles in feeds/samples")
def test_ingested_milestones_reach_matching_subscribers_only(
    engine: Engine, store: EventStore, guard: AddressGuard, receiver: Receiver
) -> None:
    def subscribe(path: str, event_types: list[str], **filters: list[str]) -> str:
        spec = SubscriptionSpec(receiver.url + path, event_types, filters=dict(filters))
        return create_subscription(engine, guard, spec, datetime.now(UTC))[1]

    secrets = {
        "/all": subscribe("/all", ALL),
        "/zurle": subscribe(
            "/zurle", ["milestone.recorded", "milestone.corroborated"], drugs=["Zurletrectinib"]
        ),
        "/us-approvals": subscribe(
            "/us-approvals", ALL, milestone_types=["approval"], jurisdictions=["US"]
        ),
    }
    dispatcher = Dispatcher(engine, store, guard, config=DispatchConfig(timeout=5.0))
    dispatcher.start()
    try:
        ingest(engine, SAMPLES)
        want = {
            "/all": expected(store, lambda *_: True)
            | {e.position for e in store.read_all(types=["DrugsMerged"])},
            "/zurle": expected(store, lambda t, slug, *_: slug == "zurletrectinib"
                               and t in {"milestone.recorded", "milestone.corroborated"}),
            "/us-approvals": expected(store, lambda _t, _s, k, j: k == "approval" and j == "US"),
        }  # fmt: skip
        total = sum(len(v) for v in want.values())
        assert receiver.wait_for(lambda: len(receiver.unique_ids()) >= total, timeout=60)
        time.sleep(0.5)  # anything extra or repeated would show up now
    finally:
        dispatcher.stop()
    assert want["/zurle"] and want["/us-approvals"] and len(want["/all"]) > len(want["/zurle"])
    for path, positions in want.items():
        got = receiver.received(path)
        assert [r.verify(secrets[path])["data"]["position"] for r in got] == sorted(positions)
    assert len(receiver.received()) == total  # each arrived once
