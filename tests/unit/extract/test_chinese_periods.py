"""Chinese quarters, halves and parts of a year, weekday-dated decisions and month lists."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_a_quarter_of_last_year_keeps_its_quarter() -> None:
    text = "科瑞药业的KR-5501片上市申请于去年第三季度获CDE受理。"
    acceptance = only(run(text, "2025-05-10"), "application_acceptance")
    assert (acceptance.date, acceptance.date_precision) == ("2024-Q3", "quarter")


def test_a_bare_quarter_is_this_years() -> None:
    text = "科瑞药业的KR-5502注射液的IND申请于第一季度获得FDA批准。"
    clearance = only(run(text, "2025-05-10"), "ind_clearance")
    assert clearance.date == "2025-Q1"


def test_a_half_year_dates_to_its_year() -> None:
    text = "据公司年报，KR-5503胶囊于上半年获得国家药监局批准上市。"
    approval = only(run(text, "2025-09-02"), "approval")
    assert (approval.date, approval.date_precision) == ("2025", "year")


def test_the_start_of_the_year_is_its_first_quarter() -> None:
    text = "科瑞药业的KR-5504片年初获美国FDA授予孤儿药资格。"
    designation = only(run(text, "2025-09-02"), "designation")
    assert designation.date == "2025-Q1"


def test_a_decision_dated_by_last_weeks_weekday_and_its_day() -> None:
    text = "欧盟委员会已于上周三（5月7日）批准KR-5505注射液（velmarotug）用于成人胃癌。"
    approval = only(run(text, "2025-05-12"), "approval")
    assert (approval.jurisdiction, approval.date) == ("EU", "2025-05-07")


def test_a_year_in_review_by_month_keeps_the_reviewed_year() -> None:
    text = (
        "回顾科瑞药业的一年，小编整理如下。\n"
        "【2月】KR-5506片获FDA授予快速通道资格。\n"
        "【4月】KR-5506片的上市申请获CDE受理。\n"
        "【7月】公司完成新一轮融资。\n"
        "【10月】KR-5507注射液的临床试验申请获CDE默示许可。\n"
        "【12月】公司举办研发开放日。"
    )
    milestones = run(text, "2026-01-08")
    assert only(milestones, "designation").date == "2025-02"
    assert only(milestones, "application_acceptance").date == "2025-04"
    assert only(milestones, "ind_clearance").date == "2025-10"
