"""Seeds plus our own sample articles, through the ingestion pipeline: an analyst's timelines.

Articles are ingested in publication order as a live feed would deliver them. Our samples
(tests/e2e/articles) name zurletrectinib by its INN and code; the first seed calls it
"Zoleretinib (ICP-723)", so the pipeline merges the two records and their milestones
end up on one timeline, with the merge in the audit trail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from service.api.app import create_app
from service.ingest.directory import ingest_paths
from service.ingest.jobs import make_context
from service.projections.projector import catch_up, rebuild
from service.projections.tables import PROJECTION_TABLES
from service.settings import Settings
from tests.conftest import shared_dir

ARTICLES = Path(__file__).resolve().parent / "articles"
SEEDS = ("001_2422ff946c2722d2.txt", "000_9d4e92c632db7184.txt")  # published 2025-11, 2025-12


def seed_paths() -> list[Path]:
    paths = [shared_dir() / "seeds" / name for name in SEEDS]
    if not all(p.exists() for p in paths):
        pytest.skip(f"seeds not found under {shared_dir() / 'seeds'}")
    return paths


@pytest.fixture
def ledger(engine: Engine, tmp_path: Path) -> TestClient:
    ordered = sorted(ARTICLES.glob("*.json")) + seed_paths()
    context = make_context(engine, tmp_path / "blobs")
    for path in ordered:
        summary = ingest_paths(context, [path])
        assert not summary.errors, summary.errors
    catch_up(engine, batch_size=3)
    settings = Settings(database_url=engine.url.render_as_string(hide_password=False))
    return TestClient(create_app(settings, engine))


def lines(client: TestClient, slug: str) -> list[dict[str, Any]]:
    answer = client.get(f"/v1/drugs/{slug}/timeline")
    assert answer.status_code == 200, answer.text
    return [i for i in answer.json()["items"] if i["status"] == "active"]


def brief(items: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {(i["type"], i["jurisdiction"], i["date"]) for i in items}


@pytest.mark.slow
def test_zurletrectinib_one_timeline_under_every_name(ledger: TestClient) -> None:
    for name in ("zurletrectinib", "Zoleretinib", "ICP-723", "icp723"):
        assert ledger.get(f"/v1/drugs/{name}").json()["slug"] == "zurletrectinib", name
    items = lines(ledger, "zoleretinib")
    assert brief(items) >= {
        ("priority_review", "CN", "2025-05-02"),
        ("approval", "CN", "2025-12-11"),
        ("program_inclusion", "CN", None),
    }
    [approval] = [i for i in items if i["type"] == "approval"]
    assert approval["corroboration"] == 2  # our report and the seed's
    # The seed's dateline says 2024: the line keeps that disagreement visible.
    assert approval["date_conflict"] is True
    assert approval["attributes"]["date_conflict"]["stated"] == "2024-12-11"
    [spark] = [i for i in items if i["type"] == "program_inclusion"]
    assert spark["attributes"]["program"] == "SPARK Plan" and spark["corroboration"] == 2
    drug = ledger.get("/v1/drugs/zurletrectinib").json()
    assert drug["merged"] == ["zoleretinib"] and "ICP-723" in drug["aliases"]
    assert [s["stage"] for s in drug["status"]["stages"]] == ["approval"]

    merges = ledger.get("/v1/events", params={"type": "DrugsMerged"}).json()["items"]
    assert [(m["data"]["into"], m["data"]["merged"]) for m in merges] == [
        ("zurletrectinib", "zoleretinib")
    ]
    before = ledger.get(
        "/v1/audit/drugs/zoleretinib", params={"position": merges[0]["position"] - 1}
    ).json()
    assert before["drug"] == "zoleretinib"  # not yet merged then
    assert [i["type"] for i in before["items"]] == ["program_inclusion"]


@pytest.mark.slow
def test_vcare_drugs_from_the_second_seed(ledger: TestClient) -> None:
    eratrectinib = lines(ledger, "VC004")
    assert ledger.get("/v1/drugs/VC004").json()["slug"] == "eratrectinib"
    assert brief(eratrectinib) >= {
        ("ind_clearance", "US", "2024-10-16"),
        ("application_acceptance", "CN", None),
        ("priority_review", "CN", None),
        ("program_inclusion", "CN", None),
    }
    undated = [i for i in eratrectinib if not i["date_known"]]
    assert undated and all(i["placed_by"] == "first_report" for i in undated)
    ics = ledger.get("/v1/drugs/eratrectinib/timeline.ics")
    assert ics.headers["x-omitted-unknown-dates"] == str(len(undated))
    assert [i["type"] for i in lines(ledger, "vc005")] == ["trial_initiation"]


@pytest.mark.slow
def test_the_ingested_ledger_rebuilds_to_the_same_rows(ledger: TestClient, engine: Engine) -> None:
    def snapshot() -> dict[str, list[tuple[Any, ...]]]:
        with engine.connect() as conn:
            return {
                t.name: sorted(tuple(r) for r in conn.execute(select(t)).all())
                for t in PROJECTION_TABLES
            }

    incremental = snapshot()
    rebuild(engine)
    assert snapshot() == incremental
    assert ledger.get("/v1/audit/verify").json()["ok"] is True
