"""Kill -9 the pipeline between any two steps, run it again: the log equals a clean run's.

`MILESTONES_INGEST_KILL_AFTER=N` makes the process SIGKILL itself right after
its Nth pipeline step (blob written, signature kept, ArticleCaptured appended,
each milestone decided and appended, article marked finished).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from service.schema import migrate
from service.store.database import make_engine
from service.store.log import EventStore
from tests.conftest import DatabaseFactory
from tests.integration.ingest.site import Reply, Site

REPO = Path(__file__).resolve().parents[3]
ARTICLES = REPO / "feeds" / "samples" / "articles"
KILL_POINTS = [1, 2, 3, 4, 5, 13, 29]  # blob, signature, captured, milestone, finished, …


def milestones(args: list[str], url: str, blobs: Path, kill_after: int | None = None) -> int:
    env = {**os.environ, "DATABASE_URL": url, "BLOB_DIR": str(blobs)}
    env.pop("MILESTONES_INGEST_KILL_AFTER", None)
    if kill_after is not None:
        env["MILESTONES_INGEST_KILL_AFTER"] = str(kill_after)
    command = [sys.executable, "-m", "service", *args]
    return subprocess.run(command, env=env, cwd=REPO, capture_output=True, timeout=120).returncode


def fresh(database_url: DatabaseFactory, backend: str) -> tuple[str, Engine]:
    url = database_url(backend)
    engine = make_engine(url)
    migrate(engine)
    return url, engine


def log_of(engine: Engine) -> list[tuple[Any, ...]]:
    """Everything but the append time and hash chain, which differ run to run by design."""
    return [
        (e.event_id, e.stream, e.stream_version, e.type, e.idempotency_key, e.data, e.metadata)
        for e in EventStore(engine).read_all(limit=100_000)
    ]


@pytest.mark.slow
def test_ingest_killed_at_any_step_then_rerun_equals_a_clean_run(
    backend: str, database_url: DatabaseFactory, tmp_path: Path
) -> None:
    clean_url, clean_engine = fresh(database_url, backend)
    assert milestones(["ingest", str(ARTICLES)], clean_url, tmp_path / "b0") == 0
    reference = log_of(clean_engine)
    assert sum(1 for row in reference if row[3] == "MilestoneRecorded") >= 10
    points = KILL_POINTS if backend == "sqlite" else [2, 4, 13]
    for point in points:
        url, engine = fresh(database_url, backend)
        blobs = tmp_path / f"b{point}"
        killed = milestones(["ingest", str(ARTICLES)], url, blobs, kill_after=point)
        assert killed == -signal.SIGKILL, f"step {point}: the hook did not fire"
        assert milestones(["ingest", str(ARTICLES)], url, blobs) == 0
        assert log_of(engine) == reference, f"killed after step {point}"
        engine.dispose()


@pytest.mark.slow
def test_poll_killed_mid_feed_loses_nothing_behind_a_304(
    engine: Engine, site: Site, tmp_path: Path
) -> None:
    """The feed's ETag is saved only after its items: a rerun cannot get a 304 too early."""
    pages = sorted(ARTICLES.glob("*.html"))[:4]
    for n, path in enumerate(pages):
        site.route(f"/a{n}", Reply(200, path.read_bytes(), {"Content-Type": "text/html"}))
    items = "".join(
        f"<item><title>t{n}</title><link>{site.url(f'/a{n}')}</link></item>"
        for n in range(len(pages))
    )
    xml = f"<rss version='2.0'><channel><title>w</title>{items}</channel></rss>".encode()

    def listing(request: Any) -> Reply:
        if request.headers.get("if-none-match") == '"e1"':
            return Reply(304)
        return Reply(200, xml, {"ETag": '"e1"', "Content-Type": "application/rss+xml"})

    site.route("/feed.xml", listing)
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    feed_yaml = f"name: w\nkind: rss\nurl: {site.url('/feed.xml')}\nmax_requests_per_minute: 6000\n"
    (feeds / "w.yaml").write_text(feed_yaml)
    url = engine.url.render_as_string(hide_password=False)
    args = ["poll", "--once", "--feeds", str(feeds)]
    assert milestones(args, url, tmp_path / "b", kill_after=7) == -signal.SIGKILL
    partial = len(log_of(engine))
    assert milestones(args, url, tmp_path / "b") == 0
    assert milestones(args, url, tmp_path / "b") == 0
    after = log_of(engine)
    captured = [row for row in after if row[3] == "ArticleCaptured"]
    assert len(captured) == len(pages) and len(after) > partial
    assert len({row[4] for row in after}) == len(after)
    assert [r.headers.get("if-none-match") for r in site.hits("/feed.xml")] == [None, None, '"e1"']
