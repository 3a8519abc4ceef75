"""Dates told by reference to the date told just before them: "the same day", "later that
month", 同一天, 当月 (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from service.extract.dates import find_dates
from tests.unit.extract.helpers import run

PUBLISHED = dt.date(2025, 6, 13)


def _last(text: str) -> tuple[str | None, str]:
    last = find_dates(text, PUBLISHED)[-1]
    return last.value, last.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FDA cleared it on March 4, 2025. Later that month, Japan followed.", "2025-03"),
        ("The FDA cleared it in May 2024. Earlier that month, the EMA had acted.", "2024-05"),
        ("The FDA cleared it on March 4, 2025. Earlier that day, Japan had acted.", "2025-03-04"),
        ("The FDA cleared it on March 4, 2025. Later that day, Japan followed.", "2025-03-04"),
        ("The FDA cleared it on March 4, 2025, and Japan did so that very day.", "2025-03-04"),
        ("The FDA cleared it on March 4, 2025; the EMA acted on the same date.", "2025-03-04"),
        ("2025年2月，某药获批上市，当月即开出首张处方。", "2025-02"),
        ("2025年2月，某药获批上市，同一个月又获纳入医保。", "2025-02"),
        ("2025年3月10日，甲药获批。当天，乙药也获批。", "2025-03-10"),
        ("2025年3月10日，甲药获批。当日，乙药也获批。", "2025-03-10"),
        ("2025年3月10日，甲药获批。同一日，乙药也获批。", "2025-03-10"),
    ],
)
def test_an_anaphor_takes_the_date_told_before_it(text: str, expected: str) -> None:
    first, anaphor = find_dates(text, PUBLISHED)
    assert anaphor.start > first.end and anaphor.value == expected


@pytest.mark.parametrize("anaphor", ["同一天", "同日", "当天"])
def test_a_chinese_same_day_skips_a_coarser_date_between(anaphor: str) -> None:
    text = (
        "药审中心4月8日公示，甲药获得临床试验默示许可。甲药已于2024年9月完成首例给药。"
        f"{anaphor}获得默示许可的还有乙药。"
    )
    assert _last(text) == ("2025-04-08", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Monday 10 to Friday 14 March 2025: one month.
        ("The FDA acted on March 12, 2025. The same week, the EMA acted too.", "2025-03"),
        # Monday 31 March to Friday 4 April 2025 spans two quarters: only the year holds it.
        ("The FDA acted on April 2, 2025. That same week, the EMA acted too.", "2025"),
        ("2025年3月12日，甲药获批。同一周，乙药也获批。", "2025-03"),
    ],
)
def test_the_same_week_is_the_working_week_of_the_day_before(text: str, expected: str) -> None:
    assert _last(text)[0] == expected


def test_the_same_week_skips_a_quarter_told_between() -> None:
    text = (
        "The FDA accepted the application on March 12, 2025, setting a decision in the third "
        "quarter of 2025. The EMA validated its own filing the same week."
    )
    assert _last(text)[0] == "2025-03"


def test_a_chinese_same_day_dates_the_event_it_opens() -> None:
    found = run(
        "药审中心官网4月8日显示，某某生物的AB-4410片获得临床试验默示许可。该药已于2024年9月"
        "在海外完成I期首例给药。\n\n同一天获得临床试验默示许可的还有某某医药的CD-5520注射液。",
        published="2025-04-10",
        lang="zh",
    )
    dated = {(m.drug, m.type, m.date) for m in found}
    assert ("CD-5520", "ind_clearance", "2025-04-08") in dated


def test_the_same_month_follows_a_year_typo_corrected_before_it() -> None:
    found = run(
        "6月2日，国家药监局批准某某生物的AB-7301注射液上市。该药的上市许可申请于2025年11月"
        "获药审中心受理，并在同月被纳入优先审评。",
        published="2025-06-05",
        lang="zh",
    )
    dated = {(m.type, m.date) for m in found}
    assert {("application_acceptance", "2024-11"), ("priority_review", "2024-11")} <= dated


def test_the_same_month_of_a_planned_date_stays_a_plan() -> None:
    found = run(
        "6月2日，AB-7302片获得临床试验默示许可。公司计划于2025年11月递交上市申请，并在同月"
        "申请纳入优先审评。",
        published="2025-06-05",
        lang="zh",
    )
    assert {m.type for m in found} == {"ind_clearance"}


@pytest.mark.parametrize(
    "text",
    [
        "2025年3月，甲药获批上市；同日，乙药也获批。",
        "The FDA cleared it in March 2025. The same day, Japan followed.",
    ],
)
def test_the_same_day_after_only_a_month_is_a_day_of_that_month(text: str) -> None:
    assert _last(text) == ("2025-03", "month")
