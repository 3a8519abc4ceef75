from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import Engine, select

from service.projections import queries
from service.projections.projector import catch_up, checkpoint, rebuild
from service.projections.tables import PROJECTION_TABLES, projection_checkpoints
from service.store.log import EventStore
from tests.unit.projections.ledger_events import (
    append,
    corrected,
    corroborated,
    linked,
    merged,
    recorded,
    retracted,
)

TYPES = ["ind_clearance", "trial_initiation", "application_acceptance", "approval", "designation"]


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as conn:
        tables = {
            t.name: sorted(tuple(r) for r in conn.execute(select(t)).all())
            for t in PROJECTION_TABLES
        }
        tables["checkpoint"] = [tuple(r) for r in conn.execute(select(projection_checkpoints))]
    return tables


def random_history(store: EventStore, engine: Engine, seed: int) -> None:
    """Appends a mixed history, catching the projector up in odd-sized batches on the way."""
    rng = random.Random(seed)
    drugs = [f"drug{i}" for i in range(8)]
    known: list[str] = []
    for step in range(120):
        roll = rng.random()
        drug = rng.choice(drugs)
        if roll < 0.45 or not known:
            kind = rng.choice(TYPES)
            attrs = (
                {"designation": rng.choice(["orphan_drug", "fast_track"])}
                if kind == "designation"
                else {}
            )
            day = (
                f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                if rng.random() < 0.8
                else None
            )
            event = recorded(
                drug,
                kind,
                rng.choice(["US", "CN"]),
                date=day,
                attributes=attrs,
                article=f"a{step}",
                aliases=(f"XY-{drugs.index(drug)}",),
            )
            known.append(event.milestone_id)
            append(store, event)
        elif roll < 0.7:
            day = f"2024-{rng.randint(1, 12):02d}-01"
            append(store, corroborated(rng.choice(known), f"a{step}", date=day))
        elif roll < 0.8:
            append(store, corrected(rng.choice(known), {"indication": f"ind {step}"}, "analyst"))
        elif roll < 0.85:
            append(store, retracted(rng.choice(known), "wrong"))
        elif roll < 0.92:
            append(store, linked(drug, f"Brand{step}"))
        else:
            other = rng.choice(drugs)
            append(store, merged(other, drug))
        if rng.random() < 0.2:
            catch_up(engine, batch_size=rng.choice([1, 3, 7, 50]))
    catch_up(engine, batch_size=5)


@pytest.mark.parametrize("seed", [2, 7, 11])
def test_incremental_projection_equals_a_rebuild_row_for_row(engine: Engine, seed: int) -> None:
    store = EventStore(engine)
    random_history(store, engine, seed=seed)
    incremental = snapshot(engine)
    assert checkpoint(engine) == store.head_position()
    assert incremental["milestones"], "the history produced timeline rows"
    run = rebuild(engine)
    assert run.position == store.head_position()
    assert snapshot(engine) == incremental


def test_catch_up_is_idempotent_and_a_second_run_folds_nothing(engine: Engine) -> None:
    store = EventStore(engine)
    first = recorded("zurletrectinib", "approval", "CN", date="2024-12-11", aliases=("ICP-723",))
    append(store, first, corroborated(first.milestone_id, "a2", date="2024-12-11"))
    assert catch_up(engine) == 2
    before = snapshot(engine)
    assert catch_up(engine) == 0
    assert snapshot(engine) == before
    with engine.connect() as conn:
        assert queries.resolve(conn, "icp723") == "zurletrectinib"
        timeline = queries.timeline(conn, "zurletrectinib")
    assert timeline is not None
    [line] = timeline.items()
    assert line["corroboration"] == 2


def test_a_merge_moves_lines_and_the_merged_slug_resolves_to_the_live_record(
    engine: Engine,
) -> None:
    store = EventStore(engine)
    append(
        store, recorded("Zoleretinib", "approval", "CN", date="2024-12-11", aliases=("ICP-723",))
    )
    catch_up(engine)
    append(store, recorded("zurletrectinib", "priority_review", "CN", date="2024-05-02"))
    append(store, merged("zurletrectinib", "zoleretinib"))
    catch_up(engine, batch_size=1)
    with engine.connect() as conn:
        assert queries.resolve(conn, "zoleretinib") == "zurletrectinib"
        assert queries.resolve(conn, "ICP 723") == "zurletrectinib"
        timeline = queries.timeline(conn, "zurletrectinib")
        assert timeline is not None
        assert [i["type"] for i in timeline.items()] == ["priority_review", "approval"]
        old = queries.drug(conn, "zoleretinib")
        assert old is not None and old["merged_into"] == "zurletrectinib"


def test_a_malformed_event_is_set_aside_and_does_not_block_the_projector(engine: Engine) -> None:
    from service.store.events import NewEvent

    store = EventStore(engine)
    store.append(
        "drug-bad", [NewEvent("MilestoneRecorded", {"milestone_id": "bad:x", "drug": "bad"})]
    )
    store.append("drug-bad", [NewEvent("DrugsMerged", {"into": "bad", "merged": None})])
    append(store, recorded("good", "approval", "US", date="2025-01-02"))
    assert catch_up(engine, batch_size=1) == 3
    assert checkpoint(engine) == store.head_position()
    with engine.connect() as conn:
        assert queries.resolve(conn, "bad") is None
        timeline = queries.timeline(conn, "good")
    assert timeline is not None and len(timeline.items()) == 1
    incremental = snapshot(engine)
    rebuild(engine)
    assert snapshot(engine) == incremental
