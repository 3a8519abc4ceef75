"""Dates told as a span from an earlier one: "within six weeks", "45 days later", "a month
after the EU decision" (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from service.extract.dates import find_dates

PUBLISHED = dt.date(2025, 6, 13)


def _dated(text: str, words: str) -> tuple[str | None, str]:
    at = text.index(words)
    mention = next(d for d in find_dates(text, PUBLISHED) if d.start == at)
    return mention.value, mention.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2 May + 35 days ends in June: the window holds Q2.
        (
            "The BLA went in on 2 May 2021. Within five weeks the FDA accepted it.",
            ("2021-Q2", "quarter"),
        ),
        # All of September and three weeks after it span two quarters: the year holds them.
        (
            "The panel met in September 2022, and the agency acted within three weeks.",
            ("2022", "year"),
        ),
        # Within ten days of the 3rd: still March.
        (
            "It was filed on 3 March 2020; within ten days the filing was validated.",
            ("2020-03", "month"),
        ),
    ],
)
def test_a_window_from_the_date_before_takes_the_precision_holding_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert _dated(text, text[text.lower().index("within") :].split(" ")[0]) == expected


def test_a_window_counted_from_something_else_is_no_span() -> None:
    text = "The drug was approved in March 2020 and sold within six weeks of launch."
    assert all(d.precision != "window" for d in find_dates(text, PUBLISHED))


def test_days_later_counts_from_the_day_before() -> None:
    text = "The sponsor applied on 30 January 2024 and the agency filed it 45 days later."
    assert _dated(text, "45 days later") == ("2024-03-15", "day")


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("three weeks later", "2024-02-20"),
        ("a week later", "2024-02-06"),
        ("a day later", "2024-01-31"),
    ],
)
def test_weeks_or_a_day_later_count_days_from_the_day_before(later: str, expected: str) -> None:
    text = f"The sponsor applied on 30 January 2024 and the agency validated it {later}."
    assert _dated(text, later) == (expected, "day")


def test_a_month_after_an_event_not_told_again_counts_from_the_date_before() -> None:
    text = "Brussels approved it in November 2021. A month after the EU decision, Canada followed."
    assert _dated(text, "A month after") == ("2021-12", "month")


def test_years_after_a_named_event_count_from_that_event_date() -> None:
    text = (
        "The NDA was filed in March 2018 and that October it won conditional approval. "
        "Europe approved it in June 2020. "
        "Three years after the conditional approval, the agency granted full approval."
    )
    assert _dated(text, "Three years after") == ("2021", "year")


def test_months_after_the_earlier_event_count_back_from_the_date_before() -> None:
    text = (
        "Regulators cleared Torvalin on 9 September 2022, three months after accepting the "
        "application for review."
    )
    assert _dated(text, "three months after") == ("2022-06", "month")


def test_roughly_widens_a_span_counted_back_by_a_month_either_side() -> None:
    # November 2019 less eight months is March, give or take one: February to April.
    text = "It was approved in November 2019, roughly eight months after the FDA accepted it."
    assert _dated(text, "roughly eight months after") == ("2019", "year")


def test_a_span_counted_back_to_another_year() -> None:
    text = "Brussels authorised it in April 2024, two years after the company filed its MAA."
    assert _dated(text, "two years after") == ("2022", "year")


def test_months_after_an_approval_named_as_a_noun_still_count_forward() -> None:
    text = "It was approved in May 2020. Three months after the approval, sales began."
    assert _dated(text, "Three months after") == ("2020-08", "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A working week inside one month is that month; one crossing into the next, its quarter.
        ("The status came through during the week of May 12.", ("2025-05", "month")),
        ("The status came through during the week of Jan. 29.", ("2025-01", "month")),
        ("The status came through during the week of July 31, 2024.", ("2024-Q3", "quarter")),
        ("The status came through during the week of April 28.", ("2025-Q2", "quarter")),
        ("The status came through the week of 9 December 2024.", ("2024-12", "month")),
        # A week across two quarters holds only its year.
        ("The status came through the week of Sept. 29, 2025.", ("2025", "year")),
    ],
)
def test_a_week_named_by_its_day_is_its_working_week(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert _dated(text, "week of") == expected


def test_a_span_before_a_clause_counts_back_from_that_clauses_event() -> None:
    text = (
        "Orlen Bio submitted its application in May 2024, and the agency accepted it in July "
        "2024. The company had won the designation a year before Orlen filed."
    )
    assert _dated(text, "a year before") == ("2023", "year")


def test_the_same_month_as_a_named_event_is_that_events_month() -> None:
    text = (
        "Orlen Bio filed its application in Korea in February 2025. The designation came in "
        "late 2024. Its partner's application was accepted the same month as the Korean filing."
    )
    assert _dated(text, "the same month as") == ("2025-02", "month")


def test_days_later_count_from_a_month_told_before_them_in_their_sentence() -> None:
    # Not from the day another sentence told: from every day of April, thirty days on
    # (all in May).
    text = (
        "On 9 June 2025 Acme said its trial application had been cleared. The application "
        "was accepted in April 2025, and only about 30 days later it was cleared."
    )
    assert _dated(text, "30 days later") == ("2025-05", "month")


def test_days_later_after_a_day_in_their_sentence_count_from_that_day() -> None:
    text = (
        "Acme filed in January 2025. The agency accepted it on 3 March 2025, and ten days "
        "later it granted priority review."
    )
    assert _dated(text, "ten days later") == ("2025-03-13", "day")


def test_days_later_after_a_month_in_the_sentence_before_count_from_the_day() -> None:
    text = (
        "The agency accepted the file on 2 May 2021. Acme had filed in March 2021. "
        "Twelve days later the agency granted priority review."
    )
    assert _dated(text, "Twelve days later") == ("2021-05-14", "day")
