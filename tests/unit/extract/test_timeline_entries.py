"""Histories laid out as timelines: entries opened by their date (a year alone, too), and
one date to an entry's several clauses (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run

_SIDEBAR = (
    "Dovatrectinib at a glance\n"
    "2017 - CDE clears China IND for dovatrectinib\n"
    "March 2019 - First patient dosed in the China phase 2 trial\n"
    "2020 - dovatrectinib granted FDA orphan drug designation\n"
)


def test_a_year_opening_a_timeline_line_dates_its_entry() -> None:
    found = run(_SIDEBAR, published="2024-09-02")
    assert only(found, "ind_clearance").date == "2017"
    assert only(found, "designation").date == "2020"


def test_a_year_opening_a_sentence_without_separator_is_no_entry() -> None:
    text = "Dovatrectinib update.\n2017 was the year the FDA granted it orphan drug designation."
    assert only(run(text, published="2024-09-02"), "designation").date is None


def test_an_entrys_date_covers_each_of_its_clauses() -> None:
    text = (
        "Timeline\n"
        "Q3 2022 - NMPA accepts NDA for dovatrectinib; priority review granted\n"
        "June 2023 - Conditional approval in China\n"
    )
    found = run(text, published="2024-09-02")
    assert only(found, "application_acceptance").date == "2022-Q3"
    assert only(found, "priority_review").date == "2022-Q3"


def test_a_chinese_entrys_year_dates_the_event_after_a_non_event() -> None:
    text = (
        "公司大事记\n"
        "2021年6月  米洛替尼获NMPA批准上市\n"
        "2022年  公司完成C轮融资；米洛替尼获美国FDA孤儿药资格认定\n"
    )
    found = run(text, published="2024-09-02", lang="zh")
    assert only(found, "designation").date == "2022"
