"""Wordings around regulator notices that name a step without reporting it: a rule's title
or procedure, a status asked for, a claim retold, products of a kind, a trend; and China's
implied trial licence as translated copy words it."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run


def test_priority_review_named_in_a_regulation_title_is_no_grant() -> None:
    text = (
        "CDE发布新一批拟优先审评品种公示，鹿桥医药的KQ-7731片在列。"
        "根据《药品上市许可优先审评审批工作程序》，公示期满无异议的，将正式纳入优先审评审批程序。"
    )
    assert ("KQ-7731", "priority_review", "CN") not in keys(run(text))


def test_priority_review_formally_entered_is_still_reported() -> None:
    text = "鹿桥医药的KQ-7731片已于5月9日正式纳入优先审评审批程序。"
    assert ("KQ-7731", "priority_review", "CN") in keys(run(text))


def test_priority_review_applied_for_is_no_grant() -> None:
    text = "鹿桥医药的KQ-7731此前已获批开展临床，此次以突破性治疗为依据申请优先审评。"
    assert ("KQ-7731", "priority_review", "CN") not in keys(run(text))


def test_priority_review_a_product_may_apply_for_is_no_grant() -> None:
    text = (
        "KQ-7731片已被CDE纳入突破性治疗药物程序。根据现行规定，纳入该程序的药物在后续上市申请"
        "阶段可申请适用优先审评审批程序，并有资格申请附条件批准。"
    )
    assert ("KQ-7731", "priority_review", "CN") not in keys(run(text))


def test_only_then_after_the_notice_period_is_a_condition() -> None:
    text = (
        "CDE公示，鹿桥医药的KQ-7731片拟纳入突破性治疗品种。"
        "公示期满无异议的，方正式纳入突破性治疗品种。"
    )
    assert not [m for m in run(text) if m.type == "designation"]


def test_a_claim_quoted_as_a_rumour_is_no_approval() -> None:
    text = (
        "鹿桥医药发布澄清公告。针对网络文章提及KQ-7731片“已被纳入附条件批准通道”的说法，"
        "公司表示审评路径以监管部门结论为准。"
    )
    assert not [m for m in run(text) if m.type == "approval"]


def test_an_approval_rumour_noun_is_no_approval() -> None:
    text = "KQ-7731片的上市申请仍在审评中。近期因获批传闻引发的股价异动频繁。"
    assert not [m for m in run(text) if m.type == "approval"]


def test_products_of_a_kind_said_to_exist_are_not_the_drug() -> None:
    text = (
        "鹿桥医药的KQ-7731片于2023年获得临床试验默示许可。"
        "目前国内已有MET抑制剂获批用于肺癌，但耐药问题仍然突出。"
    )
    assert ("KQ-7731", "approval", "CN") not in keys(run(text))


def test_a_rising_count_of_designations_is_no_designation() -> None:
    text = (
        "鹿桥医药的KQ-7731片于2023年获得临床试验默示许可。"
        "值得注意的是，近期实体瘤领域的突破性治疗认定明显增多。"
    )
    assert not [m for m in run(text) if m.type == "designation"]


def test_a_headline_phase_approved_is_a_trial_clearance() -> None:
    found = keys(run("鹿桥医药KQ-7731片美国II期完成首例给药，日本III期获批"))
    assert ("KQ-7731", "approval", "JP") not in found


def test_default_approval_is_chinas_implied_trial_licence() -> None:
    text = "Acme's QX-118 tablets obtained the default approval of the CDE in March."
    found = keys(run(text))
    assert ("QX-118", "ind_clearance", "CN") in found
    assert ("QX-118", "approval", "CN") not in found


def test_an_application_that_got_the_implied_licence_is_a_trial_application() -> None:
    text = (
        "Acme's QX-118 tablets clinical trial application obtained implied permission. "
        "QX-118 is an oral inhibitor that bound both states of the protein in mice, with "
        "tumour regression in several models of pancreatic, colorectal and lung cancer in "
        "the company's preclinical work over the last three years. "
        "This application was accepted by the CDE in January, and about 60 days later it "
        "obtained the tacit approval."
    )
    assert ("QX-118", "application_acceptance", "CN") not in keys(run(text))


def test_english_general_name_links_the_code() -> None:
    text = (
        "QX-118 (Chinese name Kuaxi Yi, English general name pelvorasib) is an oral KRAS "
        "inhibitor. QX-118 tablets obtained implied permission from the CDE in March. "
        "Pelvorasib was granted FDA fast track designation in 2023."
    )
    assert {m.drug for m in run(text)} == {"pelvorasib"}


def test_application_to_a_programme_is_no_marketing_submission() -> None:
    text = (
        "Acme's QX-118 was included in the Starlight Plan on 3 June. Separately, its other "
        "candidate QX-204, an oral suspension, also submitted the application of Starlight "
        "Plan; the CDE has not replied."
    )
    assert ("QX-204", "application_submission", "CN") not in keys(run(text))


def test_an_application_entered_into_priority_review_is_still_reported() -> None:
    text = "鹿桥医药KQ-7731片的上市申请于今年5月申请优先审评，并于6月被正式纳入优先审评。"
    assert ("KQ-7731", "priority_review", "CN") in keys(run(text))


def test_the_drug_approved_after_kin_products_is_still_reported() -> None:
    text = "国内已有同靶点药物上市。KQ-7731片于5月9日获国家药监局批准上市。"
    assert ("KQ-7731", "approval", "CN") in keys(run(text))


def test_a_trial_phase_in_a_body_sentence_does_not_hide_a_licence() -> None:
    text = "基于III期研究结果，KQ-7731片于5月9日获批上市。"
    assert ("KQ-7731", "approval", "CN") in keys(run(text))
