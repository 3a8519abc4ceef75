"""`verify_chain` and `milestones verify` find tampering that bypassed the triggers."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from service.cli import app
from service.store.events import NewEvent
from service.store.log import EventStore
from service.store.verification import verify_chain


def fill(engine: Engine, count: int = 12) -> EventStore:
    store = EventStore(engine)
    for n in range(count):
        store.append(f"drug-{n % 3}", [NewEvent("MilestoneRecorded", {"n": n, "name": "é"})])
    return store


def drop_triggers(engine: Engine) -> None:
    """What an attacker with DDL rights would do first."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("DROP TRIGGER events_refuse_change ON events"))
        else:
            conn.execute(text("DROP TRIGGER events_refuse_update"))
            conn.execute(text("DROP TRIGGER events_refuse_delete"))


def tamper(engine: Engine, statement: str) -> None:
    drop_triggers(engine)
    with engine.begin() as conn:
        conn.execute(text(statement))


def run_verify(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    result = CliRunner().invoke(app, ["verify"])
    return result.exit_code, result.output


def test_intact_chain_verifies(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(engine)

    report = verify_chain(engine, batch_size=5)  # several batches

    assert (report.ok, report.checked, report.first_bad_position) == (True, 12, None)
    code, output = run_verify(engine, monkeypatch)
    assert code == 0
    assert "intact" in output and "12 events" in output


def test_empty_log_verifies(engine: Engine) -> None:
    assert verify_chain(engine).ok


def test_data_altered_in_place_is_found_at_its_position(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(engine)
    tamper(engine, 'UPDATE events SET data = \'{"n": 7, "name": "forged"}\' WHERE position = 7')

    report = verify_chain(engine, batch_size=4)

    assert (report.ok, report.first_bad_position, report.checked) == (False, 7, 6)
    assert "hash does not match" in str(report.reason)
    code, output = run_verify(engine, monkeypatch)
    assert code == 1
    assert "position 7" in output


def test_rehashed_row_breaks_the_next_link(engine: Engine) -> None:
    # A forger who recomputes the altered row's own hash still breaks the chain after it.
    fill(engine)
    # (The first digit is flipped, not set: one hash in sixteen already starts with f.)
    tamper(
        engine,
        "UPDATE events SET hash = CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' END"
        " || substr(hash, 2) WHERE position = 4",
    )

    report = verify_chain(engine)

    assert report.first_bad_position == 4


def test_deleted_row_is_reported_as_a_gap(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(engine)
    tamper(engine, "DELETE FROM events WHERE position = 5")

    report = verify_chain(engine)

    assert (report.ok, report.first_bad_position) == (False, 5)
    assert "gap" in str(report.reason)
    assert run_verify(engine, monkeypatch)[0] == 1


def test_deleted_tail_is_not_detectable_by_the_chain_alone(engine: Engine) -> None:
    # Honest limit: dropping the newest events leaves a shorter, valid chain.
    fill(engine)
    tamper(engine, "DELETE FROM events WHERE position > 10")
    report = verify_chain(engine)
    assert (report.ok, report.checked) == (True, 10)


def test_verify_on_an_unmigrated_database_says_so(
    empty_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, output = run_verify(empty_engine, monkeypatch)
    assert code == 2
    assert "milestones migrate" in output
