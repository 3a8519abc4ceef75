"""A regulator's table of a file's milestones, a step and its date per row (invented
documents in the styles of a Canadian decision summary, an Australian public assessment
report and a page's table as the HTML parser writes it)."""

from __future__ import annotations

from service.extract import Milestone
from tests.unit.extract.helpers import run

_CANADIAN_HEAD = (
    "Summary Basis of Decision: Quenvara\n"
    "Health Canada, Biologic and Radiopharmaceutical Drugs Directorate\n\n"
    "Brand name: Quenvara\n"
    "Medicinal ingredient: tarcolimab\n"
    "Type of submission: New Drug Submission (New Active Substance)\n"
    "Sponsor: Brightfen Therapeutics Canada Inc.\n\n"
    "Why was the decision issued?\n"
    "Quenvara received a Notice of Compliance with conditions from Health Canada for adults "
    "whose follicular lymphoma came back after at least two prior systemic treatments.\n\n"
)


def _steps(found: list[Milestone]) -> list[tuple[str, str, str | None]]:
    return sorted((m.type, m.jurisdiction, m.date) for m in found)


def test_a_bar_table_grants_priority_before_the_filing_and_decides_once() -> None:
    found = run(
        _CANADIAN_HEAD + "Submission milestones\n"
        "Pre-submission meeting | 2024-05-14\n"
        "Request for priority status filed | 2024-06-20\n"
        "Request for priority status approved | 2024-07-09\n"
        "Submission filed | 2024-07-30\n"
        "Screening Acceptance Letter issued | 2024-09-11\n"
        "Review of Clinical Safety and Efficacy completed | 2025-03-04\n"
        "NOC/c Qualifying Notice issued | 2025-03-18\n"
        "Letter of Undertaking received | 2025-04-02\n"
        "NOC/c issued by Director General, Biologic and Radiopharmaceutical Drugs Directorate"
        " | 2025-04-15\n\n"
        "Other information\n"
        "The full product monograph is available through the Drug Product Database.",
        published="2025-05-20",
    )
    assert _steps(found) == [
        ("application_acceptance", "CA", "2024-09-11"),
        ("application_submission", "CA", "2024-07-30"),
        ("approval", "CA", "2025-04-15"),
        ("priority_review", "CA", "2024-07-09"),
    ]
    assert {m.drug for m in found} == {"tarcolimab"}
    assert {m.agency for m in found} == {"HC"}
    filed = next(m for m in found if m.type == "application_submission")
    assert filed.attributes == {"application": "NDS"}
    approval = next(m for m in found if m.type == "approval")
    assert approval.attributes.get("pathway") == "conditional"


def test_a_sub_headings_rows_tell_what_it_names_and_the_prose_grant_takes_their_date() -> None:
    found = run(
        _CANADIAN_HEAD + "Health Canada granted the submission priority review status.\n\n"
        "Submission milestones: Quenvara\n"
        "Request for priority status\n"
        "Filed: 2024-06-20\n"
        "Approval issued by Director, Centre for Evaluation of Biologics: 2024-07-09\n"
        "Submission filed: 2024-07-30\n"
        "Screening\n"
        "Screening Deficiency Notice issued: 2024-08-22\n"
        "Response filed: 2024-08-29\n"
        "Screening Acceptance Letter issued: 2024-09-11\n"
        "Review\n"
        "Labelling review complete: 2025-03-25\n"
        "NOC/c issued by Director General: 2025-04-15\n",
        published="2025-05-20",
    )
    assert _steps(found) == [
        ("application_acceptance", "CA", "2024-09-11"),
        ("application_submission", "CA", "2024-07-30"),
        ("approval", "CA", "2025-04-15"),
        ("priority_review", "CA", "2024-07-09"),
    ]


def test_a_refused_priority_request_and_a_step_still_to_come_are_no_milestones() -> None:
    """A guard: the table reader adds no grant for a refusal and no decision for a plan."""
    found = run(
        "Acme Biosciences regulatory timeline for veltorasib\n"
        "Request for priority status\n"
        "Filed: 2025-01-08\n"
        "Rejection issued by Director: 2025-02-03\n"
        "NDS filed with Health Canada: 2025-03-17\n"
        "Anticipated decision: 2026-02-27\n",
        published="2025-06-01",
    )
    assert _steps(found) == [("application_submission", "CA", "2025-03-17")]


def test_an_australian_timeline_accepts_and_registers() -> None:
    found = run(
        "Australian Public Assessment Report for Sarnexa\n\n"
        "Active ingredient: halvetinib\n"
        "Product name: Sarnexa\n"
        "Sponsor: Wendmoor Pharma Pty Ltd\n\n"
        "The Therapeutic Goods Administration (TGA) evaluated the submission to register "
        "Sarnexa for adults with advanced thyroid cancer. The TGA asked the sponsor to clarify "
        "the dose.\n\n"
        "Table 1: Timeline for Submission PM-2024-03318-1-4\n"
        "Submission dossier accepted and first round evaluation commenced | 3 June 2024\n"
        "First round evaluation completed | 30 October 2024\n"
        "Sponsor provides responses on questions raised in first round evaluation"
        " | 2 December 2024\n"
        "Advisory Committee meeting | 6 March 2025\n"
        "Registration decision (Delegate's decision) | 17 April 2025\n"
        "Administrative activities and registration on the ARTG completed | 24 April 2025\n"
        "Number of working days from submission dossier acceptance to registration decision"
        " | 198\n",
        published="2025-06-30",
    )
    assert _steps(found) == [
        ("application_acceptance", "AU", "2024-06-03"),
        ("approval", "AU", "2025-04-17"),
    ]
    assert {(m.drug, m.agency) for m in found} == {("halvetinib", "TGA")}


def test_a_parsed_pages_table_with_a_merged_cell_and_rule_line() -> None:
    found = run(
        _CANADIAN_HEAD + "Submission Milestones\n"
        "| Milestone | Date | \n"
        "|---|---|\n"
        "| Request for priority status | Filed: 2024-06-20 Approval issued: 2024-07-09 | \n"
        "| Submission filed | 2024-07-30 | \n"
        "| Notice of Compliance issued by Director General | 2025-04-15 | \n",
        published="2025-05-20",
    )
    assert _steps(found) == [
        ("application_submission", "CA", "2024-07-30"),
        ("approval", "CA", "2025-04-15"),
        ("priority_review", "CA", "2024-07-09"),
    ]


def test_a_timeline_heading_over_dated_prose_bullets_leaves_them_to_the_prose_reader() -> None:
    """A guard: bullets that are sentences, not a label and a date, are no table's rows."""
    found = run(
        "Regulatory timeline\n"
        "- Priority review: granted by Health Canada on 12 May 2025 for veltorasib.\n"
        "- Approval: Health Canada approved veltorasib on 9 October 2025.\n",
        published="2025-10-20",
    )
    assert _steps(found) == [
        ("approval", "CA", "2025-10-09"),
        ("priority_review", "CA", "2025-05-12"),
    ]


def test_a_news_timelines_trial_steps_stay_prose_and_its_decision_dates_the_prose_one() -> None:
    found = run(
        "Peloria Bio said the FDA approved ostravimab for adults with IgA nephropathy.\n\n"
        "Ostravimab regulatory timeline\n"
        "IND cleared by the FDA | 2021-03-02\n"
        "First patient dosed in the phase 3 trial | 2022-01-10\n"
        "Accepted into Project Orbis | 2024-02-01\n"
        "BLA submitted to the FDA | 2024-01-15\n"
        "Complete response letter | 2024-11-20\n"
        "FDA approval | 2025-05-30\n",
        published="2025-06-02",
    )
    assert _steps(found) == [
        ("application_submission", "US", "2024-01-15"),
        ("approval", "US", "2025-05-30"),
        ("ind_clearance", "US", "2021-03-02"),
        # (Its entry into the FDA-run programme, which the sentence reader now reads.)
        ("program_inclusion", "US", "2024-02-01"),
        ("rejection", "US", "2024-11-20"),
        ("trial_initiation", "US", "2022-01-10"),
    ]
