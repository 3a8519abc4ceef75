"""Events reported in background clauses, regulator notices and translated copy (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def _events(text: str, published: str = "2024-10-18", lang: str | None = None) -> set[tuple]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published, lang=lang)}


def test_approvals_named_by_when_they_happened() -> None:
    found = _events(
        "The FDA decision for velotinib comes after approval in Japan in February 2023 and a "
        "marketing authorisation granted by the European Commission in July 2023."
    )
    assert ("approval", "JP", "2023-02") in found
    assert ("approval", "EU", "2023-07") in found


def test_approval_reached_through_an_earlier_pathway() -> None:
    found = _events(
        "Velotinib first reached the US market via an accelerated approval in October 2020."
    )
    assert found == {("approval", "US", "2020-10")}


def test_approval_reached_through_a_pathway_named_by_its_route() -> None:
    found = run(
        "Velotinib first came to the US market through the accelerated pathway in June 2021 "
        "on tumour response data."
    )
    assert [(m.type, m.date, m.attributes.get("pathway")) for m in found] == [
        ("approval", "2021-06", "accelerated")
    ]


def test_expected_approval_in_a_month_is_not_one() -> None:
    assert _events("Acme said approval of velotinib in Japan in March 2025 is expected.") == set()


def test_signed_off_and_expanded_label() -> None:
    assert _events("The FDA signed off on Friday on velotinib for psoriasis.") == {
        ("approval", "US", "2024-10-18")
    }
    assert _events(
        "Korea's Ministry of Food and Drug Safety expanded velotinib's label to first-line use "
        "in mid-2023."
    ) == {("approval", "KR", "2023")}


def test_date_of_approval_label_in_a_regulator_summary() -> None:
    found = run(
        "Pharmaceuticals and Medical Devices Agency (PMDA)\n"
        "Non-proprietary name: velotinib\n"
        "Date of approval: March 25, 2020\n",
        "2020-03-25",
    )
    assert (only(found, "approval").jurisdiction, only(found, "approval").date) == (
        "JP",
        "2020-03-25",
    )


def test_approved_generic_versions_are_not_an_approval() -> None:
    assert (
        _events(
            "The decision also applies to all approved generic versions of velotinib.", "2023-04-06"
        )
        == set()
    )


def test_regulator_decision_to_withdraw() -> None:
    found = _events(
        "Today, the FDA issued a final decision to withdraw the approval of velotinib.",
        "2023-04-06",
    )
    assert found == {("withdrawal", "US", "2023-04-06")}


def test_proposal_to_withdraw_is_not_a_withdrawal() -> None:
    assert _events("In 2020, the FDA proposed to withdraw the approval of velotinib.") == set()


def test_rejection_as_declining_and_as_a_complete_reply_letter() -> None:
    assert _events(
        "The FDA declined last month to convert velotinib's clearance into a full approval.",
        "2024-01-02",
    ) == {("rejection", "US", "2023-12")}
    assert _events(
        "Back in August 2021, Acme was sent a complete reply letter by the FDA over velotinib."
    ) == {("rejection", "US", "2021-08")}


def test_completed_submission_but_not_a_pre_filing_meeting() -> None:
    found = _events(
        "Acme completed the submission of velotinib's BLA to the FDA in the second quarter of 2024."
    )
    assert found == {("application_submission", "US", "2024-Q2")}
    assert (
        _events(
            "Acme completed a pre-new drug application consultation with the FDA for velotinib."
        )
        == set()
    )


def test_implied_licence_of_a_clinical_trial() -> None:
    found = run("Acme said VX-101 has just received the CDE's implied license of clinical trial.")
    assert (only(found, "ind_clearance").jurisdiction, only(found, "ind_clearance").date) == (
        "CN",
        None,
    )


def test_programme_named_by_the_review_it_ran_under() -> None:
    found = run("Health Canada's review of velotinib was conducted under Project Orbis.")
    assert ("velotinib", "program_inclusion", "CA") in keys(found)


def test_chinese_disposal_construction_is_not_a_plan() -> None:
    found = run("国家药品监督管理局将其纳入优先审评审批程序。该药VX-101已获批上市。", lang="zh")
    assert ("VX-101", "priority_review", "CN") in keys(found)


def test_chinese_after_approval_will_is_a_plan() -> None:
    found = run("公司已与合作伙伴签署协议，VX-101获批后将由合作伙伴负责欧洲销售。", lang="zh")
    assert found == []


def test_translated_resubmission_in_the_base_form() -> None:
    found = run(
        "After the letter, the partners in March 2023 re-submit the NDA of velotinib to the FDA.",
        published="2023-06-01",
    )
    assert [(m.type, m.date) for m in found] == [("application_submission", "2023-03")]


def test_translated_approval_with_the_regulator_spelled_out() -> None:
    found = run(
        "Velotinib has on 14 July 2022 get the United States Food and Drug Administration "
        "(FDA) approval listing for liver cancer.",
        published="2022-07-15",
    )
    assert [(m.type, m.jurisdiction, m.date) for m in found] == [("approval", "US", "2022-07-14")]


def test_obtained_data_before_an_acronym_is_no_approval() -> None:
    found = run(
        "Velotinib obtained the Response Evaluation Criteria (RECIST) responses needed before "
        "an approval decision.",
        published="2023-05-03",
    )
    assert found == []


def test_translated_approve_as_a_noun() -> None:
    found = _events(
        "Velotinib capsule has obtained the FDA accelerated approve on 21st June US time, use "
        "for treat liver cancer. In the domestic, velotinib firstly get the National Medical "
        "Products Administration (NMPA) approve in August 2019.",
        published="2022-06-23",
    )
    assert ("approval", "US", "2022-06-21") in found
    assert ("approval", "CN", "2019-08") in found


def test_translated_regulator_with_a_base_form_verb() -> None:
    found = _events(
        "Look back the course: in the second quarter of this year, FDA accept the new drug "
        "listing application of velotinib and give priority examination qualification. "
        "In March 2022, NMPA approve its first-line indication for velotinib.",
        published="2023-11-20",
    )
    assert ("application_acceptance", "US", "2023-Q2") in found
    assert ("priority_review", "US", "2023-Q2") in found
    assert ("approval", "CN", "2022-03") in found


def test_the_regulator_asked_to_approve_is_no_approval() -> None:
    assert run("The company will ask the FDA to approve velotinib next year.") == []


def test_filings_accepted_in_the_plural() -> None:
    found = _events("The velotinib filings were accepted by the FDA in May 2023.")
    assert ("application_acceptance", "US", "2023-05") in found


def test_completed_a_spelled_out_application() -> None:
    found = _events(
        "Velotinib's sponsor completed its rolling Biologics License Application to the FDA in "
        "the first quarter of 2023."
    )
    assert found == {("application_submission", "US", "2023-Q1")}


def test_investigator_initiated_names_the_sponsor_not_a_start() -> None:
    found = run("The approval of velotinib was based on an investigator-initiated Phase 2 trial.")
    assert "trial_initiation" not in {m.type for m in found}


def test_a_colon_ends_the_reach_of_a_negation_before_it() -> None:
    found = _events(
        "Velotinib is not new to the EU network: it has been authorised there since "
        "December 2021 for lymphoma."
    )
    assert ("approval", "EU", "2021-12") in found


def test_approvals_that_follow_with_a_place_or_a_noun() -> None:
    found = _events(
        "Velotinib was approved first in China, in December 2018, with Japan following in "
        "September 2019. The FDA followed on Aug. 8 with an approval in lymphoma."
    )
    assert ("approval", "JP", "2019-09") in found
    assert ("approval", "US", "2024-08-08") in found


def test_following_a_verb_is_no_follow_up_approval() -> None:
    found = _events("Velotinib was approved in Japan in 2019, with sales following slowly.")
    assert found == {("approval", "JP", "2019")}


def test_a_market_withdrawal_in_progress_names_each_market_and_no_approval() -> None:
    found = _events(
        "Acme announced on Wednesday that it is voluntarily withdrawing Zelvora (velotinib) for "
        "gout from the markets where it is approved, such as the European Union and the "
        "United States.",
        published="2023-03-10",
    )
    assert found == {("withdrawal", "US", "2023-03-08"), ("withdrawal", "EU", "2023-03-08")}


def test_an_approval_won_from_the_regulator_named_in_full() -> None:
    found = _events(
        "Acme gained US Food and Drug Administration approval for Zelvora (velotinib) on "
        "Tuesday, a tablet for gout.",
        published="2023-03-10",
    )
    assert found == {("approval", "US", "2023-03-07")}


def test_an_approval_extended_to_a_new_population_is_a_second_approval() -> None:
    found = _events(
        "The FDA granted velotinib accelerated approval in May 2019 for adults and extended "
        "that accelerated approval to children aged six to 11 in March 2021."
    )
    assert found == {("approval", "US", "2019-05"), ("approval", "US", "2021-03")}


def test_an_approval_named_with_its_product_and_its_date() -> None:
    found = run(
        "The Canadian decision follows the European Commission's approval of zelvorimab in "
        "March 2023 for adults with advanced melanoma.",
        published="2024-02-01",
    )
    assert {(m.drug, m.type, m.jurisdiction, m.date) for m in found} >= {
        ("zelvorimab", "approval", "EU", "2023-03")
    }


def test_an_acceptance_named_as_a_noun_told_as_done() -> None:
    found = _events(
        "Regulators in the US turned down zelvorimab this week. The FDA acceptance of its BLA "
        "was announced in March 2023.",
    )
    assert ("application_acceptance", "US", "2023-03") in found
    expected = _events("The FDA acceptance of the zelvorimab BLA is expected in the summer.")
    assert not {e for e in expected if e[0] == "application_acceptance"}


def test_a_list_of_times_after_a_colon() -> None:
    found = _events(
        "In China, velotinib has several times been included in the breakthrough therapy "
        "programme by the CDE: in March 2023, for gastric cancer; in October 2023, for lung "
        "cancer."
    )
    assert found == {("designation", "CN", "2023-03"), ("designation", "CN", "2023-10")}


def test_approving_a_drug_to_carry_out_a_trial_clears_the_trial() -> None:
    text = (
        "Acme said the NMPA has approved velotinib to start phase II clinical research in "
        "patients with chronic cough."
    )
    assert {m.type for m in run(text, "2024-05-02")} == {"ind_clearance"}


def test_a_count_of_complete_response_letters_names_no_drug() -> None:
    text = (
        "Acme expects an FDA decision on velotinib by May 30. Last month the agency "
        "released 150 complete response letters it had sent to sponsors over a decade."
    )
    assert [m for m in run(text, "2025-04-02") if m.type == "rejection"] == []


def test_the_steps_a_duration_is_measured_between_are_no_events() -> None:
    text = (
        "The FDA approved dorvelimab on May 2, 2025. The drug went from IND clearance to "
        "approval in under four years, and it took 14 months from submission to approval."
    )
    assert [(m.type, m.date) for m in run(text, "2025-05-06")] == [("approval", "2025-05-02")]


def test_a_licence_picked_up_and_an_approval_from_earlier_this_year() -> None:
    text = (
        "Halden Bio's corvetinib picked up a British licence on Tuesday for hives, through a "
        "reliance route that drew on its FDA approval from earlier this year."
    )
    assert _events(text, "2025-07-11") == {
        ("approval", "UK", "2025-07-08"),
        ("approval", "US", "2025"),
    }
    deal = "Halden Bio received a licence to corvetinib from Orrin Pharma in the UK in May."
    assert _events(deal, "2025-07-11") == set()


def test_a_european_filing_is_the_eus_but_a_european_society_names_no_place() -> None:
    text = (
        "The FDA turned down Halden Bio's corvetinib in 2022. After a failed trial, Halden "
        "pulled its European licence application in 2024."
    )
    assert ("withdrawal", "EU", "2024") in _events(text, "2025-07-11")
    society = (
        "Halden Bio presented data at the European Hematology Association meeting; the "
        "company has applied for approval of corvetinib."
    )
    assert _events(society, "2025-07-11") == set()


def test_an_approval_told_as_arriving_is_an_approval() -> None:
    text = "Halden's corvetinib is a pill. Its EU conditional approval arrived in May 2024."
    assert _events(text, "2025-07-11") == {("approval", "EU", "2024-05")}


def test_the_commission_following_its_committee_is_its_approval() -> None:
    text = (
        "The European Medicines Agency's committee recommended Acme's velotinib for approval "
        "in March. The Commission followed on 12 May."
    )
    found = only(run(text, "2025-06-02"), "approval")
    assert (found.drug, found.jurisdiction, found.date) == ("velotinib", "EU", "2025-05-12")


def test_counted_generic_medicines_authorised_name_no_drug() -> None:
    text = (
        "The EMA's committee backed Acme's velotinib in March. Three generic medicines "
        "recommended at that meeting have since been authorised."
    )
    assert not [m for m in run(text, "2025-06-02") if m.type == "approval"]


def test_a_programme_the_file_was_assessed_within() -> None:
    found = run("Swissmedic assessed the velotinib file within Project Orbis.")
    assert ("velotinib", "program_inclusion", "CH") in keys(found)


def test_an_application_designated_for_priority_review() -> None:
    found = run("The application for velotinib was designated for priority review by the MHLW.")
    assert keys(found) == {("velotinib", "priority_review", "JP")}


def test_an_approval_as_the_gerund_subject_of_a_statement_is_no_event() -> None:
    text = (
        "Acme's velotinib is under review by the TGA. \"Being approved in our home market is "
        'what every founder hopes for," the chief executive said.'
    )
    assert not [m for m in run(text, "2025-06-02") if m.type == "approval"]


def test_a_file_accepted_and_a_filing_told_by_when() -> None:
    # (Not "accepted its request to file": the agency let it file, no file was accepted.)
    found = _events(
        "In 2020 the FDA accepted Pellway's request to file dorapitant on a rolling basis. "
        "Pellway submitted the new drug application for dorapitant in June 2021. The FDA "
        "accepted the file in August 2021. The supplemental NDA submitted last month "
        "would widen the label to children.",
        published="2025-03-04",
    )
    accepted = {date for kind, _, date in found if kind == "application_acceptance"}
    assert accepted == {"2021-08"}
    assert ("application_submission", "US", "2025-02") in found


def test_a_negative_opinion_confirmed_after_re_examination_is_a_second_rejection() -> None:
    found = _events(
        "The CHMP confirmed on Thursday its recommendation to refuse a marketing "
        "authorisation for velomirsen, after re-examining the application. The committee "
        "first adopted a negative opinion in July.",
        published="2025-10-24",
    )
    assert ("rejection", "EU", "2025-10-23") in found
    assert ("rejection", "EU", "2025-07") in found


def test_canada_following_with_a_notice_of_compliance_or_alone() -> None:
    first = _events(
        "The FDA approved tremivastat in May 2022. Health Canada followed in 2023 with a "
        "Notice of Compliance with conditions."
    )
    second = _events("The FDA approved tremivastat in May 2022. Health Canada followed in 2023.")
    assert ("approval", "CA", "2023") in first
    assert ("approval", "CA", "2023") in second


def test_a_confirmed_opinion_dated_in_its_own_noun_phrase_is_a_second_rejection() -> None:
    found = _events(
        "Highlights of the CHMP meeting held from 8 to 11 September 2025\n\n"
        "Following a re-examination, the committee confirmed its April 2025 recommendation "
        "to refuse a marketing authorisation for Dorvexa (talmiretide), intended for gout.",
        published="2025-09-12",
    )
    assert ("rejection", "EU", "2025-09") in found
    assert ("rejection", "EU", "2025-04") in found


def test_a_positive_opinion_recommending_a_licence_is_not_an_approval() -> None:
    found = _events(
        "At its July meeting the CHMP reviewed three files. Quellora (brivatinib) received a "
        "positive opinion recommending a conditional marketing authorisation for adults with "
        "thyroid cancer.",
        published="2025-07-28",
    )
    assert not {f for f in found if f[0] == "approval"}


def test_a_participle_set_off_by_commas_dates_the_filing_it_names() -> None:
    found = _events(
        "After its filing review, the FDA concluded that the BLA, submitted on 12 February, "
        "could not be reviewed as filed and refused to file it for tolvaricept.",
        published="2025-04-18",
    )
    assert ("application_submission", "US", "2025-02-12") in found


def test_an_acceptance_in_a_participle_set_off_by_commas_is_reported() -> None:
    found = _events(
        "Brisden withdrew its marketing authorisation application for hovalimab from the EMA "
        "in July. The U.S. BLA for hovalimab, accepted in February, is still under review.",
        published="2025-08-20",
    )
    assert ("application_acceptance", "US", "2025-02") in found


def test_a_filing_set_off_before_the_acceptance_keeps_both_dates() -> None:
    found = _events(
        "Corvane said the FDA approved delmitinib for gout on Monday. The earlier NDA for "
        "delmitinib, first submitted in August 2023, was accepted by the agency in October "
        "2023.",
        published="2025-08-20",
    )
    assert ("application_submission", "US", "2023-08") in found
    assert ("application_acceptance", "US", "2023-10") in found


def test_a_filing_past_a_long_aside_set_off_by_commas_is_reported() -> None:
    found = _events(
        "The FDA approved velotinib for gout on Monday. A further sNDA for velotinib, asking "
        "to extend the label to adolescents with early-onset tophaceous gout and to children "
        "over six, was submitted in June 2025.",
        published="2025-08-20",
    )
    assert ("application_submission", "US", "2025-06") in found


def test_a_confirmed_opinion_dated_after_its_noun_is_a_second_rejection() -> None:
    found = _events(
        "Highlights of the CHMP meeting held from 8 to 11 September 2025\n\n"
        "After a re-examination asked for by the applicant, the committee confirmed its "
        "recommendation of March 2025 to refuse a marketing authorisation for Dorvexa "
        "(talmiretide), intended for gout.",
        published="2025-09-12",
    )
    assert ("rejection", "EU", "2025-09") in found
    assert ("rejection", "EU", "2025-03") in found


def test_a_regulator_handing_out_designations_grants_them() -> None:
    found = run(
        "In February, the FDA handed Fast Track designation to KRN-204 for refractory gout.",
        published="2025-06-13",
    )
    assert keys(found) == {("KRN-204", "designation", "US")}
    assert only(found, "designation").date == "2025-02"


def test_an_application_cleared_to_run_a_phase_is_a_trial_clearance() -> None:
    found = run(
        "China's CDE cleared an application in March to run the phase 2 part of the "
        "KESTREL-2 study of velotumab in Chinese hospitals.",
        published="2025-06-13",
    )
    assert keys(found) == {("velotumab", "ind_clearance", "CN")}


def test_the_approved_product_named_by_its_standing_is_no_approval() -> None:
    found = run(
        "Velotumab reaches patients whom the approved conjugate does not reach, Brellan said. "
        "The FDA granted velotumab orphan drug designation in May.",
        published="2025-06-13",
    )
    assert keys(found) == {("velotumab", "designation", "US")}
