"""Common wordings found while checking the rules on hand-written held-out articles (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_plural_complete_response_letters() -> None:
    found = run(
        "Acme Bio said today that the FDA issued complete response letters for its BLA for "
        "zolbatamab in two lymphoma indications."
    )
    rejection = only(found, "rejection")
    expected = ("zolbatamab", "US", "2025-06-13")
    assert (rejection.drug, rejection.jurisdiction, rejection.date) == expected


def test_filed_for_approval_is_a_submission() -> None:
    found = run("Acme Bio has also filed for approval of ritalinib in Japan.")
    submission = only(found, "application_submission")
    assert (submission.jurisdiction, submission.date) == ("JP", None)


def test_planned_filing_for_approval_is_not_a_submission() -> None:
    assert run("Acme Bio plans to file for approval of ritalinib in Japan next year.") == []


def test_month_of_a_committee_meeting() -> None:
    found = run(
        "The CHMP adopted a negative opinion on the application for moratinib at its April "
        "meeting, Acme Bio said."
    )
    rejection = only(found, "rejection")
    assert (rejection.jurisdiction, rejection.date) == ("EU", "2025-04")


def test_chinese_approval_around_a_parenthesised_brand_and_code() -> None:
    found = run(
        "近日，国家药品监督管理局附条件批准某某医药申报的1类创新药瑞洛替尼片（商品名：瑞洛，研发代号：AB-2001）上市。",
        lang="zh",
    )
    approval = only(found, "approval")
    assert (approval.jurisdiction, approval.date, approval.attributes.get("pathway")) == (
        "CN",
        None,
        "conditional",
    )


def test_chinese_implied_clinical_trial_approval() -> None:
    found = run("6月3日，某某药业的AB-5005片临床试验申请获得默示许可。", lang="zh")
    clearance = only(found, "ind_clearance")
    assert (clearance.drug, clearance.date) == ("AB-5005", "2025-06-03")


def test_chinese_negation_before_a_prepositional_phrase() -> None:
    found = run("公司表示，尚未向国家药监局递交AB-6006的上市申请。", lang="zh")
    assert ("AB-6006", "application_submission", "CN") not in keys(found)


def test_product_withdrawn_from_a_market() -> None:
    found = run(
        "The European Commission authorised zapotide in 2019, before Acme withdrew it from Europe "
        "in 2021."
    )
    withdrawal = only(found, "withdrawal")
    assert (withdrawal.jurisdiction, withdrawal.date) == ("EU", "2021")


def test_two_word_gene_therapy_name() -> None:
    found = run(
        "The FDA on Friday approved Genzy (lovotibeglogene autotemcel) for sickle cell disease."
    )
    approval = only(found, "approval")
    assert approval.drug == "lovotibeglogene autotemcel"
    assert "Genzy" in approval.aliases


def test_today_in_a_reprinted_release_means_the_dateline_day() -> None:
    found = run(
        "BOSTON, June 9, 2025 -- Acme Bio today announced that the FDA approved zapotide for "
        "adults with gout.",
        published="2025-06-13",
    )
    assert only(found, "approval").date == "2025-06-09"


def test_a_dateline_below_a_headline_and_byline_still_dates_today() -> None:
    found = run(
        "Acme Bio wins FDA nod for zapotide\nWire Service · 2025-06-13\n"
        "BOSTON, June 9, 2025 -- Acme Bio today announced that the FDA approved zapotide for "
        "adults with gout.",
        published="2025-06-13",
    )
    assert only(found, "approval").date == "2025-06-09"


def test_a_wire_services_tag_between_dateline_and_dash_still_dates_today() -> None:
    for tag in ("/PRNewswire/", "(GLOBE NEWSWIRE)", "/CNW/"):
        found = run(
            f"DENVER, Colo., June 9, 2025 {tag} -- Acme Bio today announced that the FDA "
            "approved zapotide for adults with gout.",
            published="2025-06-11",
        )
        assert only(found, "approval").date == "2025-06-09", tag


def test_a_day_first_or_numeric_dateline_dates_today() -> None:
    for dateline in ("LONDON, 9 June 2025 --", "LONDON, 06/09/2025 --"):
        found = run(
            f"{dateline} Acme Bio today announced that the MHRA approved zapotide for gout.",
            published="2025-06-12",
        )
        assert only(found, "approval").date == "2025-06-09", dateline


def test_reference_product_of_a_biosimilar_is_not_the_subject() -> None:
    found = run(
        "9月10日，某某生物宣布，欧盟委员会已批准其托珠单抗生物类似药AB-1806（商品名：Tofiza）在欧盟上市。",
        lang="zh",
    )
    approval = only(found, "approval")
    assert (approval.drug, approval.jurisdiction) == ("AB-1806", "EU")


def test_australian_register_wordings() -> None:
    text = (
        "Orvimab (quentuzumab) — Acme Bio Pty Ltd\n\n"
        "The TGA has registered Orvimab (quentuzumab) on the Australian Register of "
        "Therapeutic Goods (ARTG).\n\n"
        "- Priority determination: granted on 2 March 2025.\n"
        "- Submission accepted for evaluation: 9 April 2025.\n"
        "- Registration decision: 30 October 2025."
    )
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, published="2025-11-04")}
    assert found == {
        ("approval", "AU", "2025-10-30"),
        ("priority_review", "AU", "2025-03-02"),
        ("application_acceptance", "AU", "2025-04-09"),
    }


def test_a_trial_registry_entry_is_no_approval() -> None:
    text = "The Phase 2 trial of quentuzumab is registered on ClinicalTrials.gov (NCT01234567)."
    assert run(text) == []


def test_an_innovation_passport_is_a_designation() -> None:
    """Like the EMA's PRIME, which the spec lists as a designation: a status one product is
    awarded, not a programme many products are taken into."""
    found = run(
        "Acme Bio said the MHRA awarded dorvistat an Innovation Passport in March 2024, "
        "opening the Innovative Licensing and Access Pathway to it.",
        published="2025-01-20",
    )
    designation = only(found, "designation")
    assert (designation.jurisdiction, designation.date, designation.attributes) == (
        "UK",
        "2024-03",
        {"designation": "innovation_passport"},
    )
    assert not [m for m in found if m.type == "program_inclusion"]


def test_filings_told_without_an_auxiliary_or_in_a_relative_clause() -> None:
    cases = {
        "• AB-310 NDA submitted to the FDA for gout in May 2025": "2025-05",
        "Acme said the BLA for dorvistat was submitted to the FDA in May.": "2025-05",
        "The FDA accepted the BLA, which Acme submitted in May for dorvistat.": "2025-05",
    }
    for text, date in cases.items():
        submission = only(run(text, published="2025-08-07"), "application_submission")
        assert (submission.jurisdiction, submission.date) == ("US", date), text


def test_acceptance_and_trial_start_told_as_slide_shorthand() -> None:
    text = (
        "• Apr 2025: NDA for dorvistat accepted by the FDA\n"
        "• Dorvistat Phase 2 ORCA-1 initiated in June 2025 at U.S. sites"
    )
    found = {(m.type, m.date) for m in run(text, published="2025-08-07")}
    assert found == {("application_acceptance", "2025-04"), ("trial_initiation", "2025-06")}


def test_a_refuse_to_file_letter_is_a_rejection() -> None:
    found = run("Acme said it got a refuse-to-file letter from the FDA for dorvistat on May 2.")
    rejection = only(found, "rejection")
    assert (rejection.date, rejection.jurisdiction) == ("2025-05-02", "US")


def test_a_conversion_to_full_approval_and_an_approval_granted_in_a_year() -> None:
    text = (
        "In May the FDA converted the accelerated approval of dorvistat in gout to full "
        "approval. The accelerated approval was granted in 2021."
    )
    found = {(m.date, m.attributes.get("pathway")) for m in run(text, published="2025-08-07")}
    assert found == {("2025-05", "full"), ("2021", "accelerated")}


def test_a_green_light_or_clearance_for_a_trial_is_an_ind_clearance() -> None:
    cases = (
        "The MFDS gave the green light in March for a phase 2 trial of dorvistat.",
        "Acme received clearance from the FDA in March for the IND of dorvistat.",
    )
    for text in cases:
        clearance = only(run(text, published="2025-08-07"), "ind_clearance")
        assert clearance.date == "2025-03", text


def test_an_announcement_describing_the_drug_at_length_before_its_acceptance() -> None:
    text = (
        'The Board announces with pleasure that the Group\'s new drug application ("NDA") for '
        "QL-2207, a once-daily oral inhibitor of a mutated kinase that the Group found and "
        "developed itself, intended to treat adults with inoperable or advanced biliary tract "
        "cancer carrying the alteration after progression on two prior lines of therapy, "
        "was accepted by the Center for Drug "
        'Evaluation (the "CDE") on 17 September 2024.'
    )
    found = only(run(text), "application_acceptance")
    assert (found.drug, found.jurisdiction, found.date) == ("QL-2207", "CN", "2024-09-17")


def test_a_drug_that_reached_the_market_under_an_accelerated_approval_was_approved() -> None:
    text = (
        "On Tuesday the FDA granted full approval to Acme's dorvatinib. The drug first "
        "came to market in May 2022 under an accelerated approval based on response rates."
    )
    found = {(m.date, m.attributes.get("pathway")) for m in run(text) if m.type == "approval"}
    assert ("2022-05", "accelerated") in found


def test_a_filing_named_by_the_regulator_it_went_to() -> None:
    text = "Acme filed with the FDA in March for dorvatinib in gout, and expects a decision soon."
    found = only(run(text), "application_submission")
    assert (found.drug, found.jurisdiction, found.date) == ("dorvatinib", "US", "2025-03")


def test_a_filing_whose_drug_is_glossed_with_its_code_before_the_verb() -> None:
    text = (
        "The marketing authorisation application for dorvatinib (development code QV-2207) "
        "was submitted to the European Medicines Agency on 9 May 2024."
    )
    found = only(run(text), "application_submission")
    assert (found.drug, found.jurisdiction, found.date) == ("dorvatinib", "EU", "2024-05-09")


def test_a_set_off_participle_dates_the_submission() -> None:
    found = run(
        "Harlowe Therapeutics has withdrawn its New Drug Application for denvolimab from the "
        "FDA.\n\nThe U.S. application, filed in March 2024, relied on a single Phase 2 study.",
        published="2025-02-05",
    )
    submission = only(found, "application_submission")
    assert (submission.drug, submission.jurisdiction, submission.date) == (
        "denvolimab",
        "US",
        "2024-03",
    )


def test_an_approval_named_with_last_month_of_the_year() -> None:
    found = run(
        "Sales grew after the FDA's approval of zolvetinib last September, the company said.",
        published="2026-02-11",
    )
    approval = only(found, "approval")
    assert (approval.jurisdiction, approval.date) == ("US", "2025-09")


def test_an_application_sent_to_a_regulator_is_a_submission() -> None:
    found = run(
        "Health Canada cleared denvolimab for adults in March 2025.\n\nHarlowe Bio has since "
        "sent its marketing application to the European Medicines Agency as well.",
        published="2025-06-05",
    )
    submission = only(found, "application_submission")
    assert (submission.drug, submission.jurisdiction, submission.date) == ("denvolimab", "EU", None)
