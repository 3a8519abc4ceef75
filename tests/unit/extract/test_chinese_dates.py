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
    text = "美国FDA当地时间6月10日批准科瑞药业的普拉维肽注射液（英文名：pravitide），用于成人患者。"
    approval = only(run(text, "2025-06-12"), "approval")
    assert (approval.jurisdiction, approval.date) == ("US", "2025-06-10")


def test_a_regulator_that_has_approved_the_drug_told_before() -> None:
    text = "这是普拉维肽注射液在海外的又一进展。今年3月，欧盟委员会已批准该药用于同一适应症。"
    approval = only(run(text, "2025-06-12"), "approval")
    assert (approval.drug, approval.jurisdiction, approval.date) == ("普拉维肽", "EU", "2025-03")


def test_a_withdrawal_dated_before_the_products_parenthesised_names() -> None:
    text = (
        "公告披露，公司已于6月6日主动撤回普拉维肽注射液（英文名：pravitide，代号：KR-3301）"
        "用于治疗成人肥胖症的新药上市申请。"
    )
    withdrawal = only(run(text, "2025-06-12"), "withdrawal")
    assert (withdrawal.drug, withdrawal.date) == ("pravitide", "2025-06-06")


def test_the_share_price_day_does_not_date_an_event_retold_after_it() -> None:
    text = (
        "公司已于6月6日主动撤回KR-3302片的上市申请。受此消息影响，6月9日公司股价下跌4%。"
        "业内认为，KR-3302撤回申请将推迟其上市。"
    )
    withdrawal = only(run(text, "2025-06-12"), "withdrawal")
    assert withdrawal.date == "2025-06-06"


def test_recently_approved_in_a_roundup_takes_no_month_of_its_summary() -> None:
    text = (
        "据统计，仅6月上旬就有多款新药获批。\n\n"
        "KR-3303片：新一代抑制剂获批\n\n"
        "此外，国家药监局近日还批准了科瑞药业的KR-3303片上市，用于成人患者。"
    )
    approval = only(run(text, "2025-06-12"), "approval")
    assert (approval.drug, approval.date, approval.date_precision) == ("KR-3303", None, "unknown")
