"""Simplified Chinese articles (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_approval_with_chinese_and_english_names() -> None:
    found = run(
        "6月12日，某某医药发布公告称，其创新药瑞洛替尼片（英文通用名rilotinib，研发代号AB-2001）"
        "已获得国家药品监督管理局批准上市，用于治疗晚期胃癌。",
        lang="zh",
    )
    approval = only(found, "approval")
    assert (approval.drug, approval.jurisdiction, approval.agency) == ("rilotinib", "CN", "NMPA")
    assert {"瑞洛替尼", "AB-2001"} <= set(approval.aliases)
    assert approval.date == "2025-06-12"


def test_acceptance_priority_review_and_recently() -> None:
    found = run(
        "某某生物宣布，其AB-3003的新药上市申请（NDA）近日获国家药品监督管理局受理，并被纳入优先审评程序。"
        "今年3月，该药被药审中心纳入突破性治疗药物程序。",
        lang="zh",
    )
    acceptance = only(found, "application_acceptance")
    assert (acceptance.date, acceptance.date_precision) == (None, "unknown")
    assert acceptance.attributes["application"] == "NDA"
    assert only(found, "priority_review").date is None
    designation = only(found, "designation")
    assert designation.attributes["designation"] == "breakthrough_therapy"
    assert designation.date == "2025-03"


def test_clinical_trial_approval_and_starlight_plan() -> None:
    found = run(
        "某某药业近日收到国家药品监督管理局核准签发的AB-4004片《药物临床试验批准通知书》。"
        "今年5月，AB-4004被纳入药审中心的“星光计划”。若后续研究顺利，公司计划明年递交上市申请。",
        lang="zh",
    )
    assert keys(found) == {
        ("AB-4004", "ind_clearance", "CN"),
        ("AB-4004", "program_inclusion", "CN"),
    }
    assert only(found, "program_inclusion").attributes["program"] == "SPARK Plan"
    assert only(found, "program_inclusion").date == "2025-05"


def test_conditional_and_negated_approval_are_not_milestones() -> None:
    found = run(
        "公司提示，该药尚未获批上市，若获批准将用于治疗肺癌。AB-5005仍处于Ⅲ期阶段。", lang="zh"
    )
    assert found == []


def test_registration_certificate_is_an_approval() -> None:
    found = run("近日，某某制药的AB-6006注射液获得国家药监局核发的药品注册证书。", lang="zh")
    approval = only(found, "approval")
    assert (approval.drug, approval.jurisdiction, approval.date) == ("AB-6006", "CN", None)


def test_chinese_generic_name_is_canonical_over_brand() -> None:
    found = run(
        "8月19日，某某生物的瑞普单抗注射液（商品名：拓康）获批上市。",
        published="2025-08-20",
        lang="zh",
    )
    approval = only(found, "approval")
    assert (approval.drug, approval.aliases) == ("瑞普单抗", ("拓康",))


def test_regulator_named_before_its_verb_and_long_plans() -> None:
    found = run(
        "1月27日，某某医药宣布，AB-0305胶囊获得国家药品监督管理局附条件批准上市。"
        "该药曾于2023年8月被纳入突破性治疗品种，并于2024年5月获得美国FDA授予的孤儿药资格认定。"
        "公司计划于2025年下半年向FDA递交新药上市申请。",
        published="2025-02-03",
        lang="zh",
    )
    assert only(found, "approval").attributes["pathway"] == "conditional"
    designations = {
        (m.attributes["designation"], m.jurisdiction, m.date)
        for m in found
        if m.type == "designation"
    }
    assert designations == {
        ("breakthrough_therapy", "CN", "2023-08"),
        ("orphan_drug", "US", "2024-05"),
    }
    assert not [m for m in found if m.type == "application_submission"]


def test_regulator_as_subject_of_a_dated_approval() -> None:
    text = (
        "6月3日，某公司宣布，欧盟委员会已于当地时间6月2日批准甲替尼（XY-404）用于治疗胆管癌。"
        "此前，日本厚生劳动省已于2023年10月批准甲替尼上市。"
    )
    found = {(m.jurisdiction, m.date) for m in run(text, published="2024-06-03", lang="zh")}
    assert found == {("EU", "2024-06-02"), ("JP", "2023-10")}


def test_approval_notice_and_undated_approval_wording_are_not_dated_approvals() -> None:
    text = "该公司于5月8日收到国家药监局的批准通知书。甲替尼（XY-404）的审评于本月启动。"
    assert [m for m in run(text, published="2024-06-03", lang="zh") if m.type == "approval"] == []


def test_unnamed_products_counted_are_not_the_articles_drug() -> None:
    found = run(
        "某某生物宣布，其AB-7007注射液已获国家药品监督管理局批准上市。"
        "业内人士指出，国内已有多款同类疗法获批，竞争将更加激烈。",
        lang="zh",
    )
    assert len([m for m in found if m.type == "approval"]) == 1


def test_the_products_named_before_share_a_later_event() -> None:
    found = run(
        "甲公司的AB-1101片于2022年3月获附条件批准上市。乙公司的CD-2202胶囊同年8月获附条件批准。"
        "丙公司的EF-3303注射液2023年5月获批上市。上述三款药物的上市申请均曾被纳入优先审评审批程序。",
        lang="zh",
    )
    review = {m.drug for m in found if m.type == "priority_review"}
    assert review == {"AB-1101", "CD-2202", "EF-3303"}


def test_one_approval_notice_naming_two_products_approves_each() -> None:
    found = run(
        "近日，国家药监局按照药品特别审批程序，附条件批准甲药业有限公司申报的1类创新药"
        "AB-6601片（商品名：安达，研发代号：AB-6601），以及乙生物科技有限公司申报的1类创新药"
        "CD-7702胶囊（商品名：康达，研发代号：CD-7702）上市。",
        lang="zh",
    )
    assert keys(found) == {("AB-6601", "approval", "CN"), ("CD-7702", "approval", "CN")}


def test_a_dated_conditional_approval_of_an_import_or_new_indication() -> None:
    found = run(
        "此前，国家药监局已于2023年4月18日附条件批准某某公司EF-8803片增加治疗成人患者的适应症；"
        "2022年9月，国家药监局应急附条件批准另一公司GH-9904片进口注册。",
        lang="zh",
    )
    dates = {(m.drug, m.type): m.date for m in found}
    assert dates == {("EF-8803", "approval"): "2023-04-18", ("GH-9904", "approval"): "2022-09"}


def test_todays_undated_approval_is_not_the_first_dated_one() -> None:
    found = run(
        "近日，某某生物宣布，其AB-4404注射液新适应症获得国家药品监督管理局附条件批准上市。"
        "这是该药在国内获批的第二个适应症。2022年3月，该药首次获国家药监局附条件批准。",
        lang="zh",
    )
    assert sorted(str(m.date) for m in found if m.type == "approval") == ["2022-03", "None"]


def test_a_later_mention_of_the_first_dated_approval_still_folds() -> None:
    found = run(
        "2022年3月，AB-5505片首次获国家药监局批准上市。该药获批上市后，销售额快速增长。",
        lang="zh",
    )
    assert only(found, "approval").date == "2022-03"


def test_priority_review_named_as_an_approvals_route_takes_no_date() -> None:
    found = run(
        "2023年8月15日，AB-6606片通过优先审评审批程序获国家药监局附条件批准上市。", lang="zh"
    )
    assert only(found, "approval").date == "2023-08-15"
    assert only(found, "priority_review").date is None


def test_a_verb_glued_before_a_chinese_name_is_not_part_of_it() -> None:
    from service.extract.names import find_names

    text = "研究显示洛伐替尼在初治患者中获益，联合帕博利珠单抗治疗。"
    assert [n.text for n in find_names(text)] == ["洛伐替尼", "帕博利珠单抗"]


def test_a_background_run_of_approvals_with_bare_later_months() -> None:
    found = {
        (m.type, m.jurisdiction, m.date)
        for m in run(
            "回顾其监管历程，维洛替尼于2021年3月首次获FDA批准；同年6月，欧盟委员会授予其附条件"
            "上市许可；10月，该产品又在日本获批。",
            published="2024-04-07",
        )
    }
    assert found == {
        ("approval", "US", "2021-03"),
        ("approval", "EU", "2021-06"),
        ("approval", "JP", "2021-10"),
    }


def test_this_approval_named_again_is_not_an_approval_where_the_study_ran() -> None:
    found = run(
        "近日，某某生物的AB-7007片已获国家药品监督管理局批准上市，用于治疗晚期肝癌。"
        "晚期肝癌患者预后较差，现有治疗手段有限。此次获批主要基于一项多中心III期研究的结果，该研究在中国、美国和日本开展。"
        "在美国，FDA已授予AB-7007孤儿药资格认定，公司正与FDA沟通注册路径。",
        lang="zh",
    )
    assert {(m.type, m.jurisdiction) for m in found if m.type == "approval"} == {("approval", "CN")}


def test_negation_characters_inside_disease_words_negate_nothing() -> None:
    found = run(
        "FDA已授予AB-8008治疗重症肌无力的孤儿药资格。"
        "AB-9009获国家药监局批准用于未经治疗的不可切除肝癌。",
        lang="zh",
    )
    assert keys(found) == {("AB-8008", "designation", "US"), ("AB-9009", "approval", "CN")}
    negated = run("公司提示，AB-8008尚未获得FDA授予的孤儿药资格，也未获批。", lang="zh")
    assert negated == []


def test_a_trial_application_cleared_with_the_regulator_named_between() -> None:
    found = run(
        "某某生物宣布，AB-1011用于治疗狼疮性肾炎的II期临床试验申请，已获得美国食品药品监督管理局"
        "（FDA）许可。公司已向FDA提交另一项临床试验申请，目前仍在审评中。",
        lang="zh",
    )
    assert keys(found) == {("AB-1011", "ind_clearance", "US")}


def test_a_plan_reaches_across_the_comma_after_its_time_phrase() -> None:
    planned = run(
        "某某医药表示，公司计划在完成与FDA的沟通后，就AB-1212治疗淋巴瘤向FDA递交新药上市申请。",
        lang="zh",
    )
    assert planned == []
    done = run(
        "某某医药表示，在完成与FDA的沟通后，公司已就AB-1212治疗淋巴瘤向FDA递交新药上市申请。",
        lang="zh",
    )
    assert keys(done) == {("AB-1212", "application_submission", "US")}


def test_a_chinese_quarter_dates_to_the_quarter() -> None:
    found = run(
        "某某医药宣布，AB-1313的III期临床研究已于2024年第一季度完成首例受试者入组。",
        published="2024-06-03",
        lang="zh",
    )
    initiation = only(found, "trial_initiation")
    assert (initiation.date, initiation.date_precision) == ("2024-Q1", "quarter")


def test_an_implied_licence_without_the_word_trial_is_a_clearance() -> None:
    found = run("6月3日，某某药业的AB-6107胶囊新适应症获得默示许可，拟开展II期研究。", lang="zh")
    clearance = only(found, "ind_clearance")
    assert (clearance.drug, clearance.date) == ("AB-6107", "2025-06-03")


def test_the_implied_licence_system_is_no_event() -> None:
    found = run(
        "6月3日，AB-6108片被纳入突破性治疗品种。业内人士指出，临床试验默示许可制度实施以来，审评提速明显。",
        lang="zh",
    )
    assert keys(found) == {("AB-6108", "designation", "CN")}


def test_the_ema_validating_an_application_is_its_acceptance() -> None:
    found = run(
        "欧洲方面，欧洲药品管理局（EMA）已于5月完成对AB-6109上市许可申请（MAA）的验证，正式进入审评阶段。",
        lang="zh",
    )
    acceptance = only(found, "application_acceptance")
    assert (acceptance.jurisdiction, acceptance.date) == ("EU", "2025-05")


def test_the_ema_confirming_an_application_valid_is_its_acceptance() -> None:
    found = run(
        "6月4日，欧洲药品管理局已确认某某生物AB-6110注射液的上市许可申请有效，正式进入审评程序。",
        lang="zh",
    )
    acceptance = only(found, "application_acceptance")
    assert (acceptance.jurisdiction, acceptance.date) == ("EU", "2025-06-04")


def test_an_implied_licence_is_chinas_though_the_sentence_names_the_fda() -> None:
    found = run(
        "回顾研发历程，AB-2010于2023年获得临床试验默示许可，同年获美国FDA批准开展临床试验。",
        published="2025-01-06",
        lang="zh",
    )
    assert {(m.type, m.jurisdiction, m.date) for m in found} == {
        ("ind_clearance", "CN", "2023"),
        ("ind_clearance", "US", "2023"),
    }
    translated = run(
        "In 2023, velotinib obtained the implied license of clinical trial, and in 2024 the "
        "FDA cleared its IND.",
        published="2025-01-06",
    )
    assert {(m.type, m.jurisdiction) for m in translated} == {
        ("ind_clearance", "CN"),
        ("ind_clearance", "US"),
    }


def test_a_conditional_approval_of_a_class_1_new_drug_is_chinas() -> None:
    found = run(
        "【快讯】甲公司AB-2011片附条件获批；乙公司XY-12获FDA孤儿药资格认定\n\n"
        "1. 甲公司1类新药AB-2011片附条件获批上市\n\n2. 乙公司XY-12获FDA孤儿药资格认定",
        published="2025-01-06",
        lang="zh",
    )
    assert keys(found) == {
        ("AB-2011", "approval", "CN"),
        ("XY-12", "designation", "US"),
    }


def test_a_roundup_item_about_an_unnamed_new_drug_is_not_the_previous_items() -> None:
    found = run(
        "【早报】甲公司的AB-2012片获国家药监局批准上市；乙公司肾病新药获FDA孤儿药资格认定",
        published="2025-01-06",
        lang="zh",
    )
    assert keys(found) == {("AB-2012", "approval", "CN")}


def test_withdrawing_an_application_said_to_have_been_filed_is_a_withdrawal() -> None:
    text = (
        "2025年11月20日，某某药业宣布，公司已主动撤回了此前向欧洲药品管理局（EMA）递交的"
        "丙替尼（QR-207）片上市许可申请。公司称，此次撤回不影响日后重新提交申请。"
    )
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, published="2025-11-21", lang="zh")}
    assert found == {("withdrawal", "EU", "2025-11-20")}


def test_withdrawing_a_filing_named_by_its_code_is_a_withdrawal() -> None:
    text = "某某药业11月20日表示，已撤回向FDA提交的丙替尼（QR-207）NDA。"
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, published="2025-11-21", lang="zh")}
    assert found == {("withdrawal", "US", "2025-11-20")}


def test_a_withdrawal_as_the_subject_of_a_general_remark_is_no_event() -> None:
    text = (
        "11月20日，丙替尼（QR-207）片的上市申请获得国家药监局受理。"
        "分析人士指出，撤回不影响企业日后重新递交申请。"
    )
    found = {(m.type, m.jurisdiction) for m in run(text, published="2025-11-21", lang="zh")}
    assert found == {("application_acceptance", "CN")}


def test_an_application_validated_by_the_ema_is_accepted() -> None:
    text = (
        "2025年11月20日，某某药业宣布，欧盟委员会已批准丙替尼（QR-207）片上市。"
        "丙替尼的上市许可申请（MAA）于去年9月获得EMA的验证，随即进入集中审评程序。"
        "另一适应症的MAA也已于今年8月通过欧洲药品管理局验证。"
    )
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, published="2025-11-21", lang="zh")}
    assert found == {
        ("approval", "EU", "2025-11-20"),
        ("application_acceptance", "EU", "2024-09"),
        ("application_acceptance", "EU", "2025-08"),
    }


def test_a_confirmatory_study_is_no_validation() -> None:
    text = (
        "11月20日，丙替尼（QR-207）片的上市申请获得国家药监局受理。"
        "该申请基于一项获得监管认可的验证性III期研究。"
    )
    found = {(m.type, m.jurisdiction) for m in run(text, published="2025-11-21", lang="zh")}
    assert found == {("application_acceptance", "CN")}


_WEEKLY = (
    "本周看点：甲岭医药的KRAS抑制剂拿下附条件批准，乙川生物的眼科基因治疗产品收获美国孤儿药"
    "资格；另有一家企业主动撤回了上市申请。\n\n"
    "1. 3月3日，甲岭医药的1类创新药拉索替尼片（英文通用名lasotinib）附条件批准上市。\n"
    "2. 乙川生物公告，其YC-310注射液于3月4日获得美国FDA授予的孤儿药资格认定。\n"
    "3. 丙峰药业公告，已主动向国家药监局撤回BF-77片的上市申请。\n"
)


def test_a_summary_of_other_companies_unnamed_products_is_not_the_first_items_drug() -> None:
    found = run(_WEEKLY, published="2025-03-10", lang="zh")
    assert keys(found) == {
        ("lasotinib", "approval", "CN"),
        ("YC-310", "designation", "US"),
        ("BF-77", "withdrawal", "CN"),
    }


def test_an_application_told_as_sent_to_a_regulator_is_its_submission() -> None:
    text = (
        "丁辰生物宣布，其JAK1抑制剂多瑞替尼（doretinib）用于治疗中重度特应性皮炎的上市许可"
        "申请（MAA）已于近日递交至欧洲药品管理局（EMA），EMA的审查预计下月启动。"
    )
    submission = only(run(text, published="2025-03-10", lang="zh"), "application_submission")
    assert (submission.jurisdiction, submission.date) == ("EU", None)
    assert submission.attributes["application"] == "MAA"


def test_a_submission_naming_the_product_and_its_use_before_the_application() -> None:
    text = "2025年1月，公司向国家药监局递交了多瑞替尼片用于中重度溃疡性结肠炎的新适应症上市申请。"
    found = run(text, published="2025-03-10", lang="zh")
    assert only(found, "application_submission").date == "2025-01"


def test_a_regulator_granting_priority_review_with_its_acceptance() -> None:
    text = (
        "戊岩药业于2025年5月向FDA递交了多瑞替尼的新药上市申请，同年7月FDA受理该申请，"
        "并授予优先审评资格。"
    )
    found = run(text, published="2025-12-01", lang="zh")
    assert only(found, "priority_review").date == "2025-07"


def test_a_regulator_putting_a_drug_in_a_programme_is_no_plan() -> None:
    found = run(
        "2022年4月，国家药监局药品审评中心（CDE）将瑞洛替尼纳入突破性治疗药物程序。",
        published="2024-01-10",
        lang="zh",
    )
    designation = only(found, "designation")
    assert (designation.jurisdiction, designation.date) == ("CN", "2022-04")
    planned = run("公告称，CDE将于下月将AB-8131片纳入突破性治疗药物程序。", lang="zh")
    assert [m.type for m in planned] == []


def test_a_regulator_that_put_a_drug_in_a_programme_on_a_date_is_no_plan() -> None:
    found = run("药审中心于今年3月将汉诺生物的HN-2207纳入“星光计划”。", "2025-06-13", lang="zh")
    inclusion = only(found, "program_inclusion")
    assert (inclusion.drug, inclusion.date) == ("HN-2207", "2025-03")
    found = run("CDE于1月8日将HN-2208片纳入突破性治疗药物程序。", "2025-06-13", lang="zh")
    assert only(found, "designation").date == "2025-01-08"


def test_a_regulator_that_issued_a_marketing_licence_approved() -> None:
    text = "该药已在中国获批；今年4月，加拿大卫生部向HN-2209签发了上市许可（NOC）。"
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, "2025-06-13", lang="zh")}
    assert ("approval", "CA", "2025-04") in found


def test_the_fdas_letter_that_a_study_may_proceed_is_a_clearance() -> None:
    found = run(
        "Pelion Bio于2月向FDA递交了AB-8132的IND，3月中旬收到FDA“研究可以继续进行”的通知。",
        published="2025-04-08",
        lang="zh",
    )
    clearance = only(found, "ind_clearance")
    assert (clearance.drug, clearance.jurisdiction, clearance.date) == ("AB-8132", "US", "2025-03")


def test_an_application_as_the_subject_of_its_filing() -> None:
    found = run(
        "公司治疗银屑病关节炎的AB-8133注射液sBLA已于今年2月递交，目前处于审评阶段。",
        published="2025-04-08",
        lang="zh",
    )
    submission = only(found, "application_submission")
    assert (submission.jurisdiction, submission.date) == ("CN", "2025-02")
    found = run(
        "AB-8134片的上市许可申请（MAA）已于近日递交至欧洲药品管理局（EMA）。",
        published="2025-04-08",
        lang="zh",
    )
    submission = only(found, "application_submission")
    assert (submission.jurisdiction, submission.date) == ("EU", None)


def test_a_conditional_approval_converted_to_a_regular_one_is_a_full_approval_in_china() -> None:
    text = (
        "2023年，美国FDA授予AB-7730孤儿药资格认定。"
        "今年3月，AB-7730的二线适应症由附条件批准转为常规批准。"
    )
    approval = only(run(text, published="2025-08-01", lang="zh"), "approval")
    assert (approval.jurisdiction, approval.date) == ("CN", "2025-03")
    assert approval.attributes["pathway"] == "full"


def test_a_conversion_told_in_short() -> None:
    found = run("2024年9月，AB-7731已转常规批准。", published="2025-08-01", lang="zh")
    assert only(found, "approval").attributes["pathway"] == "full"


def test_a_headlines_short_clinical_application_approved_is_a_trial_clearance() -> None:
    found = run("润川医药RC-208国内II期临床申请获批", published="2025-06-13", lang="zh")
    assert [(m.type, m.jurisdiction) for m in found] == [("ind_clearance", "CN")]
