"""Dates machine-translated from Chinese word for word, counters pluralised: "2023 year 9
months" (2023年9月), "last year 4 months" (去年4月), "the same year 11 months" (同年11月)."""

from __future__ import annotations

import datetime as dt

from service.extract.dates import find_dates
from tests.unit.extract.helpers import only, run


def _read(text: str, published: str) -> list[tuple[str | None, str]]:
    day = dt.date.fromisoformat(published)
    return [(d.value, d.precision) for d in find_dates(text, day)]


def test_a_year_then_counted_months_is_that_month() -> None:
    found = run(
        "Before that, QL-118 has in 2023 year 9 months obtained the US FDA approve to carry "
        "out the I phase clinical trial.",
        published="2024-05-20",
    )
    assert only(found, "ind_clearance").date == "2023-09"


def test_this_year_and_last_year_with_counted_months_name_a_month() -> None:
    found = run(
        "The listing application of tolvanimab was accepted by CDE in last year 4 months. The "
        "drug was approved to listing by NMPA in this year 2 months.",
        published="2025-03-18",
    )
    assert only(found, "application_acceptance").date == "2024-04"
    assert only(found, "approval").date == "2025-02"


def test_the_same_year_with_counted_months_takes_the_year_before() -> None:
    found = run(
        "RB-404 obtained the IND implied permission of NMPA in 2023 year 5 months, and in the "
        "same year 11 months, the first patient of the phase I clinical study was dosed.",
        published="2024-09-02",
    )
    assert only(found, "trial_initiation").date == "2023-11"


def test_counted_months_and_days_name_a_day() -> None:
    assert _read("It was approved on 2024 year 6 months 21 days.", "2024-09-02") == [
        ("2024-06-21", "day")
    ]


def test_counted_months_without_a_year_are_a_duration() -> None:
    assert _read("The approval came in 6 months and 12 days.", "2024-09-02") == []
    assert _read("Median follow-up was 11 months.", "2024-09-02") == []


def test_counted_months_told_as_a_distance_are_no_month() -> None:
    read = _read(
        "It was filed in May 2023; in the same year 3 months later, approved.", "2024-09-02"
    )
    assert ("2023-03", "month") not in read
    assert _read("Sales rose this year 5 months later than planned.", "2024-09-02") == [
        ("2024", "year")
    ]
