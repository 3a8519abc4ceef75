"""Regulators' own decision pages (invented documents in the styles of a Canadian decision
summary, an Australian public assessment report and the EMA's withdrawal notices and
medicine overviews): prose in their words, and their steps set out as labelled fields."""

from __future__ import annotations

import pytest

from service.extract import Milestone
from tests.unit.extract.helpers import only, run


def _steps(found: list[Milestone]) -> list[tuple[str, str, str | None]]:
    return sorted((m.type, m.jurisdiction, m.date) for m in found)


_CANADIAN_HEAD = (
    "Regulatory Decision Summary: Hollavex\n"
    "Health Canada (Pharmaceutical Drugs Directorate)\n\n"
    "Medicinal ingredient: tirvanolast\n"
    "Sponsor: Quarrington Therapeutics Canada ULC\n\n"
)


def test_a_canadian_summarys_prose_tells_each_step_on_its_own_day() -> None:
    found = run(
        _CANADIAN_HEAD + "The New Drug Submission (NDS) for Hollavex was submitted by "
        "Quarrington Therapeutics Canada ULC on 2024-10-07.\n"
        "Health Canada granted Quarrington's request for Priority Review status on 2024-10-29.\n"
        "After screening, the NDS was accepted for review on 2024-11-18.\n"
        "On 2025-05-06, Health Canada issued a Qualifying Notice, which tells the sponsor that "
        "the file could qualify for a NOC/c.\n"
        "Health Canada issued a NOC/c for Hollavex on 2025-06-23.\n",
        published="2025-07-15",
    )
    assert _steps(found) == [
        ("application_acceptance", "CA", "2024-11-18"),
        ("application_submission", "CA", "2024-10-07"),
        ("approval", "CA", "2025-06-23"),
        ("priority_review", "CA", "2024-10-29"),
    ]
    assert {m.agency for m in found} == {"HC"}
    assert only(found, "application_submission").attributes == {"application": "NDS"}
    assert only(found, "approval").attributes == {"pathway": "conditional"}


def test_a_plain_notice_of_compliance_is_an_approval_with_no_route_named() -> None:
    found = run(
        _CANADIAN_HEAD + "The New Drug Submission for Hollavex was filed by the sponsor on "
        "2024-10-07. Health Canada then issued a Notice of Compliance (NOC) for Hollavex on "
        "2025-06-23.\n",
        published="2025-07-15",
    )
    assert _steps(found) == [
        ("application_submission", "CA", "2024-10-07"),
        ("approval", "CA", "2025-06-23"),
    ]
    assert only(found, "approval").attributes == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Health Canada issued a NOC/c Qualifying Notice for Hollavex on 2025-05-06.",
        "The sponsor received a NOC/c-QN for Hollavex on 2025-05-06.",
        "Health Canada has issued its Notice of Compliance with conditions Qualifying Notice for "
        "Hollavex on 2025-05-06.",
    ],
)
def test_a_qualifying_notice_is_no_licence(sentence: str) -> None:
    assert run(_CANADIAN_HEAD + sentence + "\n", published="2025-07-15") == []


def test_labelled_milestone_lines_with_no_heading_read_as_a_table() -> None:
    found = run(
        _CANADIAN_HEAD + "Hollavex is indicated for adults with refractory chronic cough.\n\n"
        "Submission filed: 2024-10-07\n"
        "Priority Review status granted: 2024-10-29\n"
        "Screening accepted: 2024-11-18\n"
        "Qualifying Notice issued: 2025-05-06\n"
        "NOC/c issued by Director General, PDD: 2025-06-23\n",
        published="2025-07-15",
    )
    assert _steps(found) == [
        ("application_acceptance", "CA", "2024-11-18"),
        ("application_submission", "CA", "2024-10-07"),
        ("approval", "CA", "2025-06-23"),
        ("priority_review", "CA", "2024-10-29"),
    ]
    assert {m.drug for m in found} == {"tirvanolast"}
    assert only(found, "approval").attributes == {"pathway": "conditional"}


def test_a_licence_with_conditions_as_one_field_is_conditional() -> None:
    found = run(
        _CANADIAN_HEAD + "NOC with conditions (NOC/c) issued: 2025-06-23\n",
        published="2025-07-15",
    )
    assert only(found, "approval").date == "2025-06-23"
    assert only(found, "approval").attributes == {"pathway": "conditional"}


def test_dated_fields_of_a_press_release_are_no_milestones() -> None:
    """A guard: a run of dated fields that names no step of a file tells nothing."""
    found = run(
        "Quarrington Therapeutics to report third quarter results\n\n"
        "Conference call: November 4, 2025\n"
        "Replay available until: November 18, 2025\n\n"
        "Health Canada approved sorvelimab in June 2025.\n",
        published="2025-10-20",
    )
    assert _steps(found) == [("approval", "CA", "2025-06")]


def test_a_listings_entry_with_its_name_withheld_stays_no_ones() -> None:
    """A guard: the field blocks of a decision page are its product's, but an entry whose
    name field holds no name, beside one named entry, is another product's."""
    found = run(
        "Submissions accepted into review by Health Canada, May 2025\n\n"
        "Brand name: Hollavex\n"
        "Medicinal ingredient: sorvelimab\n"
        "Accepted into review: May 2025\n\n"
        "Medicinal ingredient: withheld by the sponsor\n"
        "Therapeutic area: dermatology\n"
        "Accepted into review: May 2025\n",
        published="2025-06-10",
    )
    assert _steps(found) == [("application_acceptance", "CA", "2025-05")]
    assert {m.drug for m in found} == {"sorvelimab"}


_AUSTRALIAN_HEAD = (
    "Australian Public Assessment Report for Marrowyn\n"
    "Therapeutic Goods Administration\n\n"
    "Active ingredient: selpracitinib\n"
    "Sponsor: Kestrel Cove Pharma Pty Ltd\n\n"
)


def test_an_australian_decision_is_dated_by_its_decision_field_not_the_register() -> None:
    found = run(
        _AUSTRALIAN_HEAD + "Orphan drug designation: 9 August 2023\n"
        "Submission dossier accepted, first-round evaluation commenced: 1 March 2024\n"
        "ACM meeting: 6 February 2025\n"
        "Registration decision: Approved\n"
        "Date of decision: 27 March 2025\n"
        "Date of entry onto ARTG: 2 April 2025\n",
        published="2025-05-30",
    )
    assert _steps(found) == [
        ("application_acceptance", "AU", "2024-03-01"),
        ("approval", "AU", "2025-03-27"),
        ("designation", "AU", "2023-08-09"),
    ]
    assert {m.agency for m in found} == {"TGA"}
    assert only(found, "designation").attributes == {"designation": "orphan_drug"}


def test_a_registered_decision_takes_the_date_field_before_it() -> None:
    found = run(
        _AUSTRALIAN_HEAD + "Date of decision: 27 March 2025\nDecision: Registered\n",
        published="2025-05-30",
    )
    assert _steps(found) == [("approval", "AU", "2025-03-27")]


@pytest.mark.parametrize("outcome", ["Rejected", "Not approved", "Refused"])
def test_a_refused_registration_decision_is_a_rejection(outcome: str) -> None:
    found = run(
        _AUSTRALIAN_HEAD + "ACM meeting: 6 February 2025\n"
        f"Registration decision: {outcome}\n"
        "Date of decision: 27 March 2025\n",
        published="2025-05-30",
    )
    assert _steps(found) == [("rejection", "AU", "2025-03-27")]


def test_a_timelines_registration_decision_on_a_refused_page_is_a_rejection() -> None:
    found = run(
        _AUSTRALIAN_HEAD + "Decision: Rejected\n\n"
        "Table 2: Timeline for the submission\n"
        "Submission dossier accepted, first-round evaluation commenced | 1 March 2024\n"
        "Advisory Committee on Medicines meeting | 6 February 2025\n"
        "Registration decision (Delegate's decision) | 27 March 2025\n",
        published="2025-05-30",
    )
    assert _steps(found) == [
        ("application_acceptance", "AU", "2024-03-01"),
        ("rejection", "AU", "2025-03-27"),
    ]


def test_a_provisional_registration_is_conditional_and_the_committees_advice_no_decision() -> None:
    found = run(
        _AUSTRALIAN_HEAD + "At its meeting on 6 February 2025 the Advisory Committee on "
        "Medicines (ACM) advised that Marrowyn should be registered.\n"
        "Decision: Provisionally registered\n"
        "Date of decision: 27 March 2025\n",
        published="2025-05-30",
    )
    assert _steps(found) == [("approval", "AU", "2025-03-27")]
    assert only(found, "approval").attributes == {"pathway": "conditional"}


def test_a_lone_acceptance_field_among_undated_fields_is_read() -> None:
    found = run(
        "Australian Public Assessment Report for Marrowyn\n"
        "Therapeutic Goods Administration\n\n"
        "Active ingredient: selpracitinib\n"
        "Submission dossier accepted, first-round evaluation commenced: 1 March 2024\n"
        "Sponsor: Kestrel Cove Pharma Pty Ltd\n",
        published="2025-05-30",
    )
    assert _steps(found) == [("application_acceptance", "AU", "2024-03-01")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 9 March 2026, Halberd Biopharma B.V. officially notified the CHMP that it wishes "
        "to withdraw the application for marketing authorisation of Sorquine, intended for "
        "sickle cell disease.",
        "On 9 March 2026, Halberd Biopharma informed the European Medicines Agency that it "
        "wished to withdraw the marketing authorisation application of Sorquine.",
    ],
)
def test_the_emas_notice_of_a_wish_to_withdraw_is_the_withdrawal(sentence: str) -> None:
    found = run(
        "Withdrawn application: Sorquine\nEuropean Medicines Agency\n\n"
        + sentence
        + "\nSorquine contains the active substance velbusiran.\n",
        published="2026-03-27",
    )
    assert _steps(found) == [("withdrawal", "EU", "2026-03-09")]
    assert found[0].drug == "velbusiran"


_EPAR_HEAD = (
    "Sorquine: overview of the medicine and why it is authorised in the EU\n"
    "European Medicines Agency\n\n"
    "Sorquine contains the active substance velbusiran.\n"
)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The medicine was accepted into PRIME in 2019.", "2019"),
        ("Sorquine was supported through EMA's PRIME scheme.", None),
        ("On 14 May 2020 the CHMP granted access to PRIME to velbusiran.", "2020-05-14"),
        ("Velbusiran was granted eligibility to PRIME on 14 May 2020.", "2020-05-14"),
        ("PRIME: Yes", None),
    ],
)
def test_an_epars_prime_wordings_are_the_designation(sentence: str, date: str | None) -> None:
    found = run(_EPAR_HEAD + sentence + "\n", published="2025-09-01")
    designation = only(found, "designation")
    assert (designation.jurisdiction, designation.date) == ("EU", date)
    assert designation.attributes == {"designation": "prime"}


def test_a_field_saying_no_holds_no_designation() -> None:
    found = run(_EPAR_HEAD + "Orphan medicine: No\nPRIME: No\n", published="2025-09-01")
    assert [m for m in found if m.type == "designation"] == []
