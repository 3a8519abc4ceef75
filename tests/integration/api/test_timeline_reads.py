"""The current-timeline fast path: same answer as the read models say, never stale."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from service.api.app import create_app
from service.api.keys import create_key
from service.api.timelines import MAX_BATCH, TimelineDocument, TimelineReader
from service.projections import queries
from service.projections.projector import catch_up
from service.settings import Settings
from service.store.database import make_engine
from service.store.log import EventStore
from tests.integration.api.test_drugs import seed_zurletrectinib
from tests.unit.projections.ledger_events import (
    append,
    corrected,
    corroborated,
    linked,
    merged,
    recorded,
    retracted,
)


def reference(engine: Engine, slug: str) -> dict[str, Any]:
    """The timeline response built the slow way: decoded rows, items refolded from state."""
    with engine.connect() as conn:
        found = queries.drug(conn, slug)
        line = queries.timeline(conn, slug)
    assert found is not None and line is not None
    keep = ("slug", "name", "aliases", "company", "merged", "status")
    return {
        "drug": {k: found[k] for k in keep},
        "as_of": None,
        "position": found["last_position"],
        "items": line.items(),
        "next": None,
    }


def test_the_fast_path_answers_what_the_read_models_say(client: TestClient, engine: Engine) -> None:
    mid = seed_zurletrectinib(engine)
    store = EventStore(engine)
    append(store, recorded("Nocompanib", "ind_clearance", "US", date="2025-02-03", company=None))
    append(store, merged("zurletrectinib", "zoleretinib"), linked("zurletrectinib", "ZX-1"))
    append(store, corrected(mid, {"indication": "NTRK fusion-positive"}, "analyst"))
    append(store, retracted("zurletrectinib:priority_review:CN", "misread"))
    catch_up(engine)
    for slug in ("zurletrectinib", "nocompanib"):
        answer = client.get(f"/v1/drugs/{slug}/timeline")
        assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
        assert answer.json() == reference(engine, slug)
    assert reference(engine, "zurletrectinib")["drug"]["merged"] == ["zoleretinib"]
    # A merged slug and an alias answer with the live drug's document.
    live = client.get("/v1/drugs/zurletrectinib/timeline").json()
    assert client.get("/v1/drugs/zoleretinib/timeline").json() == live
    assert client.get("/v1/drugs/ZX-1/timeline").json() == live
    missing = client.get("/v1/drugs/nothing-like-it/timeline")
    assert missing.status_code == 404 and "nothing-like-it" in missing.json()["detail"]


def test_a_projected_event_shows_at_once_on_the_same_connection(
    client: TestClient, engine: Engine
) -> None:
    """Reads reuse held connections: they must never answer from an old snapshot."""
    seed_zurletrectinib(engine)
    reader: TimelineReader = client.app.state.timelines  # type: ignore[attr-defined]
    for _ in range(8 * reader.threads):  # every reader thread has read on its connection
        first = client.get("/v1/drugs/zurletrectinib/timeline")
    held = list(reader.held)
    assert 0 < len(held) <= reader.threads
    store = EventStore(engine)
    for n, day in enumerate(("2024-12-13", "2024-12-14")):
        append(store, corroborated("zurletrectinib:approval:CN", f"late-{n}", date=day))
        catch_up(engine)
        again = client.get("/v1/drugs/zurletrectinib/timeline")
        assert again.json() == reference(engine, "zurletrectinib")
        assert again.json()["position"] > first.json()["position"]
        assert again.headers["etag"] != first.headers["etag"]
        first = again
    assert all(conn in reader.held for conn in held)  # the same connections, reused
    append(store, recorded("Zurletrectinib", "designation", "US", date="2025-03-01"))
    catch_up(engine)
    types = [i["type"] for i in client.get("/v1/drugs/zurletrectinib/timeline").json()["items"]]
    assert "designation" in types


def test_a_query_string_goes_to_the_documented_route(client: TestClient, engine: Engine) -> None:
    seed_zurletrectinib(engine)
    now = client.get("/v1/drugs/zurletrectinib/timeline").json()
    assert client.get("/v1/drugs/zurletrectinib/timeline", params={"x": "1"}).json() == now
    then = client.get("/v1/drugs/zurletrectinib/timeline", params={"position": 3})
    assert then.status_code == 200 and then.json()["position"] == 3  # as the ledger stood
    bad = client.get("/v1/drugs/zurletrectinib/timeline", params={"position": -1})
    assert bad.status_code == 422
    operation = client.get("/openapi.json").json()["paths"]["/v1/drugs/{slug}/timeline"]["get"]
    assert [p["name"] for p in operation["parameters"]] == ["slug", "as_of", "position"]
    text = client.get("/metrics").text
    route = 'route="/v1/drugs/{slug}/timeline",status="200"'
    assert f'milestones_http_requests_total{{method="GET",{route}}} 3' in text


def test_a_dead_held_connection_is_replaced(client: TestClient, engine: Engine) -> None:
    seed_zurletrectinib(engine)
    assert client.get("/v1/drugs/zurletrectinib/timeline").status_code == 200
    reader: TimelineReader = client.app.state.timelines  # type: ignore[attr-defined]
    assert reader.held
    for conn in reader.held:
        conn.dbapi_connection.close()  # type: ignore[union-attr]
    answer = client.get("/v1/drugs/zurletrectinib/timeline")
    assert answer.status_code == 200 and answer.json() == reference(engine, "zurletrectinib")
    assert reader.read_now("zurletrectinib") == reader.read_now("zurletrectinib")


def test_the_held_connection_goes_back_at_shutdown(engine: Engine, settings: Settings) -> None:
    seed_zurletrectinib(engine)
    app = create_app(settings, engine)
    with TestClient(app) as client:
        assert client.get("/v1/drugs/zurletrectinib/timeline").status_code == 200
        assert app.state.timelines.held
    assert app.state.timelines.held == [] and app.state.timelines.workers == []
    # The pool took it back usable: a plain transactional write still works on it.
    append(EventStore(engine), corroborated("zurletrectinib:approval:CN", "after"))
    catch_up(engine)


def test_a_keyed_read_of_the_timeline(engine: Engine, settings: Settings) -> None:
    seed_zurletrectinib(engine)
    locked = settings.model_copy(update={"api_read_requires_key": True})
    with TestClient(create_app(locked, engine)) as client:
        assert client.get("/v1/drugs/zurletrectinib/timeline").status_code == 401
        key = create_key(engine, "read", "reader")
        keyed = {"Authorization": f"Bearer {key}"}
        assert client.get("/v1/drugs/zurletrectinib/timeline", headers=keyed).status_code == 200
        wrong = {"Authorization": "Bearer msk_nope"}
        assert client.get("/v1/drugs/zurletrectinib/timeline", headers=wrong).status_code == 401


async def _read_all(reader: TimelineReader, slugs: list[str]) -> list[Any]:
    return await asyncio.gather(*(reader.read(slug) for slug in slugs), return_exceptions=True)


def test_reads_waiting_together_are_read_in_one_statement(engine: Engine) -> None:
    seed_zurletrectinib(engine)
    append(EventStore(engine), recorded("Nocompanib", "ind_clearance", "US", date="2025-02-03"))
    catch_up(engine)
    reader = TimelineReader(engine, threads=1)
    sizes: list[int] = []
    read_many = reader.read_many
    reader.read_many = lambda slugs: sizes.append(len(slugs)) or read_many(slugs)  # type: ignore[method-assign]
    slugs = ["zurletrectinib", "nocompanib", "zoleretinib-unknown", "zurletrectinib"] * 20
    try:
        answers = asyncio.run(_read_all(reader, slugs))
        expected = {slug: reader.read_now(slug) for slug in set(slugs)}
    finally:
        reader.release()
    assert expected["zurletrectinib"] is not None and expected["zoleretinib-unknown"] is None
    assert answers == [expected[slug] for slug in slugs]  # each request its own answer
    assert max(sizes) > 1 and max(sizes) <= MAX_BATCH and sum(sizes) < len(slugs)
    assert reader.held == [] and reader.workers == []


def test_a_failed_read_fails_every_request_waiting_on_it(tmp_path: Path) -> None:
    unmigrated = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")  # no drugs table
    reader = TimelineReader(unmigrated, threads=1)
    try:
        answers = asyncio.run(_read_all(reader, [f"drug-{n}" for n in range(20)]))
    finally:
        reader.release()
        unmigrated.dispose()
    assert all(isinstance(a, sqlite3.OperationalError) for a in answers)
    assert "no such table" in str(answers[0])


def test_a_request_gone_before_its_answer_leaves_the_others_answered(engine: Engine) -> None:
    seed_zurletrectinib(engine)
    reader = TimelineReader(engine, threads=1)
    problems: list[dict[str, Any]] = []

    async def scenario() -> list[Any]:
        asyncio.get_running_loop().set_exception_handler(
            lambda _, context: problems.append(context)
        )
        tasks = [asyncio.ensure_future(reader.read("zurletrectinib")) for _ in range(30)]
        await asyncio.sleep(0)  # every read is waiting now
        for task in tasks[::3]:
            task.cancel()
        return await asyncio.gather(*tasks, return_exceptions=True)

    try:
        answers = asyncio.run(scenario())
    finally:
        reader.release()
    kept = [a for n, a in enumerate(answers) if n % 3]
    assert all(isinstance(a, asyncio.CancelledError) for a in answers[::3])
    assert all(isinstance(a, TimelineDocument) and a.slug == "zurletrectinib" for a in kept)
    assert problems == []
