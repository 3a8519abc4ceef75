"""Quarters and halves of a fiscal year the text defines are dated as calendar windows."""

from __future__ import annotations

import datetime as dt

from service.extract.fiscal_years import fiscal_dates
from tests.unit.extract.helpers import only, run

_APRIL_YEAR = (
    "Like many Japanese drugmakers, Hoshikawa Pharma runs its fiscal year from April 1 to "
    "March 31 and names it after the calendar year in which it starts. "
)
_JULY_YEAR = (
    "Wattlebrook Bio reports on the financial year running from 1 July to 30 June, so its "
    "FY24 covered July 2023 to June 2024. "
)


def _values(text: str, published: str) -> list[tuple[str, str | None, str]]:
    day = dt.date.fromisoformat(published)
    found = fiscal_dates(text, day, [(0, len(text))])
    return [(text[d.start : d.end], d.value, d.precision) for d in found]


def test_a_quarter_of_an_april_year_named_by_its_start_is_a_calendar_quarter() -> None:
    found = run(
        f"{_APRIL_YEAR}Hoshikawa submitted a new drug application for prelvotinib to the "
        "Ministry of Health, Labour and Welfare in the fiscal third quarter.",
        published="2026-02-03",
    )
    assert only(found, "application_submission").date == "2025-Q4"


def test_a_quarter_of_a_named_fiscal_year_is_dated_by_its_months() -> None:
    found = run(
        f"{_APRIL_YEAR}Prelvotinib has held SAKIGAKE designation since the first quarter of "
        "fiscal 2023.",
        published="2026-02-03",
    )
    designation = only(found, "designation")
    assert (designation.date, designation.date_precision) == ("2023-Q2", "quarter")


def test_a_july_year_is_named_by_its_end_unless_told_otherwise() -> None:
    text = (
        f"{_JULY_YEAR}The TGA granted orphan drug designation to wattizumab in the third "
        "quarter of FY24."
    )
    found = run(text, published="2024-08-20")
    assert only(found, "designation").date == "2024-Q1"


def test_a_half_dates_to_its_calendar_year_or_to_none_across_two() -> None:
    text = f"{_JULY_YEAR}Events in the first half of FY24 and in H2 FY24."
    assert _values(text, "2024-08-20") == [
        ("first half of FY24", "2023", "year"),
        ("H2 FY24", "2024", "year"),
    ]
    text = f"{_APRIL_YEAR}It was approved in the second half of fiscal 2024."
    assert _values(text, "2026-02-03") == [("second half of fiscal 2024", None, "unknown")]


def test_a_fiscal_year_ending_the_year_after_its_name_is_named_by_its_start() -> None:
    text = (
        "The company's fiscal year ends on March 31; fiscal 2025 ends on March 31, 2026. It "
        "filed in the fiscal second quarter."
    )
    assert _values(text, "2026-02-03") == [("fiscal second quarter", "2025-Q3", "quarter")]


def test_no_fiscal_period_is_read_without_the_years_definition() -> None:
    text = "The company filed the application in the fiscal third quarter."
    assert _values(text, "2026-02-03") == []


def test_a_year_named_after_its_end_date_in_brackets_is_named_by_its_start() -> None:
    text = (
        "Results for the first quarter of the fiscal year ending March 31, 2027 (FY2026). The "
        "licensee won approval in Q1 FY2026."
    )
    assert _values(text, "2026-08-10") == [
        ("first quarter of the fiscal year", "2026-Q2", "quarter"),
        ("Q1 FY2026", "2026-Q2", "quarter"),
    ]


def test_an_unnamed_years_period_not_over_at_publication_is_the_reported_years() -> None:
    text = (
        f"{_JULY_YEAR}Final results for the year ended 30 June 2026. The FDA accepted the "
        "NDA for wattizumab in the first half of the financial year."
    )
    found = run(text, published="2026-09-24")
    acceptance = only(found, "application_acceptance")
    assert (acceptance.date, acceptance.date_precision) == ("2025", "year")
    current = f"{_JULY_YEAR}It was filed in the first half of the current financial year."
    assert _values(current, "2026-09-24") == [
        ("first half of the current financial year", "2026", "year")
    ]


_APRIL_YEAR_UNNAMED = "Kirishima Seiyaku's fiscal year runs from April 1 to March 31. "


def test_the_year_written_before_its_quarter_is_read() -> None:
    text = f"{_APRIL_YEAR}Filed in FY2024 Q3; accepted in FY2024 4Q; cleared in 2Q FY2025."
    assert [value for _, value, _ in _values(text, "2025-11-20")] == [
        "2024-Q4",
        "2025-Q1",
        "2025-Q3",
    ]


def test_months_told_for_a_fiscal_quarter_name_the_year_by_its_start() -> None:
    table = (
        f"{_APRIL_YEAR_UNNAMED}FY2025 Q1 corresponds to April-June 2025.\n\n"
        "Product | Region | Event | Date\n"
        "morvaglitin (KS-301) | Japan | NDA accepted by the PMDA | FY2025 Q1\n"
    )
    found = run(table, published="2025-08-07")
    assert only(found, "application_acceptance").date == "2025-Q2"


def test_months_told_for_a_fiscal_year_in_brackets_name_it_by_its_start() -> None:
    text = (
        f"{_APRIL_YEAR_UNNAMED}Results for fiscal year 2024 (April 1, 2024 to March 31, 2025). "
        "Kirishima obtained approval from the MHLW for morvaglitin (KS-301) in the third "
        "quarter of FY2024."
    )
    assert only(run(text, published="2025-05-12"), "approval").date == "2024-Q4"


def test_months_of_the_year_before_leave_a_year_named_by_its_end() -> None:
    text = (
        "Tallowmere Bio's fiscal year runs from July 1 to June 30. FY2025 Q1 (July to "
        "September 2024) saw the FDA accept the BLA for rostavimab; approval is expected in "
        "FY2026 Q1."
    )
    assert [value for _, value, _ in _values(text, "2025-03-02")] == ["2024-Q3", "2025-Q3"]
    # The approval awaited in a later quarter is a plan, not a milestone.
    assert not [m for m in run(text, published="2025-03-02") if m.type == "approval"]
