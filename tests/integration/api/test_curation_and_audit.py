from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from service.api.keys import create_key
from service.store.log import EventStore
from tests.integration.api.test_drugs import PROBLEM, seed_zurletrectinib


def test_an_analyst_records_corrects_and_retracts_with_the_actor_in_metadata(
    client: TestClient, engine: Engine, admin_headers: dict[str, str]
) -> None:
    seed_zurletrectinib(engine)
    body = {
        "type": "designation",
        "jurisdiction": "US",
        "agency": "FDA",
        "date": "2024-03",
        "date_precision": "month",
        "attributes": {"designation": "orphan_drug"},
        "note": "FDA orphan drug database entry",
    }
    made = client.post("/v1/drugs/Zurletrectinib/milestones", json=body, headers=admin_headers)
    assert made.status_code == 201, made.text
    mid = made.json()["milestone_id"]
    assert mid == "zurletrectinib:designation:US:orphan-drug"
    event = client.get(f"/v1/events/{made.json()['event_id']}").json()
    assert event["metadata"]["actor"] == "tests"
    assert event["provenance"]["source"]["outlet"] == "analyst"
    assert len(event["hash"]) == 64 and len(event["prev_hash"]) == 64

    fixed = client.post(
        f"/v1/milestones/{mid}/correct",
        json={
            "changes": {"date": "2024-03-05", "date_precision": "day"},
            "reason": "the database gives the day",
        },
        headers=admin_headers,
    )
    assert fixed.status_code == 200, fixed.text
    line = client.get(f"/v1/milestones/{mid}").json()
    assert line["date"] == "2024-03-05" and line["corrected"] is True
    assert line["corrections"][0]["actor"] == "tests"

    gone = client.post(
        f"/v1/milestones/{mid}/retract", json={"reason": "wrong drug"}, headers=admin_headers
    )
    assert gone.status_code == 200
    again = client.post(
        f"/v1/milestones/{mid}/retract", json={"reason": "twice"}, headers=admin_headers
    )
    assert again.status_code == 409 and again.headers["content-type"] == PROBLEM
    timeline = client.get("/v1/drugs/zurletrectinib/timeline").json()["items"]
    [retracted] = [i for i in timeline if i["milestone_id"] == mid]
    assert retracted["status"] == "retracted" and retracted["retraction"]["reason"] == "wrong drug"
    designations = client.get("/v1/drugs/zurletrectinib").json()["status"]["designations"]
    assert designations == []


def test_curation_needs_an_admin_key_and_valid_input(
    client: TestClient, engine: Engine, admin_headers: dict[str, str]
) -> None:
    mid = seed_zurletrectinib(engine)
    assert client.post(f"/v1/milestones/{mid}/retract", json={"reason": "x"}).status_code == 401
    reader = {"Authorization": f"Bearer {create_key(engine, 'read', 'r')}"}
    denied = client.post(f"/v1/milestones/{mid}/retract", json={"reason": "x"}, headers=reader)
    assert denied.status_code == 403 and "admin" in denied.json()["detail"]
    bad = client.post(
        "/v1/drugs/zurletrectinib/milestones",
        json={"type": "approved", "jurisdiction": "CN"},
        headers=admin_headers,
    )
    assert bad.status_code == 422 and bad.headers["content-type"] == PROBLEM
    assert bad.json()["errors"][0]["field"] == "type"
    bad_date = client.post(
        "/v1/drugs/zurletrectinib/milestones",
        json={"type": "approval", "jurisdiction": "CN", "date": "12/11/2024"},
        headers=admin_headers,
    )
    assert bad_date.status_code == 422 and "date" in bad_date.json()["detail"]
    unknown = client.post(
        "/v1/milestones/nope/retract", json={"reason": "x"}, headers=admin_headers
    )
    assert unknown.status_code == 404
    field = client.post(
        f"/v1/milestones/{mid}/correct",
        json={"changes": {"colour": "red"}, "reason": "x"},
        headers=admin_headers,
    )
    assert field.status_code == 422 and "colour" in field.json()["detail"]
    assert EventStore(engine).head_position() == 5  # nothing refused was written


def test_milestones_across_drugs_by_type_jurisdiction_and_dates(
    client: TestClient, engine: Engine
) -> None:
    seed_zurletrectinib(engine)
    params = {"type": "approval", "jurisdiction": "CN", "from": "2024-12-01", "to": "2024-12-31"}
    found = client.get("/v1/milestones", params=params).json()["items"]
    assert sorted(i["milestone_id"] for i in found) == [
        "zoleretinib:approval:CN",
        "zurletrectinib:approval:CN",
    ]
    assert client.get("/v1/milestones", params={**params, "to": "2024-12-10"}).json()["items"] == []
    paged = client.get("/v1/milestones", params={"limit": 1}).json()
    following = client.get("/v1/milestones", params={"limit": 1, "cursor": paged["next"]}).json()
    assert paged["items"][0]["milestone_id"] != following["items"][0]["milestone_id"]


def test_events_list_filters_and_audit_shows_the_events_behind_each_line(
    client: TestClient, engine: Engine
) -> None:
    seed_zurletrectinib(engine)
    page = client.get("/v1/events", params={"limit": 2}).json()
    assert [e["position"] for e in page["items"]] == [1, 2] and page["next"] == "2"
    rest = client.get("/v1/events", params={"after": page["next"], "type": "MilestoneCorroborated"})
    assert [e["position"] for e in rest.json()["items"]] == [5]
    stream = client.get("/v1/events", params={"stream": "drug-zoleretinib"}).json()["items"]
    assert {e["stream"] for e in stream} == {"drug-zoleretinib"} and len(stream) == 2
    assert client.get("/v1/events/not-a-uuid").status_code == 404

    audit = client.get("/v1/audit/drugs/zurletrectinib", params={"position": 4}).json()
    [_priority, approval] = audit["items"]
    assert [e["position"] for e in approval["events"]] == [4]
    assert len(approval["events"][0]["hash"]) == 64
    full = client.get("/v1/audit/drugs/zurletrectinib").json()
    assert [e["position"] for e in full["items"][1]["events"]] == [4, 5]
    verified = client.get("/v1/audit/verify").json()
    assert verified["ok"] is True and verified["checked"] == 5


def test_company_lists_its_drugs(client: TestClient, engine: Engine) -> None:
    seed_zurletrectinib(engine)
    found = client.get("/v1/companies/innocare-pharma").json()
    assert found["name"] == "InnoCare Pharma"
    assert [d["slug"] for d in found["drugs"]] == ["zoleretinib", "zurletrectinib"]
    assert client.get("/v1/companies/nobody").status_code == 404


def test_openapi_lists_the_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/v1/drugs",
        "/v1/drugs/{slug}/timeline",
        "/v1/milestones",
        "/v1/events",
        "/v1/audit/verify",
        "/metrics",
    ):
        assert path in paths


def test_an_analysts_milestone_for_another_indication_is_a_line_of_its_own(
    client: TestClient, engine: Engine, admin_headers: dict[str, str]
) -> None:
    seed_zurletrectinib(engine)
    approvals = [
        i
        for i in client.get("/v1/drugs/zurletrectinib/timeline").json()["items"]
        if (i["type"], i["jurisdiction"]) == ("approval", "CN")
    ]
    [existing] = approvals
    body = {"type": "approval", "jurisdiction": "CN", "agency": "NMPA", "date": "2024-12-11"}
    same = {**body, "indication": "adult patients with solid tumours with NTRK gene fusion"}
    made = client.post("/v1/drugs/zurletrectinib/milestones", json=same, headers=admin_headers)
    assert made.status_code == 201, made.text
    other = {**body, "date": "2026-03-01", "indication": "ROS1-positive non-small cell lung cancer"}
    made = client.post("/v1/drugs/zurletrectinib/milestones", json=other, headers=admin_headers)
    assert made.status_code == 201, made.text
    mid = made.json()["milestone_id"]
    assert mid == "zurletrectinib:approval:CN~ros1-positive-non-small-cell-lung-cancer"

    lines = {
        i["milestone_id"]: i
        for i in client.get("/v1/drugs/zurletrectinib/timeline").json()["items"]
        if (i["type"], i["jurisdiction"]) == ("approval", "CN")
    }
    assert set(lines) == {existing["milestone_id"], mid}
    first = lines[existing["milestone_id"]]
    assert first["corroboration"] == existing["corroboration"] + 1
    assert [s["outlet"] for s in lines[mid]["sources"]] == ["analyst"]
    assert lines[mid]["date"] == "2026-03-01" and not lines[mid]["conflicts"]
    assert "2026-03-01" not in {c["value"] for c in first["conflicts"]}
