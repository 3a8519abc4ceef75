"""The guarded transport: which checks it repeats per request and which it keeps."""

from __future__ import annotations

import httpx
import pytest

from service.webhooks.addresses import AddressGuard, UrlRefused
from service.webhooks.transport import GuardedTransport


class CountingResolver:
    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        return self.answers[host]


def client_for(resolver: CountingResolver, seen: list[str]) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.url.host} {request.headers['host']}")
        return httpx.Response(204)

    guard = AddressGuard.from_setting("127.0.0.0/8", resolver=resolver)
    return httpx.Client(transport=GuardedTransport(guard, httpx.MockTransport(answer)))


def test_an_address_literal_is_checked_once_per_transport() -> None:
    resolver, seen = CountingResolver({"127.0.0.1": ["127.0.0.1"]}), []
    with client_for(resolver, seen) as client:
        for _ in range(3):
            assert client.post("http://127.0.0.1:8000/hook").status_code == 204
    assert resolver.calls == ["127.0.0.1"]
    assert seen == ["127.0.0.1 127.0.0.1:8000"] * 3


def test_a_name_is_resolved_and_checked_on_every_request() -> None:
    resolver, seen = CountingResolver({"hooks.example": ["127.0.0.2"]}), []
    with client_for(resolver, seen) as client:
        client.post("http://hooks.example/hook")
        resolver.answers["hooks.example"] = ["10.0.0.1"]  # rebound to a private address
        with pytest.raises(UrlRefused):
            client.post("http://hooks.example/hook")
    assert resolver.calls == ["hooks.example", "hooks.example"]
    assert seen == ["127.0.0.2 hooks.example"]


def test_a_refused_literal_stays_refused() -> None:
    resolver, seen = CountingResolver({"10.0.0.1": ["10.0.0.1"]}), []
    with client_for(resolver, seen) as client:
        for _ in range(2):
            with pytest.raises(UrlRefused):
                client.post("http://10.0.0.1/hook")
    assert resolver.calls == ["10.0.0.1", "10.0.0.1"]
    assert seen == []
