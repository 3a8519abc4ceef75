"""Events a sentence names without reporting them: a counterfactual, a hypothetical told in
reported speech, a status asked for whose grant is a condition, odds put on an approval, an
ethics committee's approval, a trial application's receipt named by "the application"; and
real events near such words: a clearance told in a time clause after a plan, an application
pending review told as submitted (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import run

_LEAD = "The FDA granted dervotinib (KQ-31) orphan drug designation in March 2025. "


def _events(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.jurisdiction) for m in run(text, "2025-06-13")}


def test_an_inverted_counterfactual_reports_no_approval() -> None:
    found = _events(_LEAD + "Had it been approved, dervotinib would have been the first option.")
    assert found == {("designation", "US")}


def test_a_reported_hypothetical_letter_is_no_rejection() -> None:
    found = _events(
        _LEAD + "One analyst wrote that a complete response letter requesting a second trial "
        '"would be no shock."'
    )
    assert found == {("designation", "US")}


def test_a_designation_asked_for_whose_grant_is_a_condition_is_none() -> None:
    found = _events(
        "Quellar has also asked the FDA for orphan drug designation for dervotinib (KQ-31), "
        "which, if granted, could cut its fees."
    )
    assert found == set()


def test_a_scheme_the_regulator_was_asked_to_admit_the_drug_to_is_none() -> None:
    found = _events(
        _LEAD + "Quellar has asked the European Medicines Agency to admit dervotinib to its "
        "PRIME scheme."
    )
    assert found == {("designation", "US")}


def test_odds_put_on_an_approval_report_none() -> None:
    found = _events(
        _LEAD + "Analysts at Pellham gave dervotinib a 55% probability of approval in Europe."
    )
    assert found == {("designation", "US")}


def test_an_ethics_committee_approval_is_no_trial_clearance() -> None:
    found = _events(
        _LEAD + "The study of dervotinib has received ethics committee approval in Australia."
    )
    assert found == {("designation", "US")}


def test_a_trial_application_accepted_as_the_application_is_no_acceptance() -> None:
    found = _events(
        _LEAD + "Quellar has also filed a clinical trial application for dervotinib with "
        "China's NMPA. The CDE accepted the application for review in May."
    )
    assert found == {("designation", "US")}


def test_a_clearance_in_a_past_time_clause_after_a_plan_is_reported() -> None:
    found = run(
        "Dervotinib (KQ-31) is licensed to Morrow Bio, which plans to begin a phase 2 trial "
        "in 2026 after the FDA cleared its investigational new drug application in April.",
        "2025-06-13",
    )
    clearance = [m for m in found if m.type == "ind_clearance"]
    assert [(m.jurisdiction, m.date) for m in clearance] == [("US", "2025-04")]


def test_a_clearance_a_plan_waits_on_stays_a_plan() -> None:
    found = _events(
        "Morrow Bio plans to begin a phase 2 trial of dervotinib (KQ-31) after the FDA "
        "clears its investigational new drug application."
    )
    assert ("ind_clearance", "US") not in found


def test_a_pending_application_told_as_submitted_is_a_submission() -> None:
    found = run(
        "Quellar also has a marketing authorisation application for dervotinib (KQ-31) "
        "pending with the UK's MHRA, which it submitted in January.",
        "2025-06-13",
    )
    submitted = [(m.jurisdiction, m.date) for m in found if m.type == "application_submission"]
    assert submitted == [("UK", "2025-01")]


def test_an_approval_received_neither_nor_another_outcome_is_none() -> None:
    for wording in (
        "had received neither an approval nor a complete response letter",
        "has won no approval so far",
    ):
        text = f"The FDA goal date for corvetinib passed last week. Orlen Bio said it {wording}."
        assert not [m for m in run(text) if m.type == "approval"], wording


def test_a_no_objection_letter_received_still_clears_a_trial() -> None:
    text = "Orlen Bio got its No Objection Letter from Health Canada for corvetinib in May 2025."
    assert [(m.type, m.date) for m in run(text)] == [("ind_clearance", "2025-05")]


def test_a_past_clause_with_its_own_date_spliced_after_an_obligation_is_reported() -> None:
    found = run(
        _LEAD + "Under its conditional approval, Morrow Bio needs to complete a confirmatory "
        "phase 3 study, the first patient of this study was enrolled in April 2025, and the "
        "company will report the results later.",
        "2025-06-13",
    )
    starts = [m for m in found if m.type == "trial_initiation"]
    assert [m.date for m in starts] == ["2025-04"]


def test_a_spliced_clause_without_its_own_date_stays_in_the_obligation() -> None:
    found = _events(
        _LEAD + "Morrow Bio needs to complete a confirmatory phase 3 study, the first patient "
        "of this study was enrolled, and the company will report the results later."
    )
    assert found == {("designation", "US")}


def test_a_spliced_clause_told_in_the_future_stays_a_plan() -> None:
    found = run(
        _LEAD + "Morrow Bio needs to complete a confirmatory phase 3 study, the first patient "
        "of this study to be enrolled in April 2026.",
        "2025-06-13",
    )
    assert [m.type for m in found] == ["designation"]
