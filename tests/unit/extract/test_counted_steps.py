"""Dates told as a step from the date before them: 次月, 次年3月, "两个月后", "a month
afterwards", "the subsequent year" (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from service.extract.dates import find_dates
from tests.unit.extract.helpers import only, run

PUBLISHED = dt.date(2025, 9, 2)


def _last(text: str) -> tuple[str | None, str]:
    last = find_dates(text, PUBLISHED)[-1]
    return last.value, last.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年11月，甲药的申请获受理，次月获纳入突破性治疗。", ("2023-12", "month")),
        ("2023年12月，甲药的申请获受理，翌月获纳入突破性治疗。", ("2024-01", "month")),
        ("甲药于2022年获孤儿药认定，次年获批上市。", ("2023", "year")),
        ("甲药于2022年5月递交申请，翌年获批。", ("2023", "year")),
        ("甲药于2022年10月递交申请，次年4月获批。", ("2023-04", "month")),
        ("甲药于2022年10月递交申请，翌年4月18日获批。", ("2023-04-18", "day")),
        ("甲药于2022年10月递交申请，于第二年获批。", ("2023", "year")),
        ("甲药于2024年3月递交申请，三个月后获受理。", ("2024-06", "month")),
        ("甲药于2024年3月递交申请，仅两个月后即获受理。", ("2024-05", "month")),
        ("甲药于2024年3月递交申请，半年后获批。", ("2024-09", "month")),
        ("甲药于2024年3月递交申请，一个季度后获批。", ("2024-Q2", "quarter")),
        # A step of months from a date told only by its year stays in that year.
        ("甲药的申请于去年年中获受理，次月获纳入优先审评。", ("2024", "year")),
        ("Vantrazumab was filed in October 2023; a month afterwards it was accepted.",
         ("2023-11", "month")),
        ("Vantrazumab was filed in October 2023 and accepted the subsequent month.",
         ("2023-11", "month")),
        ("Vantrazumab was designated in 2021 and approved two years afterwards.",
         ("2023", "year")),
    ],
)  # fmt: skip
def test_a_step_counts_from_the_date_before(text: str, expected: tuple[str, str]) -> None:
    assert _last(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "甲药治疗第二年的数据显示疗效持续。",  # a trial's second year, no date
        "公司计划于次年度递交上市申请。",  # a fiscal year from now: a plan
        "甲药于2024年3月获批，获批两个月后实现首张处方。",  # counted from an event, not a date
    ],
)
def test_words_like_a_step_that_count_none(text: str) -> None:
    assert [d.value for d in find_dates(text, PUBLISHED)] in ([], ["2024-03"])


def test_the_following_month_dates_an_event_in_a_chinese_history() -> None:
    text = (
        "回顾研发历程：2024年11月，坦罗美替尼（tanrometinib）的上市申请获国家药监局药品审评"
        "中心（CDE）受理，并于次月被纳入优先审评审批程序。"
    )
    milestones = run(text, published="2025-09-02", lang="zh")
    assert only(milestones, "priority_review").date == "2024-12"
    assert only(milestones, "application_acceptance").date == "2024-11"


def test_a_plan_told_for_the_following_year_is_no_filing() -> None:
    text = (
        "2024年11月，坦罗美替尼（tanrometinib）获国家药监局批准上市。"
        "公司计划于次年向美国FDA递交新药上市申请。"
    )
    milestones = run(text, published="2024-12-20", lang="zh")
    assert not [m for m in milestones if m.type == "application_submission"]
