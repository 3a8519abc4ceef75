"""`milestones poll --once`, `milestones ingest` and the offline sample feed, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from service.cli import app
from service.store.database import make_engine
from service.store.log import EventStore

REPO = Path(__file__).resolve().parents[3]
FEEDS = REPO / "feeds"


@pytest.fixture
def env(engine: Engine, tmp_path: Path) -> dict[str, str]:
    return {
        "DATABASE_URL": engine.url.render_as_string(hide_password=False),
        "BLOB_DIR": str(tmp_path),
    }


def run(env: dict[str, str], *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.output


def test_poll_once_fills_timelines_from_the_sample_feed(
    engine: Engine, env: dict[str, str]
) -> None:
    code, output = run(env, "poll", "--once", "--feeds", str(FEEDS))
    assert code == 0, output
    samples = next(line for line in output.splitlines() if line.startswith("samples"))
    items, new, recorded, corroborated = (int(x) for x in samples.split()[1:5])
    assert (items, new) == (11, 11) and recorded >= 10 and corroborated >= 2
    events = EventStore(engine).read_all(limit=10_000)
    zurle = [e for e in events if e.stream == "drug-zurletrectinib"]
    kinds = {(e.type, e.data["milestone_id"]) for e in zurle}
    assert ("MilestoneRecorded", "zurletrectinib:approval:CN") in kinds
    assert ("MilestoneRecorded", "zurletrectinib:priority_review:CN") in kinds
    approvals = [e for e in zurle if e.data.get("milestone_id") == "zurletrectinib:approval:CN"]
    assert [e.type for e in approvals].count("MilestoneCorroborated") == 2
    assert any(e.data["near_duplicate_of"] for e in events if e.type == "ArticleCaptured")
    code, again = run(env, "poll", "--once", "--feeds", str(FEEDS), "--feed", "samples")
    assert code == 0 and again.splitlines()[1].split()[1:5] == ["11", "0", "0", "0"]
    assert EventStore(engine).head_position() == len(events)


def test_poll_names_an_unknown_feed(env: dict[str, str]) -> None:
    code, output = run(env, "poll", "--once", "--feeds", str(FEEDS), "--feed", "nope")
    assert code == 2 and "no feed named 'nope'" in output and "samples" in output


def test_poll_exits_1_when_a_feed_fails(env: dict[str, str], tmp_path: Path) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "gone.yaml").write_text("name: gone\nkind: rss\nurl: file://missing.xml\n")
    code, output = run(env, "poll", "--once", "--feeds", str(feeds))
    assert code == 1 and "FAILED" in output and "cannot read file" in output


def test_ingest_local_files_prints_a_summary_and_is_idempotent(
    env: dict[str, str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    code, output = run(env, "ingest", str(FEEDS / "samples" / "articles"), str(bad))
    assert code == 1
    assert "articles_new: 11" in output and "errors: 1" in output and "bad.json" in output
    code, output = run(env, "ingest", str(FEEDS / "samples" / "articles"))
    assert code == 0 and "articles_new: 0" in output and "finished_before: 11" in output


def test_commands_on_an_unmigrated_database_say_what_to_do(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    make_engine(url).dispose()
    env = {"DATABASE_URL": url, "BLOB_DIR": str(tmp_path)}
    for args in (["poll", "--once"], ["ingest", str(FEEDS / "samples" / "articles")]):
        code, output = run(env, *args)
        assert code == 2 and "run `milestones migrate`" in output
