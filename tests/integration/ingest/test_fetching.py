"""The fetcher against a real HTTP server on loopback: limits, retries, validators, robots."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from service.ingest.fetching import Fetcher, FetchError, FetchPolicy, FetchResult, Validators
from service.ingest.parsing import parse_article_page
from tests.integration.ingest.site import Reply, Request, Site

FAST = FetchPolicy(backoff_base=0.01, read_timeout=0.5, connect_timeout=0.5, retries=2)


def fetch(
    url: str, policy: FetchPolicy = FAST, validators: Validators | None = None
) -> FetchResult:
    async def run() -> FetchResult:
        async with Fetcher(policy) as fetcher:
            return await fetcher.get(url, validators=validators)

    return asyncio.run(run())


def test_conditional_get_sends_validators_and_a_304_has_no_body(site: Site) -> None:
    def conditional(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(
            200, b"<rss/>", {"ETag": '"v1"', "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"}
        )

    url = site.route("/feed", conditional)
    first = fetch(url)
    assert first.status == 200 and first.validators.etag == '"v1"'
    second = fetch(url, validators=first.validators)
    assert second.not_modified and second.body == b""
    assert site.hits("/feed")[1].headers["if-modified-since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_follows_a_short_redirect_chain_and_refuses_a_long_one(site: Site) -> None:
    for i in range(8):
        site.route(f"/r{i}", Reply(301, headers={"Location": f"/r{i + 1}"}))
    site.route("/r8", Reply(200, b"arrived"))
    assert fetch(site.url("/r5")).body == b"arrived"
    assert fetch(site.url("/r5")).url == site.url("/r8")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(site.url("/r0"))


def test_429_waits_for_retry_after_then_succeeds(site: Site) -> None:
    answers = iter([Reply(429, headers={"Retry-After": "1"}), Reply(200, b"ok")])
    url = site.route("/limited", lambda _r: next(answers))
    started = time.monotonic()
    assert fetch(url).body == b"ok"
    assert time.monotonic() - started >= 1.0
    assert len(site.hits("/limited")) == 2


def test_a_retry_after_beyond_the_cap_is_a_clear_error(site: Site) -> None:
    url = site.route("/busy", Reply(503, headers={"Retry-After": "86400"}))
    with pytest.raises(FetchError, match="Retry-After 86400s exceeds"):
        fetch(url)
    assert len(site.hits("/busy")) == 1


def test_5xx_is_retried_with_backoff_then_reported(site: Site) -> None:
    answers = iter([Reply(500), Reply(502), Reply(200, b"third time")])
    url = site.route("/flaky", lambda _r: next(answers))
    assert fetch(url).body == b"third time"
    broken = site.route("/broken", Reply(500))
    with pytest.raises(FetchError, match=r"HTTP 500 \(gave up after 3 tries\)"):
        fetch(broken)
    assert len(site.hits("/broken")) == 3


def test_a_timeout_is_retried_then_reported(site: Site) -> None:
    url = site.route("/slow", Reply(200, b"late", delay=1.0))
    with pytest.raises(FetchError, match="timed out"):
        fetch(url, FetchPolicy(read_timeout=0.2, retries=1, backoff_base=0.01))


def test_a_404_is_permanent_and_not_retried(site: Site) -> None:
    with pytest.raises(FetchError) as info:
        fetch(site.url("/missing"))
    assert info.value.permanent and len(site.hits("/missing")) == 1


def test_a_huge_streamed_body_is_aborted_at_the_cap(site: Site) -> None:
    sent = []

    def fifty_megabytes() -> Iterator[bytes]:
        chunk = b"x" * 65536
        for _ in range(50 * 16):
            sent.append(len(chunk))
            yield chunk

    url = site.route("/huge", Reply(200, fifty_megabytes, {"Content-Type": "text/html"}))
    with pytest.raises(FetchError, match="exceeds the 1048576-byte limit"):
        fetch(url, FetchPolicy(max_bytes=1024 * 1024, retries=0))
    time.sleep(0.2)
    assert sum(sent) < 50 * 1024 * 1024  # the server was cut off long before the end


def test_a_declared_oversized_body_is_refused_before_reading(site: Site) -> None:
    url = site.route("/big", Reply(200, b"y" * 5000))
    with pytest.raises(FetchError, match="body of 5000 bytes exceeds"):
        fetch(url, FetchPolicy(max_bytes=1000))


def test_gzip_bodies_are_decoded_and_the_user_agent_is_clear(site: Site) -> None:
    url = site.route("/zipped", Reply(200, b"<p>hello</p>" * 100, gzip=True))
    assert fetch(url).body == b"<p>hello</p>" * 100
    assert "pipeline-milestones" in site.hits("/zipped")[0].headers["user-agent"]
    assert "gzip" in site.hits("/zipped")[0].headers["accept-encoding"]


def test_robots_txt_is_respected_and_fetched_once_per_host(site: Site) -> None:
    site.route("/robots.txt", Reply(200, b"User-agent: *\nDisallow: /private/\n"))
    site.route("/private/page", Reply(200, b"secret"))
    site.route("/public/page", Reply(200, b"hello"))

    async def run() -> None:
        async with Fetcher(FAST) as fetcher:
            assert (await fetcher.get(site.url("/public/page"))).body == b"hello"
            with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
                await fetcher.get(site.url("/private/page"))

    asyncio.run(run())
    assert site.hits("/private/page") == []
    assert len(site.hits("/robots.txt")) == 1


def test_per_host_concurrency_is_bounded(site: Site) -> None:
    for i in range(12):
        site.route(f"/p{i}", Reply(200, b"ok", delay=0.1))

    async def run() -> None:
        async with Fetcher(FetchPolicy(per_host_concurrency=3)) as fetcher:
            await asyncio.gather(*(fetcher.get(site.url(f"/p{i}")) for i in range(12)))

    asyncio.run(run())
    assert site.max_in_flight == 3


@pytest.mark.parametrize(
    ("encoding", "content_type", "meta"),
    [
        ("utf-8", "text/html; charset=utf-8", ""),
        ("gbk", "text/html; charset=GBK", ""),
        (
            "gbk",
            "text/html",
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        ),
        ("gb18030", "text/html", ""),
        ("big5", "text/html; charset=big5", ""),
    ],
)
def test_chinese_pages_are_decoded(site: Site, encoding: str, content_type: str, meta: str) -> None:
    text = (
        "國家藥品監督管理局批准新藥上市申請"
        if encoding == "big5"
        else "国家药品监督管理局批准佐来曲替尼上市"
    )
    paragraph = f"<p>{text}。" + "该药品用于治疗实体瘤患者，疗效显著，安全性良好。" * 3 + "</p>"
    if encoding == "big5":
        paragraph = f"<p>{text}。" + "該藥品用於治療實體瘤患者，療效顯著，安全性良好。" * 3 + "</p>"
    head = f"<head>{meta}<title>t</title></head>"
    html = f"<html>{head}<body><article>{paragraph}</article></body></html>"
    url = site.route("/cn", Reply(200, html.encode(encoding), {"Content-Type": content_type}))
    result = fetch(url)
    page = parse_article_page(result.body, result.url, result.content_type)
    assert text in page.text


def test_a_refused_connection_is_retried_then_reported() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=r"connection failed.*gave up after 3 tries"):
        fetch(f"http://127.0.0.1:{port}/feed.xml")


def test_robots_crawl_delay_spaces_requests_to_the_host(site: Site) -> None:
    site.route("/robots.txt", Reply(200, b"User-agent: *\nCrawl-delay: 1\n"))
    for i in range(3):
        site.route(f"/c{i}", Reply(200, b"ok"))

    async def run() -> None:
        async with Fetcher(FAST) as fetcher:
            await asyncio.gather(*(fetcher.get(site.url(f"/c{i}")) for i in range(3)))

    started = time.monotonic()
    asyncio.run(run())
    assert time.monotonic() - started >= 2.0  # three requests, one second apart
