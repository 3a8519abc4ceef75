"""China's regulator programmes (SPARK, CARE) as Chinese copy words them (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_the_care_acronym_with_the_chinese_word_for_plan() -> None:
    found = run("4月9日，某某生物宣布，其AB-9201胶囊被药审中心正式纳入“CARE计划”。", lang="zh")
    inclusion = only(found, "program_inclusion")
    assert inclusion.attributes["program"] == "CARE Plan"
    assert inclusion.date == "2025-04-09"


def test_the_products_a_programme_holds_are_a_rule_not_an_event() -> None:
    found = run(
        "4月9日，AB-9202片获得临床试验默示许可。"
        "药审中心表示，纳入“星光计划”的品种将获得全程沟通指导。",
        lang="zh",
    )
    assert keys(found) == {("AB-9202", "ind_clearance", "CN")}


def test_each_product_listed_after_among_them_is_included() -> None:
    found = run(
        "4月9日，药审中心公布第三批纳入“星光计划”的品种名单，共有4个品种入选，"
        "其中包括某某生物的口服抑制剂AB-9203片和某某医药的单克隆抗体AB-9204注射液。",
        lang="zh",
    )
    assert {(m.drug, m.date) for m in found if m.type == "program_inclusion"} == {
        ("AB-9203", "2025-04-09"),
        ("AB-9204", "2025-04-09"),
    }


def test_a_programmes_generic_subjects_are_not_the_drug_named_before() -> None:
    text = (
        "华康药业6月10日宣布，其KQ-7702颗粒被CDE纳入“星光计划”。该计划旨在支持儿童肿瘤新药研发，"
        "入选品种在递交上市申请时可申请适用优先审评审批程序。试点期间，入选品种获得批准的时间有望缩短。"
        "该计划由CDE于2025年5月29日正式启动，首批入选品种共有6个。"
    )
    found = {(m.drug, m.type, m.date) for m in run(text, published="2025-06-12", lang="zh")}
    assert found == {("KQ-7702", "program_inclusion", "2025-06-10")}


def test_a_programmes_own_start_does_not_date_an_inclusion() -> None:
    text = (
        "华康药业宣布，其KQ-7703颗粒近日入选“星光计划”。"
        "“星光计划”由药审中心于2025年5月29日正式启动，KQ-7703是首批入选的品种之一。"
    )
    found = {(m.drug, m.type, m.date) for m in run(text, published="2025-06-12", lang="zh")}
    assert found == {("KQ-7703", "program_inclusion", None)}


def test_a_trial_started_after_an_inclusion_keeps_its_date() -> None:
    text = "KQ-7704颗粒于2025年6月入选星光计划，于2025年7月启动III期临床试验。"
    found = {(m.type, m.date) for m in run(text, published="2025-08-12", lang="zh")}
    assert found == {("program_inclusion", "2025-06"), ("trial_initiation", "2025-07")}


def test_the_day_the_regulators_notice_arrived_dates_an_undated_inclusion() -> None:
    text = (
        "华康药业6月12日发布公告。\n"
        "KQ-7705颗粒入选了药审中心的“星光计划”，适应症为儿童低级别胶质瘤。"
        "6月11日，华康药业收到了药审中心关于该品种的书面通知。"
    )
    found = run(text, published="2025-06-13", lang="zh")
    assert only(found, "program_inclusion").date == "2025-06-11"


def test_an_inclusion_named_as_a_noun_is_no_event_of_the_drug_after_it() -> None:
    text = (
        "华康药业6月10日宣布，其KQ-7706颗粒被CDE纳入“星光计划”。"
        "另外，华康药业6月9日撤回了KQ-7707片的上市申请。"
        "市场人士表示，“星光计划”的入选利好公司估值，KQ-7707撤回申请则拖慢其上市进程。"
    )
    found = {(m.drug, m.type) for m in run(text, published="2025-06-12", lang="zh")}
    assert found == {("KQ-7706", "program_inclusion"), ("KQ-7707", "withdrawal")}


def test_the_regulator_named_after_the_verb_runs_the_programme_it_included_the_drug_in() -> None:
    text = (
        "大事记\n"
        "2025年10月  在研药物QL-318被纳入CDE“星光计划”\n"
        "2025年12月  QL-318获FDA罕见儿科疾病认定\n"
    )
    found = run(text, published="2026-03-02", lang="zh")
    inclusion = only(found, "program_inclusion")
    assert (inclusion.jurisdiction, inclusion.date) == ("CN", "2025-10")


def test_the_care_plan_by_its_full_chinese_name_or_after_a_chinese_word() -> None:
    full = "3月，某某生物的AB-9301注射液被纳入“以患者为中心的罕见病药物研发鼓励试点”。"
    acronym = "3月，某某生物的AB-9302注射液被纳入罕见病试点，即CARE计划。"
    for text in (full, acronym):
        inclusion = only(run(text, "2026-04-08", lang="zh"), "program_inclusion")
        assert (inclusion.attributes["program"], inclusion.date) == ("CARE Plan", "2026-03")
