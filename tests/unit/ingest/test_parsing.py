from __future__ import annotations

import pytest

from service.ingest.catalog import FeedConfig, FeedKind, JsonItems
from service.ingest.fetching import FetchResult, parse_retry_after
from service.ingest.parsing import ParseError, parse_article_page, parse_feed

BASE = "https://news.example.org/list/"


def result(body: bytes, content_type: str = "text/html") -> FetchResult:
    return FetchResult(url=BASE, status=200, body=body, content_type=content_type)


def config(kind: FeedKind, **fields: object) -> FeedConfig:
    return FeedConfig.model_validate({"name": "n", "kind": kind, "url": BASE, **fields})


def test_rss_items_resolve_relative_links_and_dates() -> None:
    xml = (
        b"<rss version='2.0'><channel><title>t</title><item><title>A  story</title>"
        b"<link>../a/1.html</link><pubDate>Fri, 02 May 2025 09:00:00 +0800</pubDate>"
        b"<description>&lt;p&gt;Summary &lt;b&gt;text&lt;/b&gt;&lt;/p&gt;</description>"
        b"</item></channel></rss>"
    )
    (item,) = parse_feed(config(FeedKind.RSS), result(xml, "application/rss+xml"))
    assert item.url == "https://news.example.org/a/1.html"
    assert (item.title, item.published, item.text) == ("A story", "2025-05-02", "Summary text")


def test_an_unreadable_feed_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="malformed feed XML"):
        parse_feed(config(FeedKind.ATOM), result(b"<feed><entry>", "application/atom+xml"))


def test_html_list_takes_the_selected_links_once() -> None:
    html = (
        b"<nav><a href='/home'>Home</a></nav><ul>"
        b"<li class='n'><a href='/a/1'>One</a></li><li class='n'><a href='/a/1'>One again</a></li>"
        b"<li class='n'><span><a href='https://other.org/2'>Two</a></span></li>"
        b"<li class='n'><a href='#top'>Top</a></li></ul>"
    )
    items = parse_feed(config(FeedKind.HTML_LIST, item_selector="li.n"), result(html))
    assert [(i.url, i.title) for i in items] == [
        ("https://news.example.org/a/1", "One"),
        ("https://other.org/2", "Two"),
    ]


def test_json_items_by_dotted_paths() -> None:
    body = b'{"d": {"rows": [{"u": "/x", "t": "X", "when": "2025-12-11T01:00:00Z", "body": "Hi"}]}}'
    paths = JsonItems(items="d.rows", url="u", title="t", published="when", text="body")
    (item,) = parse_feed(config(FeedKind.JSON, json_items=paths), result(body, "application/json"))
    assert (item.url, item.title, item.published, item.text) == (
        "https://news.example.org/x",
        "X",
        "2025-12-11",
        "Hi",
    )
    with pytest.raises(ParseError, match="is not a list"):
        parse_feed(config(FeedKind.JSON, json_items=JsonItems(items="d")), result(body))


def test_article_page_keeps_the_story_and_drops_navigation_and_related_news() -> None:
    story = (
        "InnoCare announced that the NMPA approved zurletrectinib for NTRK fusion-positive tumors."
    )
    html = (
        "<html><head><title>Approval | Site</title>"
        "<meta name='date' content='2025-12-11'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>"
        f"<article><h1>Approval</h1><p>{story}</p><p>{story} It is taken once daily.</p></article>"
        "<aside><h3>Related news</h3>"
        "<ul><li><a href='/b'>Another drug wins approval</a></li></ul></aside>"
        "<footer>Copyright 2025</footer></body></html>"
    )
    page = parse_article_page(html.encode(), "https://x.org/a", "text/html; charset=utf-8")
    assert story in page.text and page.published == "2025-12-11"
    assert (
        "Related news" not in page.text
        and "About us" not in page.text
        and "Copyright" not in page.text
    )


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), (None, None), ("soon", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_retry_after(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


def test_item_dates_are_the_publishers_own_day() -> None:
    xml = (
        b"<rss version='2.0'><channel><title>t</title>"
        b"<item><title>a</title><link>/a</link>"
        b"<pubDate>Fri, 02 May 2025 07:00:00 +0800</pubDate></item>"
        b"<item><title>b</title><link>/b</link><pubDate>2025-12-11T23:30:00-05:00</pubDate></item>"
        b"</channel></rss>"
    )
    items = parse_feed(config(FeedKind.RSS), result(xml, "application/rss+xml"))
    assert [i.published for i in items] == ["2025-05-02", "2025-12-11"]
