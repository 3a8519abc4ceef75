"""Health Canada's and the TGA's own words (invented sentences): a decision summary's filing
field, a Notice of Non-compliance, a New Drug Submission that names its regulator, a year's
final quarter, the TGA's provisional determination, and a notice's list of statuses asked
for."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def _events(text: str, published: str = "2025-10-20") -> set[tuple[str, str, object]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published)}


_SUMMARY = """Health Canada — Decision summary

Decision: Issued Notice of Compliance (NOC)
Date of decision: 2025-03-14
Product name: Dorvexa
Medicinal ingredient(s): tamrolisib
Sponsor: Birchwood Pharma ULC
Type of submission: New Drug Submission (New Active Substance)
Date submission filed: 2024-02-26

Dorvexa (tamrolisib) is indicated for adults with relapsed follicular lymphoma.
"""


def test_a_decision_summarys_filing_field_is_the_submission() -> None:
    found = _events(_SUMMARY, "2025-03-20")
    assert ("application_submission", "CA", "2024-02-26") in found
    assert ("approval", "CA", "2025-03-14") in found


def test_a_notice_of_non_compliance_is_a_rejection() -> None:
    found = _events(
        "Ridgeway Pharma said Health Canada issued a Notice of Non-compliance on October 6 "
        "for tamrolisib gel in actinic keratosis."
    )
    assert found == {("rejection", "CA", "2025-10-06")}


def test_a_non_received_is_a_rejection_but_a_non_word_is_not() -> None:
    assert _events("Ridgeway received a NON from Health Canada for tamrolisib on October 6.") == {
        ("rejection", "CA", "2025-10-06")
    }
    assert not _events(
        "Patients who received non-steroidal drugs did well on tamrolisib in the study."
    )


def test_a_new_drug_submission_names_canada_and_a_final_quarter_is_the_fourth() -> None:
    found = _events(
        "The PMDA approved velotinib in May. Ridgeway had filed its New Drug Submission for "
        "tamrolisib in the final quarter of 2024."
    )
    assert ("application_submission", "CA", "2024-Q4") in found


def test_the_last_quarter_without_its_year_is_not_the_fourth() -> None:
    found = _events("Ridgeway filed its BLA for tamrolisib with the FDA in the last quarter.")
    assert found == {("application_submission", "US", None)}


def test_a_notice_of_compliance_listed_is_an_approval_dated_by_the_notice() -> None:
    found = _events(
        "Health Canada's Drug Product Database listed a Notice of Compliance for Ridgeway's "
        "Dorvexa (tamrolisib) in follicular lymphoma. The NOC itself is dated October 9."
    )
    assert found == {("approval", "CA", "2025-10-09")}


def test_a_provisional_determination_received_is_a_designation() -> None:
    found = run("Dorvexa (tamrolisib) received a provisional determination from the TGA in 2024.")
    assert [(m.type, m.jurisdiction, m.date, m.attributes) for m in found] == [
        ("designation", "AU", "2024", {"designation": "provisional_determination"})
    ]


def test_a_provisional_determination_made_on_a_day_is_dated_to_it() -> None:
    found = _events(
        "A provisional determination for tamrolisib in uveal melanoma was made by the TGA on "
        "3 March 2025. The determination lapsed on 3 September 2025.",
        "2025-09-30",
    )
    assert found == {("designation", "AU", "2025-03-03")}


def test_later_items_of_a_list_of_statuses_applied_for_are_asked_for() -> None:
    found = _events(
        "Dorvexa (tamrolisib) was provisionally registered by the TGA on 2 September 2025. "
        "The page lists decisions made by the TGA under Part 2 of the Regulations on "
        "applications for orphan drug designation, priority determination and provisional "
        "determination during September 2025.",
        "2025-09-30",
    )
    assert found == {("approval", "AU", "2025-09-02")}


def test_a_status_granted_after_one_applied_for_stays_granted() -> None:
    found = _events(
        "Ridgeway applied for orphan drug designation for tamrolisib and received priority "
        "review from the FDA in May."
    )
    assert ("priority_review", "US", "2025-05") in found


def test_the_tga_registering_a_medicine_approves_it() -> None:
    found = run(
        "The Therapeutic Goods Administration on Tuesday registered Ravenza (KLB-31) for "
        "plaque psoriasis, Kellbrook said.",
        published="2025-06-13",
    )
    assert keys(found) == {("KLB-31", "approval", "AU")}
    assert only(found, "approval").date == "2025-06-10"
