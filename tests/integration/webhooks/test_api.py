"""The subscription and delivery routes, on a real database, with real deliveries on loopback."""

from __future__ import annotations

import base64
import socket
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from service.api.app import create_app
from service.settings import Settings
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.clock import ManualClock
from service.webhooks.dispatcher import deliver_due
from service.webhooks.fanout import fan_out_all
from service.webhooks.payloads import PayloadBuilder
from service.webhooks.sender import make_client
from tests.integration.webhooks.events import append, recorded
from tests.integration.webhooks.receiver import Receiver


def api_for(engine: Engine, allowed: str = "127.0.0.0/8") -> TestClient:
    settings = Settings(database_url=str(engine.url), webhook_allowed_networks=allowed)
    return TestClient(create_app(settings, engine))


@pytest.fixture
def api(engine: Engine) -> Iterator[TestClient]:
    with api_for(engine) as client:
        yield client


def deliver(engine: Engine, store: EventStore) -> None:
    clock = ManualClock()
    with make_client(AddressGuard.from_setting("127.0.0.0/8"), 5.0) as client:
        fan_out_all(engine, store, PayloadBuilder(store), clock)
        while deliver_due(engine, client, clock):
            pass


def test_create_shows_the_secret_once_and_lists_page_by_cursor(
    api: TestClient, admin_headers: dict[str, str], receiver: Receiver
) -> None:
    made = [
        api.post("/v1/subscriptions", json={"url": f"{receiver.url}/{i}"}, headers=admin_headers)
        for i in range(3)
    ]
    assert [r.status_code for r in made] == [201, 201, 201]
    secret = made[0].json()["secret"]
    assert secret.startswith("whsec_")
    assert 24 <= len(base64.b64decode(secret.removeprefix("whsec_"))) <= 64
    one = api.get(f"/v1/subscriptions/{made[0].json()['id']}", headers=admin_headers).json()
    assert "secret" not in one and one["status"] == "active"
    assert one["event_types"][0] == "milestone.recorded"

    seen, cursor = [], None
    while True:
        page = api.get(
            "/v1/subscriptions", params={"limit": 2, **({"cursor": cursor} if cursor else {})},
            headers=admin_headers,
        ).json()  # fmt: skip
        seen += [item["id"] for item in page["items"]]
        cursor = page["next"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(r.json()["id"] for r in made)


@pytest.mark.parametrize(
    "url",
    ["ftp://127.0.0.1/x", "http://10.0.0.1/hook", "http://169.254.169.254/latest",
     "http://[::ffff:10.0.0.1]/x", "http://100.64.0.1/", "not a url"],
)  # fmt: skip
def test_refused_urls_get_a_clear_422(
    api: TestClient, admin_headers: dict[str, str], url: str
) -> None:
    answer = api.post("/v1/subscriptions", json={"url": url}, headers=admin_headers)
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")


def test_every_route_needs_an_admin_key(api: TestClient, admin_headers: dict[str, str]) -> None:
    if not admin_headers:
        pytest.skip("API keys are not built yet")
    for method, path in [
        ("POST", "/v1/subscriptions"), ("GET", "/v1/subscriptions"),
        ("GET", "/v1/subscriptions/sub_x"), ("PATCH", "/v1/subscriptions/sub_x"),
        ("DELETE", "/v1/subscriptions/sub_x"), ("POST", "/v1/subscriptions/sub_x/pause"),
        ("POST", "/v1/subscriptions/sub_x/resume"),
        ("POST", "/v1/subscriptions/sub_x/rotate-secret"),
        ("GET", "/v1/subscriptions/sub_x/deliveries"), ("POST", "/v1/subscriptions/sub_x/replay"),
        ("GET", "/v1/deliveries/1"), ("POST", "/v1/deliveries/1/retry"),
    ]:  # fmt: skip
        answer = api.request(method, path, json={})
        assert answer.status_code in {401, 403}, (method, path, answer.status_code)


def test_loopback_is_refused_unless_allowed(engine: Engine, admin_headers: dict[str, str]) -> None:
    with api_for(engine, allowed="") as strict:
        answer = strict.post(
            "/v1/subscriptions", json={"url": "http://127.0.0.1:9/h"}, headers=admin_headers
        )
    assert answer.status_code == 422
    assert "loopback" in answer.text


def test_a_name_resolving_to_loopback_is_refused(
    engine: Engine, admin_headers: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_dns(host: str, port: object, *args: object, **kw: object) -> list[tuple]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 443))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_dns)
    with api_for(engine, allowed="") as strict:
        answer = strict.post(
            "/v1/subscriptions", json={"url": "https://hooks.example.com/h"},
            headers=admin_headers,
        )  # fmt: skip
    assert answer.status_code == 422
    assert "127.0.0.1 is loopback" in answer.text


def test_bad_event_types_and_filters_are_422(
    api: TestClient, admin_headers: dict[str, str]
) -> None:
    bad_type = api.post(
        "/v1/subscriptions", json={"url": "http://127.0.0.1:9/", "event_types": ["drug.born"]},
        headers=admin_headers,
    )  # fmt: skip
    assert bad_type.status_code == 422 and "drug.born" in bad_type.text


def test_patch_pause_resume_delete(
    api: TestClient, admin_headers: dict[str, str], receiver: Receiver
) -> None:
    sub = api.post("/v1/subscriptions", json={"url": receiver.url}, headers=admin_headers).json()
    path = f"/v1/subscriptions/{sub['id']}"
    patched = api.patch(
        path, json={"event_types": ["milestone.retracted"], "filters": {"companies": ["Acme"]}},
        headers=admin_headers,
    ).json()  # fmt: skip
    assert patched["event_types"] == ["milestone.retracted"]
    assert patched["filters"]["companies"] == ["acme"]
    assert (
        api.patch(path, json={"url": "http://10.1.2.3/"}, headers=admin_headers).status_code == 422
    )
    assert api.post(f"{path}/pause", headers=admin_headers).json()["status"] == "paused"
    assert api.post(f"{path}/resume", headers=admin_headers).json()["status"] == "active"
    assert api.delete(path, headers=admin_headers).status_code == 204
    assert api.get(path, headers=admin_headers).status_code == 404
    assert api.post(f"{path}/pause", headers=admin_headers).status_code == 404


def test_rotation_signs_with_both_secrets_during_grace(
    engine: Engine, api: TestClient, admin_headers: dict[str, str], receiver: Receiver
) -> None:
    store = EventStore(engine)
    sub = api.post("/v1/subscriptions", json={"url": receiver.url}, headers=admin_headers).json()
    rotated = api.post(f"/v1/subscriptions/{sub['id']}/rotate-secret", headers=admin_headers)
    assert rotated.status_code == 200
    new_secret = rotated.json()["secret"]
    assert new_secret != sub["secret"] and rotated.json()["previous_secret_expires_at"]
    append(store, recorded())
    deliver(engine, store)
    (got,) = receiver.received()
    assert got.headers["webhook-signature"].count("v1,") == 2
    assert got.verify(sub["secret"])["type"] == got.verify(new_secret)["type"]
    with pytest.raises(WebhookVerificationError):
        Webhook("whsec_" + base64.b64encode(b"x" * 32).decode()).verify(got.body, got.headers)


def test_delivery_log_retry_and_replay(
    engine: Engine, api: TestClient, admin_headers: dict[str, str], receiver: Receiver
) -> None:
    store = EventStore(engine)
    append(store, recorded(article="before"))  # older than the subscription
    sub = api.post("/v1/subscriptions", json={"url": receiver.url}, headers=admin_headers).json()
    append(store, recorded(drug="VC005", jurisdiction="US", aliases=()))
    deliver(engine, store)
    log = api.get(f"/v1/subscriptions/{sub['id']}/deliveries", headers=admin_headers).json()
    (delivery,) = log["items"]
    assert delivery["status"] == "delivered" and delivery["attempt_log"][0]["status_code"] == 200
    assert api.get(
        f"/v1/subscriptions/{sub['id']}/deliveries", params={"status": "failed"},
        headers=admin_headers,
    ).json()["items"] == []  # fmt: skip

    retried = api.post(f"/v1/deliveries/{delivery['id']}/retry", headers=admin_headers).json()
    assert retried["status"] == "pending"
    replayed = api.post(
        f"/v1/subscriptions/{sub['id']}/replay", json={"from_position": 1}, headers=admin_headers
    )
    assert replayed.status_code == 202 and replayed.json() == {"queued": 2}
    deliver(engine, store)
    positions = [r.json["data"]["position"] for r in receiver.received()]
    assert sorted(positions) == [1, 2, 2, 2]
    assert len(receiver.unique_ids()) == 2  # webhook-id is stable per event and subscriber
    naive = api.post(
        f"/v1/subscriptions/{sub['id']}/replay", json={"since": "2000-01-01T00:00:00"},
        headers=admin_headers,
    )  # fmt: skip
    assert naive.status_code == 202 and naive.json() == {"queued": 2}
    assert api.post("/v1/deliveries/999999/retry", headers=admin_headers).status_code == 404
    assert (
        api.post(
            f"/v1/subscriptions/{sub['id']}/replay", json={}, headers=admin_headers
        ).status_code
        == 422
    )
