"""An analyst's milestone for a drug the ledger has never seen creates the drug."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from service.api.keys import create_key
from service.store.log import EventStore
from tests.integration.api.test_drugs import PROBLEM, seed_zurletrectinib

APPROVAL = {
    "type": "approval",
    "jurisdiction": "CA",
    "agency": "Health Canada",
    "date": "2025-02-14",
    "date_precision": "day",
    "url": "https://example.org/noc/2025-02-14",
    "note": "Notice of Compliance database entry",
}
NEW_DRUG = {"name": "Vorasidenib", "company": "Servier", "aliases": ["AG-881", "Voranigo"]}


def _post(client: TestClient, path_name: str, headers: dict[str, str], **extra: Any) -> Any:
    return client.post(
        f"/v1/drugs/{path_name}/milestones", json={**APPROVAL, **extra}, headers=headers
    )


def test_a_milestone_with_new_drug_creates_the_drug_with_its_names(
    client: TestClient, engine: Engine, admin_headers: dict[str, str]
) -> None:
    seed_zurletrectinib(engine)
    made = _post(client, "whatever-the-analyst-typed", admin_headers, new_drug=NEW_DRUG)
    assert made.status_code == 201, made.text
    assert made.json()["slug"] == "vorasidenib"
    assert made.json()["milestone_id"] == "vorasidenib:approval:CA"

    drug = client.get("/v1/drugs/vorasidenib").json()
    assert drug["name"] == "Vorasidenib" and drug["company"] == "Servier"
    assert {"AG-881", "Voranigo"} <= set(drug["aliases"])
    assert client.get("/v1/drugs/ag881").json()["slug"] == "vorasidenib"
    assert client.get("/v1/drugs/VORANIGO").json()["slug"] == "vorasidenib"

    [item] = client.get("/v1/drugs/vorasidenib/timeline").json()["items"]
    assert (item["type"], item["jurisdiction"], item["date"]) == ("approval", "CA", "2025-02-14")
    assert [s["outlet"] for s in item["sources"]] == ["analyst"]
    event = client.get(f"/v1/events/{made.json()['event_id']}").json()
    assert event["stream"] == "drug-vorasidenib" and event["type"] == "MilestoneRecorded"
    assert event["metadata"]["actor"] == "tests"
    assert event["provenance"]["source"]["outlet"] == "analyst"
    assert event["provenance"]["source"]["quote"] == APPROVAL["note"]
    assert event["data"]["aliases"] == ["AG-881", "Voranigo"]

    # Once created it is a known drug: its next milestone goes the usual way.
    later = {"type": "approval", "jurisdiction": "US", "agency": "FDA"}
    again = client.post("/v1/drugs/AG-881/milestones", json=later, headers=admin_headers)
    assert again.status_code == 201 and again.json()["slug"] == "vorasidenib"


def test_new_drug_naming_a_known_drug_is_refused_and_nothing_is_written(
    client: TestClient, engine: Engine, admin_headers: dict[str, str]
) -> None:
    seed_zurletrectinib(engine)
    head = EventStore(engine).head_position()
    by_name = _post(client, "unknown", admin_headers, new_drug={"name": "Zurletrectinib"})
    assert by_name.status_code == 409 and by_name.headers["content-type"] == PROBLEM
    assert "'zurletrectinib'" in by_name.json()["detail"]
    by_alias = _post(
        client, "unknown", admin_headers, new_drug={"name": "Zurle", "aliases": ["Zoleretinib"]}
    )
    assert by_alias.status_code == 409
    assert "'Zoleretinib'" in by_alias.json()["detail"]
    assert "slug 'zoleretinib'" in by_alias.json()["detail"]

    known_path = _post(client, "ICP-723", admin_headers, new_drug={"name": "Zurletrectinb"})
    assert known_path.status_code == 409 and known_path.headers["content-type"] == PROBLEM
    assert "already exists under slug" in known_path.json()["detail"]
    assert EventStore(engine).head_position() == head
    assert client.get("/v1/drugs/zurle").status_code == 404


def test_an_unknown_drug_without_new_drug_says_how_to_create_it(
    client: TestClient, engine: Engine, admin_headers: dict[str, str]
) -> None:
    seed_zurletrectinib(engine)
    missing = _post(client, "vorasidenib", admin_headers)
    assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM
    assert "new_drug" in missing.json()["detail"]
    blank = _post(client, "vorasidenib", admin_headers, new_drug={"name": "  "})
    assert blank.status_code == 422 and blank.json()["errors"][0]["field"] == "new_drug.name"
    blank_alias = _post(
        client, "vorasidenib", admin_headers, new_drug={"name": "Vorasidenib", "aliases": [""]}
    )
    assert blank_alias.status_code == 422
    reader = {"Authorization": f"Bearer {create_key(engine, 'read', 'r')}"}
    denied = _post(client, "vorasidenib", reader, new_drug=NEW_DRUG)
    assert denied.status_code == 403 and "admin" in denied.json()["detail"]
    assert client.get("/v1/drugs/vorasidenib").status_code == 404


def test_a_retried_creation_answers_the_same_event_once(
    client: TestClient, engine: Engine, admin_headers: dict[str, str]
) -> None:
    retry = {**admin_headers, "Idempotency-Key": "noc-vorasidenib"}
    first = _post(client, "vorasidenib", retry, new_drug=NEW_DRUG)
    second = _post(client, "vorasidenib", retry, new_drug=NEW_DRUG)
    assert first.status_code == second.status_code == 201, second.text
    assert second.json() == first.json()
    other_key = {**admin_headers, "Idempotency-Key": "another"}
    third = _post(client, "unknown", other_key, new_drug=NEW_DRUG)
    assert third.status_code == 409 and "'vorasidenib'" in third.json()["detail"]
    assert EventStore(engine).head_position() == first.json()["position"]
