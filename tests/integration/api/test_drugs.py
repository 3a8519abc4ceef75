from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from service.api.app import create_app
from service.api.keys import create_key
from service.projections.projector import catch_up
from service.settings import Settings
from service.store.log import EventStore
from tests.unit.projections.ledger_events import (
    append,
    corroborated,
    merged,
    recorded,
)

PROBLEM = "application/problem+json"


def seed_zurletrectinib(engine: Engine) -> str:
    store = EventStore(engine)
    approval = recorded(
        "Zoleretinib",
        "approval",
        "CN",
        date="2024-12-11",
        aliases=("ICP-723",),
        company="InnoCare Pharma",
        article="seed-000",
    )
    append(
        store,
        approval,
        recorded(
            "Zoleretinib",
            "program_inclusion",
            "CN",
            attributes={"program": "SPARK Plan"},
            company="InnoCare Pharma",
            article="seed-000",
            published="2025-12-15",
        ),
        recorded(
            "zurletrectinib",
            "priority_review",
            "CN",
            date="2024-05-02",
            aliases=("ICP-723",),
            company="InnoCare Pharma",
            article="d007",
        ),
        recorded(
            "zurletrectinib",
            "approval",
            "CN",
            date="2024-12-12",
            company="InnoCare Pharma",
            article="d008",
        ),
        corroborated("zurletrectinib:approval:CN", "d009", date="2024-12-11"),
    )
    catch_up(engine)
    return approval.milestone_id


def test_drugs_list_filters_and_pages_with_a_cursor(client: TestClient, engine: Engine) -> None:
    store = EventStore(engine)
    for i in range(5):
        append(
            store,
            recorded(
                f"drug{i}",
                "approval" if i % 2 else "ind_clearance",
                "US",
                date="2025-01-01",
                company="Acme Bio",
            ),
        )
    catch_up(engine)
    first = client.get("/v1/drugs", params={"limit": 2}).json()
    assert [d["slug"] for d in first["items"]] == ["drug0", "drug1"]
    second = client.get("/v1/drugs", params={"limit": 2, "cursor": first["next"]}).json()
    assert [d["slug"] for d in second["items"]] == ["drug2", "drug3"]
    approved = client.get("/v1/drugs", params={"stage": "approval", "jurisdiction": "us"}).json()
    assert [d["slug"] for d in approved["items"]] == ["drug1", "drug3"]
    assert client.get("/v1/drugs", params={"q": "DRUG-4"}).json()["items"][0]["slug"] == "drug4"
    assert len(client.get("/v1/drugs", params={"company": "acme bio"}).json()["items"]) == 5
    bad = client.get("/v1/drugs", params={"cursor": "!!"})
    assert bad.status_code == 400 and bad.headers["content-type"] == PROBLEM


def test_merged_records_share_one_timeline_and_every_alias_resolves(
    client: TestClient, engine: Engine
) -> None:
    seed_zurletrectinib(engine)
    append(EventStore(engine), merged("zurletrectinib", "zoleretinib"))
    catch_up(engine)
    for name in ("zurletrectinib", "zoleretinib", "ICP-723", "icp 723", "ZOLERETINIB"):
        answer = client.get(f"/v1/drugs/{name}")
        assert answer.status_code == 200, name
        assert answer.json()["slug"] == "zurletrectinib"
    drug = client.get("/v1/drugs/zurletrectinib").json()
    assert drug["merged"] == ["zoleretinib"]
    assert {"Zoleretinib", "ICP-723"} <= set(drug["aliases"])
    stages = {(s["jurisdiction"], s["stage"]) for s in drug["status"]["stages"]}
    assert stages == {("CN", "approval")}
    assert [d["detail"] for d in drug["status"]["designations"]] == ["SPARK Plan"]

    timeline = client.get("/v1/drugs/zoleretinib/timeline").json()
    types = [i["type"] for i in timeline["items"]]
    assert types == ["priority_review", "approval", "program_inclusion"]
    approval = timeline["items"][1]
    assert approval["date"] == "2024-12-11"  # two of three sources say the 11th
    assert approval["corroboration"] == 3
    assert [c["value"] for c in approval["conflicts"]] == ["2024-12-12"]
    assert {s["url"] for s in approval["sources"]} >= {"https://news.example/seed-000"}
    assert timeline["items"][2]["date_known"] is False


def test_timeline_has_an_etag_and_answers_304_until_the_drug_changes(
    client: TestClient, engine: Engine
) -> None:
    seed_zurletrectinib(engine)
    first = client.get("/v1/drugs/zurletrectinib/timeline")
    tag = first.headers["etag"]
    again = client.get("/v1/drugs/zurletrectinib/timeline", headers={"If-None-Match": tag})
    assert again.status_code == 304
    append(EventStore(engine), corroborated("zurletrectinib:approval:CN", "d10", "2024-12-11"))
    catch_up(engine)
    changed = client.get("/v1/drugs/zurletrectinib/timeline", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag


def test_timeline_as_of_answers_from_the_log_as_it_stood(
    client: TestClient, engine: Engine
) -> None:
    seed_zurletrectinib(engine)
    store = EventStore(engine)
    cut = store.head_position()
    moment = store.read_all(cut - 1, 1)[0].recorded_at
    append(store, merged("zurletrectinib", "zoleretinib"))
    catch_up(engine)
    now = client.get("/v1/drugs/zurletrectinib/timeline").json()
    assert len(now["items"]) == 3
    before = client.get("/v1/drugs/zurletrectinib/timeline", params={"position": cut}).json()
    assert [i["type"] for i in before["items"]] == ["priority_review", "approval"]
    assert before["items"][1]["corroboration"] == 2
    old = client.get("/v1/drugs/zoleretinib/timeline", params={"position": cut}).json()
    assert old["drug"]["slug"] == "zoleretinib"
    at_time = client.get(
        "/v1/drugs/zurletrectinib/timeline", params={"as_of": moment.isoformat()}
    ).json()
    assert at_time["position"] <= cut
    assert (
        client.get("/v1/drugs/zurletrectinib/timeline", params={"position": 0}).status_code == 404
    )
    naive = client.get("/v1/drugs/zurletrectinib/timeline", params={"as_of": "2025-01-01T00:00:00"})
    assert naive.status_code == 422 and naive.headers["content-type"] == PROBLEM


def test_unknown_drug_is_a_problem_json_404(client: TestClient) -> None:
    answer = client.get("/v1/drugs/nothing-like-it")
    assert answer.status_code == 404
    assert answer.headers["content-type"] == PROBLEM
    assert "nothing-like-it" in answer.json()["detail"]


def test_a_misspelling_resolves_only_when_the_company_corroborates(
    client: TestClient, engine: Engine
) -> None:
    seed_zurletrectinib(engine)
    assert client.get("/v1/drugs/zurletrectinb").status_code == 404
    found = client.get("/v1/drugs/zurletrectinb", params={"company": "InnoCare Pharma"})
    assert found.status_code == 200 and found.json()["slug"] == "zurletrectinib"
    assert client.get("/v1/drugs/zurletrectinb", params={"company": "Other Co"}).status_code == 404
    coded = client.get("/v1/drugs/zurletrectinb", params={"code": "ICP 723"})
    assert coded.status_code == 200 and coded.json()["slug"] == "zurletrectinib"
    assert client.get("/v1/drugs/zurletrectinb", params={"code": "XY-999"}).status_code == 404


def test_csv_and_calendar_exports(client: TestClient, engine: Engine) -> None:
    seed_zurletrectinib(engine)
    csv_text = client.get("/v1/drugs/zoleretinib/timeline.csv").text
    rows = csv_text.strip().splitlines()
    assert rows[0].startswith("date,date_precision,date_known,type")
    assert len(rows) == 1 + 2  # zoleretinib alone: approval and the programme
    ics = client.get("/v1/drugs/zurletrectinib/timeline.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    body = ics.text
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert body.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20240502" in body and "DTEND;VALUE=DATE:20240503" in body
    assert ics.headers["x-omitted-unknown-dates"] == "0"
    zole = client.get("/v1/drugs/zoleretinib/timeline.ics")
    assert zole.headers["x-omitted-unknown-dates"] == "1"
    assert "X-MILESTONES-OMITTED-UNKNOWN-DATES:1" in zole.text
    assert all(len(line.encode()) <= 75 for line in zole.text.split("\r\n"))


def test_reads_can_require_a_key(engine: Engine, settings: Settings) -> None:
    locked = settings.model_copy(update={"api_read_requires_key": True})
    with TestClient(create_app(locked, engine)) as client:
        assert client.get("/v1/drugs").status_code == 401
        read = create_key(engine, "read", "reader")
        admin = create_key(engine, "admin", "boss")
        assert (
            client.get("/v1/drugs", headers={"Authorization": f"Bearer {read}"}).status_code == 200
        )
        assert (
            client.get("/v1/drugs", headers={"Authorization": f"Bearer {admin}"}).status_code == 200
        )
        wrong = client.get("/v1/drugs", headers={"Authorization": "Bearer msk_nope"})
        assert wrong.status_code == 401 and wrong.headers["content-type"] == PROBLEM


def test_metrics_report_head_lag_and_requests(client: TestClient, engine: Engine) -> None:
    seed_zurletrectinib(engine)
    append(EventStore(engine), corroborated("zurletrectinib:approval:CN", "d11"))
    client.get("/v1/drugs")
    text = client.get("/metrics").text
    assert "milestones_events_head_position 6" in text
    assert "milestones_projection_lag_events 1" in text
    assert 'milestones_http_requests_total{method="GET",route="/v1/drugs",status="200"} 1' in text


def test_an_unexpected_failure_is_a_problem_json_500(engine: Engine, settings: Settings) -> None:
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(text("DROP TABLE drug_stages"))  # a broken database, for real
    with TestClient(create_app(settings, engine), raise_server_exceptions=False) as client:
        answer = client.get("/v1/drugs", params={"stage": "approval"})
    assert answer.status_code == 500
    assert answer.headers["content-type"] == PROBLEM
    assert "logged" in answer.json()["detail"]
