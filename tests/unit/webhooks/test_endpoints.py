"""Endpoint URLs: what the request line, Host header and TLS name become."""

from __future__ import annotations

import pytest

from service.webhooks.addresses import UrlRefused
from service.webhooks.endpoints import Endpoint, parse_endpoint


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://Hooks.Example.com/in?x=1#frag",
         Endpoint("https", "hooks.example.com", 443, "/in?x=1", "hooks.example.com")),
        ("http://hooks.example.com:8080",
         Endpoint("http", "hooks.example.com", 8080, "/", "hooks.example.com:8080")),
        ("http://[::1]:9000/h", Endpoint("http", "::1", 9000, "/h", "[::1]:9000")),
        ("http://10.0.0.1:80/a b", Endpoint("http", "10.0.0.1", 80, "/a%20b", "10.0.0.1")),
        ("https://bücher.example/x",
         Endpoint("https", "xn--bcher-kva.example", 443, "/x", "xn--bcher-kva.example")),
        ("https://user:p%40ss@hooks.example.com/",
         Endpoint("https", "hooks.example.com", 443, "/", "hooks.example.com",
                  authorization="Basic dXNlcjpwQHNz")),
    ],
)  # fmt: skip
def test_urls_become_request_parts(url: str, expected: Endpoint) -> None:
    assert parse_endpoint(url) == expected


@pytest.mark.parametrize("url", ["ftp://hooks.example.com/", "https:///path", "http://h:99999/"])
def test_unusable_urls_are_refused(url: str) -> None:
    with pytest.raises(UrlRefused):
        parse_endpoint(url)


def test_a_target_cannot_carry_a_line_break() -> None:
    target = parse_endpoint("http://hooks.example.com/a%0d%0a?b=\x7f").target
    assert target.isascii() and "\r" not in target and "\n" not in target and " " not in target
