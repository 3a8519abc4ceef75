"""Events dated after the article was published are plans, not milestones, unless told as
done: then the year is a typo (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


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


# A done event dated after publication: the year is a typo, one too high (`late_years`).
def test_a_done_acceptance_dated_months_after_publication_is_a_year_too_high() -> None:
    found = run(
        "Halvorsen Bio said the FDA had issued a complete response letter for its BLA for "
        "dorelimab. The agency accepted the BLA in October 2024 and granted it priority "
        "review, setting a goal date of June 2.",
        published="2024-06-05",
    )
    dated = {(m.type, m.date) for m in found}
    assert {("application_acceptance", "2023-10"), ("priority_review", "2023-10")} <= dated
    conflict = only(found, "application_acceptance").attributes["date_conflict"]
    assert isinstance(conflict, dict) and conflict["stated"] == "2024-10"
    # Told as a plan, or more than a year ahead, the date stays a plan's.
    planned = run(
        "Halvorsen Bio expects the FDA to accept the BLA for dorelimab in October 2024.",
        published="2024-06-05",
    )
    far = run("The FDA accepted the BLA for dorelimab in October 2025.", published="2024-06-05")
    assert planned == far == []


def test_a_done_submission_dated_on_a_later_day_is_a_year_too_high() -> None:
    found = run(
        "Tamsui Pharma has won approval in Japan for ketravistat. Tamsui filed the JNDA for "
        "ketravistat on September 9, 2025 under the priority review framework.",
        published="2025-06-20",
    )
    assert ("application_submission", "2024-09-09") in {(m.type, m.date) for m in found}
    planned = run(
        "Tamsui Pharma will file the JNDA for ketravistat on September 9, 2025.",
        published="2025-06-20",
    )
    assert planned == []


def test_a_date_after_a_done_event_that_another_predicate_owns_stays_a_plan() -> None:
    found = run(
        "The first patient was dosed in the phase 2 study of borvacitinib in China in "
        "November 2025. The FDA granted priority review to lentuzumab and is set to decide "
        "in November 2025.",
        published="2025-05-12",
    )
    assert {(m.drug, m.type, m.date) for m in found} == {
        ("borvacitinib", "trial_initiation", "2024-11")
    }


def test_a_chinese_acceptance_told_done_in_a_later_month_is_a_year_too_high() -> None:
    found = run(
        "澄岭医药宣布，其KL-3307胶囊的上市许可申请已于2025年10月获国家药监局药品审评中心受理。"
        "公司计划于2025年10月向FDA递交KL-3307胶囊的新药上市申请。"
        "KL-5510片的PDUFA日期为2025年9月12日，其新药上市申请已获FDA受理。",
        published="2025-04-28",
        lang="zh",
    )
    # (A target date is no acceptance's: KL-5510's is not moved a year back.)
    assert {(m.drug, m.jurisdiction, m.date) for m in found} == {("KL-3307", "CN", "2024-10")}


def test_a_yearless_quarter_of_a_done_event_is_the_last_such_quarter() -> None:
    found = run(
        "In the third quarter, the FDA granted Fast Track designation to sorvanib for "
        "glioblastoma. Orlin expects that in the third quarter the FDA will grant Orphan Drug "
        "designation to sorvanib.",
        published="2026-02-24",
    )
    granted = only(found, "designation")
    assert (granted.date, granted.attributes.get("designation")) == ("2025-Q3", "fast_track")
    assert "date_conflict" not in granted.attributes  # no year was stated


def test_a_target_date_named_after_its_statute_dates_no_priority_review() -> None:
    found = run(
        "Ferrowind said the FDA accepted the NDA for dalmostat. The agency granted the NDA "
        "Priority Review and set a target action date under the Prescription Drug User Fee "
        'Act ("PDUFA") of October 3, 2025.',
        published="2025-04-01",
    )
    assert only(found, "priority_review").date is None


def test_a_filing_a_cash_runway_reaches_past_is_still_ahead() -> None:
    found = run(
        "The FDA granted velotinib orphan drug designation in 2023. With $250 million at the "
        "end of March, Harwick says it is funded into 2027, beyond the velotinib BLA submission.",
        published="2025-05-14",
    )
    assert keys(found) == {("velotinib", "designation", "US")}


def test_a_target_date_after_a_done_event_leaves_it_standing() -> None:
    # The PDUFA date is the decision's awaited date, not a plan for the acceptance.
    found = run(
        "Morrow Thera said the FDA accepted the BLA for quenzolimab, with a PDUFA target "
        "action date in the second quarter of 2026.",
        published="2025-11-20",
    )
    assert {(m.type, m.date) for m in found} == {("application_acceptance", None)}
    # Priority review told after the acceptance takes the acceptance's date.
    both = run(
        "In September, the FDA accepted the NDA for quenzolimab and granted priority "
        "review, so the goal date falls in the first quarter of 2026.",
        published="2025-11-20",
    )
    dated = {(m.type, m.date) for m in both}
    assert dated == {("application_acceptance", "2025-09"), ("priority_review", "2025-09")}


def test_an_event_forecast_as_likely_did_not_happen() -> None:
    text = (
        "In May Ormsby Bio withdrew its EU application for tavoprost after the committee's "
        "questions made a negative opinion likely."
    )
    assert [m.type for m in run(text, "2025-06-20")] == ["withdrawal"]
