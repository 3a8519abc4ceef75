"""Polling real feeds on a loopback server: what is appended, what is skipped, feed health."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from service.api.app import create_app
from service.ingest import leases
from service.ingest.blobs import BlobStore
from service.ingest.catalog import FeedConfig, FeedKind, JsonItems
from service.ingest.fetching import FetchPolicy
from service.ingest.health import PollReport, list_health
from service.ingest.jobs import Poller, poll_claimed
from service.ingest.pipeline import IngestContext
from service.ingest.robots import RobotsCache
from service.ingest.tables import ingested_articles
from service.settings import Settings
from service.store.log import EventStore
from tests.integration.ingest.feeds import atom, html_list, json_api, page, rss, story
from tests.integration.ingest.scripted import ScriptedExtractor, candidate
from tests.integration.ingest.site import Reply, Request, Site

POLICY = FetchPolicy(
    backoff_base=0.01, read_timeout=1.0, connect_timeout=1.0, retries=1, max_bytes=2_000_000
)


@pytest.fixture
def extractor() -> ScriptedExtractor:
    return ScriptedExtractor()


@pytest.fixture
def poller(engine: Engine, tmp_path: Path, extractor: ScriptedExtractor) -> Poller:
    ctx = IngestContext(
        engine=engine,
        log=EventStore(engine),
        blobs=BlobStore(tmp_path / "blobs"),
        extract=extractor,
        extractor_info={"name": "scripted", "version": "1"},
    )
    return Poller(ctx, POLICY, RobotsCache(POLICY.user_agent), "worker-1")


def feed(name: str, url: str, kind: FeedKind = FeedKind.RSS, **fields: object) -> FeedConfig:
    values = {"name": name, "kind": kind, "url": url, "max_requests_per_minute": 6000, **fields}
    return FeedConfig.model_validate(values)


def poll(poller: Poller, config: FeedConfig) -> PollReport:
    """Like `milestones poll --once`: due or not."""
    return poll_claimed(poller, config, force=True)


def health(poller: Poller, name: str) -> dict[str, object]:
    return next(row for row in list_health(poller.ctx.engine) if row["name"] == name)


def with_etag(body: bytes, etag: str = '"v1"') -> object:
    def answer(request: Request) -> Reply:
        if request.headers.get("if-none-match") == etag:
            return Reply(304)
        return Reply(200, body, {"ETag": etag, "Content-Type": "application/rss+xml"})

    return answer


def serve_wire(site: Site, extractor: ScriptedExtractor) -> str:
    site.route("/a1", Reply(200, page("Tislelizumab approved", story("Tislelizumab"))))
    gbk = page(
        "替雷利珠单抗获批",
        ["国家药品监督管理局今日批准替雷利珠单抗用于治疗食管鳞状细胞癌患者，该药品疗效显著。" * 3],
        "gbk",
    )
    site.route("/a2", Reply(200, gbk, {"Content-Type": "text/html; charset=gbk"}))
    site.route("/a3", Reply(200, page("City marathon draws record crowd", story("The marathon"))))
    extractor.script["Tislelizumab approved"] = [candidate("tislelizumab")]
    extractor.script["替雷利珠单抗获批"] = [
        candidate("tislelizumab", jurisdiction="CN", agency="NMPA")
    ]
    items = [
        ("Tislelizumab approved", "/a1"),
        ("替雷利珠单抗获批", "/a2?utm_source=rss"),
        ("Marathon", "/a3"),
    ]
    return site.route("/wire.xml", with_etag(rss([(t, site.url(h)) for t, h in items])))


def test_a_poll_appends_articles_and_milestones_and_records_health(
    poller: Poller, site: Site, extractor: ScriptedExtractor
) -> None:
    report = poll(poller, feed("wire", serve_wire(site, extractor)))
    assert (report.items_seen, report.articles_new, report.recorded, report.errors) == (3, 3, 2, [])
    log = poller.ctx.log.read_all(limit=100)
    assert [e.type for e in log].count("ArticleCaptured") == 3
    titles = {e.data["title"] for e in log if e.type == "ArticleCaptured"}
    assert "替雷利珠单抗获批" in titles  # the GBK page decoded
    row = health(poller, "wire")
    assert row["items_seen"] == 3 and row["milestones_recorded"] == 2
    assert (
        row["consecutive_failures"] == 0
        and row["last_success_at"]
        and row["last_worker"] == "worker-1"
    )


def test_polling_twice_appends_nothing_and_a_304_costs_one_request(
    poller: Poller, site: Site, extractor: ScriptedExtractor
) -> None:
    url = serve_wire(site, extractor)
    poll(poller, feed("wire", url))
    head = poller.ctx.log.head_position()
    second = poll(poller, feed("wire", url))
    assert second.not_modified and poller.ctx.log.head_position() == head
    assert len(site.hits("/a1")) == 1 and len(site.hits("/wire.xml")) == 2
    # Without validators (a server that never answers 304) nothing is re-fetched or re-appended.
    site.route("/plain.xml", Reply(200, rss([("Tislelizumab approved", site.url("/a1"))])))
    third = poll(poller, feed("plain", site.url("/plain.xml")))
    assert (third.items_seen, third.articles_new) == (1, 0)
    assert len(site.hits("/a1")) == 1 and poller.ctx.log.head_position() == head


def test_malformed_xml_is_a_feed_error_and_other_feeds_carry_on(
    poller: Poller, site: Site, extractor: ScriptedExtractor
) -> None:
    bad = site.route("/bad.xml", Reply(200, b"<rss><channel><title>no items</title></chan"))
    site.route("/a9", Reply(200, page("Half", story("Half"))))
    half_xml = b"<rss><channel><item><title>x</title><link>/a9</link></item></chan"
    half = site.route("/half.xml", Reply(200, half_xml))
    good = serve_wire(site, extractor)
    reports = [poll(poller, feed(n, u)) for n, u in (("bad", bad), ("half", half), ("good", good))]
    assert "malformed feed XML" in (reports[0].feed_error or "")
    assert reports[1].ok and "malformed feed XML, read 1 item(s) anyway" in reports[1].errors[0]
    assert reports[2].ok and reports[2].articles_new == 3
    poll(poller, feed("bad", bad))
    row = health(poller, "bad")
    assert row["consecutive_failures"] == 2 and "malformed feed XML" in str(row["last_error"])
    assert row["last_success_at"] is None


@pytest.mark.parametrize(
    ("path", "reply", "expected"),
    [
        ("/timeout.xml", Reply(200, b"<rss/>", delay=1.5), "timed out"),
        ("/error.xml", Reply(500), "HTTP 500"),
        ("/gone.xml", Reply(410), "HTTP 410"),
        ("/limited.xml", Reply(429, headers={"Retry-After": "3600"}), "Retry-After 3600s"),
    ],
)
def test_fetch_failures_land_in_feed_health(
    poller: Poller, site: Site, path: str, reply: Reply, expected: str
) -> None:
    report = poll(poller, feed("f", site.route(path, reply)))
    assert expected in (report.feed_error or "")
    assert expected in str(health(poller, "f")["last_error"])


def test_article_errors_are_reported_and_transient_ones_retried_next_poll(
    poller: Poller, site: Site, extractor: ScriptedExtractor
) -> None:
    flaky = iter([Reply(503), Reply(503), Reply(200, page("Flaky", story("Flaky")))])
    site.route("/flaky", lambda _r: next(flaky))
    site.route("/gone", Reply(404))

    def huge() -> object:
        for _ in range(200):
            yield b"<p>" + b"z" * 65536 + b"</p>"

    site.route("/huge", Reply(200, huge))  # type: ignore[arg-type]
    site.route("/fine", Reply(200, page("Fine", story("Fine"))))
    links = [(t, site.url(f"/{t.lower()}")) for t in ("Flaky", "Gone", "Huge", "Fine")]
    url = site.route("/feed.xml", with_etag(rss(links)))
    first = poll(poller, feed("mixed", url))
    assert first.ok and first.articles_new == 1
    assert any("HTTP 503" in e for e in first.errors)
    assert any("HTTP 404" in e for e in first.errors)
    assert any("exceeds the 2000000-byte limit" in e for e in first.errors)
    # The 503 was transient: validators were not saved, so the next poll re-reads the feed.
    second = poll(poller, feed("mixed", url))
    assert not second.not_modified and second.articles_new == 1 and second.errors == []
    assert len(site.hits("/gone")) == 1  # a 404 is final: not fetched again
    with poller.ctx.engine.connect() as conn:
        statuses = dict(
            conn.execute(select(ingested_articles.c.url, ingested_articles.c.status)).all()
        )
    assert statuses[site.url("/gone")] == "failed" and statuses[site.url("/flaky")] == "done"
    third = poll(poller, feed("mixed", url))
    assert third.not_modified


def test_atom_html_list_and_json_feeds(poller: Poller, site: Site) -> None:
    for n in range(1, 7):
        site.route(f"/p{n}", Reply(200, page(f"Story {n}", story(f"Story {n}"))))
    atom_url = site.route(
        "/atom.xml", Reply(200, atom([("S1", site.url("/p1")), ("S2", site.url("/p2"))]))
    )
    list_url = site.route("/news/", Reply(200, html_list([("S3", "/p3"), ("S4", "../p4")])))
    api = json_api(
        [{"link": "/p5", "headline": "S5", "date": "2025-12-11T08:00:00Z"}, {"link": "/p6"}]
    )
    json_url = site.route("/api/releases", Reply(200, api, {"Content-Type": "application/json"}))
    reports = [
        poll(poller, feed("atom", atom_url, FeedKind.ATOM)),
        poll(poller, feed("list", list_url, FeedKind.HTML_LIST, item_selector="li.news a")),
        poll_claimed(
            poller,
            feed(
                "api",
                json_url,
                FeedKind.JSON,
                json_items=JsonItems(
                    items="data.releases", url="link", title="headline", published="date"
                ),
            ),
        ),
    ]
    assert [(r.items_seen, r.articles_new, r.feed_error) for r in reports] == [(2, 2, None)] * 3
    captured = [e.data for e in poller.ctx.log.read_all(limit=100) if e.type == "ArticleCaptured"]
    assert {d["url"] for d in captured} == {site.url(f"/p{n}") for n in range(1, 7)}
    assert "Related news" not in str(captured)
    assert next(d for d in captured if d["url"] == site.url("/p5"))["published"] == "2025-12-11"


def test_a_feed_leased_by_another_worker_is_skipped(
    poller: Poller, site: Site, extractor: ScriptedExtractor
) -> None:
    url = serve_wire(site, extractor)
    assert leases.claim(poller.ctx.engine, "wire", "someone-else")
    report = poll(poller, feed("wire", url))
    assert report.skipped and site.hits("/wire.xml") == []
    leases.release(poller.ctx.engine, "wire", "someone-else", next_due_in=None)
    assert poll(poller, feed("wire", url)).articles_new == 3


def test_a_feed_not_yet_due_is_skipped_unless_forced(
    poller: Poller, site: Site, extractor: ScriptedExtractor
) -> None:
    url = serve_wire(site, extractor)
    wire = feed("wire", url, poll_interval=3600)
    assert not poll_claimed(poller, wire).skipped
    assert poll_claimed(poller, wire).skipped
    assert not poll_claimed(poller, wire, force=True).skipped


def test_get_feeds_serves_health_for_the_catalog(
    poller: Poller, site: Site, extractor: ScriptedExtractor, tmp_path: Path
) -> None:
    feeds_dir = tmp_path / "feeds"
    feeds_dir.mkdir()
    url = serve_wire(site, extractor)
    (feeds_dir / "wire.yaml").write_text(f"name: wire\nkind: rss\nurl: {url}\n")
    (feeds_dir / "later.yaml").write_text(
        "name: later\nkind: rss\nurl: https://e.org\nenabled: false\n"
    )
    poll(poller, feed("wire", url))
    settings = Settings(
        database_url=str(poller.ctx.engine.url.render_as_string(False)), feeds_dir=feeds_dir
    )
    client = TestClient(create_app(settings, poller.ctx.engine))
    body = client.get("/v1/feeds").json()
    assert body["next"] is None
    rows = {row["name"]: row for row in body["items"]}
    assert rows["wire"]["milestones_recorded"] == 2 and rows["wire"]["enabled"] is True
    assert rows["later"]["last_attempt_at"] is None and rows["later"]["enabled"] is False


def test_a_directory_feed_ingests_its_files_once(
    poller: Poller, tmp_path: Path, extractor: ScriptedExtractor
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.html").write_bytes(page("Directory story", story("Tislelizumab")))
    (inbox / "b.txt").write_text(
        "Plain story\n\nTislelizumab was approved today by the regulator.\n"
    )
    (inbox / "notes.md").write_text("ignored: not an article file")
    extractor.script["Directory story"] = [candidate("tislelizumab")]
    config = feed("inbox", inbox.as_uri(), FeedKind.DIRECTORY)
    first = poll(poller, config)
    assert (first.items_seen, first.articles_new, first.recorded, first.errors) == (2, 2, 1, [])
    second = poll(poller, config)
    assert (second.items_seen, second.articles_new) == (2, 0)
    missing = poll(poller, feed("missing", (tmp_path / "nowhere").as_uri(), FeedKind.DIRECTORY))
    assert "not a directory" in (missing.feed_error or "")


def test_a_feed_with_full_text_items_needs_no_page_fetches(
    poller: Poller, site: Site, extractor: ScriptedExtractor
) -> None:
    xml = (
        b"<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
        b"<title>t</title><item><title>Inline</title><link>/never-fetched</link>"
        b"<content:encoded><![CDATA[<p>Tislelizumab was <b>approved</b> today.</p>]]>"
        b"</content:encoded></item></channel></rss>"
    )
    extractor.script["Inline"] = [candidate("tislelizumab")]
    url = site.route("/inline.xml", Reply(200, xml))
    report = poll(poller, feed("inline", url, fetch_articles=False))
    assert (report.articles_new, report.recorded) == (1, 1)
    assert site.hits("/never-fetched") == []
    captured = next(e for e in poller.ctx.log.read_all() if e.type == "ArticleCaptured")
    assert captured.data["url"] == site.url("/never-fetched")
