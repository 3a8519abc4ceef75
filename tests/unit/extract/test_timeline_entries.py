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


_VERBLESS = (
    "Corvalimab milestones\n"
    "2019 - Company founded in Leiden\n"
    "2021 - EMA scientific advice meeting\n"
    "May 2022 - FDA fast track designation for corvalimab\n"
    "2023 (planned) - Orphan drug designation in the EU\n"
)


def test_a_timeline_entry_naming_a_regulator_and_a_designation_is_that_designation() -> None:
    found = [m for m in run(_VERBLESS, published="2024-09-02") if m.type == "designation"]
    assert [(m.attributes["designation"], m.date) for m in found] == [("fast_track", "2022-05")]


def test_a_designation_named_without_a_verb_outside_a_timeline_is_none() -> None:
    text = "Corvalimab update.\nThe FDA fast track designation for corvalimab is a goal."
    assert not [m for m in run(text, published="2024-09-02") if m.type == "designation"]


def test_a_label_told_as_expanded_is_an_approval() -> None:
    text = (
        "Corvalimab timeline\n"
        "2020 - FDA approves corvalimab for adults with plaque psoriasis\n"
        "April 2023 - Corvalimab label expanded in the US to adolescents\n"
    )
    found = [m for m in run(text, published="2024-09-02") if m.type == "approval"]
    assert sorted(m.date for m in found) == ["2020", "2023-04"]
