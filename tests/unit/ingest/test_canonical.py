from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.ingest.canonical import article_key, canonical_url, text_sha256


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Example.COM/News/A?id=3#top", "https://www.example.com/News/A?id=3"),
        ("https://e.org/a?utm_source=x&utm_medium=y&id=1&fbclid=abc", "https://e.org/a?id=1"),
        ("https://e.org/a?gclid=1", "https://e.org/a"),
        ("http://e.org:80/a", "http://e.org/a"),
        ("https://e.org:8443/a", "https://e.org:8443/a"),
        ("https://e.org", "https://e.org/"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_tracking_variants_of_one_url_are_one_article() -> None:
    a = article_key("https://news.example.com/x?utm_campaign=rss")
    assert a == article_key("HTTPS://news.example.com/x#comments")
    assert a != article_key("https://news.example.com/y")
    assert article_key(None, "d001") != article_key(None, "d002")


def test_text_hash_ignores_layout_but_not_words() -> None:
    assert text_sha256("FDA  approves\n\nfoo") == text_sha256("FDA approves foo ")
    assert text_sha256("FDA approves foo") != text_sha256("FDA approves bar")


@given(
    st.sampled_from(["http", "HTTPS"]),
    st.text("abcXYZ-._~/", max_size=20),
    st.text("az=&", max_size=15),
)
def test_canonical_url_is_idempotent(scheme: str, path: str, query: str) -> None:
    url = f"{scheme}://Example.ORG/{path}?{query}&utm_source=x#frag"
    once = canonical_url(url)
    assert canonical_url(once) == once
    assert "utm_" not in once and "#" not in once
