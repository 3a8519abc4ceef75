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
