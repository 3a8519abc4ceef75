"""Dates as translated copy and background lines write them (invented sentences): a day of
the month with no article ("on 14th"), the year before its month ("in 2023 September"), a
year alone in brackets after what happened in it ("Fast Track designation (2022)")."""

from __future__ import annotations

import datetime as dt

import pytest

from service.extract.dates import find_dates
from tests.unit.extract.helpers import only, run

PUBLISHED = dt.date(2025, 3, 20)


def _resolved(text: str) -> list[tuple[str | None, str]]:
    return [(d.value, d.precision) for d in find_dates(text, PUBLISHED)]


# A day of the month with no "the": that day of the publication month, else of the month
# before when it is still to come.


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2025-03-20", "2025-03-14"), ("2025-03-10", "2025-02-14")],
)
def test_a_day_of_the_month_without_its_article(published: str, expected: str) -> None:
    found = run(
        "The Korean regulator MFDS said on 14th that it approved Dorvexa (velimostat) for "
        "chronic gout.",
        published=published,
    )
    assert only(found, "approval").date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlow Bio announced on 3rd, the agency acted.", [("2025-03-03", "day")]),
        ("The agency acted on 2nd (local time).", [("2025-03-02", "day")]),
        ("It was approved on the 8th as the 40th new drug.", [("2025-03-08", "day")]),
        ("It was cleared on 11th by the regulator.", [("2025-03-11", "day")]),
        # Ordinals that count something else are no days.
        ("It became the 38th domestic new drug.", []),
        ("The firm held a party on 20th anniversary of its founding.", []),
        ("The chief spoke on the 10th anniversary of the firm.", []),
        ("It was moved on 3rd floor space.", []),
    ],
)
def test_a_bare_ordinal_is_a_day_only_where_it_ends_the_time_phrase(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _resolved(text) == expected


# The year before its month, as Japanese and Korean copy keep it.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was designated in 2023 September.", [("2023-09", "month")]),
        ("The application was filed in 2024 Nov. 5 in Japan.", [("2024-11-05", "day")]),
        # A year closing a line names no month of the next line's date.
        (
            "Sales grew in 2024\nJune 3, 2025 (Wire) - news",
            [("2024", "year"), ("2025-06-03", "day")],
        ),
    ],
)
def test_a_year_before_its_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _resolved(text) == expected


def test_year_then_month_dates_background_milestones() -> None:
    found = run(
        "In Japan, velimostat was designated as an orphan drug in 2023 September, and Harlow "
        "Bio filed the application for manufacturing and marketing approval in 2024 July.",
        published="2025-03-20",
    )
    assert only(found, "designation").date == "2023-09"
    assert only(found, "application_submission").date == "2024-07"


def test_a_planned_filing_in_a_later_year_then_month_is_no_milestone() -> None:
    found = run(
        "Harlow Bio plans to file the application for velimostat with the PMDA in 2026 January.",
        published="2025-03-20",
    )
    assert found == []


# A year alone in brackets after the event, as a month in brackets already dates it.


def test_a_year_in_brackets_dates_the_status_before_it() -> None:
    found = run(
        "Velimostat was previously granted Orphan Drug designation (May 2021) and Fast Track "
        "designation (2022) by the FDA for chronic gout.",
        published="2025-03-20",
    )
    dates = {m.attributes["designation"]: (m.date, m.date_precision) for m in found}
    assert dates == {"orphan_drug": ("2021-05", "month"), "fast_track": ("2022", "year")}


@pytest.mark.parametrize(
    "text",
    [
        "Response rates (2023 data) were higher.",
        "Sales rose over the period (2021-2023).",
        "The guideline (2024 edition) lists it.",
    ],
)
def test_a_bracket_holding_more_than_its_year_gives_none(text: str) -> None:
    assert _resolved(text) == []
