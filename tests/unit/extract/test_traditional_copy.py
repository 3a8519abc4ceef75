"""Hong Kong, Macau and Taiwan copy in Traditional characters, read by the Simplified rules
(invented sentences)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import keys, only, run


def test_a_hong_kong_breakthrough_inclusion_is_read() -> None:
    text = (
        "港股生技公司瑞川醫藥公布，旗下抗體藥物瑞川單抗（研發代號：RC-881）"
        "已獲國家藥監局納入突破性治療品種。"
    )
    designation = only(run(text, lang="zh"), "designation")
    assert (designation.jurisdiction, designation.attributes) == (
        "CN",
        {"designation": "breakthrough_therapy"},
    )


def test_names_and_quotes_keep_the_original_characters() -> None:
    text = "瑞川醫藥公布，瑞川單抗（RC-881）於3月獲美國FDA授予快速通道資格。"
    designation = only(run(text, lang="zh"), "designation")
    assert "瑞川單抗" in designation.aliases
    assert designation.evidence.quote == text[designation.evidence.start : designation.evidence.end]
    assert designation.evidence.quote.startswith("瑞川醫藥")


def test_taiwan_regulator_in_full_clears_a_trial() -> None:
    text = (
        "〔記者／台北報導〕晶宇生技今日公告，新藥JY-310已於今年2月獲"
        "衛生福利部食品藥物管理署核准執行第二期臨床試驗。"
    )
    clearance = only(run(text, lang="zh"), "ind_clearance")
    assert (clearance.jurisdiction, clearance.agency, clearance.date) == ("TW", "TFDA", "2025-02")


def test_taiwan_regulator_short_form_clears_a_trial() -> None:
    found = run("晶宇生技表示，JY-310上月獲食藥署核准執行二期臨床試驗。", lang="zh")
    assert keys(found) == {("JY-310", "ind_clearance", "TW")}


def test_a_designation_applied_for_is_not_held() -> None:
    found = run("泽宁生物表示，ZN-101已向美国FDA申请孤儿药认定，预计年内取得结果。", lang="zh")
    assert found == []


def test_a_designation_applied_for_in_traditional_copy_is_not_held() -> None:
    found = run(
        "晶宇生技指出，JY-310已於2023年獲美國FDA授予孤兒藥資格，"
        "公司亦已向歐洲藥品管理局遞件申請孤兒藥認定，預期年底前取得結果。",
        lang="zh",
    )
    assert keys(found) == {("JY-310", "designation", "US")}


# Hong Kong's Department of Health in the region's own characters (衞 or 衛, 特區, 藥物辦公室),
# read as the Simplified name is; also when Simplified copy quotes it so.
@pytest.mark.parametrize(
    "regulator",
    [
        "香港特區政府衞生署",
        "香港特區政府衛生署",
        "香港特別行政區衞生署",
        "香港藥物辦公室",
        "衞生署藥物辦公室",
    ],
)
def test_hong_kong_department_of_health_in_traditional_characters(regulator: str) -> None:
    text = f"瑞川醫藥公布，瑞川單抗注射液已於5月獲{regulator}批准註冊，用於治療晚期胃癌。"
    approval = only(run(text, lang="zh"), "approval")
    assert (approval.jurisdiction, approval.agency, approval.date) == ("HK", "DH", "2025-05")


@pytest.mark.parametrize("regulator", ["香港衞生署", "香港特区政府衛生署", "香港药物辦公室"])
def test_simplified_copy_quoting_the_traditional_name_is_hong_kong_s(regulator: str) -> None:
    text = f"瑞川生物称，RC-881已于5月获{regulator}批准注册，用于治疗晚期胃癌。"
    approval = only(run(text, lang="zh"), "approval")
    assert (approval.jurisdiction, approval.agency) == ("HK", "DH")


# Macau's regulator in the region's own characters (澳門藥物監督管理局), read as the
# Simplified name is: Macau's approval, not Hong Kong's or the Mainland's.
@pytest.mark.parametrize(
    "regulator", ["澳門特別行政區藥物監督管理局", "澳門藥物監督管理局", "澳門藥監局"]
)
def test_macau_s_regulator_in_traditional_characters(regulator: str) -> None:
    text = f"瑞川醫藥公布，瑞川單抗注射液已於5月獲{regulator}批准進口註冊，用於治療晚期胃癌。"
    approval = only(run(text, lang="zh"), "approval")
    assert (approval.jurisdiction, approval.agency, approval.date) == ("MO", "ISAF", "2025-05")


# Taiwan's press: the day of the month inside today or yesterday, the filing sent as a
# 查驗登記 case, the TFDA's 優先審查, 規劃 as a plan, and the FDA's IND told as in force.
def test_today_with_its_day_in_brackets_dates_the_announcement() -> None:
    text = "晶宇生技今（12）日公告，新藥JY-310已獲衛生福利部食品藥物管理署核發藥品許可證。"
    approval = only(run(text, published="2025-06-12", lang="zh"), "approval")
    assert (approval.jurisdiction, approval.date) == ("TW", "2025-06-12")


def test_yesterday_with_its_day_in_brackets_reaches_into_the_last_month() -> None:
    text = "晶宇生技昨（31）日晚間公告，JY-310二期臨床試驗已獲食藥署核准執行。"
    clearance = only(run(text, published="2025-06-01", lang="zh"), "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("TW", "2025-05-31")


def test_a_registration_case_sent_to_the_tfda_is_a_submission() -> None:
    text = (
        "晶宇生技表示，JY-310的新藥查驗登記案於2024年9月向TFDA送件，同年11月獲准適用優先審查機制。"
    )
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, lang="zh")}
    assert found == {
        ("application_submission", "TW", "2024-09"),
        ("priority_review", "TW", "2024-11"),
    }


def test_a_filing_the_company_is_planning_is_no_submission() -> None:
    text = "晶宇生技規劃明年上半年向美國FDA遞交JY-310的新藥上市申請。"
    assert run(text, lang="zh") == []


def test_a_trial_the_fda_consented_to_is_a_us_clearance() -> None:
    text = "晶宇生技指出，JY-310的一期試驗已於今年3月獲美國FDA同意進行，IND正式生效。"
    clearance = only(run(text, lang="zh"), "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("US", "2025-03")
