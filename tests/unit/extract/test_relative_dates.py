"""Dates named relative to publication or to a neighbouring date (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from service.extract.dates import find_dates
from tests.unit.extract.helpers import only, run

PUBLISHED = dt.date(2023, 11, 9)


def _resolved(text: str, published: dt.date = PUBLISHED) -> list[tuple[str | None, str]]:
    return [(d.value, d.precision) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was cleared in May last year.", ("2022-05", "month")),
        ("It was cleared in March of this year.", ("2023-03", "month")),
        ("A letter arrived last October.", ("2023-10", "month")),
        ("A letter arrived last November.", ("2022-11", "month")),
        ("A letter arrived this past June.", ("2023-06", "month")),
        # Translated copy keeps the Chinese order, the year before the month.
        ("It was in last year December obtained approval.", ("2022-12", "month")),
        ("It obtained the designation this year March.", ("2023-03", "month")),
    ],
)
def test_month_named_relative_to_publication(text: str, expected: tuple[str, str]) -> None:
    assert _resolved(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It won approval late last year.", ("2022-Q4", "quarter")),
        ("It won approval early this year.", ("2023-Q1", "quarter")),
        ("It won approval in late 2021.", ("2021-Q4", "quarter")),
        ("It won approval at the end of 2020.", ("2020-Q4", "quarter")),
        ("It won approval in mid-2021.", ("2021", "year")),
        ("It won approval earlier this year.", ("2023", "year")),
    ],
)
def test_part_of_a_year_keeps_the_finest_unit_holding_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert _resolved(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该药昨日获批。", ("2023-11-08", "day")),
        ("该药已于上月底获批。", ("2023-10", "month")),
        ("该药本月获批。", ("2023-11", "month")),
        ("该药上周获批。", ("2023-Q4", "quarter")),  # 30 Oct - 5 Nov
        ("该药去年底获批。", ("2022-Q4", "quarter")),
        ("该药今年初获批。", ("2023-Q1", "quarter")),
    ],
)
def test_chinese_relative_dates(text: str, expected: tuple[str, str]) -> None:
    assert _resolved(text) == [expected]


def test_hours_later_takes_the_day_before_it() -> None:
    found = run(
        "The MHRA on Wednesday authorised Acme's velotinib for psoriasis. Hours later, the "
        "U.S. Food and Drug Administration approved velotinib for the same use.",
        published="2023-11-09",
    )
    us = [m for m in found if m.jurisdiction == "US"]
    assert [(m.type, m.date) for m in us] == [("approval", "2023-11-08")]


def test_month_last_year_dates_a_background_approval() -> None:
    found = run(
        "Acme's velotinib has been sold in the US since the FDA approved it in May last year.",
        published="2023-11-09",
    )
    assert only(found, "approval").date == "2022-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲药于2019年2月获批。乙药同年9月获批。", [("2019-02", "month"), ("2019-09", "month")]),
        (
            "甲药于2018年12月5日获批，乙药当年7月3日获批。",
            [("2018-12-05", "day"), ("2018-07-03", "day")],
        ),
        ("甲药于2020年获批，乙药同年获批。", [("2020", "year"), ("2020", "year")]),
    ],
)
def test_chinese_same_year_takes_the_year_of_the_date_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _resolved(text) == expected


def test_chinese_same_year_with_no_date_before_is_unknown() -> None:
    assert _resolved("该药同年5月获批。") == [(None, "unknown")]


def test_chinese_same_year_dates_the_second_event() -> None:
    text = (
        "甲替尼（XY-101）于2017年4月获国家药监局批准上市。"
        "乙替尼（XY-202）同年10月获附条件批准上市。"
    )
    dates = {m.drug: m.date for m in run(text, published="2020-01-01", lang="zh")}
    assert dates == {"XY-101": "2017-04", "XY-202": "2017-10"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency acted on 18th October US time.", ("2023-10-18", "day")),
        ("It was approved in the 2nd November local time.", ("2023-11-02", "day")),
        ("The firm said 21st of March that it had filed.", ("2023-03-21", "day")),
        ("It was cleared on the 3rd of August 2021.", ("2021-08-03", "day")),
        ("It was cleared in mid-September.", ("2023-09", "month")),
        ("It was withdrawn at the end of April.", ("2023-04", "month")),
        ("It was filed in the second quarter of this year.", ("2023-Q2", "quarter")),
        ("It was filed in the fourth quarter of last year.", ("2022-Q4", "quarter")),
    ],
)
def test_day_first_ordinals_parts_of_a_month_and_quarters(
    text: str, expected: tuple[str, str]
) -> None:
    assert _resolved(text) == [expected]


def test_the_same_day_names_the_latest_day_not_a_coarser_date_between() -> None:
    text = (
        "Regulators acted on Oct. 4. The filing had been accepted last June. "
        "On the same day in October the agency also cleared a rival."
    )
    assert _resolved(text)[-1] == ("2023-10-04", "day")


def test_the_following_month_is_one_month_after_the_date_before_it() -> None:
    text = "A panel voted against it in April 2021 and a rejection came the following month."
    assert _resolved(text) == [("2021-04", "month"), ("2021-05", "month")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the 4th, the regulator cleared it.", [("2023-11-04", "day")]),
        ("On the 21st, the regulator cleared it.", [("2023-10-21", "day")]),
        ("The agency acted on the 2nd of this month.", [("2023-11-02", "day")]),
        ("The agency acted on the 28th of last month.", [("2023-10-28", "day")]),
        ("It said on the 8th that the agency acted.", [("2023-11-08", "day")]),
        ("The agency acted on the 3rd (local time).", [("2023-11-03", "day")]),
        ("The agency acted on the 3rd local time.", [("2023-11-03", "day")]),
        ("It came 2nd on the 3rd floor list.", []),
        ("公司于7日晚间公告获批。", [("2023-11-07", "day")]),
        ("该药本月2日获批。", [("2023-11-02", "day")]),
        ("It became the 41st new drug cleared at home.", []),
        ("Doses were raised on the 8th day of the cycle.", []),
    ],
)
def test_a_day_of_the_month_alone_takes_the_latest_such_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _resolved(text) == expected


def test_a_weekday_of_last_week_is_that_day_not_a_window() -> None:
    # Published Thursday 9 November 2023: the Tuesday of the week before is 31 October.
    assert _resolved("On Tuesday last week the agency acted.") == [("2023-10-31", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Approval came on Oct. 4. The day before, Japan acted.", "2023-10-03"),
        ("Approval came on Oct. 4. A day later, Japan acted.", "2023-10-05"),
        ("公司于10月4日公告获批。就在前一天，公司递交了申请。", "2023-10-03"),
        ("公司于10月4日公告获批，次日宣布纳入优先审评。", "2023-10-05"),
    ],
)
def test_the_day_before_or_after_shifts_the_day_named_before(text: str, expected: str) -> None:
    assert _resolved(text)[-1] == (expected, "day")


def test_two_months_sharing_one_year_both_take_it() -> None:
    text = "It won the designation twice, in February and July 2022."
    assert _resolved(text) == [("2022-02", "month"), ("2022-07", "month")]


def test_a_leads_year_one_off_a_fresh_publication_is_a_typo() -> None:
    found = find_dates(
        "On October 30, 2022, the agency approved it. It had been filed in 2021.", PUBLISHED
    )
    assert (found[0].value, found[0].conflict is not None) == ("2023-10-30", True)
    assert found[1].value == "2021"


@pytest.mark.parametrize(
    "text",
    [
        # A year back from a date months before publication is an anniversary, not a typo.
        "On June 30, 2022, the agency approved it.",
        # Deep in the text, past the lead.
        "The agency acted. " + "Background follows. " * 40 + "On October 30, 2022, it filed.",
    ],
)
def test_an_older_or_later_day_keeps_its_year(text: str) -> None:
    assert find_dates(text, PUBLISHED)[-1].value[:4] == "2022"


def test_a_year_naming_a_meeting_dates_nothing() -> None:
    text = "结果已于2023年欧洲肿瘤内科学会年会上公布，该药于2023年5月获批。"
    mentions = find_dates(text, PUBLISHED)
    assert [(d.value, d.blocked) for d in mentions] == [("2023", True), ("2023-05", False)]


def test_a_target_date_set_by_the_agency_is_no_milestone_date() -> None:
    mentions = find_dates(
        "Priority review was granted, and the target date of the Prescription Drug User Fee "
        "Act (PDUFA) was set as March 30.",
        PUBLISHED,
    )
    assert [d.blocked for d in mentions] == [True]


def test_a_year_looked_back_on_frames_the_dates_that_follow() -> None:
    found = run(
        "Looking back to this year, Acme submitted the NDA of velotinib to the FDA in March.",
        published="2023-11-09",
    )
    assert only(found, "application_submission").date == "2023-03"


def test_a_datelined_leads_own_day_one_year_off_is_a_typo() -> None:
    text = "Boston, November 9, 2023 -- Acme has on November 7, 2022 U.S. time obtained approval."
    assert [d.value for d in find_dates(text, PUBLISHED)] == ["2023-11-09", "2023-11-07"]


def test_a_background_day_in_a_lead_told_today_keeps_its_year() -> None:
    text = (
        "Boston, November 9, 2023 -- Acme today announced approval of velotinib, based on an "
        "application filed on November 2, 2022."
    )
    assert find_dates(text, PUBLISHED)[-1].value == "2022-11-02"


def test_that_same_month_takes_the_month_before() -> None:
    text = "The FDA rejected it in March 2022. That same month, Japan approved it."
    assert _resolved(text) == [("2022-03", "month"), ("2022-03", "month")]


def test_last_week_is_the_working_week_before() -> None:
    # Published Monday 3 June 2024: last week's working days are 27-31 May.
    assert _resolved("The Commission acted last week.", dt.date(2024, 6, 3)) == [
        ("2024-05", "month")
    ]


def test_a_weekday_of_last_week_is_that_day_of_the_previous_week() -> None:
    text = "On Tuesday of last week, the FDA approved Acme's velotinib to treat chronic cough."
    assert [m.date for m in run(text, "2025-08-08")] == ["2025-07-29"]


def test_a_date_opening_the_first_line_is_the_day_today_means() -> None:
    text = (
        "March 3, 2025, Acme Biotech today announced that the NMPA has accepted the new drug "
        "application of velotinib for chronic cough."
    )
    assert only(run(text, "2025-03-05"), "application_acceptance").date == "2025-03-03"


def test_last_and_a_weekday_said_on_that_weekday_is_the_week_before() -> None:
    text = "Acme said the FDA accepted its new drug application for dorvistat last Thursday."
    assert [m.date for m in run(text, "2025-04-17")] == ["2025-04-10"]
    assert [m.date for m in run(text, "2025-04-18")] == ["2025-04-17"]


def test_the_start_or_beginning_of_a_month_or_year_and_a_half_year() -> None:
    cases = {
        "The FDA accepted the NDA for dorvistat at the start of March.": "2025-03",
        "The FDA accepted the NDA for dorvistat at the beginning of March.": "2025-03",
        "The FDA accepted the NDA for dorvistat at the beginning of 2024.": "2024-Q1",
        "The FDA granted dorvistat fast track designation in 1H 2024.": "2024",
        "The FDA granted dorvistat fast track designation in H2 2023.": "2023",
    }
    for text, date in cases.items():
        assert [m.date for m in run(text, "2025-04-17")] == [date], text


def test_that_month_is_of_the_year_named_before() -> None:
    text = "Acme resubmitted the NDA in February 2023. The FDA approved dorvatinib that July."
    approval = next(m for m in run(text, published="2025-06-13") if m.type == "approval")
    assert (approval.date, approval.date_precision) == ("2023-07", "month")


@pytest.mark.parametrize(
    ("published", "year"), [("2026-01-20", "2025"), ("2025-07-02", "2025"), ("2025-04-02", "2024")]
)
def test_a_season_names_the_year_of_the_last_such_season(published: str, year: str) -> None:
    text = "Acme submitted the NDA for dorvatinib to the FDA in the summer."
    found = only(run(text, published=published), "application_submission")
    assert (found.date, found.date_precision) == (year, "year")


def test_a_bare_month_after_a_dated_one_in_the_sentence_takes_its_year() -> None:
    found = run(
        "The NDA for velotinib was submitted to the FDA in July 2022 and accepted in September.",
        "2024-10-18",
    )
    assert only(found, "application_acceptance").date == "2022-09"


def test_a_weekday_before_the_date_it_names_is_no_second_date() -> None:
    for day in ("Thursday, June 5", "Thursday (June 5)", "Thursday, June 5, 2025"):
        found = run(f"Acme submitted its NDA for velotinib to the FDA on {day}.", "2025-06-13")
        submissions = [m for m in found if m.type == "application_submission"]
        assert [m.date for m in submissions] == ["2025-06-05"], day


def test_a_twice_yearly_dose_tells_no_repeated_event() -> None:
    text = (
        "Acme submitted its NDA for velotinib, a twice-yearly injection, to the FDA on Monday "
        "and the agency accepted it in May."
    )
    submissions = [m for m in run(text, "2025-06-13") if m.type == "application_submission"]
    assert [m.date for m in submissions] == ["2025-06-09"]


def test_a_bare_month_after_a_year_alone_is_the_last_such_month() -> None:
    found = run(
        "The FDA granted dorvatinib breakthrough therapy designation in 2022, and the NDA "
        "was accepted in April with priority review.",
        "2025-10-02",
    )
    assert only(found, "application_acceptance").date == "2025-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brellin said late Thursday it had received a complete response letter.", "2025-03-13"),
        ("The agency signed off Tuesday on Brellin's antibody for gout.", "2025-03-11"),
        ("A notice posted Wednesday lists the product.", "2025-03-12"),
        ("The clearance came Monday, the company said.", "2025-03-10"),
        ("A decision is expected Friday.", None),
    ],
)
def test_a_weekday_after_a_past_verb_or_late_is_that_day(text: str, expected: str | None) -> None:
    # Wire copy drops the "on" before a weekday; a planned day ("expected Friday") is none.
    found = _resolved(text, dt.date(2025, 3, 14))
    assert [value for value, _ in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The agency cleared it earlier this year.", dt.date(2024, 2, 20), ("2024-Q1", "quarter")),
        ("The agency cleared it earlier this year.", dt.date(2024, 1, 25), ("2024-01", "month")),
        ("The agency cleared it earlier this year.", dt.date(2024, 8, 2), ("2024", "year")),
        ("The agency cleared it this year.", dt.date(2024, 3, 30), ("2024-Q1", "quarter")),
        ("该药今年早些时候获批上市。", dt.date(2024, 2, 20), ("2024-Q1", "quarter")),
        ("该药今年早些时候获批上市。", dt.date(2024, 6, 20), ("2024", "year")),
    ],
)
def test_so_far_this_year_is_the_finest_period_holding_it(
    text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert _resolved(text, published) == [expected]


def test_later_this_year_stays_the_year() -> None:
    assert _resolved("A decision is due later this year.", dt.date(2024, 2, 20)) == [
        ("2024", "year")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counted in years from the date before, at year precision.
        ("Trials began in 2014. The following year, it won a licence.", ("2015", "year")),
        ("Trials began in March 2014. Two years later, it won a licence.", ("2016", "year")),
        ("Trials began in 2014; a year earlier, it had won a licence.", ("2013", "year")),
        ("Trials began in 2014, and it won a licence the year after.", ("2015", "year")),
        # The year of the date before: a season spans months, so only its year holds.
        ("Trials began in May 2014 and that autumn it won a licence.", ("2014", "year")),
        ("Trials began in May 2014 and later that year it won a licence.", ("2014", "year")),
        ("Trials began in 2014; the following spring it won a licence.", ("2015", "year")),
        # A month of the year so told.
        ("Trials began in June 2014 and it won a licence in March of the following year.",
         ("2015-03", "month")),
        # A quarter counted from the quarter or the month before.
        ("Trials began in the second quarter of 2014; it won a licence the following quarter.",
         ("2014-Q3", "quarter")),
        ("Trials began in December 2014; it won a licence the next quarter.",
         ("2015-Q1", "quarter")),
        ("Trials began in the first quarter of 2014; two quarters later it won a licence.",
         ("2014-Q3", "quarter")),
    ],
)  # fmt: skip
def test_dates_counted_in_years_from_the_date_before(text: str, expected: tuple[str, str]) -> None:
    assert _resolved(text)[1:] == [expected]


def test_a_history_told_in_steps_counts_each_from_the_last() -> None:
    # (Not "a year later than it had hoped": a delay, which dates nothing.)
    text = (
        "Trials began in 2012. Two years later, it filed, a year later than it had hoped. "
        "A year later, it won a licence."
    )
    assert [v for v, _ in _resolved(text)] == ["2012", "2014", "2015"]


def test_an_event_dated_the_following_year_is_a_milestone_of_that_year() -> None:
    text = (
        "Harwick Bio submitted its NDA for solvatinib in June 2019. The FDA approved "
        "solvatinib in March of the following year."
    )
    assert only(run(text, published="2025-06-13"), "approval").date == "2020-03"


def test_a_day_after_earlier_dates_of_its_year_is_no_lead_typo() -> None:
    # A report's list of last year's events: the first full day is no fresh lead.
    text = "一、年度进展\n1. 2022年8月，甲药获批上市。\n2. 2022年10月30日，乙药的上市申请获受理。"
    assert [d.value for d in find_dates(text, PUBLISHED)] == ["2022-08", "2022-10-30"]


def test_a_weekday_with_its_day_in_brackets_is_that_day() -> None:
    text = "Anvisa approved this Thursday (14) the registration of valdotinib for adults."
    approval = only(run(text, published="2026-05-15"), "approval")
    assert (approval.jurisdiction, approval.date) == ("BR", "2026-05-14")


def test_a_receipt_announced_is_fresh_news_whatever_year_its_document_says() -> None:
    # Deep in a roundup after a background date of the stated year: the document announced
    # as received is days old, its year one too low.
    text = (
        "Its BLA was accepted in July 2022. " + "Other items follow. " * 40 + "Acme announced "
        "that it received the Notice of Disapproval issued by the NMPA on November 6, 2022."
    )
    found = find_dates(text, PUBLISHED)[-1]
    assert (found.value, found.conflict is not None) == ("2023-11-06", True)
    # A document dated a year before, with no announcement of its receipt, keeps its year.
    kept = (
        "Its BLA was accepted in July 2022. "
        + "Other items follow. " * 40
        + ("The NMPA issued the notice on November 6, 2022.")
    )
    assert find_dates(kept, PUBLISHED)[-1].value == "2022-11-06"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Thanksgiving 2024 fell on 28 November; the latest one not after publication.
        ("The agency acted on the day before Thanksgiving.", "2024-12-02", ["2024-11-27"]),
        ("The agency acted on Thanksgiving Day.", "2025-02-10", ["2024-11-28"]),
        ("The agency acted on Christmas Eve.", "2025-01-06", ["2024-12-24"]),
        ("The agency acted the day after New Year's Day.", "2025-01-06", ["2025-01-02"]),
        # A holiday's period, or a bound, names no one day.
        ("The agency acted in Thanksgiving week.", "2024-12-02", []),
        ("The agency acted before Christmas.", "2025-01-06", []),
    ],
)
def test_a_day_named_by_a_public_holiday(text: str, published: str, expected: list[str]) -> None:
    day = dt.date.fromisoformat(published)
    assert [d.value for d in find_dates(text, day)] == expected


def test_a_label_expansion_on_a_holiday_eve_stays_apart_from_the_first_approval() -> None:
    found = run(
        "Halden Bio won FDA approval on the day before Thanksgiving for a supplemental NDA "
        "that extends velotinib to gout flares, which the agency first approved in May 2022.",
        published="2024-12-02",
    )
    assert sorted(m.date for m in found if m.type == "approval") == ["2022-05", "2024-11-27"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A season spans two quarters: only its year; the latest one over by publication.
        ("Regulators in Ottawa cleared it last spring.", dt.date(2024, 2, 1), ("2023", "year")),
        ("Regulators in Ottawa cleared it last spring.", dt.date(2024, 4, 10), ("2023", "year")),
        ("Regulators in Ottawa cleared it last summer.", dt.date(2024, 10, 2), ("2024", "year")),
        # A round count of months names the month it lands in; of years, the year.
        ("The filing was accepted four months ago.", dt.date(2024, 2, 1), ("2023-10", "month")),
        ("The filing was accepted a month ago.", dt.date(2024, 2, 1), ("2024-01", "month")),
        ("The filing was accepted three years ago.", dt.date(2024, 2, 1), ("2021", "year")),
        # "The last week of March" is a part of March, not last week.
        ("It was cleared in the last week of March.", dt.date(2024, 6, 5), ("2024-03", "month")),
    ],
)
def test_time_elapsed_to_publication(text: str, published: dt.date, expected: object) -> None:
    assert _resolved(text, published) == [expected]


def test_since_the_beginning_of_the_year_holds_new_years_day_to_publication() -> None:
    text = "Since the beginning of the year, the FDA has granted Orphan Drug Designation to KT-118."
    for published, expected in (
        ("2026-01-20", ("2026-01", "month")),
        ("2026-03-05", ("2026-Q1", "quarter")),
        ("2026-11-05", ("2026", "year")),
    ):
        designation = only(run(text, published=published), "designation")
        assert (designation.date, designation.date_precision) == expected


def test_a_half_of_the_year_named_without_its_year_is_publications() -> None:
    found = run(
        "Health Canada approved KT-119 in the first half of the year.", published="2026-08-06"
    )
    approval = only(found, "approval")
    assert (approval.date, approval.date_precision) == ("2026", "year")
