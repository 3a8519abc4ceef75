"""Sentences that name a regulatory word without an event of the article's drug: a count of
unnamed products, an unnamed competitor, unnamed countries abroad, a scheme's terms; and a
trial's permission told with the study as its subject (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_a_count_in_words_of_clearances_names_no_drug() -> None:
    found = run(
        "6月3日，某某生物的QX-4410胶囊获得临床试验默示许可。"
        "另一款候选药物QX-4420的临床试验申请已于5月获受理，仍在审评中。"
        "据统计，上半年已有近千个2类新药的临床试验申请获得默示许可。",
        lang="zh",
    )
    assert keys(found) == {("QX-4410", "ind_clearance", "CN")}


def test_one_product_of_a_kind_is_no_count() -> None:
    found = run(
        "6月3日，QX-4430片获国家药监局批准上市。"
        "此前，作为一种口服靶向药物，该药已于2024年5月获得美国FDA批准。",
        lang="zh",
    )
    assert keys(found) == {("QX-4430", "approval", "CN"), ("QX-4430", "approval", "US")}


def test_a_requirement_to_hold_an_approval_is_no_event() -> None:
    found = run(
        "6月3日，QX-4431片已获澳门药监局批准注册。"
        "澳门自2023年5月起实施新机制，只需取得一个参考药物监管机构的批准，即可申请注册。"
        "公司表示，获得澳门批准是公司海外布局的开端。",
        lang="zh",
    )
    assert [m.date for m in found if m.type == "approval"] == ["2025-06-03"]


def test_approval_in_unnamed_countries_abroad_has_no_regulator() -> None:
    found = run(
        "6月3日，某某医院为一名患者开出了QX-4440注射液的首张处方。"
        "据介绍，QX-4440已在境外二十多个国家和地区获批上市，但目前尚未在中国内地获批。",
        lang="zh",
    )
    assert not [m for m in found if m.type == "approval"]


def test_approval_in_a_named_country_abroad_keeps_its_regulator() -> None:
    found = run("据介绍，QX-4450片已于2024年9月在日本获批上市。", lang="zh")
    assert keys(found) == {("QX-4450", "approval", "JP")}


def test_the_terms_of_priority_review_grant_nothing() -> None:
    found = run(
        "6月3日，QX-4460注射液出现在CDE拟纳入优先审评品种公示名单中。"
        "业内人士提醒，儿童用药属于优先审评的适用范围，并不代表该药已经获得批准。",
        lang="zh",
    )
    assert not [m for m in found if m.type == "priority_review"]


def test_a_study_granted_permission_to_run_is_a_clearance() -> None:
    found = run(
        "公司此前披露，QX-4470的I期研究于2024年2月在澳大利亚完成首例受试者给药，"
        "中国的Ib期研究其后亦获得了开展许可，具体时间未披露。",
        lang="zh",
    )
    clearance = only(found, "ind_clearance")
    assert (clearance.drug, clearance.jurisdiction, clearance.date) == ("QX-4470", "CN", None)


def test_a_competitor_of_an_unnamed_company_is_not_the_drug() -> None:
    found = run(
        "Acme Bio said on June 3 that QX-4480 received Fast Track designation from the FDA. "
        "Analysts noted that a PCSK9 antibody of a European company has been approved in "
        "Japan and the US for the same condition.",
    )
    assert keys(found) == {("QX-4480", "designation", "US")}


def test_a_devices_approval_is_not_the_drug_named_before() -> None:
    found = run(
        "On Tuesday the FDA granted Corland Bio's tavremab orphan drug designation for lupus "
        "nephritis. Separately, an implantable glucose sensor from Ashby Medical won FDA "
        "premarket approval last month.",
        published="2025-05-16",
    )
    assert keys(found) == {("tavremab", "designation", "US")}


def test_a_device_cleared_in_chinese_copy_is_no_drugs_approval() -> None:
    found = run(
        "5月6日，恒泽生物的HZ-3301片获得临床试验默示许可。"
        "国家药监局近日批准一款国产脊柱融合器注册上市，该产品属于第三类医疗器械。",
        published="2025-05-12",
        lang="zh",
    )
    assert keys(found) == {("HZ-3301", "ind_clearance", "CN")}


def test_a_regulator_named_for_devices_too_names_no_device() -> None:
    found = run(
        "6月20日，HZ-3302片在日本获批上市。"
        "据公告，公司于去年8月向日本医药品医疗器械综合机构（PMDA）提交了新药上市申请。",
        published="2025-06-23",
        lang="zh",
    )
    assert ("HZ-3302", "application_submission", "JP") in keys(found)
