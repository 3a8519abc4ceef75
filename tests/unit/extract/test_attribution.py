"""Which drug and which date a milestone's trigger takes from the sentences around it."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_an_undated_event_takes_the_day_of_the_sentence_setting_its_scene() -> None:
    text = (
        "Acme had a mixed day on March 6, 2024. The agency approved velotinib for chronic "
        "cough in adults."
    )
    approval = only(run(text, "2024-03-08", "FDA decision on velotinib"), "approval")
    assert approval.date == "2024-03-06"


def test_a_scene_with_two_dates_or_its_own_event_lends_no_date() -> None:
    two_days = (
        "Acme met the agency on March 4, 2024 and again on March 6, 2024. The agency "
        "approved velotinib for chronic cough in adults."
    )
    own_event = (
        "The FDA accepted Acme's application for barnetinib on March 6, 2024. The agency "
        "approved velotinib for chronic cough in adults."
    )
    assert only(run(two_days, "2024-03-08", "FDA decision on velotinib"), "approval").date is None
    velotinib = [m for m in run(own_event, published="2024-03-08") if m.drug == "velotinib"]
    assert [m.date for m in velotinib] == [None]


def test_a_line_holding_only_the_notices_date_sets_no_scene() -> None:
    text = (
        "MARKET RELEASE\n12 May 2025\n\nAcme receives TGA orphan drug designation for "
        "velotinib\n\nAcme is pleased to announce that the TGA has granted orphan drug "
        "designation to velotinib.\n\nVelotinib received orphan drug designation from the TGA "
        "on 7 May 2025."
    )
    designations = [m for m in run(text, "2025-05-12") if m.type == "designation"]
    assert [m.date for m in designations] == ["2025-05-07"]


def test_a_lead_retold_by_its_kind_takes_the_retelling_day() -> None:
    text = (
        "Acme is pleased to announce that the TGA has granted orphan drug designation to "
        "velotinib. The designation was formally granted on 7 May 2025."
    )
    assert only(run(text, "2025-05-12"), "designation").date == "2025-05-07"


def test_another_event_told_after_a_lead_lends_it_no_day() -> None:
    text = (
        "The FDA has approved velotinib for chronic cough. It was granted orphan drug "
        "designation on 5 May 2020."
    )
    assert only(run(text, "2025-05-12"), "approval").date is None


def test_this_approval_with_no_name_is_the_articles_subject_not_the_last_name() -> None:
    text = (
        "4月5日，公司宣布，美国FDA已批准其抗体帕洛利单抗扩大适应症，用于对维法替尼"
        "耐药的成人患者。\n\n此次获批基于III期研究。"
    )
    title = "帕洛利单抗获FDA批准用于二线治疗"
    assert {m.drug for m in run(text, "2024-04-07", title, lang="zh")} == {"帕洛利单抗"}


def test_its_refers_to_the_drug_of_the_event_told_not_a_drug_named_in_passing() -> None:
    text = (
        "In China, velotinib won NMPA approval in November 2020 for patients intolerant to "
        "corzotinib. In March 2022, the NMPA approved its first-line indication."
    )
    found = {(m.drug, m.date) for m in run(text, "2024-12-20")}
    assert found == {("velotinib", "2020-11"), ("velotinib", "2022-03")}


def test_a_mid_sentence_the_before_an_event_does_not_point_back() -> None:
    text = (
        "Acme's velotinib entered a children's programme. About Zorvetinib: the drug won "
        "approval in May 2025. In the same month, the CDE granted the breakthrough therapy "
        "designation to the drug."
    )
    title = "Acme's velotinib enters a children's programme"
    designation = [m for m in run(text, "2025-09-16", title) if m.type == "designation"]
    assert [m.drug for m in designation] == ["zorvetinib"]


def test_one_trigger_told_with_two_dates_and_again_is_two_events() -> None:
    text = (
        "The FDA approved velotinib on October 9, 2023. The agency had turned the drug down "
        "on two earlier occasions, sending complete response letters in 2019 and again in "
        "March 2022."
    )
    found = {(m.type, m.date) for m in run(text, "2023-10-20")}
    assert found == {("approval", "2023-10-09"), ("rejection", "2019"), ("rejection", "2022-03")}


def test_two_months_of_one_year_twice_obtained_are_two_designations() -> None:
    text = (
        "Velotinib had in March and October 2021 twice obtained Breakthrough Therapy "
        "designation of the CDE, respectively for gastric cancer and for melanoma."
    )
    found = sorted(m.date or "" for m in run(text, "2022-05-11") if m.type == "designation")
    assert found == ["2021-03", "2021-10"]


def test_a_grant_dated_for_each_item_it_lists_is_one_event_a_date() -> None:
    text = (
        "Both forms of the disease already carry FDA orphan drug designation for velotinib, "
        "granted in 2019 for the adult form and the following year for the juvenile form."
    )
    found = sorted(m.date or "" for m in run(text, "2024-06-20") if m.type == "designation")
    assert found == ["2019", "2020"]


def test_two_dates_of_one_item_make_no_second_event() -> None:
    text = "The FDA granted velotinib orphan drug designation in 2019 and confirmed it in 2020."
    found = [m.date for m in run(text, "2024-06-20") if m.type == "designation"]
    assert found == ["2019"]


def test_respectively_pairing_two_events_with_two_dates_makes_no_extra_events() -> None:
    text = (
        "The FDA accepted the application for velotinib and granted it priority review in "
        "May and June 2023, respectively."
    )
    types = [m.type for m in run(text, "2024-06-20")]
    assert sorted(types) == ["application_acceptance", "priority_review"]


def test_respectively_shares_one_grant_over_the_drugs_listed() -> None:
    text = (
        "Acme said on Tuesday that the FDA has granted AB-101 and AB-202, its two oral "
        "antagonists, Fast Track designation in chronic cough and pruritus, respectively."
    )
    found = sorted((m.drug, m.date) for m in run(text, "2025-03-10") if m.type == "designation")
    assert found == [("AB-101", "2025-03-04"), ("AB-202", "2025-03-04")]


def test_respectively_gives_each_drug_listed_its_own_date() -> None:
    text = "Velotinib and barnetinib were approved by the FDA in May and June 2023, respectively."
    found = sorted((m.drug, m.date) for m in run(text, "2024-06-20") if m.type == "approval")
    assert found == [("barnetinib", "2023-06"), ("velotinib", "2023-05")]


def test_respectively_gives_each_drug_listed_its_own_event_and_date() -> None:
    text = (
        "Velotinib and AB-202 were granted Breakthrough Therapy designation and IND clearance "
        "by the FDA in March 2023 and October 2023, respectively."
    )
    found = sorted((m.drug, m.type, m.date) for m in run(text, "2024-06-20"))
    assert found == [
        ("AB-202", "ind_clearance", "2023-10"),
        ("velotinib", "designation", "2023-03"),
    ]


def test_fenbie_gives_each_drug_listed_its_own_date() -> None:
    text = "韦洛替尼与AB-202分别于2023年3月和2023年10月获得CDE突破性治疗品种认定。"
    found = sorted((m.drug, m.date) for m in run(text, "2024-06-20") if m.type == "designation")
    assert found == [("AB-202", "2023-10"), ("韦洛替尼", "2023-03")]


def test_fenbie_gives_each_drug_listed_its_own_event() -> None:
    text = "韦洛替尼与AB-202又分别于2023年3月和2023年10月获得突破性治疗品种认定和临床试验默示许可。"
    found = sorted((m.drug, m.type, m.date) for m in run(text, "2024-06-20"))
    assert found == [("AB-202", "ind_clearance", "2023-10"), ("韦洛替尼", "designation", "2023-03")]


def test_the_committees_act_takes_the_date_of_the_meeting_reported() -> None:
    text = (
        "Highlights of the CHMP meeting of 10-13 March 2025\n\nThe CHMP recommended five "
        "medicines for approval at its March 2025 meeting.\n\nNegative opinion\n\nThe committee "
        "recommended the refusal of a marketing authorisation for Zentavo (velotinib), intended "
        "for gout."
    )
    assert only(run(text, "2025-03-14"), "rejection").date == "2025-03"


def test_a_leads_announced_day_gives_way_to_the_day_the_next_sentence_retells() -> None:
    text = (
        "LYON, March 10, 2025 -- Acme Bio today announced that it has withdrawn its marketing "
        "authorisation application for velotinib with the EMA. Acme informed the agency on "
        "March 6, 2025, and withdrew its UK application on the same day."
    )
    dates = {m.jurisdiction: m.date for m in run(text, "2025-03-10") if m.type == "withdrawal"}
    assert dates == {"EU": "2025-03-06", "UK": "2025-03-06"}


def test_another_event_dated_after_an_announced_lead_leaves_it_its_day() -> None:
    text = (
        "Acme Bio today announced that the FDA has approved velotinib for gout. The FDA had "
        "accepted the NDA on March 3, 2025."
    )
    assert only(run(text, "2025-03-10"), "approval").date == "2025-03-10"


def test_an_unnamed_product_as_the_subject_gives_no_drug_its_event() -> None:
    english = (
        "Brintavel Therapeutics reported results for the quarter. Lorvatamig entered a Phase 2 "
        "study in lupus in May.\n\n- Sales grew 12%, driven by the company's only marketed "
        "medicine, which was approved in Brazil in 2019, and by licensing income."
    )
    chinese = (
        "摘要：本月，一款GLP-1受体激动剂获批上市，另有一款ADC药物的上市申请获受理。\n\n"
        "8月3日，科瑞药业的普拉维肽注射液获得国家药监局批准上市，用于成人2型糖尿病。"
    )
    assert [m.type for m in run(english, "2025-08-20")] == []
    chinese_events = run(chinese, "2025-08-20")
    assert [(m.type, m.date) for m in chinese_events] == [("approval", "2025-08-03")]


def test_a_named_product_described_in_its_own_clause_keeps_its_event() -> None:
    text = "Dorvelimab, a drug that was approved in Japan in 2019, is sold by Brintavel."
    assert [(m.drug, m.date) for m in run(text, "2025-08-20")] == [("dorvelimab", "2019")]


def test_a_company_that_followed_with_a_drug_brings_its_own_subject() -> None:
    text = (
        "The FDA approved Acme's zorvatinib for gout in 2023. Beta Bio followed with "
        "lumetinib, an oral URAT1 inhibitor. The agency approved it in March 2024."
    )
    found = {(m.drug, m.date) for m in run(text, "2025-03-18") if m.type == "approval"}
    assert found == {("zorvatinib", "2023"), ("lumetinib", "2024-03")}


def test_the_committees_opinion_at_a_meeting_over_several_days_is_dated_to_its_month() -> None:
    text = (
        "The CHMP closed its meeting, held from 10 to 13 March 2025, with four positive "
        "opinions.\n\nThe committee adopted a negative opinion on velotinib, Acme's gout pill."
    )
    rejection = only(run(text, "2025-04-20"), "rejection")
    assert (rejection.date, rejection.date_precision) == ("2025-03", "month")


def test_an_opinion_the_same_meeting_ended_in_takes_that_meetings_month() -> None:
    text = (
        "At its March meeting (10-13 March), the CHMP recommended approval of Acme's zorvatinib "
        "for gout. The same meeting ended in a negative opinion for Beta Bio's velotinib in "
        "lupus."
    )
    rejection = only(run(text, "2025-04-20"), "rejection")
    assert (rejection.date, rejection.date_precision) == ("2025-03", "month")


def test_the_biosimilar_is_the_product_described_as_one_not_its_reference() -> None:
    text = (
        "Health Canada on Monday approved Ravenza (KLB-31), Kellbrook's biosimilar of Orvane "
        "(tolvarumab), for plaque psoriasis. Orvane itself was approved in Canada in 2018. "
        "Kellbrook said it submitted a biologics license application for the biosimilar to "
        "the FDA in March."
    )
    found = run(text, published="2025-06-13")
    assert ("KLB-31", "application_submission", "US") in keys(found)
    assert ("tolvarumab", "application_submission", "US") not in keys(found)


def test_a_summary_bullet_naming_no_drug_is_not_the_main_drugs() -> None:
    text = (
        "Acme Reports Second Quarter Results\n\n"
        "- BLA for lead program accepted by FDA\n"
        "- Phase 2 data for velotinib presented\n\n"
        "Acme today gave an update on AB-12 and velotinib. In May, the FDA accepted the BLA "
        "for AB-12. Velotinib data were presented in June; velotinib is in phase 2 and "
        "velotinib enrolment continues."
    )
    found = {(m.drug, m.type) for m in run(text, "2025-08-06")}
    assert found == {("AB-12", "application_acceptance")}
