"""Words of an event that report none, and real events beside them: a committee's opinion
recommending approval, an outcome ranked as likely, a consent or a statement withdrawn, a
Chinese negation whose place comes before its verb, a trial notice described as approved
by its issuer; a status held that no grant before it dates; a licence told in an
appositive after a plan (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import run

_LEAD = "The FDA granted pelsotinib (RV-18) orphan drug designation in March 2025. "


def _events(text: str, published: str = "2025-06-13") -> set[tuple[str, str]]:
    return {(m.type, m.jurisdiction) for m in run(text, published)}


def test_an_opinion_recommending_approval_is_no_approval() -> None:
    found = _events(
        _LEAD + "In Europe, the CHMP adopted a positive opinion recommending approval of "
        "pelsotinib on June 5."
    )
    assert found == {("designation", "US")}


def test_a_commission_approval_after_the_opinion_is_still_one() -> None:
    found = _events(
        _LEAD + "The European Commission approved pelsotinib on June 5, following the CHMP's "
        "recommendation."
    )
    assert ("approval", "EU") in found


def test_an_outcome_ranked_as_most_likely_is_no_rejection() -> None:
    found = _events(
        _LEAD + "Brokers at Harrowgate said a complete response letter is now the most "
        "likely outcome for pelsotinib."
    )
    assert found == {("designation", "US")}


def test_an_issued_complete_response_letter_is_still_a_rejection() -> None:
    found = _events(
        _LEAD + "The FDA issued a complete response letter for pelsotinib on June 4, "
        "the company said."
    )
    assert ("rejection", "US") in found


def test_consent_withdrawn_before_a_dose_is_no_withdrawal() -> None:
    found = _events(
        _LEAD + "The first participant in the pelsotinib study withdrew consent before "
        "receiving the drug."
    )
    assert found == {("designation", "US")}


def test_a_press_release_withdrawn_is_no_withdrawal() -> None:
    found = _events(
        _LEAD + "Ravenholt withdrew a May 2 press release about the pelsotinib application."
    )
    assert found == {("designation", "US")}


def test_an_application_withdrawn_is_still_a_withdrawal() -> None:
    found = _events(
        _LEAD + "Ravenholt withdrew its marketing authorisation application for pelsotinib "
        "in the EU on June 2."
    )
    assert ("withdrawal", "EU") in found


def test_a_chinese_negation_before_a_place_phrase_negates_the_approval() -> None:
    found = _events(
        "2024年3月，佩索替尼获得国家药监局临床试验批准。该产品亦未在任何国家或地区获得上市批准。",
        "2025-06-13",
    )
    assert found == {("ind_clearance", "CN")}


def test_a_trial_notice_described_as_approved_by_its_issuer_is_no_approval() -> None:
    found = _events(
        'Ravenholt received the "Drug Clinical Trial Approval Notice" for pelsotinib on '
        "June 10, which is approved and issued by the National Medical Products "
        "Administration, agreeing to carry out a Phase I clinical trial."
    )
    assert ("approval", "CN") not in found
    assert ("ind_clearance", "CN") in found


def test_a_status_held_takes_no_date_from_the_grant_before_it() -> None:
    found = run(
        "佩索替尼（pelsotinib）于2023年获得FDA授予的罕见儿科疾病认定，同时还拥有FDA孤儿药资格认定。",
        "2025-06-13",
    )
    dates = {m.attributes.get("designation"): m.date for m in found}
    assert dates == {"rare_pediatric_disease": "2023", "orphan_drug": None}


def test_a_licence_in_an_appositive_after_a_plan_is_reported() -> None:
    found = run(
        "Ravenholt submitted a supplemental NDA in May seeking to expand the use of "
        "pelsotinib, its kinase inhibitor first approved by the FDA in 2022 for gout, into "
        "psoriatic arthritis.",
        "2025-06-13",
    )
    approvals = [m for m in found if m.type == "approval"]
    assert [(m.jurisdiction, m.date) for m in approvals] == [("US", "2022")]


def test_a_licence_sought_by_the_plan_is_still_none() -> None:
    found = _events(
        "Ravenholt is seeking to have pelsotinib approved by the FDA for psoriatic arthritis."
    )
    assert ("approval", "US") not in found
