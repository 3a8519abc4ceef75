"""A retold day whose year contradicts the publication: a retelling told done after the
news, and a decision retold a year before its own day (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run

_LEAD = (
    "BOSTON, Jan. 8, 2026 -- Halvern Therapeutics today announced that the U.S. Food and "
    "Drug Administration has granted Orphan Drug designation to HLV-208 for the treatment of "
    "Wilson disease. "
)


def test_a_retelling_dated_after_the_news_takes_the_year_before() -> None:
    found = run(_LEAD + "The designation was granted on December 30, 2026.", published="2026-01-08")
    designation = only(found, "designation")
    assert designation.date == "2025-12-30"
    assert designation.attributes["date_conflict"]["stated"] == "2026-12-30"


def test_a_year_end_retelling_keeps_its_year() -> None:
    found = run(_LEAD + "The designation was granted on December 29, 2025.", published="2026-01-08")
    assert only(found, "designation").date == "2025-12-29"


def test_a_retelling_still_after_the_news_a_year_earlier_is_not_moved() -> None:
    found = run(_LEAD + "The designation was granted on March 2, 2027.", published="2026-01-08")
    assert only(found, "designation").date != "2026-03-02"


_NOTICE = (
    "Japan's Ministry of Health, Labour and Welfare approved lomatrelin (Tarvenza) on 12 "
    "March 2026 for adults with acromegaly. "
)


def test_a_decision_retold_a_year_before_its_fresh_day_is_the_same_decision() -> None:
    text = _NOTICE + (
        "Its label carries a warning on liver injury. The ministry's approval of Tarvenza on "
        "12 March 2025 makes it the first oral drug of its class."
    )
    found = run(text, published="2026-03-16")
    approval = only(found, "approval")
    assert approval.date == "2026-03-12"


def test_a_second_decision_told_as_a_year_apart_stays() -> None:
    found = run(
        "The MHLW first approved lomatrelin (Tarvenza) on 12 March 2025 for adults with "
        "acromegaly. A year to the day later, on 12 March 2026, the ministry approved "
        "lomatrelin for children.",
        published="2026-03-16",
    )
    dates = sorted(m.date for m in found if m.type == "approval")
    assert dates == ["2025-03-12", "2026-03-12"]


def test_decisions_a_year_apart_long_before_the_news_stay() -> None:
    found = run(
        "Japan's MHLW approved lomatrelin (Tarvenza) on 12 March 2024 for adults with "
        "acromegaly. The MHLW approved lomatrelin again on 12 March 2025 for paediatric use.",
        published="2026-03-16",
    )
    dates = sorted(m.date for m in found if m.type == "approval")
    assert dates == ["2024-03-12", "2025-03-12"]


def test_a_decision_told_as_a_year_earlier_stays() -> None:
    text = _NOTICE + (
        "Its label carries a warning on liver injury. The ministry's approval of Tarvenza on "
        "12 March 2025, one year earlier, makes it the first oral drug of its class."
    )
    found = run(text, published="2026-03-16")
    dates = sorted(m.date for m in found if m.type == "approval")
    assert dates == ["2025-03-12", "2026-03-12"]
