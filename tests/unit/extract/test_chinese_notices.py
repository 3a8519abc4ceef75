"""Chinese company announcements and regulator notices: risk statements, rules about kinds of
products, and events told one after another (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def _events(text: str, published: str = "2024-10-18") -> set[tuple[str, str, object]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published, lang="zh")}


def test_a_risk_statement_names_no_event() -> None:
    found = _events(
        "风险提示：AB-101的突破性治疗药物认定不代表产品能够获批上市；上市申请获受理并不意味着"
        "产品最终能够获批。"
    )
    assert found == set()


def test_conducting_a_trial_is_no_start_and_a_permission_to_run_one_neither() -> None:
    found = _events(
        "公司收到《药物临床试验批准通知书》，同意AB-101联合化疗开展III期临床试验。"
        "目前，AB-101在美国开展I期临床试验。"
    )
    assert found == {("ind_clearance", "CN", None)}


def test_a_study_that_obtained_approval_is_a_trial_clearance() -> None:
    found = _events("2023年7月，AB-101治疗胰腺癌的关键性临床研究获得CDE批准。")
    assert found == {("ind_clearance", "CN", "2023-07")}


def test_the_first_to_have_filed_describes_the_acceptance() -> None:
    found = run(
        "11月，AB-101新药上市申请获CDE受理，成为国内首个递交上市申请的同类抑制剂。",
        published="2024-12-01",
        lang="zh",
    )
    assert keys(found) == {("AB-101", "application_acceptance", "CN")}


def test_preparing_to_file_is_a_plan() -> None:
    assert _events("另据公开信息，AB-202也在准备向国家药监局递交上市申请。") == set()


def test_another_application_also_accepted_is_another_acceptance() -> None:
    found = run(
        "2023年12月7日，AB-101用于湿疹的上市申请获国家药监局受理。"
        "AB-101用于鼻炎的上市申请也已先后获得受理，目前处于审评阶段。",
        lang="zh",
    )
    acceptances = [m.date for m in found if m.type == "application_acceptance"]
    assert sorted(acceptances, key=str) == ["2023-12-07", None]


def test_a_rule_about_kinds_of_products_names_no_event() -> None:
    found = _events(
        "根据规定，纳入优先审评的上市申请，审评时限为130个工作日。"
        "纳入突破性治疗药物程序的品种，申请人可申请沟通交流。AB-101仍在研究中。"
    )
    assert found == set()


def test_a_title_of_rules_is_not_a_designation() -> None:
    found = _events(
        "根据《突破性治疗药物审评工作程序（试行）》的相关规定，药审中心拟将AB-101纳入突破性"
        "治疗药物程序，现予以公示。"
    )
    assert found == set()


def test_thereafter_the_later_event_has_no_date_of_its_own() -> None:
    found = run(
        "2023年12月，AB-101的上市许可申请获国家药监局受理，其后被CDE纳入优先审评审批程序。",
        lang="zh",
    )
    assert only(found, "application_acceptance").date == "2023-12"
    assert only(found, "priority_review").date is None


def test_a_committees_recommendation_to_approve_is_no_approval() -> None:
    found = _events(
        "今年5月，欧洲药品管理局人用药品委员会（CHMP）对AB-101的上市申请给出积极意见，建议批准上市。"
    )
    assert found == set()


def test_a_permission_to_run_a_trial_abroad_is_a_trial_clearance() -> None:
    found = run("在海外，AB-101已获FDA许可开展全球注册III期临床研究。", lang="zh")
    clearance = only(found, "ind_clearance")
    assert (clearance.jurisdiction, clearance.attributes) == ("US", {"phase": "3"})


def test_an_approval_that_will_bring_something_is_a_generic_statement() -> None:
    assert _events("业内认为，AB-101获批将为患者提供新的选择。") == set()


def test_the_date_cde_took_an_application_in_is_its_acceptance() -> None:
    found = _events("CDE官网显示，AB-101新药上市申请（NDA）的承办日期为5月8日。")
    assert found == {("application_acceptance", "CN", "2024-05-08")}


def test_a_change_of_manufacturing_site_approved_is_no_marketing_approval() -> None:
    found = run(
        "1月9日，某某制药的AB-7301片获批上市，用于治疗成人高血压；另有AB-7302胶囊（某某药业）"
        "的变更药品生产场地补充申请获批，本次变更涉及新增生产基地。",
        published="2025-01-10",
        lang="zh",
    )
    assert keys(found) == {("AB-7301", "approval", "CN")}


def test_a_change_approved_in_the_same_sentence_leaves_the_approval_before_it() -> None:
    found = run(
        "1月9日，AB-7303片获批上市，AB-7304注射液的上市许可持有人变更申请也获批准。",
        published="2025-01-10",
        lang="zh",
    )
    assert keys(found) == {("AB-7303", "approval", "CN")}


def test_an_acceptance_number_field_labels_an_application_and_reports_nothing() -> None:
    listing = (
        "拟纳入品种名单：\n1. 受理号：CXHL2600123；药品名称：AB-101片；申请人：某某医药有限公司\n"
        "2. 受理号为CXSL2600456，药品名称：注射用CD-202"
    )
    assert _events(listing) == set()
    found = _events("AB-101片的上市申请于2024年9月3日获得CDE受理，受理号为CXHS2400789。")
    assert found == {("application_acceptance", "CN", "2024-09-03")}


def test_permission_to_run_a_trial_in_one_word_is_a_clearance() -> None:
    text = "7月18日，瑞安生物的卡普西兰注射液获准开展II期临床试验，适应症为高胆固醇血症。"
    negated = "卡普西兰注射液尚未获准开展临床试验。"
    clearance = only(run(text, "2025-07-21"), "ind_clearance")
    assert (clearance.date, clearance.attributes.get("phase")) == ("2025-07-18", "2")
    assert run(negated, "2025-07-21") == []


def test_a_withdrawn_application_named_after_what_it_is_for_is_a_withdrawal() -> None:
    text = (
        "6月5日，药审中心官网显示，丰和生物已主动撤回普维利单抗联合化疗一线治疗晚期食管鳞癌的"
        "上市申请。"
    )
    withdrawal = only(run(text, "2025-06-09"), "withdrawal")
    assert (withdrawal.drug, withdrawal.date) == ("普维利单抗", "2025-06-05")
    assert (
        run("丰和生物不会撤回普维利单抗联合化疗一线治疗晚期食管鳞癌的上市申请。", "2025-06-09")
        == []
    )


def test_a_heading_takes_its_regulator_from_the_section_below_it() -> None:
    text = (
        "关于维诺替尼\n\n维诺替尼为本集团首个商业化产品。本集团尚未就维诺替尼向FDA递交任何上市申请。"
        "\n\nKX-501获临床试验批准\n\n董事会宣布，本集团的KX-501注射液已于2025年6月3日获"
        "国家药监局批准开展I期临床试验，用于治疗晚期实体瘤。"
    )
    found = [(m.drug, m.type, m.jurisdiction, m.date) for m in run(text, "2025-06-06")]
    assert found == [("KX-501", "ind_clearance", "CN", "2025-06-03")]


def test_an_application_a_partner_filed_then_accepted_is_an_acceptance() -> None:
    text = "在日本，由授权方樱花制药提交的KR-3304上市申请已于3月获得厚生劳动省受理。"
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, "2025-06-12", lang="zh")}
    assert found == {("application_acceptance", "JP", "2025-03")}


def test_a_trial_a_licence_requires_does_not_make_it_a_trial_clearance() -> None:
    found = _events(
        "公司于2024年10月16日收到国家药监局核准签发的QX-880片《药品注册证书》。"
        "本品为附条件批准上市，持有人须在规定期限内完成确证性临床试验。"
    )
    assert found == {("approval", "CN", "2024-10-16")}


def test_a_trial_licence_with_its_abbreviation_between_is_a_clearance() -> None:
    found = _events("2024年7月，QX-880片获得美国FDA的新药临床试验（IND）许可。")
    assert found == {("ind_clearance", "US", "2024-07")}


def test_the_day_after_an_acceptance_is_no_second_acceptance() -> None:
    found = _events(
        "10月9日，QX-880片的上市申请获CDE受理。受理次日，CDE将该申请列入拟优先审评名单公示。"
    )
    assert found == {("application_acceptance", "CN", "2024-10-09")}


def test_a_count_of_accepted_applications_is_no_drugs_acceptance() -> None:
    found = _events(
        "QX-880片的上市申请于10月9日获CDE受理。QX-990胶囊的临床试验申请本周亦获CDE受理。"
        "2024年以来CDE受理的1类新药上市申请数量同比增长两成。"
    )
    assert found == {("application_acceptance", "CN", "2024-10-09")}


def test_a_steps_labelled_date_is_its_own_not_the_days_it_was_told() -> None:
    found = _events(
        "12月2日晚，宁川生物发布公告称，NC-101注射液的上市申请已获国家药监局受理，"
        "受理号为JXSS2500001，受理日期为11月28日。",
        "2025-12-03",
    )
    assert found == {("application_acceptance", "CN", "2025-11-28")}
