"""decide(): one milestone per key and indication; other sources corroborate it."""

from __future__ import annotations

from datetime import UTC, datetime

from service.extract.models import Milestone
from service.ingest.decisions import ArticleRef, decide, fold_milestones
from service.store.events import NewEvent, StoredEvent, stored_event

BASE = "x:approval:US"


class Ledger:
    """The drug stream's events, folded afresh before each decision as the pipeline does."""

    def __init__(self) -> None:
        self.events: list[StoredEvent] = []

    def decide(
        self,
        article: str,
        indication: str | None,
        slugs: tuple[str, ...] = ("x",),
        copy_of: str | None = None,
        application: str | None = None,
        day: str | None = None,
    ) -> tuple[str, str | None]:
        verdict, event = decide(
            approval(indication, {"application": application} if application else {}, day),
            list(slugs),
            fold_milestones(self.events),
            ArticleRef(article, None, "outlet", "2025-01-01", copy_of),
            {},
        )
        if event is None:
            return verdict, None
        self.events.append(stored(len(self.events) + 1, event))
        return verdict, str(event.data["milestone_id"])


def approval(
    indication: str | None, attributes: dict[str, str], day: str | None = None
) -> Milestone:
    return Milestone(
        drug="X",
        aliases=(),
        company=None,
        type="approval",
        jurisdiction="US",
        agency="FDA",
        date=day,
        date_precision={10: "day", 7: "month", 4: "year"}.get(len(day or ""), "unknown"),
        indication=indication,
        attributes=attributes,
    )


def stored(position: int, event: NewEvent) -> StoredEvent:
    return stored_event(
        position,
        event.event_id,
        "drug-x",
        position,
        event.type,
        1,
        event.data,
        event.metadata,
        datetime.now(UTC),
        event.idempotency_key,
        "",
        "",
    )


def test_the_same_indication_from_another_source_corroborates() -> None:
    ledger = Ledger()
    assert ledger.decide("a1", "NTRK fusion-positive solid tumors") == ("recorded", BASE)
    assert ledger.decide("a2", "solid tumours with NTRK gene fusion") == ("corroborated", BASE)


def test_another_indication_is_a_milestone_of_its_own() -> None:
    ledger = Ledger()
    assert ledger.decide("a1", "HER2-positive breast cancer", day="1998-09-25") == (
        "recorded",
        BASE,
    )
    verdict, mid = ledger.decide("a2", "HER2-positive gastric cancer", day="2010-10-20")
    assert (verdict, mid) == ("recorded", f"{BASE}~her2-positive-gastric-cancer")
    assert ledger.decide("a2", "HER2-positive gastric cancer", day="2010-10-20") == (
        "known",
        None,
    )
    # Undated, a report goes to the milestone of its indication ...
    assert ledger.decide("a3", "gastric cancer") == ("corroborated", mid)
    # ... and a report whose date fits one is that milestone, however its indication
    # was read (copy often names a neighbouring sentence's disease).
    assert ledger.decide("a4", "lung cancer", day="1998-09-25") == ("corroborated", BASE)


def test_a_source_silent_about_the_indication_corroborates_the_first() -> None:
    ledger = Ledger()
    assert ledger.decide("a1", None) == ("recorded", BASE)
    assert ledger.decide("a2", "gastric cancer") == ("corroborated", BASE)
    ledger.decide("a3", "breast cancer")  # a1 said nothing: a3 may be its indication
    assert ledger.decide("a4", "  ") == ("corroborated", BASE)


def test_a_milestone_naming_the_indication_wins_over_one_naming_none() -> None:
    ledger = Ledger()
    ledger.decide("a1", "breast cancer", slugs=("y",), day="1998-09-25")
    _, gastric = ledger.decide("a2", "gastric cancer", slugs=("y",), day="2010-10-20")
    ledger.decide("a3", None)  # another record of the drug, silent about the indication
    assert ledger.decide("a4", "gastric cancer", slugs=("x", "y")) == ("corroborated", gastric)
    assert ledger.decide("a5", None, slugs=("x", "y")) == ("corroborated", BASE)


def test_a_third_source_for_the_second_indication_corroborates_that_one() -> None:
    ledger = Ledger()
    ledger.decide("a1", "non-small cell lung cancer", day="2019-01-01")
    _, second = ledger.decide("a2", "multiple myeloma", day="2021-06-01")
    assert second is not None and second.startswith(f"{BASE}~")
    assert ledger.decide("a3", "relapsed or refractory multiple myeloma") == (
        "corroborated",
        second,
    )
    assert ledger.decide("a4", "NSCLC") == ("corroborated", BASE)
    assert ledger.decide("a5", "SCLC", day="2023-03-03")[1] == f"{BASE}~sclc"


def test_a_merged_drugs_key_counts_as_taken() -> None:
    ledger = Ledger()
    ledger.decide("a1", "breast cancer", slugs=("y",), day="1998-09-25")
    # Recorded under the surviving slug, but not as its plain key: a merge would fold
    # the two records' plain keys into one line.
    assert ledger.decide("a2", "gastric cancer", slugs=("x", "y"), day="2010-10-20") == (
        "recorded",
        f"{BASE}~gastric-cancer",
    )
    assert ledger.decide("a3", "breast cancer", slugs=("x", "y")) == (
        "corroborated",
        "y:approval:US",
    )


def test_a_syndicated_copy_corroborates_only_the_same_indication() -> None:
    ledger = Ledger()
    ledger.decide("orig", "breast cancer", application="BLA")
    # The copy's wording lost the application type, so its key differs from the original's.
    assert ledger.decide("copy", "breast cancer", copy_of="orig") == (
        "corroborated",
        f"{BASE}:bla",
    )
    assert ledger.decide("copy2", "gastric cancer", copy_of="orig") == ("recorded", BASE)


def test_an_analysts_corrected_indication_is_what_later_sources_meet() -> None:
    ledger = Ledger()
    ledger.decide("a1", "breast cancer")
    correction = NewEvent(
        type="MilestoneCorrected",
        data={"milestone_id": BASE, "changes": {"indication": "gastric cancer"}, "reason": ""},
        metadata={},
    )
    ledger.events.append(stored(2, correction))
    assert ledger.decide("a2", "gastric cancer") == ("corroborated", BASE)


def test_one_day_one_action_however_its_indication_is_worded() -> None:
    ledger = Ledger()
    assert ledger.decide("a1", "NSCLC", day="2025-03-04") == ("recorded", BASE)
    assert ledger.decide("a2", "EGFR-mutated lung cancer", day="2025-03-04") == (
        "corroborated",
        BASE,
    )
    # Another day and another indication: a second approval.
    verdict, mid = ledger.decide("a3", "HER2-positive breast cancer", day="2026-05-06")
    assert verdict == "recorded" and mid == f"{BASE}~her2-positive-breast-cancer"


def test_one_article_reporting_a_key_on_two_dates_reports_two_milestones() -> None:
    ledger = Ledger()
    assert ledger.decide("a1", None, day="2023-12-01") == ("recorded", BASE)
    assert ledger.decide("a1", None, day="2024-10-02") == ("recorded", f"{BASE}~2024-10-02")
    # Deciding the same article again writes nothing, whichever report comes first.
    assert ledger.decide("a1", None, day="2024-10-02") == ("known", None)
    assert ledger.decide("a1", None, day="2023-12-01") == ("known", None)
    # A date within the one already reported is the same report, not another milestone.
    assert ledger.decide("a1", None, day="2023-12") == ("known", None)
    # Another source of the later date corroborates the milestone whose date agrees.
    assert ledger.decide("a2", None, day="2024-10-02") == ("corroborated", f"{BASE}~2024-10-02")
    assert ledger.decide("a3", None, day="2023-12-01") == ("corroborated", BASE)
