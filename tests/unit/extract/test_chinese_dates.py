"""Chinese date expressions resolved against the publication date."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_a_weekday_of_last_week_is_that_day() -> None:
    restated = "6月20日（上周五），国家药监局批准科瑞药业的普拉维肽注射液上市。"
    alone = "上周二，国家药监局批准科瑞药业的普拉维肽注射液上市。"
    assert only(run(restated, "2025-06-23"), "approval").date == "2025-06-20"
    assert only(run(alone, "2025-06-23"), "approval").date == "2025-06-17"


def test_last_week_without_its_day_stays_a_window() -> None:
    text = "上周，国家药监局批准科瑞药业的普拉维肽注射液上市。"
    assert only(run(text, "2025-06-23"), "approval").date == "2025-06"


def test_a_regulators_verb_dated_in_its_own_time_zone() -> None:
    text = "美国食品药品监督管理局（FDA）美国东部时间6月10日批准普拉维肽注射液用于成人肥胖症。"
    approval = only(run(text, "2025-06-12"), "approval")
    assert (approval.jurisdiction, approval.date) == ("US", "2025-06-10")


def test_a_regulator_that_has_approved_the_drug_told_before() -> None:
    text = "普拉维肽注射液在海外亦有进展。2025年3月，欧盟委员会也已批准该药用于成人肥胖症。"
    approval = only(run(text, "2025-06-12"), "approval")
    assert (approval.drug, approval.jurisdiction, approval.date) == ("普拉维肽", "EU", "2025-03")


def test_a_withdrawal_dated_before_the_products_parenthesised_names() -> None:
    text = (
        "科瑞药业6月6日撤回了普拉维肽注射液（英文名：pravitide，代号：KR-3301）"
        "治疗成人肥胖症的上市许可申请。"
    )
    withdrawal = only(run(text, "2025-06-12"), "withdrawal")
    assert (withdrawal.drug, withdrawal.date) == ("pravitide", "2025-06-06")


def test_the_share_price_day_does_not_date_an_event_retold_after_it() -> None:
    text = (
        "科瑞药业6月6日撤回了KR-3302片的上市申请。6月9日，科瑞药业股价收跌4%。"
        "有投资者担心，KR-3302撤回申请会拖慢其上市进程。"
    )
    withdrawal = only(run(text, "2025-06-12"), "withdrawal")
    assert withdrawal.date == "2025-06-06"


def test_recently_approved_in_a_roundup_takes_no_month_of_its_summary() -> None:
    text = (
        "6月上半月，国家药监局共批准了多个新药上市。\n\n"
        "二、KR-3303片获批上市\n\n"
        "国家药监局近日批准科瑞药业KR-3303片上市，用于成人患者。"
    )
    approval = only(run(text, "2025-06-12"), "approval")
    assert (approval.drug, approval.date, approval.date_precision) == ("KR-3303", None, "unknown")


def test_a_roundups_month_slash_day_is_a_day_of_this_year() -> None:
    opening = "1/6，国家药监局批准科瑞药业的普拉维肽注射液上市。"
    bracket = "上周五（1/9），科瑞药业的普拉维肽注射液获批上市。"
    assert only(run(opening, "2026-01-13"), "approval").date == "2026-01-06"
    assert only(run(bracket, "2026-01-13"), "approval").date == "2026-01-09"


def test_a_roundups_month_dot_day_is_a_day_of_this_year() -> None:
    opening = "4.8，科瑞药业的普拉维肽注射液获批上市。"
    after_yu = "科瑞药业的KR-101片Ⅱ期临床研究已于4.9完成首例患者给药。"
    assert only(run(opening, "2026-04-14"), "approval").date == "2026-04-08"
    assert only(run(after_yu, "2026-04-14"), "trial_initiation").date == "2026-04-09"


def test_a_decimal_with_a_dot_is_no_day() -> None:
    amount = "科瑞药业的普拉维肽注射液获批上市，公司于4.5亿元融资后扩产。"
    score = "科瑞药业的普拉维肽注射液获批上市，评分：4.5，安全性良好。"
    assert only(run(amount, "2026-04-14"), "approval").date is None
    assert only(run(score, "2026-04-14"), "approval").date is None


def test_a_fraction_or_a_phase_with_a_slash_is_no_day() -> None:
    fraction = "科瑞药业的普拉维肽注射液获批上市，1/3的患者出现缓解。"
    phase = "科瑞药业的KR-101片获FDA批准开展1/2期临床试验。"
    assert only(run(fraction, "2026-01-13"), "approval").date is None
    assert only(run(phase, "2026-01-13"), "ind_clearance").date is None
