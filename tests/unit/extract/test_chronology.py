"""A decision dated before its own application's steps has a year typed one too low
(invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_an_approval_dated_before_its_acceptance_takes_the_next_year() -> None:
    found = run(
        "The NMPA granted conditional approval to velotinib on 9 February 2025 for adults "
        "with advanced gastric cancer. The new drug application had been accepted in April "
        "2025 and was given priority review in June 2025.",
        published="2026-03-02",
    )
    approval = only(found, "approval")
    assert approval.date == "2026-02-09"
    assert approval.attributes["date_conflict"]["stated"] == "2025-02-09"


def test_an_approval_after_its_steps_is_left_alone() -> None:
    found = run(
        "The NMPA approved velotinib on 9 February 2026. The new drug application had been "
        "accepted in April 2025.",
        published="2026-03-02",
    )
    assert only(found, "approval").date == "2026-02-09"


def test_a_first_approval_before_a_supplements_acceptance_is_left_alone() -> None:
    found = run(
        "The FDA first approved velotinib in June 2024. A supplemental new drug application "
        "(sNDA) for a second indication was accepted in September 2024.",
        published="2025-08-20",
    )
    assert only(found, "approval").date == "2024-06"


def test_no_correction_that_would_pass_publication() -> None:
    found = run(
        "The FDA approved velotinib in June 2025. Its new drug application was accepted in "
        "September 2025.",
        published="2026-03-02",
    )
    assert only(found, "approval").date == "2025-06"


def test_a_day_told_as_months_after_a_later_one_takes_the_next_year() -> None:
    found = run(
        "Glenrock Pharma said its gout pill velotinib was approved by Swissmedic on 2 April "
        "2024, about seven months after the FDA approved it in September 2024.",
        published="2025-04-10",
    )
    dates = {m.jurisdiction: m.date for m in found if m.type == "approval"}
    assert dates == {"CH": "2025-04-02", "US": "2024-09"}


def test_a_decision_retold_by_its_year_takes_the_next_year_with_it() -> None:
    found = run(
        "The FDA approved velotinib on 9 February 2025. It is the first drug the agency "
        "approved this year for gastric cancer. The new drug application had been submitted "
        "in May 2025 and accepted in July 2025.",
        published="2026-02-12",
    )
    approval = only(found, "approval")
    assert approval.date == "2026-02-09"
    assert approval.attributes["date_conflict"]["stated"] == "2025-02-09"
