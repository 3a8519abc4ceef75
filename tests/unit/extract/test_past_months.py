"""A month named without its year, told in the past tense or restated by a weekday
(invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from service.extract.dates import find_dates
from tests.unit.extract.helpers import only, run

PUBLISHED = dt.date(2024, 2, 20)


def _resolved(text: str, published: dt.date = PUBLISHED) -> list[tuple[str | None, str]]:
    return [(d.value, d.precision) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brightwater filed its marketing application in April.", ("2023-04", "month")),
        ("The regulator validated the dossier on 3 May.", ("2023-05-03", "day")),
        ("The agency cleared the study on April 11, the company said.", ("2023-04-11", "day")),
    ],
)
def test_a_month_just_ahead_told_done_is_last_years(text: str, expected: tuple[str, str]) -> None:
    assert _resolved(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Brightwater expects a decision in April.",
        "The company plans to file its application in April.",
        "The dossier should be approved in April.",
    ],
)
def test_a_month_just_ahead_in_a_plan_stays_unresolved(text: str) -> None:
    assert _resolved(text) == [(None, "unknown")]


def test_the_following_month_counts_from_a_past_month() -> None:
    text = (
        "Brightwater submitted its new drug application in April. The FDA accepted the "
        "application the following month."
    )
    found = run(text + " Brightwater's drug is lomparitide.", published="2024-02-20")
    assert only(found, "application_submission").date == "2023-04"
    assert only(found, "application_acceptance").date == "2023-05"


def test_a_weekday_restates_a_day_first_date() -> None:
    text = "The regulator approved it on Wednesday, 7 February, the company said."
    assert _resolved(text) == [("2024-02-07", "day")]


def test_a_day_of_a_month_takes_the_year_told_before_it() -> None:
    text = "The trial was cleared in June 2022, and the first patient was dosed on 4 October."
    assert _resolved(text, dt.date(2024, 9, 1)) == [("2022-06", "month"), ("2022-10-04", "day")]


def test_a_month_before_the_events_noun_dates_it() -> None:
    text = (
        "Dorvelimab's new goal date follows March's complete response letter from the FDA.\n\n"
        "Health Canada authorised belzotide on 2 June, five months after the FDA's January "
        "approval."
    )
    found = {(m.drug, m.type, m.jurisdiction, m.date) for m in run(text, "2026-06-12")}
    assert ("dorvelimab", "rejection", "US", "2026-03") in found
    assert ("belzotide", "approval", "US", "2026-01") in found


def test_a_near_month_before_a_past_events_noun_is_last_years() -> None:
    text = (
        "Health Canada authorised the company's long-acting injectable belzotide on 6 August "
        "for adults with schizophrenia who have relapsed on oral therapy, ten months after the "
        "FDA's October approval."
    )
    assert ("belzotide", "approval", "US", "2025-10") in {
        (m.drug, m.type, m.jurisdiction, m.date) for m in run(text, "2026-08-14")
    }


def test_a_near_month_opening_a_sentence_of_a_past_act_is_last_years() -> None:
    text = (
        "It was a busy year in Tokyo. In March the Ministry of Health, Labour and Welfare "
        "granted orphan drug designation to Kirova Pharma's KVR-7, which should speed review."
    )
    assert only(run(text, "2025-01-08"), "designation").date == "2024-03"


def test_a_near_month_opening_a_sentence_of_a_plan_stays_ahead() -> None:
    text = "In March the company will file KVR-7, which already holds orphan status."
    assert _resolved(text, dt.date(2025, 1, 8))[0][0] is None
