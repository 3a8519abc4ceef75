"""Ingestion throughput from a local HTTP server, beside bare httpx in the same process.

Rows:
  1. articles per second end to end: poll RSS feeds, fetch each article page,
     parse it (trafilatura), extract milestones, resolve drugs, append events;
     baseline: bare async httpx GETs of the same article pages (same per-host
     concurrency), nothing else.
  2. unchanged feeds checked per minute (every answer a 304): lease claim,
     conditional GET, health row, release; baseline: bare httpx conditional
     GETs of the same feed URLs, one after another.

The server is a ThreadingHTTPServer on 127.0.0.1 in this process; articles are
synthetic press releases (several per drug: approvals, designations,
acceptances, CRLs) so the extractor and the resolver do real work.

    .venv/bin/python benchmarks/ingest.py [--articles 5000] [--feeds 200]
        [--per-feed 250] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from service.ingest.catalog import FeedConfig, FeedKind
from service.ingest.fetching import FetchPolicy
from service.ingest.jobs import make_poller, poll_claimed
from service.schema import migrate
from service.store.database import make_engine

SYLLABLES = ["zan", "tor", "lim", "ver", "sol", "cab", "dex", "ri", "mo", "ta", "le", "ni", "vo"]
STEMS = ["tinib", "mab", "ciclib", "rafenib", "lisib", "parib"]
COMPANIES = ["Acme Pharma", "Borealis Therapeutics", "Cygnus Biosciences", "Delta Biotech"]
FDA = "the U.S. Food and Drug Administration (FDA)"
EVENTS = [
    FDA + " has approved {drug} ({code}) for adults with {ind}",
    FDA + " has granted Breakthrough Therapy designation to {drug} ({code}) for {ind}",
    "China's National Medical Products Administration (NMPA) has accepted the New Drug "
    "Application for {drug} ({code}) for {ind}",
    "the FDA has issued a complete response letter for the New Drug Application for "
    "{drug} ({code}) in {ind}",
    "the European Commission has approved {drug} ({code}) for adults with {ind}",
]
INDICATIONS = [
    "advanced solid tumors",
    "chronic lymphocytic leukemia",
    "plaque psoriasis",
    "asthma",
]


def drug_name(n: int) -> str:
    a, b = SYLLABLES[n % len(SYLLABLES)], SYLLABLES[(n // len(SYLLABLES)) % len(SYLLABLES)]
    c = SYLLABLES[(n // len(SYLLABLES) ** 2) % len(SYLLABLES)]
    return f"{a}{b}{c}{STEMS[n % len(STEMS)]}"


def article_page(i: int) -> bytes:
    n = i // 3  # three articles per drug
    day = date(2024, 1, 1) + timedelta(days=i % 700)
    fields = {
        "drug": drug_name(n),
        "code": f"BX-{1000 + n}",
        "ind": INDICATIONS[i % len(INDICATIONS)],
    }
    company = COMPANIES[n % len(COMPANIES)]
    lead = EVENTS[(i + n) % len(EVENTS)].format(**fields)
    text = (
        f"<p>BOSTON, {day:%B} {day.day}, {day.year} -- {company} today announced that {lead}.</p>"
        f"<p>The decision was based on a Phase 3 trial in {fields['ind']} (story {i}).</p>"
        f"<p>About {company}: {company} develops medicines for serious diseases.</p>"
    )
    return (
        f"<html><head><title>{company} news {i}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{company}: update on {fields['drug']}</h1>{text}</article>"
        "<aside><h3>Related news</h3><a href='/x'>More</a></aside></body></html>"
    ).encode()


class Server:
    def __init__(self, pages: dict[str, bytes]) -> None:
        self.pages = pages
        served = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:
                body = served.pages.get(self.path)
                if body is None:
                    self._send(404, b"")
                elif self.path.endswith(".xml") and self.headers.get("If-None-Match") == '"same"':
                    self._send(304, None)
                else:
                    self._send(200, body)

            def _send(self, status: int, body: bytes | None) -> None:
                self.send_response(status)
                if self.path.endswith(".xml"):
                    self.send_header("ETag", '"same"')
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                if body:
                    self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @contextmanager
    def running(self) -> Iterator[Server]:
        thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.httpd.shutdown()


def rss(base: str, indices: range) -> bytes:
    items = "".join(
        f"<item><title>n{i}</title><link>{base}/a{i}.html</link></item>" for i in indices
    )
    return f"<rss version='2.0'><channel><title>bench</title>{items}</channel></rss>".encode()


def feed(name: str, url: str, items: int) -> FeedConfig:
    return FeedConfig(
        name=name, kind=FeedKind.RSS, url=url, max_requests_per_minute=1e9, max_items=max(1, items)
    )


async def bare_get_all(
    urls: list[str], concurrency: int, headers: dict[str, str] | None = None
) -> None:
    limit = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient() as client:

        async def one(url: str) -> None:
            async with limit:
                (await client.get(url, headers=headers)).raise_for_status()

        await asyncio.gather(*(one(u) for u in urls))


def end_to_end(args: argparse.Namespace, url: str, blobs: Path) -> tuple[float, float, int]:
    pages = {f"/a{i}.html": article_page(i) for i in range(args.articles)}
    groups = [
        range(s, min(s + args.per_feed, args.articles))
        for s in range(0, args.articles, args.per_feed)
    ]
    server = Server(pages)
    for k, group in enumerate(groups):
        pages[f"/feed{k}.xml"] = rss(server.base, group)
    engine = make_engine(url)
    migrate(engine)
    policy = FetchPolicy()
    with server.running():
        started = time.perf_counter()
        asyncio.run(
            bare_get_all(
                [server.base + f"/a{i}.html" for i in range(args.articles)],
                policy.per_host_concurrency,
            )
        )
        baseline = time.perf_counter() - started
        poller = make_poller(engine, blobs, policy)
        started = time.perf_counter()
        reports = [
            poll_claimed(
                poller, feed(f"bench{k}", f"{server.base}/feed{k}.xml", len(g)), force=True
            )
            for k, g in enumerate(groups)
        ]
        ours = time.perf_counter() - started
    new = sum(r.articles_new for r in reports)
    recorded = sum(r.recorded + r.corroborated for r in reports)
    errors = [e for r in reports for e in ([r.feed_error] if r.feed_error else []) + r.errors]
    if new != args.articles or errors:
        raise SystemExit(f"benchmark run was not clean: {new} new articles, errors: {errors[:3]}")
    engine.dispose()
    return args.articles / ours, args.articles / baseline, recorded


def unchanged_feeds(args: argparse.Namespace, url: str, blobs: Path) -> tuple[float, float]:
    pages: dict[str, bytes] = {}
    server = Server(pages)
    for k in range(args.feeds):
        pages[f"/u{k}.xml"] = rss(server.base, range(0))
    engine = make_engine(url)
    migrate(engine)
    feeds = [feed(f"unchanged{k}", f"{server.base}/u{k}.xml", 1) for k in range(args.feeds)]
    with server.running():
        poller = make_poller(engine, blobs)
        for config in feeds:  # first poll stores each feed's ETag
            poll_claimed(poller, config, force=True)
        started = time.perf_counter()
        reports = [poll_claimed(poller, config, force=True) for config in feeds]
        ours = time.perf_counter() - started
        assert all(r.not_modified for r in reports), "expected every feed to answer 304"
        started = time.perf_counter()
        with httpx.Client() as client:
            for config in feeds:
                assert (
                    client.get(config.url, headers={"If-None-Match": '"same"'}).status_code == 304
                )
        baseline = time.perf_counter() - started
    engine.dispose()
    return args.feeds / ours * 60, args.feeds / baseline * 60


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--per-feed", type=int, default=250)
    parser.add_argument("--feeds", type=int, default=200, help="unchanged feeds for the 304 row")
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        first = args.database_url or f"sqlite:///{base / 'e2e.db'}"
        second = args.database_url or f"sqlite:///{base / 'unchanged.db'}"
        backend = "postgresql" if first.startswith("postgres") else "sqlite"
        ours, bare, milestones = end_to_end(args, first, base / "blobs")
        checked, bare_checked = unchanged_feeds(args, second, base / "blobs")
    print(
        f"ingest benchmark: {args.articles} articles in feeds of {args.per_feed}, "
        f"{args.feeds} unchanged feeds, database {backend}; {milestones} milestone events appended"
    )
    print(f"{'figure':<42} {'ours':>12} {'baseline':>12} {'ratio':>7}  baseline is")
    row = f"{'articles/s end to end':<42} {ours:>12.1f} {bare:>12.1f} {ours / bare:>7.3f}"
    print(f"{row}  bare httpx GETs of the pages")
    print(
        f"{'unchanged feeds checked/min (all 304)':<42} {checked:>12.0f} {bare_checked:>12.0f} "
        f"{checked / bare_checked:>7.3f}  bare httpx conditional GETs"
    )


if __name__ == "__main__":
    main()
