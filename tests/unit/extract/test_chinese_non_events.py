"""Chinese wordings that hold an event's words and report no such event (the orphan
committee's opinion, a filing planned by way of a procedure), and wordings of events that
were missed: a complete response letter's other translation, a committee's negative opinion,
the EMA's confirmation of a valid application and Taiwan's filing (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _events(text: str, published: str = "2025-03-20") -> set[tuple[str, str, object]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published, lang="zh")}


def test_a_holder_change_approved_after_the_verb_is_no_approval() -> None:
    found = _events(
        "3月18日，国家药监局已批准KT-410胶囊（lomitrazine）的药品上市许可持有人由甲方制药"
        "变更为乙方生物。该品种于2021年获批上市。"
    )
    assert found == {("approval", "CN", "2021")}


def test_a_site_change_approved_after_the_verb_is_no_approval() -> None:
    found = _events("3月10日，国家药监局已批准KT-410胶囊的生产场地由苏州变更为无锡。")
    assert found == set()


def test_a_revoked_breakthrough_designation_is_no_grant() -> None:
    found = _events(
        "3月3日，CDE发布公告，撤销KT-410片（lomitrazine，KT-410）“用于复发性胶质母细胞瘤”"
        "的突破性治疗品种认定。2023年5月，KT-410曾被CDE纳入突破性治疗药物程序。"
    )
    assert found == {("designation", "CN", "2023-05")}


def test_quoted_event_words_as_labels_are_no_events() -> None:
    found = _events(
        "3月5日，KT-410片获国家药监局批准上市。3月6日，KT-522注射液收到《药物临床试验批准"
        "通知书》。至此，公司本月斩获“获批上市”与“获批临床”两份批件。"
    )
    assert found == {("approval", "CN", "2025-03-05"), ("ind_clearance", "CN", "2025-03-06")}


def test_a_cutoff_for_products_approved_before_a_date_is_no_approval() -> None:
    found = _events(
        "按照目录规则，仅2024年12月31日前获批上市的药品可以参加谈判，"
        "而KT-410于今年1月才获得国家药监局批准上市。"
    )
    assert found == {("approval", "CN", "2025-01")}


def test_a_complete_response_letter_by_its_other_translation_is_a_rejection() -> None:
    found = _events("KT-410在美国的上市申请（NDA）此前收到FDA的完整回复函，公司计划重新递交。")
    assert found == {("rejection", "US", None)}


def test_taiwan_filing_sent_to_the_regulator_is_a_submission() -> None:
    found = _events(
        "宏远药业于2024年6月向TFDA递件，KT-410注射液的查验登记申请于同年7月获TFDA受理。"
    )
    assert ("application_submission", "TW", "2024-06") in found


def test_filing_to_ask_for_a_designation_is_no_marketing_submission() -> None:
    found = _events("公司已于2月向EMA递件申请KT-410的孤儿药认定，尚待回复。")
    assert not any(kind == "application_submission" for kind, _, _ in found)


def test_a_committees_negative_opinion_over_a_span_of_days_is_a_rejection_that_month() -> None:
    found = _events(
        "在9月8日至11日召开的EMA人用药品委员会（CHMP）例会上，委员会对KT-410的上市许可申请"
        "给出了负面意见。",
        published="2025-10-20",
    )
    assert found == {("rejection", "EU", "2025-09")}


def test_the_orphan_committees_opinion_is_no_second_orphan_designation() -> None:
    found = _events(
        "2025年8月，欧盟委员会授予KT-410孤儿药资格认定，此前EMA孤儿药品委员会（COMP）已于7月"
        "给出积极意见。",
        published="2025-10-20",
    )
    assert found == {("designation", "EU", "2025-08")}


def test_the_emas_confirmation_that_an_application_is_valid_reads_past_bracketed_names() -> None:
    found = _events(
        "EMA已于2025年10月6日确认KT-410（kelnotinib，研发代号KT-410A）的上市许可申请（MAA）有效。",
        published="2025-10-20",
    )
    assert found == {("application_acceptance", "EU", "2025-10-06")}


def test_a_filing_by_way_of_a_procedure_after_a_plan_is_part_of_the_plan() -> None:
    found = _events(
        "公司表示，待欧盟批准后，将以欧盟决定为参照，通过国际认可程序向英国MHRA递交KT-410的"
        "上市申请。",
        published="2025-10-20",
    )
    assert found == set()


def test_a_priority_review_voucher_is_no_priority_review() -> None:
    bought = "某某生物的AB-9501注射液获得一张罕见儿科疾病优先审评券。"
    redeemable = "某某生物获得一张优先审评券，可用于AB-9502注射液的上市申请以获得优先审评。"
    assert run(bought, "2024-10-15", lang="zh") == []
    assert run(redeemable, "2024-10-15", lang="zh") == []


def test_the_steps_of_a_span_are_no_events() -> None:
    text = (
        "3月6日，某某生物的AB-9701片获批上市。从受理到获批，上市申请的标准审评时限为200个工作日。"
    )
    assert _events(text, "2026-03-09") == {("approval", "CN", "2026-03-06")}


def test_the_time_an_approval_took_retells_it() -> None:
    text = "1月16日，某某生物的AB-9702片获批上市。该药的上市申请于2025年1月获受理，历时一年获批。"
    assert _events(text, "2026-04-08") == {
        ("approval", "CN", "2026-01-16"),
        ("application_acceptance", "CN", "2025-01"),
    }


def test_approved_as_an_attribute_of_unnamed_products_is_no_approval() -> None:
    text = (
        "3月，某某生物的AB-9703片被纳入“星光计划”。\n\n分析认为，今年获批新药有望更快进入医保目录。"
    )
    assert _events(text, "2026-04-08") == {("program_inclusion", "CN", "2026-03")}


def test_a_benefit_upon_approval_is_no_event() -> None:
    text = (
        "某某生物的AB-9704片获FDA授予孤儿药资格认定。该认定可使其享有临床试验费用的税收抵免，"
        "以及获批后在美国享有七年市场独占期。"
    )
    assert {kind for kind, _, _ in _events(text, "2024-05-21")} == {"designation"}


def test_a_class_of_approved_products_described_by_most_of_it_is_no_approval() -> None:
    found = _events(
        "同日，公司披露其CAR-T产品KQ-0712的I期临床试验已于上月完成首例受试者给药。"
        "目前国内已获批的CAR-T产品大多定价在100万元以上。"
    )
    assert "approval" not in {kind for kind, _, _ in found}
