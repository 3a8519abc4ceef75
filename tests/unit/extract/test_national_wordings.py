"""How copy about national regulators tells their steps: registrations a launch followed,
dossiers sent on by a pronoun, priority tracks, registration requests accepted, and what
is no step at all (a payer's dossier, a reliance route's condition)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_launch_following_marketing_registration_dates_the_registration() -> None:
    text = (
        "Lumora Saúde today launched Vextana (doravitinib) in Brazil, following marketing "
        "registration by ANVISA on 4 May 2025."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.date) == ("BR", "2025-05-04")


def test_dossier_submitted_it_to_the_regulator_is_a_submission() -> None:
    text = (
        "Lumora prepared the local registration dossier for doravitinib and submitted it to "
        "ANVISA in June 2024."
    )
    submission = only(run(text), "application_submission")
    assert (submission.jurisdiction, submission.date) == ("BR", "2024-06")


def test_filing_placed_by_country_and_route_is_a_submission() -> None:
    text = (
        "Nilotica Pharma filed in Egypt under the Egyptian Drug Authority's reliance pathway "
        "for fenoprazan, which SAHPRA had registered in 2023."
    )
    assert ("fenoprazan", "application_submission", "EG") in keys(run(text))


def test_price_and_reimbursement_filings_are_no_marketing_application() -> None:
    text = (
        "The Medsafe-approved doravitinib is now on sale. Lumora has submitted the pricing "
        "dossier to the national payer, and Lumora also submitted an application for "
        "reimbursement of doravitinib to the health insurer."
    )
    assert "application_submission" not in {m.type for m in run(text)}


def test_priority_evaluation_and_priority_track_are_priority_review() -> None:
    first = (
        "The TİTCK granted priority evaluation in March to Lumora's application for doravitinib."
    )
    second = (
        "The Egyptian Drug Authority admitted the fenoprazan file to its priority registration "
        "track in April."
    )
    assert only(run(first), "priority_review").date == "2025-03"
    assert only(run(second), "priority_review").jurisdiction == "EG"


def test_registration_request_accepted_is_an_acceptance() -> None:
    text = "ANVISA on 2 June accepted Lumora's registration request for doravitinib."
    found = run(text)
    acceptance = only(found, "application_acceptance")
    assert (acceptance.jurisdiction, acceptance.date) == ("BR", "2025-06-02")
    assert "approval" not in {m.type for m in found}


def test_reliance_route_conditions_name_no_approval() -> None:
    text = (
        "The Egyptian Drug Authority accepted the fenoprazan application into its reliance "
        "route, which relies on a reference authority's prior approval. Brunei published "
        "draft rules for doravitinib-like products already approved by two reference agencies."
    )
    assert "approval" not in {m.type for m in run(text)}


def test_approved_application_to_conduct_a_trial_is_a_trial_clearance() -> None:
    text = (
        "The CDSCO this month approved Vindhya Pharma's application to conduct a phase 2 "
        "clinical trial of VPL-208 in adults with gout."
    )
    found = run(text)
    assert ("VPL-208", "ind_clearance", "IN") in keys(found)
    assert "approval" not in {m.type for m in found}


def test_licence_dated_in_the_next_sentence_dates_the_lead() -> None:
    text = (
        "The Turkish Medicines and Medical Devices Agency (TİTCK) has granted a marketing "
        "licence for Vesparin (doravitinib) to Bosphorus Ilaç. The licence is dated 2 May 2025."
    )
    assert only(run(text), "approval").date == "2025-05-02"


def test_consent_given_in_the_next_sentence_dates_the_lead() -> None:
    text = (
        "Medsafe has granted provisional consent for Kaurivax (merolimab), the sponsor said. "
        "The consent was given on 30 May 2025 and is valid for two years."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.date) == ("NZ", "2025-05-30")


def test_import_authorised_for_a_named_patient_is_no_approval() -> None:
    text = (
        "ANMAT has authorised the import of Velbrio (tarnacept), which is not registered in "
        "Argentina, for a single named patient with a rare enzyme disorder."
    )
    assert "approval" not in {m.type for m in run(text)}


def test_name_described_as_its_owners_treatment_is_a_drug() -> None:
    text = (
        "SAHPRA declined to register vostrafine, the company's twice-daily treatment for "
        "bipolar depression, in a letter dated April 2025."
    )
    rejection = only(run(text), "rejection")
    assert (rejection.drug, rejection.jurisdiction, rejection.date) == (
        "vostrafine",
        "ZA",
        "2025-04",
    )
