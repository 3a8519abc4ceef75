"""Events dated after the article was published are plans, not milestones (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run


def test_a_filing_dated_in_a_later_year_is_a_plan() -> None:
    found = run(
        "3月2日，某某生物的AB-7101片获得临床试验默示许可。"
        "公司方面透露，基于正在进行的II期研究，于2027年下半年向药审中心递交上市申请。",
        published="2026-03-04",
        lang="zh",
    )
    assert keys(found) == {("AB-7101", "ind_clearance", "CN")}


def test_a_month_after_publication_is_a_plan_but_the_same_month_is_news() -> None:
    later = run(
        "Acme Bio submits the new drug application for velotinib to the FDA in September 2025.",
        published="2025-08-14",
    )
    assert later == []
    found = run(
        "Acme Bio submitted a new drug application for velotinib to the FDA in August 2025.",
        published="2025-08-14",
    )
    assert {(m.type, m.date) for m in found} == {("application_submission", "2025-08")}


def test_a_day_across_the_date_line_is_still_news() -> None:
    found = run(
        "美国时间2025年8月15日，某某医药宣布FDA已批准AB-7102上市，用于治疗胃癌。",
        published="2025-08-14",
        lang="zh",
    )
    assert {(m.type, m.date) for m in found} == {("approval", "2025-08-15")}
