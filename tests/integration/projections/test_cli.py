from __future__ import annotations

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from service.api.keys import find_key, hash_key
from service.api.tables import api_keys
from service.cli import app
from service.projections import queries
from service.projections.projector import checkpoint
from service.store.log import EventStore
from tests.unit.projections.ledger_events import append, corroborated, merged, recorded


@pytest.fixture
def run(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    return CliRunner()


def test_replay_rebuilds_and_as_of_prints_the_ledger_without_touching_tables(
    engine: Engine, run: CliRunner
) -> None:
    store = EventStore(engine)
    first = recorded("Zoleretinib", "approval", "CN", date="2024-12-11", aliases=("ICP-723",))
    append(store, first, recorded("zurletrectinib", "priority_review", "CN", date="2024-05-02"))
    cut = store.read_all(0, 10)[-1].recorded_at
    append(store, merged("zurletrectinib", "zoleretinib"), corroborated(first.milestone_id, "a2"))

    as_of = run.invoke(app, ["replay", "--as-of", cut.isoformat()])
    assert as_of.exit_code == 0, as_of.output
    assert "zoleretinib" in as_of.output and "2 drugs with milestones" in as_of.output
    assert checkpoint(engine) == 0  # printing the past touched no read model

    rebuilt = run.invoke(app, ["replay"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "replayed 4 events to position 4" in rebuilt.output
    with engine.connect() as conn:
        assert queries.resolve(conn, "zoleretinib") == "zurletrectinib"
    now = run.invoke(app, ["replay", "--as-of", "2100-01-01T00:00:00"])
    assert "1 drugs with milestones" in now.output and "sources=2" in now.output


def test_keys_create_prints_a_working_key_once(engine: Engine, run: CliRunner) -> None:
    made = run.invoke(app, ["keys", "create", "--scope", "admin", "--name", "ops"])
    assert made.exit_code == 0, made.output
    key = made.output.strip()
    holder = find_key(engine, key)
    assert holder is not None and (holder.name, holder.scope) == ("ops", "admin")
    with engine.connect() as conn:
        stored = [str(v) for row in conn.execute(select(api_keys)) for v in row]
    assert key not in stored and hash_key(key) in stored  # only the hash is at rest
    bad = run.invoke(app, ["keys", "create", "--scope", "root"])
    assert bad.exit_code == 2 and "read, admin" in bad.output
