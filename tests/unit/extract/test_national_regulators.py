"""National regulators outside the big ones: their decisions are their own countries'."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_india_regulator_approval_is_india_not_the_fda_named_nearby() -> None:
    text = (
        "Pallavi Biotech said the Central Drugs Standard Control Organisation (CDSCO) approved "
        "vorelastat tablets for chronic gout on 4 June 2025. The drug was approved by the US "
        "Food and Drug Administration in 2023."
    )
    found = run(text)
    approval = [m for m in found if m.type == "approval" and m.jurisdiction == "IN"]
    assert len(approval) == 1 and approval[0].agency == "CDSCO"
    assert approval[0].date == "2025-06-04"
    assert ("vorelastat", "approval", "US") in keys(found)


def test_brazil_regulator_approval() -> None:
    text = "Anvisa approved Quorbena (miravetinib) for adults with psoriasis on 2 June 2025."
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.agency) == ("BR", "ANVISA")


def test_singapore_submission_and_conditional_registration() -> None:
    text = (
        "Lintang Bio filed a new drug application for solmetumab with the Health Sciences "
        "Authority in February 2025. On 5 June 2025 the HSA granted conditional registration "
        "to solmetumab for adults with gastric cancer."
    )
    found = run(text)
    assert ("solmetumab", "application_submission", "SG") in keys(found)
    approval = only(found, "approval")
    assert (approval.jurisdiction, approval.agency, approval.date) == ("SG", "HSA", "2025-06-05")


def test_member_state_licence_is_that_country_not_the_union() -> None:
    text = (
        "The Federal Institute for Drugs and Medical Devices (BfArM) granted a national "
        "marketing authorisation for Nasivol (darolizine) nasal spray on 2 June 2025, after a "
        "decentralised procedure; there is no European Commission decision."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.agency) == ("DE", "BfArM")


def test_saudi_authority_is_not_china_or_the_us() -> None:
    text = (
        "The Saudi Food and Drug Authority approved tenvarimab for adults with asthma on "
        "3 June 2025."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.agency) == ("SA", "SFDA")


def test_anvisa_priority_analysis_is_priority_review() -> None:
    text = (
        "The registration request for brolencitinib was filed with Anvisa in March 2025 and, "
        "in June, the agency granted it priority analysis."
    )
    review = only(run(text, published="2025-11-20"), "priority_review")
    assert (review.jurisdiction, review.date) == ("BR", "2025-06")


def test_israeli_ministry_of_health_is_israel_not_the_us() -> None:
    text = (
        "Carmelo Therapeutics today announced that the Israeli Ministry of Health (MOH) has "
        "approved the registration of dravalimab for adults with plaque psoriasis."
    )
    approval = only(run(text, published="2025-03-04"), "approval")
    assert (approval.jurisdiction, approval.agency, approval.date) == ("IL", "MOH", "2025-03-04")


def test_thai_fda_by_its_bracketed_name_is_thailand_not_the_us() -> None:
    text = (
        "The Food and Drug Administration (Thai FDA) approved the registration of mirotavir "
        "for influenza on 9 April 2025. Earlier this month, the Thai FDA also approved the "
        "phase 2 clinical trial of the vaccine candidate PKV-12."
    )
    found = run(text, published="2025-04-20")
    assert ("mirotavir", "approval", "TH") in keys(found)
    assert ("PKV-12", "ind_clearance", "TH") in keys(found)
    assert all(m.jurisdiction != "US" for m in found)


def test_bare_fda_in_a_thai_article_is_the_thai_fda() -> None:
    text = (
        "Thailand's Food and Drug Administration has been reviewing new antivirals. On 9 "
        "April 2025 the FDA approved the registration of mirotavir for influenza."
    )
    approval = only(run(text, published="2025-04-20"), "approval")
    assert (approval.jurisdiction, approval.agency) == ("TH", "Thai FDA")


def test_bare_fda_stays_american_when_the_us_is_named_too() -> None:
    text = (
        "The Thai FDA approved mirotavir for influenza on 9 April 2025. In the United States, "
        "the FDA approved mirotavir on 2 March 2025."
    )
    found = run(text, published="2025-04-20")
    assert {("mirotavir", "approval", "TH"), ("mirotavir", "approval", "US")} <= keys(found)


def test_sfda_after_the_saudi_authority_is_saudi_not_chinas_old_regulator() -> None:
    text = (
        "The Saudi Food and Drug Authority (SFDA) has reviewed the file for orbelimab. The "
        "SFDA granted the marketing authorisation on 11 May 2025."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.agency, approval.date) == ("SA", "SFDA", "2025-05-11")


def test_bare_sfda_alone_is_still_chinas_former_regulator() -> None:
    text = "The SFDA approved orbelimab for adults with asthma on 11 May 2009."
    approval = only(run(text), "approval")
    assert approval.jurisdiction == "CN"


def test_the_commission_after_cofepris_is_mexicos_not_the_european_one() -> None:
    text = (
        "The Federal Commission for the Protection against Sanitary Risks (Cofepris) met in "
        "May. On 3 June 2025 the Commission approved tolvaciclib for adults with gout."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.agency) == ("MX", "COFEPRIS")


def test_saudi_breakthrough_medicine_designation_is_breakthrough_therapy() -> None:
    text = (
        "The Saudi Food and Drug Authority granted Breakthrough Medicine designation to "
        "corvanib for adults with myelofibrosis in February 2025."
    )
    designation = only(run(text), "designation")
    assert (designation.jurisdiction, designation.date) == ("SA", "2025-02")
    assert designation.attributes == {"designation": "breakthrough_therapy"}


def test_the_authority_is_the_authority_named_just_before() -> None:
    text = (
        "Singapore's Health Sciences Authority (HSA) received the file in 2024. Myelofibrosis "
        "affects few people in the city-state, and fewer can get a transplant. The authority "
        "approved corvanib for adults with myelofibrosis on 2 May 2025. In Europe, the CHMP "
        "adopted a positive opinion; the European Commission decision is pending. The "
        "European Medicines Agency is also reviewing the EU filing."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.date) == ("SG", "2025-05-02")


def test_mexican_sanitary_registry_is_approval_dated_the_past_day() -> None:
    text = (
        "Cofepris granted the sanitary registry to orbelimab for adults with asthma. The "
        "registry was emitted the past 12 of May through the reliance route."
    )
    approval = only(run(text, published="2025-05-20"), "approval")
    assert (approval.jurisdiction, approval.agency, approval.date) == (
        "MX",
        "COFEPRIS",
        "2025-05-12",
    )


def test_denied_sanitary_registry_is_a_rejection() -> None:
    text = "Cofepris denied in April the sanitary registry to orbelimab, citing missing data."
    rejection = only(run(text, published="2025-05-20"), "rejection")
    assert (rejection.jurisdiction, rejection.date) == ("MX", "2025-04")


def test_authorized_protocol_of_clinical_research_is_a_trial_clearance() -> None:
    text = (
        "In April, Cofepris authorized the protocol of clinical research phase 2 of the "
        "molecule QRT-410 for gout."
    )
    clearance = only(run(text, published="2025-05-20"), "ind_clearance")
    assert (clearance.drug, clearance.jurisdiction, clearance.date) == ("QRT-410", "MX", "2025-04")
    assert not [m for m in run(text, published="2025-05-20") if m.type == "approval"]


def test_medsafe_provisional_consent_is_approval() -> None:
    text = "On 3 June 2025 Medsafe granted provisional consent for orbelimab in severe asthma."
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.agency, approval.date) == (
        "NZ",
        "Medsafe",
        "2025-06-03",
    )


def test_informed_consent_is_no_approval() -> None:
    text = (
        "Medsafe is reviewing orbelimab. All patients in the trial gave informed consent "
        "before receiving orbelimab on 3 June 2025."
    )
    assert not [m for m in run(text) if m.type == "approval"]


# Translated Brazilian copy: the weekday's day and month in brackets, day first; the
# registration request "protocolized"; the review's "prioritization".
def test_anvisa_weekday_with_day_and_month_in_brackets() -> None:
    text = "Anvisa approved, this Thursday (5/6), the registration of Quorbena (miravetinib)."
    approval = only(run(text, published="2025-06-06"), "approval")
    assert (approval.jurisdiction, approval.date) == ("BR", "2025-06-05")


def test_anvisa_registration_request_protocolized_and_prioritized() -> None:
    text = (
        "The request of registration of miravetinib was protocolized in Anvisa in March of "
        "2024. In May of the same year, the agency granted the prioritization of the analysis "
        "of the process."
    )
    found = {(m.type, m.jurisdiction, m.date) for m in run(text)}
    assert found == {
        ("application_submission", "BR", "2024-03"),
        ("priority_review", "BR", "2024-05"),
    }


def test_india_permission_to_conduct_a_trial_is_a_clearance() -> None:
    text = (
        "The CDSCO on 2 June granted Pallavi Biotech permission to conduct a phase 2 clinical "
        "trial of PB-318 in adults with gout."
    )
    clearance = only(run(text), "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("IN", "2025-06-02")


def test_permission_sought_to_conduct_a_trial_is_no_clearance() -> None:
    text = "Pallavi Biotech has sought permission to conduct a phase 2 clinical trial of PB-318."
    assert run(text) == []


# A continent is no country, and a count of unnamed markets names none of them.
def test_an_approval_in_latin_america_is_not_the_us() -> None:
    assert run("Acme said velotinib has been approved in Latin America since 2022.") == []


def test_approval_in_unnamed_markets_is_not_the_country_named_after_it() -> None:
    text = (
        "Acme noted that velotinib has been approved in several markets in Asia, and that it "
        "has not yet filed in Switzerland."
    )
    assert run(text) == []


def test_approval_in_a_count_of_countries_spelt_out_is_nobodys() -> None:
    text = (
        "Today Acme's velotinib is approved in seven countries, and its founder has become a "
        "fan of shared reviews. The FDA granted velotinib approval on 2 May 2024 for gout."
    )
    assert keys(run(text)) == {("velotinib", "approval", "US")}
    assert only(run(text), "approval").date == "2024-05-02"


def test_the_pei_by_its_initials_once_named_is_germanys() -> None:
    text = (
        "The Paul-Ehrlich-Institut (PEI) released the first batches for Germany. The "
        "European Medicines Agency (EMA) had validated the MAA of Corvax. Also the candidate "
        "KVB-410 makes progress: the PEI approved on 12.05.2025 the clinical trial of phase II."
    )
    clearance = only(run(text, published="2025-05-20"), "ind_clearance")
    assert (clearance.jurisdiction, clearance.agency) == ("DE", "PEI")


def test_a_regulator_adding_a_drug_to_its_register_approves_it() -> None:
    found = run("Israel's Ministry of Health added lormetinib to its drug register in May 2025.")
    approval = only(found, "approval")
    assert (approval.jurisdiction, approval.date) == ("IL", "2025-05")


def test_a_trial_entered_in_a_trials_registry_is_no_approval() -> None:
    found = run("Orlen Bio entered its lormetinib trial in the clinical trials registry in May.")
    assert not [m for m in found if m.type == "approval"]
