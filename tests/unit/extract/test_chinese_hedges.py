"""Chinese wordings that name an event without reporting it happened (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run


def test_no_product_yet_negates_a_distant_verb() -> None:
    found = run(
        "5月8日，某某生物的AB-8101注射液获得临床试验默示许可。"
        "该病目前在全球范围内仍无任何靶向病因的疗法获批上市。",
        lang="zh",
    )
    assert keys(found) == {("AB-8101", "ind_clearance", "CN")}


def test_a_hope_to_file_is_a_plan() -> None:
    found = run(
        "5月8日，某某生物的AB-8102片获得临床试验默示许可。公司首席执行官表示，希望尽快递交上市申请。",
        lang="zh",
    )
    assert keys(found) == {("AB-8102", "ind_clearance", "CN")}


def test_an_eligibility_for_priority_review_is_not_a_grant() -> None:
    found = run(
        "5月8日，AB-8103片被药审中心纳入突破性治疗品种。"
        "业内人士认为，获得该认定后，该药在上市申请阶段有机会适用优先审评程序。",
        lang="zh",
    )
    assert keys(found) == {("AB-8103", "designation", "CN")}


def test_a_count_of_products_names_no_drug() -> None:
    found = run(
        "5月8日，某某生物的AB-8104片获得临床试验默示许可，拟用于神经母细胞瘤。"
        "国内已获批的儿童专用抗肿瘤药物数量仍然有限。",
        lang="zh",
    )
    assert keys(found) == {("AB-8104", "ind_clearance", "CN")}


def test_a_count_of_clearances_names_no_drug() -> None:
    found = run(
        "5月8日，AB-8105片被药审中心纳入突破性治疗品种。今年以来，国内1类创新药获批数量同比增长三成。",
        lang="zh",
    )
    assert keys(found) == {("AB-8105", "designation", "CN")}


def test_an_application_for_a_designation_is_neither_it_nor_a_filing() -> None:
    found = run(
        "5月8日，AB-8106片获得国家药监局临床试验默示许可。"
        "公司还透露，其向欧洲药品管理局提交的孤儿药资格认定申请已获受理，目前正在评估中。",
        lang="zh",
    )
    assert keys(found) == {("AB-8106", "ind_clearance", "CN")}


def test_a_designation_application_that_was_granted_is_the_designation() -> None:
    found = run("5月8日，AB-8107片的孤儿药资格认定申请获得美国FDA批准。", lang="zh")
    assert keys(found) == {("AB-8107", "designation", "US")}


def test_a_number_of_applications_approved_names_no_drug() -> None:
    found = run(
        "1月9日，AB-8111片获得临床试验默示许可。此外，本期还有24个仿制药受理号获批，"
        "品种以抗感染类药物为主。",
        published="2025-01-10",
        lang="zh",
    )
    assert keys(found) == {("AB-8111", "ind_clearance", "CN")}


def test_a_scheme_defined_is_no_event() -> None:
    found = run(
        "5月8日，AB-8112片的上市申请获CDE受理。优先审评是药品注册四个加快通道之一，纳入的品种审评时限缩短。",
        lang="zh",
    )
    assert keys(found) == {("AB-8112", "application_acceptance", "CN")}


def test_obtaining_a_status_as_the_topic_of_a_sentence_is_no_event() -> None:
    found = run(
        "5月8日，AB-8113片获得临床试验默示许可。对企业来说，获得孤儿药资格认定意味着可以享受税收减免。",
        lang="zh",
    )
    assert keys(found) == {("AB-8113", "ind_clearance", "CN")}


def test_entering_a_programme_as_the_topic_of_a_sentence_is_no_event() -> None:
    found = run(
        "10月9日，AB-8114胶囊被CDE正式纳入“星光计划”。此外，美国FDA此前已授予AB-8114孤儿药资格认定。"
        "公司表示：“入选‘星光计划’意味着我们能与审评团队充分沟通。”",
        published="2025-10-10",
        lang="zh",
    )
    assert {(m.type, m.jurisdiction, m.date) for m in found} == {
        ("program_inclusion", "CN", "2025-10-09"),
        ("designation", "US", None),
    }


def test_the_steps_a_duration_is_measured_between_are_no_events() -> None:
    text = (
        "普拉维肽注射液于2025年5月2日获国家药监局批准上市。该药的上市申请于2024年6月获受理，"
        "并于同年8月被纳入优先审评，从受理到获批用时不到11个月。"
    )
    found = sorted((m.type, m.date) for m in run(text, "2025-05-06"))
    assert found == [
        ("application_acceptance", "2024-06"),
        ("approval", "2025-05-02"),
        ("priority_review", "2024-08"),
    ]


def test_an_expected_approval_time_in_forward_looking_boilerplate_is_no_approval() -> None:
    found = run(
        "5月8日，AB-8115片的上市申请获国家药监局受理。"
        "本新闻稿含有前瞻性陈述，例如关于AB-8115的预期获批时间与上市安排的陈述。",
        lang="zh",
    )
    assert keys(found) == {("AB-8115", "application_acceptance", "CN")}


def test_whether_and_when_an_approval_comes_is_uncertain() -> None:
    found = run(
        "5月8日，AB-8116片的上市申请获国家药监局受理。"
        "AB-8116最终能否获得批准及何时获批，目前仍存在一定的不确定性。"
        "审评进度及获批时间均存在不确定性。",
        lang="zh",
    )
    assert keys(found) == {("AB-8116", "application_acceptance", "CN")}


def test_what_an_approval_would_then_allow_is_no_approval() -> None:
    found = run(
        "5月8日，AB-8117片的上市申请获国家药监局受理。"
        "AB-8117获批后可作为二线治疗的新选择。该药获批上市后将惠及更多的胆道癌患者。",
        lang="zh",
    )
    assert keys(found) == {("AB-8117", "application_acceptance", "CN")}


def test_an_expectation_reaches_a_distant_verb_in_its_phrase() -> None:
    found = run(
        "5月8日，AB-8118片的上市申请获国家药监局受理。"
        "公司预计，旗下在研的AB-8119注射液在今年第三季度末之前会获得FDA的临床试验批准，"
        "并预期AB-8118的二期试验很快会拿到药审中心的临床试验批准通知书。",
        lang="zh",
    )
    assert keys(found) == {("AB-8118", "application_acceptance", "CN")}


def test_a_past_approval_with_a_body_named_before_it_is_not_a_modal() -> None:
    found = run(
        "5月8日，欧盟委员会已于5月6日批准AB-8120片上市。",
        published="2025-05-08",
        lang="zh",
    )
    assert {(m.type, m.jurisdiction, m.date) for m in found} == {("approval", "EU", "2025-05-06")}


def test_the_implied_licence_deadline_is_the_rule_not_a_clearance() -> None:
    found = run(
        "5月8日，AB-8121片的上市申请获国家药监局受理。"
        "另据介绍，AB-8122注射液的临床试验申请已于4月递交，默示许可时限为60个工作日，"
        "公司预计年中会获得临床试验批准。",
        lang="zh",
    )
    assert keys(found) == {("AB-8121", "application_acceptance", "CN")}


def test_a_dated_approval_followed_by_what_comes_next_is_an_approval() -> None:
    found = run("AB-8123片于5月获批后将于7月正式上市销售。", published="2025-06-20", lang="zh")
    assert {(m.type, m.date) for m in found} == {("approval", "2025-05")}


def test_an_aim_after_a_plan_in_its_sentence_is_part_of_the_plan() -> None:
    found = run(
        "2025年，公司将力争实现AB-3301片在国内获批上市，推动AB-4402进入Ⅱ期临床，并完成"
        "AB-5503的患者入组。",
        published="2025-03-28",
        lang="zh",
    )
    assert keys(found) == set()


def test_an_expectation_inside_a_long_match_is_a_plan() -> None:
    found = run(
        "5月8日，AB-8124片获得临床试验默示许可；该药的Ⅲ期临床研究预计于今年下半年启动。",
        published="2025-05-12",
        lang="zh",
    )
    assert keys(found) == {("AB-8124", "ind_clearance", "CN")}


def test_a_designation_still_being_asked_for_is_not_held() -> None:
    found = run(
        "AB-8109片已于去年获得FDA授予的孤儿药资格；公司正在向FDA申请突破性疗法认定。",
        lang="zh",
    )
    assert [(m.attributes["designation"], m.date) for m in found] == [("orphan_drug", "2024")]


def test_preparing_to_file_is_a_plan() -> None:
    found = run(
        "5月8日，AB-8125片获得临床试验默示许可。公司表示，正在筹备向香港卫生署递交该药的上市申请。",
        lang="zh",
    )
    assert keys(found) == {("AB-8125", "ind_clearance", "CN")}


def test_a_step_read_as_another_is_no_event() -> None:
    found = run(
        "5月8日，AB-8104片进入拟纳入突破性治疗品种公示。不少投资者把“进入公示”直接等同于"
        "“获得突破性治疗认定”，也有自媒体将其报道为“获批临床”。",
        lang="zh",
    )
    assert found == []


def test_a_proposal_reaches_the_end_of_a_long_object_before_its_verb() -> None:
    found = run(
        "6月3日，CDE官网公示，拟将AB-8140片联合化疗用于既往接受过二线治疗的晚期胆道癌患者"
        "纳入突破性治疗品种，公示期为5个工作日。",
        published="2025-06-10",
        lang="zh",
    )
    assert found == []


def test_what_a_step_only_is_names_no_event() -> None:
    found = run(
        "AB-8105片的临床试验申请本周获得CDE受理。实际上，受理只是审评的起点；"
        "按照默示许可制度，申请人方可开展临床试验。",
        lang="zh",
    )
    assert found == []


def test_a_regulator_that_formally_or_already_put_a_drug_in_a_programme_did_so() -> None:
    for adverb in ("正式", "已"):
        found = run(
            f"2025年4月，国家药监局药品审评中心（CDE）{adverb}将AB-8141片纳入突破性治疗品种。",
            published="2025-06-10",
            lang="zh",
        )
        assert keys(found) == {("AB-8141", "designation", "CN")}


def test_a_trial_application_filed_but_not_yet_approved_is_no_clearance() -> None:
    found = run(
        "此外，科瑞药业已向日本PMDA提交了AB-8160片一项Ⅰ期桥接研究的临床试验申请，但尚未获得批准。",
        lang="zh",
    )
    assert not any(m.type == "ind_clearance" for m in found)


def test_an_application_that_passed_the_formal_check_is_accepted() -> None:
    found = run(
        "今年6月，欧洲药品管理局（EMA）已确认AB-8161片的上市许可申请（MAA）通过形式审查，正式启动审评程序。",
        published="2025-10-18",
        lang="zh",
    )
    assert ("AB-8161", "application_acceptance", "EU") in keys(found)


def test_only_then_may_it_happen_is_a_condition() -> None:
    notice = (
        "8月4日，CDE公示拟纳入突破性治疗品种名单，某某生物的AB-9601片在列。"
        "公示期内无异议的，方可正式纳入突破性治疗药物程序。"
    )
    needed = "某某生物的AB-9602片需补充总生存期数据后才能获批上市。"
    assert run(notice, "2025-08-06", lang="zh") == []
    assert run(needed, "2025-08-06", lang="zh") == []


def test_what_a_step_must_then_pass_through_tells_no_step() -> None:
    text = (
        "1月8日，某某生物公告称，AB-9701片的新药上市申请已获国家药品监督管理局受理。\n\n"
        "海外方面，公司已向美国FDA递交IND申请，目前尚未获得回复。\n\n"
        "公司提示，药品上市申请获受理后需经过技术审评等环节，能否获批存在不确定性。"
    )
    found = keys(run(text, "2026-01-10", lang="zh"))
    assert [k for k in found if k[1] == "application_acceptance"] == [
        ("AB-9701", "application_acceptance", "CN")
    ]
