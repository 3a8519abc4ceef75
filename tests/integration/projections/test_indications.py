"""Two approvals of one drug in one jurisdiction for two indications stay two lines.

The ingest decision (decide) reads the drug's streams and the projector folds what it
appended, as the pipeline does; a merge of two drug records must not fold them together.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from service.extract.models import Milestone
from service.ingest.decisions import ArticleRef, decide, fold_milestones
from service.projections import queries
from service.projections.projector import catch_up, rebuild
from service.store.log import EventStore
from tests.integration.projections.test_projector import snapshot
from tests.unit.projections.ledger_events import append, merged, recorded

BREAST = "HER2-positive breast cancer"
GASTRIC = "HER2-positive gastric cancer"


def report(
    store: EventStore, slugs: list[str], article: str, indication: str | None, date: str
) -> str:
    """One article's US approval of the drug, decided and appended to its live stream."""
    candidate = Milestone(
        drug=slugs[0],
        aliases=(),
        company="Acme Bio",
        type="approval",
        jurisdiction="US",
        agency="FDA",
        date=date,
        date_precision="day",
        indication=indication,
    )
    history = [e for slug in slugs for e in store.read_stream(f"drug-{slug}")]
    ref = ArticleRef(article, f"https://news.example/{article}", "wire", date)
    verdict, event = decide(candidate, slugs, fold_milestones(history), ref, {"actor": "tests"})
    assert event is not None, verdict
    store.append(f"drug-{slugs[0]}", [event])
    return verdict


def approvals(engine: Engine, slug: str) -> dict[str, dict[str, Any]]:
    with engine.connect() as conn:
        timeline = queries.timeline(conn, slug)
    assert timeline is not None
    return {i["indication"]: i for i in timeline.items() if i["type"] == "approval"}


def test_a_second_indication_is_a_second_line_before_and_after_a_merge(engine: Engine) -> None:
    store = EventStore(engine)
    assert report(store, ["trastuzumab"], "a1", BREAST, "1998-09-25") == "recorded"
    assert report(store, ["trastuzumab"], "a2", GASTRIC, "2010-10-20") == "recorded"
    assert report(store, ["trastuzumab"], "a3", "breast cancer", "1998-09-25") == "corroborated"
    catch_up(engine, batch_size=2)
    lines = approvals(engine, "trastuzumab")
    assert set(lines) == {BREAST, GASTRIC}
    assert lines[BREAST]["corroboration"] == 2 and lines[GASTRIC]["corroboration"] == 1
    assert lines[BREAST]["date"] == "1998-09-25" and lines[GASTRIC]["date"] == "2010-10-20"
    assert not lines[BREAST]["conflicts"] and not lines[GASTRIC]["conflicts"]

    # Another record of the same drug, with its own report of the first approval, then
    # the merge: the first approvals fold together, the second indication stays apart.
    append(
        store,
        recorded("Herceptin", "approval", "US", date="1998-09-25", article="a4", indication=None),
    )
    append(store, merged("herceptin", "trastuzumab"))
    assert report(store, ["herceptin", "trastuzumab"], "a5", GASTRIC, "2010-10-20") == (
        "corroborated"
    )
    catch_up(engine, batch_size=3)
    lines = approvals(engine, "herceptin")
    assert len(lines) == 2, lines
    gastric = next(i for i in lines.values() if i["date"] == "2010-10-20")
    first = next(i for i in lines.values() if i["date"] == "1998-09-25")
    assert gastric["milestone_id"].startswith("trastuzumab:approval:US~")
    assert {s["article_id"] for s in gastric["sources"]} == {"a2", "a5"}
    assert {s["article_id"] for s in first["sources"]} == {"a1", "a3", "a4"}
    assert not gastric["conflicts"] and not first["conflicts"]

    incremental = snapshot(engine)
    rebuild(engine)
    assert snapshot(engine) == incremental


def test_two_records_first_approvals_for_two_indications_stay_apart_when_merged(
    engine: Engine,
) -> None:
    """Each record's first approval has the plain key: the merge must compare indications."""
    store = EventStore(engine)
    append(
        store,
        recorded("Herceptin", "approval", "US", date="1998-09-25", article="b1", indication=BREAST),
        recorded(
            "Trastuzumab", "approval", "US", date="2010-10-20", article="b2", indication=GASTRIC
        ),
        recorded("Kanjinti", "approval", "US", date="1998-09-26", article="b3", indication=None),
    )
    append(store, merged("herceptin", "trastuzumab"), merged("herceptin", "kanjinti"))
    catch_up(engine, batch_size=2)
    lines = approvals(engine, "herceptin")
    assert set(lines) == {BREAST, GASTRIC}, lines
    # The record that named no indication is the same fact as the first one met.
    assert {s["article_id"] for s in lines[BREAST]["sources"]} == {"b1", "b3"}
    assert {s["article_id"] for s in lines[GASTRIC]["sources"]} == {"b2"}
    incremental = snapshot(engine)
    rebuild(engine)
    assert snapshot(engine) == incremental
