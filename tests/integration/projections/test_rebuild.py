"""The rebuild's bulk path writes what the plain reference code would, and swaps atomically."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Engine, event, inspect, select

from service.projections import rows, storage
from service.projections.fold import FOLDED_EVENTS, LedgerFold
from service.projections.projector import catch_up, checkpoint, rebuild
from service.projections.tables import PROJECTION_TABLES, drugs, milestones
from service.projections.view import drug_status, ordered
from service.store.events import NewEvent
from service.store.log import EventStore
from tests.integration.projections.test_projector import random_history, snapshot
from tests.unit.projections.ledger_events import append, corroborated, recorded

_reference = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
SHARED = ("sources", "corrections", "retraction")


def reference_texts(engine: Engine) -> tuple[dict[str, str], dict[str, str], dict[str, Any]]:
    """Timeline and state text per drug and line, and status, from the stdlib encoder."""
    fold = LedgerFold()
    fold.apply_all(EventStore(engine).scan(0, types=sorted(FOLDED_EVENTS)))
    timelines, states, statuses = {}, {}, {}
    for slug, record in fold.registry.drugs.items():
        rendered = [] if record.merged_into else ordered(fold.drug_lines(slug))
        statuses[slug] = drug_status([item for _, item in rendered])
        texts = []
        for line, item in rendered:
            # Sources, corrections and retraction come last in a stored entry.
            entry = {k: v for k, v in item.items() if k not in SHARED}
            entry.update((k, item[k]) for k in SHARED)
            texts.append(_reference(entry))
            states[line.line_id] = _reference(
                {"recorded": line.recorded, "members": line.members} | {k: item[k] for k in SHARED}
            )
        timelines[slug] = f"[{','.join(texts)}]"
    return timelines, states, statuses


def stored_texts(engine: Engine) -> tuple[dict[str, str], dict[str, str], dict[str, Any]]:
    with engine.connect() as conn:
        found = conn.execute(select(drugs.c.slug, drugs.c.timeline, drugs.c.status)).all()
        states = dict(conn.execute(select(milestones.c.milestone_id, milestones.c.state)).all())
    return {r[0]: r[1] for r in found}, states, {r[0]: r[2] for r in found}


def indexes(engine: Engine) -> dict[str, list[tuple[str, tuple[str, ...], bool]]]:
    inspector = inspect(engine)
    return {
        table.name: sorted(
            (ix["name"] or "", tuple(str(c) for c in ix["column_names"]), bool(ix["unique"]))
            for ix in inspector.get_indexes(table.name)
        )
        for table in PROJECTION_TABLES
    }


def odd_history(engine: Engine) -> None:
    """Text the encoders could disagree on: non-ASCII, quotes, control characters."""
    store = EventStore(engine)
    first = recorded(
        "Zurletrectinib 佐来曲替尼",
        "approval",
        "CN",
        date="2024-12-11",
        indication='NTRK "fusion"\tpositive\n— solid tumours\\',
        attributes={"pathway": "conditional ✓", "note": "\u2028\x7f"},
    )
    append(store, first, corroborated(first.milestone_id, "a2", date="2024-12-10"))
    store.append(
        "drug-odd",
        [
            NewEvent(
                "MilestoneRecorded",
                {
                    "milestone_id": "odd:approval:US",
                    "slug": "odd",
                    "drug": "odd",
                    "milestone_type": "approval",
                    "jurisdiction": "US",
                    "attributes": {"huge": 2**70, "small": 0.25},
                    "confidence": 0.5,
                },
            )
        ],
    )


@pytest.mark.parametrize("seed", [3, 5])
def test_rebuilt_text_is_what_the_stdlib_encoder_writes(engine: Engine, seed: int) -> None:
    random_history(EventStore(engine), engine, seed=seed)
    odd_history(engine)
    rebuild(engine)
    timelines, states, statuses = stored_texts(engine)
    expected_timelines, expected_states, expected_statuses = reference_texts(engine)
    assert timelines == expected_timelines
    assert states == expected_states
    assert statuses == expected_statuses


def test_rebuild_in_small_chunks_equals_one_chunk(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    random_history(EventStore(engine), engine, seed=13)
    rebuild(engine)
    whole = snapshot(engine)
    monkeypatch.setattr(storage, "_WRITE_CHUNK", 3)
    rebuild(engine)
    assert snapshot(engine) == whole


def test_a_rebuild_failing_midway_leaves_the_old_read_models(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = EventStore(engine)
    random_history(store, engine, seed=17)
    before = snapshot(engine)
    first = recorded("latecomer", "approval", "US", date="2025-02-03")
    append(store, first)
    monkeypatch.setattr(storage, "_WRITE_CHUNK", 2)
    written: list[str] = []
    real_insert = rows.insert

    def insert_then_fail(conn: Any, table: Any, batch: list[Any]) -> None:
        real_insert(conn, table, batch)
        written.append(table.name)
        if written.count("milestones") == 2:
            raise RuntimeError("killed mid-rebuild")

    monkeypatch.setattr(rows, "insert", insert_then_fail)
    kept = indexes(engine)
    assert kept["milestones"], "the read models have secondary indexes"
    with pytest.raises(RuntimeError, match="killed mid-rebuild"):
        rebuild(engine)
    assert written.count("milestones") == 2, "the failure came after rows were written"
    assert snapshot(engine) == before
    assert indexes(engine) == kept
    monkeypatch.undo()
    assert catch_up(engine) == 1
    assert checkpoint(engine) == store.head_position()


def test_a_rebuild_keeps_every_index(engine: Engine) -> None:
    random_history(EventStore(engine), engine, seed=19)
    kept = indexes(engine)
    rebuild(engine)
    assert indexes(engine) == kept


def test_read_model_writes_skip_sqlite_zeroing_and_restore_it(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Freed read-model pages are not overwritten with zeros (derived data), and every
    connection gets its own secure_delete back for the tables that may want it."""
    on_sqlite = engine.dialect.name == "sqlite"
    if on_sqlite:
        engine.dispose()
        event.listen(engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA secure_delete = 1"))
    store = EventStore(engine)
    random_history(store, engine, seed=23)
    seen: list[int] = []
    real_insert = rows.insert

    def insert_noting(conn: Any, table: Any, batch: list[Any]) -> None:
        if on_sqlite:
            seen.append(conn.exec_driver_sql("PRAGMA secure_delete").scalar_one())
        real_insert(conn, table, batch)

    monkeypatch.setattr(rows, "insert", insert_noting)
    rebuild(engine)
    append(store, recorded("latecomer", "approval", "US", date="2025-02-03"))
    assert catch_up(engine) == 1
    rebuilt = snapshot(engine)
    rebuild(engine)
    assert snapshot(engine) == rebuilt
    if on_sqlite:
        assert seen and set(seen) == {0}
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == -2000
