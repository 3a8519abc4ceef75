"""One invented English article per milestone type."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import keys, only, run


def test_approval_today_with_pathway_and_brand_alias() -> None:
    found = run(
        "BOSTON, June 13, 2025 — Acme Bio today announced that the U.S. Food and Drug "
        "Administration has granted accelerated approval to ZORVEXA™ (velotinib) for adults "
        "with relapsed follicular lymphoma."
    )
    approval = only(found, "approval")
    assert (approval.drug, approval.jurisdiction, approval.agency) == ("velotinib", "US", "FDA")
    assert approval.date == "2025-06-13" and approval.date_precision == "day"
    assert approval.attributes["pathway"] == "accelerated"
    assert "ZORVEXA" in approval.aliases
    assert approval.evidence.quote in found[0].evidence.quote or approval.evidence.start >= 0


def test_evidence_span_points_into_text() -> None:
    text = "Acme said on Monday that the FDA approved velotinib for lymphoma."
    approval = only(run(text, published="2025-06-11"), "approval")
    assert text[approval.evidence.start : approval.evidence.end] == approval.evidence.quote
    assert approval.date == "2025-06-09"
    assert 0 < approval.confidence <= 1


def test_ind_clearance_with_phase() -> None:
    found = run(
        "Acme Bio said on Friday that the FDA has cleared its investigational new drug "
        "application for AB-1234, allowing a phase 1/2 trial in solid tumours to begin."
    )
    clearance = only(found, "ind_clearance")
    assert (clearance.drug, clearance.jurisdiction) == ("AB-1234", "US")
    assert clearance.attributes.get("phase") == "1/2"
    assert clearance.date == "2025-06-13"


def test_trial_initiation_first_patient_dosed() -> None:
    found = run(
        "Acme today announced that the first patient has been dosed in the phase 3 trial "
        "of rilotinib in China for gastric cancer."
    )
    trial = only(found, "trial_initiation")
    assert (trial.drug, trial.jurisdiction, trial.attributes.get("phase")) == (
        "rilotinib",
        "CN",
        "3",
    )


def test_submission_and_acceptance_with_quarter_precision() -> None:
    found = run(
        "The FDA has accepted the biologics license application for kelomab, Acme said on "
        "Thursday. Acme submitted the BLA in the first quarter of 2025.",
        published="2025-06-13",
    )
    assert only(found, "application_acceptance").date == "2025-06-12"
    submission = only(found, "application_submission")
    assert (submission.date, submission.date_precision) == ("2025-Q1", "quarter")
    assert submission.attributes["application"] == "BLA"


def test_priority_review_and_designations() -> None:
    found = run(
        "The FDA granted the filing Priority Review for kelomab in May 2025. Kelomab has "
        "received Orphan Drug and Fast Track designations from the FDA."
    )
    assert only(found, "priority_review").date == "2025-05"
    designations = {m.attributes["designation"] for m in found if m.type == "designation"}
    assert designations == {"orphan_drug", "fast_track"}
    assert all(m.date is None for m in found if m.type == "designation")


def test_program_inclusion_project_orbis() -> None:
    found = run(
        "Health Canada authorized Lenvima (lenvatinib) on May 2, 2025. That application "
        "was reviewed under Project Orbis."
    )
    inclusion = only(found, "program_inclusion")
    assert inclusion.attributes["program"] == "Project Orbis"
    assert (inclusion.jurisdiction, inclusion.date) == ("CA", None)


def test_rejection_withdrawal_other_agencies() -> None:
    found = run(
        "The FDA issued a complete response letter for zapotide in March 2025. In Europe, the "
        "CHMP adopted a negative opinion in April 2025; Acme then withdrew the marketing "
        "authorisation application in May 2025. Japan's Ministry of Health, Labour and Welfare "
        "approved zapotide in 2024, and the MHRA followed in January 2025."
    )
    assert keys(found) >= {
        ("zapotide", "rejection", "US"),
        ("zapotide", "rejection", "EU"),
        ("zapotide", "withdrawal", "EU"),
        ("zapotide", "approval", "JP"),
        ("zapotide", "approval", "UK"),
    }
    uk = next(m for m in found if m.jurisdiction == "UK")
    assert (uk.agency, uk.date) == ("MHRA", "2025-01")


def test_other_wordings_and_regulators() -> None:
    found = run(
        "Health Canada issued a Notice of Compliance for kelomab on June 2, 2025. Acme "
        "enrolled the first patient in a phase 2 study of AB-2222 in Australia in May 2025. "
        "In April 2025 Acme withdrew the U.S. indication for zapotide after a failed trial."
    )
    assert keys(found) >= {
        ("kelomab", "approval", "CA"),
        ("AB-2222", "trial_initiation", "AU"),
        ("zapotide", "withdrawal", "US"),
    }
    assert only(found, "approval").date == "2025-06-02"


def test_conditionally_approved_is_the_conditional_pathway() -> None:
    found = run("The NMPA conditionally approved velotinib for gastric cancer in May 2024.")
    assert only(found, "approval").attributes == {"pathway": "conditional"}


def test_trial_initiation_with_the_trial_between_first_subject_and_dosed() -> None:
    found = run(
        "The FDA cleared Acme's IND for a phase 1 study of AB-4410 in March, and the first "
        "participant in this bridging trial was dosed last month."
    )
    trial = only(found, "trial_initiation")
    assert (trial.drug, trial.jurisdiction, trial.date) == ("AB-4410", "US", "2025-05")


def test_a_committee_recommending_refusal_is_a_rejection() -> None:
    found = run(
        "The CHMP recommended the refusal of a marketing authorisation for Zentavo (velotinib), "
        "intended for gout, on Thursday."
    )
    rejection = only(found, "rejection")
    assert (rejection.drug, rejection.jurisdiction) == ("velotinib", "EU")


def test_the_commissions_decision_titled_as_granting_an_authorisation_is_an_approval() -> None:
    text = (
        "Union Register entry\n\nCommission Implementing Decision of 3 March 2025 granting a "
        'conditional marketing authorisation under Regulation (EC) No 726/2004 for "Zentavo - '
        'velotinib", a medicinal product for human use\n\nThe application was submitted to the '
        "European Medicines Agency in 2024."
    )
    approval = only(run(text, "2025-03-07"), "approval")
    assert (approval.drug, approval.jurisdiction, approval.date) == (
        "velotinib",
        "EU",
        "2025-03-03",
    )


@pytest.mark.parametrize(
    "clause",
    [
        "an investigational new drug application that the FDA cleared",
        "a clinical trial application, which the agency approved",
    ],
)
def test_a_trial_application_a_regulator_acted_on_is_a_clearance(clause: str) -> None:
    text = (
        "Halden Bio dosed the first patient in its phase 2/3 study of movarsen in October. "
        f"Enrolment is open at US sites; the trial proceeds under {clause} in June."
    )
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, "2024-10-20")}
    assert ("ind_clearance", "US", "2024-06") in found
    assert not any(kind == "approval" for kind, _, _ in found)
