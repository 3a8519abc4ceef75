"""Dates written with digits and separators (year first with "/" or ".", day first with
".", a Chinese two-digit year), and dates a footnote gives for the event that cites it."""

from __future__ import annotations

import datetime as dt

import pytest

from service.extract.dates import find_dates
from tests.unit.extract.helpers import only, run


@pytest.mark.parametrize("written", ["2025/04/22", "2025.04.22", "2025.4.22", "22.04.2025"])
def test_a_separated_date_dates_its_event(written: str) -> None:
    text = f"Morvane Therapeutics said the FDA approved tirelumab for adult alopecia on {written}."
    assert only(run(text), "approval").date == "2025-04-22"


def test_a_dotted_date_is_read_day_first() -> None:
    text = "Morvane Therapeutics said the FDA approved tirelumab for adult alopecia on 05.04.2025."
    assert only(run(text), "approval").date == "2025-04-05"


@pytest.mark.parametrize("written", ["v2.3.2025", "2025.04.22.7", "1.5.2025,7"])
def test_a_version_or_a_longer_run_is_no_date(written: str) -> None:
    text = f"Morvane said the FDA approved tirelumab for adult alopecia (label {written})."
    assert only(run(text), "approval").date is None


def test_a_chinese_timeline_dates_each_dotted_line() -> None:
    text = (
        "公司官网梳理了塔瑞莫德（tarimod）的进展：\n\n"
        "2025.02.14 塔瑞莫德获美国FDA授予孤儿药资格认定；\n"
        "2025.04.09 塔瑞莫德获美国FDA批准IND。\n"
    )
    found = run(text, published="2025-06-20", lang="zh")
    assert only(found, "designation").date == "2025-02-14"
    assert only(found, "ind_clearance").date == "2025-04-09"


def test_a_chinese_two_digit_year_is_this_century() -> None:
    text = "CDE官网显示，塔瑞莫德（tarimod）的临床试验申请于25/4/9获得默示许可。"
    assert only(run(text, published="2025-06-20", lang="zh"), "ind_clearance").date == "2025-04-09"


def test_a_score_after_a_latin_word_is_no_short_year() -> None:
    text = "CDE官网显示，塔瑞莫德（tarimod）的临床试验申请获得默示许可，评分 12/4/9。"
    assert only(run(text, published="2025-06-20", lang="zh"), "ind_clearance").date is None


def test_a_footnote_mark_after_a_year_keeps_the_date() -> None:
    text = "Morvane Therapeutics said the FDA approved tirelumab on 22 April 2025² for alopecia."
    assert only(run(text), "approval").date == "2025-04-22"


def test_an_undated_event_takes_its_footnote_date() -> None:
    text = (
        "Morvane Therapeutics filed a marketing application for tirelumab with Health Canada³.\n\n"
        "³ Filing with Health Canada dated 11 February 2025.\n"
    )
    assert only(run(text), "application_submission").date == "2025-02-11"


def test_a_footnote_with_two_dates_dates_nothing() -> None:
    text = (
        "Morvane Therapeutics filed a marketing application for tirelumab with Health Canada³.\n\n"
        "³ Pre-submission meeting on 11 January 2025; validation on 11 February 2025.\n"
    )
    assert only(run(text), "application_submission").date is None


def test_a_month_slash_day_after_on_is_a_day_of_this_year() -> None:
    text = "Tarvo Bio's sobetinib was formally included into priority review by the CDE on 9/1."
    assert only(run(text, "2025-09-05"), "priority_review").date == "2025-09-01"
    # A day still to come is no day of the event ("will end on 9/12").
    later = "The CDE granted priority review to sobetinib; the notice ends on 9/12."
    assert only(run(later, "2025-09-05"), "priority_review").date is None


def test_a_month_slash_day_after_came_or_dated_is_a_day_of_this_year() -> None:
    text = "Dovrin Bio said the FDA approved pelotinib for gout; the decision came 8/26."
    assert only(run(text, "2025-09-05"), "approval").date == "2025-08-26"
    dated = "Dovrin Bio's pelotinib won FDA approval in a letter dated 8/27."
    assert only(run(dated, "2025-09-05"), "approval").date == "2025-08-27"


def test_a_month_slash_day_opening_a_tables_row_dates_the_row() -> None:
    text = (
        "Week of 1-5 September 2025\n\n"
        "Date | Agency | Product (company) | Action\n"
        "9/2 | Health Canada | pelotinib (Dovrin Bio) | Notice of Compliance\n"
        "9/4 | TGA (Australia) | sarvomab (Kettle Pharma) | Registered on the ARTG\n"
    )
    found = {(m.drug, m.jurisdiction, m.date) for m in run(text, "2025-09-05")}
    assert found == {("pelotinib", "CA", "2025-09-02"), ("sarvomab", "AU", "2025-09-04")}


def test_a_month_slash_day_after_other_words_is_no_day() -> None:
    # A fraction of patients, a phase, a vote: no day, whatever word stands before.
    text = (
        "The FDA approved pelotinib for gout after 1/3 of patients responded; "
        "a phase 1/2 study continues.\n"
        "Panel members voted 9/2 in favour | of the filing."
    )
    assert only(run(text, "2025-09-05"), "approval").date is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [("in 3Q24", "2024-Q3"), ("during Q3'24", "2024-Q3"), ("in 2H24", "2024")],
)
def test_an_investor_shorthand_period_dates_its_event(written: str, expected: str) -> None:
    text = f"Morvane Therapeutics received FDA approval of tirelumab for adult alopecia {written}."
    assert only(run(text, published="2025-02-20"), "approval").date == expected


@pytest.mark.parametrize("written", ["in 1Q25", "in 1H25", "4Q24"])
def test_a_shorthand_period_not_over_or_without_preposition_dates_nothing(written: str) -> None:
    text = f"Morvane Therapeutics received FDA approval of tirelumab for adult alopecia {written}."
    assert only(run(text, published="2025-02-20"), "approval").date is None


def test_a_page_writing_one_slashed_date_day_first_writes_all_so() -> None:
    text = (
        "Medsafe decisions. Korvane Bio said Medsafe approved tirelumab on 03/06/2025. "
        "Morvane Therapeutics said Medsafe approved pelanitamab on 21/06/2025."
    )
    dates = {m.drug: m.date for m in run(text, published="2025-06-30") if m.type == "approval"}
    assert dates == {"tirelumab": "2025-06-03", "pelanitamab": "2025-06-21"}


def test_slashed_dates_stay_month_first_without_one_that_cannot_be() -> None:
    text = "Morvane Therapeutics said the FDA approved tirelumab on 03/06/2025."
    assert only(run(text, published="2025-06-30"), "approval").date == "2025-03-06"


@pytest.mark.parametrize(
    "text",
    [
        # A day-first country's dateline.
        "EDINBURGH — Morvane Therapeutics said the FDA approved tirelumab on 03/06/2025.",
        "PUNE, India — Morvane Therapeutics said the FDA approved tirelumab on 03/06/2025.",
        # A date written in words day first elsewhere on the page.
        "Morvane said the FDA approved tirelumab on 03/06/2025. It filed on 2 May 2024.",
        # Only a day-first country's regulators named.
        "Morvane Therapeutics said the TGA registered tirelumab for alopecia on 03/06/2025.",
    ],
)
def test_a_day_first_page_reads_its_ambiguous_slashed_dates_so(text: str) -> None:
    assert only(run(text, published="2025-06-30"), "approval").date == "2025-06-03"


def test_a_past_act_month_first_after_publication_is_read_day_first() -> None:
    text = "Morvane Therapeutics said the FDA approved tirelumab for alopecia on 04/03/2025."
    assert only(run(text, published="2025-03-12"), "approval").date == "2025-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "BOSTON — Morvane Therapeutics said the MHRA approved tirelumab on 02/03/2025.",
        "Morvane said the MHRA approved tirelumab on 02/03/2025. It filed on May 2, 2024.",
        # A target still to come: month first after publication is no contradiction.
        "Morvane said the FDA accepted the filing and set a goal date of 04/03/2025.",
    ],
)
def test_a_month_first_page_keeps_its_ambiguous_slashed_dates_so(text: str) -> None:
    values = {d.value for d in find_dates(text, dt.date(2025, 3, 12))}
    assert {"2025-02-03", "2025-04-03"} & values
    assert not {"2025-03-02", "2025-03-04"} & values


@pytest.mark.parametrize(("written", "month"), [("08/2024", "2024-08"), ("3/2025", "2025-03")])
def test_a_month_and_year_with_a_slash_dates_its_event(written: str, month: str) -> None:
    text = (
        "Velmora Bio reports first-quarter results\n\nProgram | Indication | Status\n"
        f"larvotinib | thyroid cancer | Breakthrough Therapy designation (FDA) granted {written}\n"
    )
    assert only(run(text), "designation").date == month


@pytest.mark.parametrize("written", ["Decree No. 4/2025", "Law 11/2024"])
def test_a_numbered_act_is_no_month(written: str) -> None:
    text = f"Velmora Bio said the FDA approved larvotinib for thyroid cancer (see {written})."
    assert only(run(text), "approval").date is None


def test_a_year_dot_month_is_a_month() -> None:
    text = (
        "Quorvex said tamibart was granted Breakthrough Therapy Designation by the CDE in 2024.8."
    )
    found = only(run(text, published="2025-06-20"), "designation")
    assert (found.date, found.date_precision) == ("2024-08", "month")


@pytest.mark.parametrize("written", ["RMB 2024.5 million", "2024.5 million yuan"])
def test_an_amount_with_a_decimal_is_no_month(written: str) -> None:
    text = (
        "Quorvex said tamibart was granted Breakthrough Therapy Designation by the CDE; "
        f"it spent {written}."
    )
    assert only(run(text, published="2025-06-20"), "designation").date is None
