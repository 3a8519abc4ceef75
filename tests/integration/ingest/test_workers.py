"""Two `milestones serve --role worker` processes on one database share the feeds.

Each feed is claimed through its lease row: it is never polled by both at
once, it is polled about once per interval between them (not once each), and
the log ends up exactly as one worker alone would have written it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from service.ingest.tables import feed_health
from service.store.log import EventStore
from tests.integration.ingest.site import Reply, Site

REPO = Path(__file__).resolve().parents[3]
ARTICLES = sorted((REPO / "feeds" / "samples" / "articles").glob("*.html"))
FEEDS = 4
INTERVAL = 2
RUN_SECONDS = 12


def serve_feeds(site: Site, feeds_dir: Path) -> None:
    for n, path in enumerate(ARTICLES):
        site.route(f"/a{n}", Reply(200, path.read_bytes(), {"Content-Type": "text/html"}))
    for f in range(FEEDS):
        # Every article is in two feeds, so the workers also race on the same articles.
        mine = [n for n in range(len(ARTICLES)) if n % FEEDS in (f, (f + 1) % FEEDS)]
        items = "".join(
            f"<item><title>t{n}</title><link>{site.url(f'/a{n}')}</link></item>" for n in mine
        )
        xml = f"<rss version='2.0'><channel><title>f{f}</title>{items}</channel></rss>".encode()
        site.route(
            f"/feed{f}.xml", Reply(200, xml, {"Content-Type": "application/rss+xml"}, delay=0.5)
        )
        (feeds_dir / f"f{f}.yaml").write_text(
            f"name: f{f}\nkind: rss\nurl: {site.url(f'/feed{f}.xml')}\n"
            f"poll_interval: {INTERVAL}\nmax_requests_per_minute: 6000\n"
        )


def start_worker(url: str, feeds_dir: Path, blobs: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATABASE_URL": url, "BLOB_DIR": str(blobs), "LOG_LEVEL": "INFO"}
    env.pop("MILESTONES_INGEST_KILL_AFTER", None)
    command = [
        sys.executable,
        "-m",
        "service",
        "serve",
        "--role",
        "worker",
        "--feeds",
        str(feeds_dir),
    ]
    return subprocess.Popen(
        command, env=env, cwd=REPO, stdout=log.open("wb"), stderr=subprocess.STDOUT
    )


def wait_until_started(logs: list[Path], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(log.exists() and "worker started" in log.read_text() for log in logs):
            return
        time.sleep(0.2)
    raise AssertionError("workers did not start: " + logs[0].read_text()[-2000:])


@pytest.mark.slow
def test_two_workers_never_poll_one_feed_at_once(
    engine: Engine, site: Site, tmp_path: Path
) -> None:
    feeds_dir = tmp_path / "feeds"
    feeds_dir.mkdir()
    serve_feeds(site, feeds_dir)
    url = engine.url.render_as_string(hide_password=False)
    workers = [
        start_worker(url, feeds_dir, tmp_path / "blobs", tmp_path / f"w{i}.log") for i in range(2)
    ]
    try:
        wait_until_started([tmp_path / f"w{i}.log" for i in range(2)])
        before = {f: len(site.hits(f"/feed{f}.xml")) for f in range(FEEDS)}
        time.sleep(RUN_SECONDS)
        during = {f: len(site.hits(f"/feed{f}.xml")) - before[f] for f in range(FEEDS)}
        assert all(w.poll() is None for w in workers), (tmp_path / "w0.log").read_text()
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGINT)
        for worker in workers:
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()
    for f in range(FEEDS):
        path = f"/feed{f}.xml"
        assert site.max_in_flight_by_path[path] == 1, f"{path} was polled by two workers at once"
        # Once per interval between both workers, not once per interval each (~12).
        assert 2 <= during[f] <= RUN_SECONDS // INTERVAL + 2, during
    events = EventStore(engine).read_all(limit=100_000)
    captured = [e.stream for e in events if e.type == "ArticleCaptured"]
    assert sorted(captured) == sorted(set(captured)) and len(captured) == len(ARTICLES)
    recorded = [e.data["milestone_id"] for e in events if e.type == "MilestoneRecorded"]
    assert len(recorded) == len(set(recorded)) >= 10
    with engine.connect() as conn:
        workers_seen = set(conn.execute(select(feed_health.c.last_worker)).scalars())
    assert len(workers_seen - {None}) >= 1
