"""Regulators' listing pages: rows of labelled fields under a heading that says what each
row is, with dates written as numbers."""

from __future__ import annotations

import datetime as dt

from service.extract.dates import find_dates
from tests.unit.extract.helpers import only, run


def test_a_month_first_numeric_date_in_a_field_dates_the_row() -> None:
    text = (
        "Novel drug approvals of the FDA's drug center, spring update\n\n"
        "No. 12 - Brivexa (varnotinib) capsules\n"
        "Approval date: 4/9/2025\n"
        "Sponsor: Ollerton Labs\n"
    )
    assert only(run(text, "2025-05-02"), "approval").date == "2025-04-09"


def test_a_numeric_date_whose_first_number_is_no_month_is_day_first() -> None:
    (found,) = find_dates("Decision dated 23/05/2024.", dt.date(2024, 6, 1))
    assert found.value == "2024-05-23"


def test_a_fraction_or_a_version_number_is_no_date() -> None:
    assert find_dates("Response in 3/12 patients; protocol v2/3/2024a.", dt.date(2024, 6, 1)) == []


def test_a_tally_of_novel_drugs_or_licences_names_no_drug() -> None:
    text = (
        "EMA's human medicines committee backed Corvanta (selmotinib) for adults with thyroid "
        "cancer, and it advised against licensing one more medicine. The FDA approved "
        "27 novel drugs in 2024 and 31 in 2023."
    )
    assert run(text, "2025-03-01") == []


_DECISIONS = (
    "Monthly decisions on new active substances, Health Canada, April 2025\n\n"
    "This page lists the decisions taken and the submissions accepted into review.\n\n"
    "1. KORVANE (dastrelimab)\n"
    "Sponsor: Millbrook Oncology Canada Inc.\n"
    "Decision: Notice of Compliance (NOC) issued 2025-04-11\n"
    "Authorized indication: adults with melanoma after prior nivolumab therapy\n"
    "Review pathway: Priority Review. Reviewed under Project Orbis with the FDA and TGA.\n\n"
    "2. ALTRENZA (fespocabtagene autoleucel)\n"
    "Sponsor: Quayside Cell Therapies ULC\n"
    "Status: Submission withdrawn (sponsor request) on 2025-04-22.\n\n"
    "Medicinal ingredient: tirnadenant\n"
    "Sponsor: Haverly Pharma Canada Ltd.\n"
    "Accepted into review: April 2025\n"
    "Review pathway: standard\n\n"
    "Medicinal ingredient: not disclosed\n"
    "Sponsor: not disclosed\n"
    "Accepted into review: April 2025\n"
)


def test_every_field_of_an_entry_is_about_the_product_its_heading_names() -> None:
    found = {(m.drug, m.type): m.date for m in run(_DECISIONS, "2025-05-05")}
    assert found[("dastrelimab", "approval")] == "2025-04-11"
    assert found[("dastrelimab", "program_inclusion")] is None
    assert not any(drug == "nivolumab" for drug, _ in found)


def test_a_routes_field_lists_what_the_product_was_granted() -> None:
    found = run(_DECISIONS, "2025-05-05")
    assert only([m for m in found if m.drug == "dastrelimab"], "priority_review").date is None
    text = (
        "Novel drug approvals, FDA, first quarter\n\n"
        "No. 4 - Pemvida (solotinib) tablets\n"
        "Approval date: 2/14/2025\n"
        "Expedited programs: Orphan Drug; Breakthrough Therapy; Priority Review.\n\n"
        "No. 5 - Taxorel (brimonertinib) capsules\n"
        "Approval date: 3/2/2025\n"
        "Expedited programs: none\n"
    )
    found = {(m.drug, m.type, m.attributes.get("designation")) for m in run(text, "2025-04-01")}
    assert ("solotinib", "designation", "orphan_drug") in found
    assert ("solotinib", "designation", "breakthrough_therapy") in found
    assert ("solotinib", "priority_review", None) in found
    assert not any(drug == "brimonertinib" and kind != "approval" for drug, kind, _ in found)


def test_a_decision_lists_fields_tell_licence_withdrawal_and_acceptance() -> None:
    found = {(m.drug, m.type): m.date for m in run(_DECISIONS, "2025-05-05")}
    assert found[("fespocabtagene autoleucel", "withdrawal")] == "2025-04-22"
    assert found[("tirnadenant", "application_acceptance")] == "2025-04"
    # The page's prose about submissions in general names none of its products.
    assert [k for k in found if k[1] == "application_acceptance"] == [
        ("tirnadenant", "application_acceptance")
    ]


def test_an_item_of_the_commissions_decisions_closes_on_the_act_that_licensed_it() -> None:
    text = (
        "Decisions of the European Commission since the last committee meeting\n\n"
        "- Parvello (ostaridine), Fenwick Pharma: marketing authorisation for adults with "
        "chronic hepatitis D. Commission decision of 9 May 2025.\n"
        "- Lomitra (zaltoparib), Fenwick Pharma: extension of indication to ovarian cancer. "
        "Conditional marketing authorisation; Commission decision of 21 May 2025.\n\n"
        "Tesmira (pelrisiran) was designated an orphan medicinal product by Commission decision "
        "of 3 March 2021."
    )
    found = {(m.drug, m.type): m.date for m in run(text, "2025-06-02")}
    assert found[("ostaridine", "approval")] == "2025-05-09"
    assert found[("zaltoparib", "approval")] == "2025-05-21"
    assert ("pelrisiran", "approval") not in found


# A national agency's monthly decision list: sections under numbered headings, items set out
# as a name line and fields, or told in one line.
_MONTHLY = (
    "Swissmedic: human medicines decisions, May 2025\n\n"
    "1. Authorisations of new active substances\n\n"
    "Quellor®, tablets 20 mg\n"
    "Active substance: parnexitib\n"
    "Marketing authorisation holder: Brightmoor AG, Basel\n"
    "Authorisation date: 06.05.2025\n\n"
    "Sevanto®, infusion 100 mg\n"
    "Active substance: lorvimab\n"
    "Marketing authorisation holder: Ellery Pharma GmbH, Bern\n"
    "Authorisation date: 14.05.2025\n\n"
)


def test_fields_under_a_heading_of_what_was_granted_take_its_event() -> None:
    text = (
        _MONTHLY + "2. Orphan drug status granted\n\n"
        "Active substance: tenvoratide (KX-11)\n"
        "Applicant: Korvel Bio AG, Zug\n"
        "Date of decision: 20.05.2025\n"
        "Indication: treatment of Wilson disease\n"
    )
    designation = only(run(text, "2025-06-10"), "designation")
    assert (designation.drug, designation.jurisdiction, designation.date) == (
        "tenvoratide",
        "CH",
        "2025-05-20",
    )
    assert designation.attributes == {"designation": "orphan_drug"}


def test_a_named_item_with_one_field_and_its_decision_told_below_is_an_entry() -> None:
    text = (
        _MONTHLY + "3. Rejected applications\n\n"
        "Dravelle®, capsules 5 mg (murostam)\n"
        "Applicant: Fenwick Pharma AG, Lugano\n"
        "Ruling of 22.05.2025: the application for authorisation was rejected because the "
        "benefit-risk profile could not be assessed as positive.\n\n"
        "4. Withdrawn applications\n\n"
        "Halvora®, pre-filled pen (ostrazitide)\n"
        "Applicant: Bremgart Pharma GmbH, Chur\n"
        "The application for authorisation was withdrawn by the applicant on 27.05.2025.\n"
    )
    found = {(m.drug, m.type, m.date) for m in run(text, "2025-06-10")}
    assert ("Dravelle", "rejection", "2025-05-22") in found
    assert ("Halvora", "withdrawal", "2025-05-27") in found


def test_an_item_line_telling_an_application_withdrawn_on_a_day() -> None:
    text = (
        _MONTHLY + "Applications withdrawn by the applicant\n\n"
        "3. Corvessa Injection 50 mg (pelimab), Arden Biologics Pte Ltd - application for a "
        "new biological entity (psoriasis) withdrawn on 23 May 2025, before a decision was made.\n"
    )
    withdrawal = only(run(text, "2025-06-10"), "withdrawal")
    assert (withdrawal.drug, withdrawal.date) == ("pelimab", "2025-05-23")


_NOC_RECORDS = (
    "Notice of Compliance search results\n"
    "Search criteria: Date of NOC from 2024-03-01 to 2024-03-28\n"
    "2 results found\n\n"
    "NOC number: 100231\n"
    "Date of NOC: 2024-03-08\n"
    "Brand name: VELQUORA\n"
    "Company name: Harrowgate Pharma Canada Inc.\n"
    "Medicinal ingredient(s): tobrelisib | Strength: 25 mg\n"
    "Submission type: New Drug Submission (NDS)\n"
    "NOC with conditions: Yes\n"
    "Priority review: No\n"
    "Reason for submission: treatment of adults with follicular lymphoma\n\n"
    "NOC number: 100388\n"
    "Date of NOC: 2024-03-19\n"
    "Brand name: ARDENTIX\n"
    "Company name: Pellworth Biologics ULC\n"
    "Medicinal ingredient(s): quavelimab | Strength: 10 mg/mL\n"
    "NOC with conditions: No\n"
    "Priority review: Yes\n"
    "Reason for submission: treatment of adults with plaque psoriasis\n\n"
    "Date modified: 2024-03-29\n"
)


def test_a_register_record_dates_the_licence_by_its_date_field() -> None:
    found = {(m.drug, m.type, m.jurisdiction): m for m in run(_NOC_RECORDS, "2024-03-30")}
    assert found[("tobrelisib", "approval", "CA")].date == "2024-03-08"
    assert found[("quavelimab", "approval", "CA")].date == "2024-03-19"


def test_a_register_record_yes_field_tells_the_route_and_the_priority_review() -> None:
    found = {(m.drug, m.type): m for m in run(_NOC_RECORDS, "2024-03-30")}
    assert found[("tobrelisib", "approval")].attributes.get("pathway") == "conditional"
    assert "pathway" not in found[("quavelimab", "approval")].attributes
    assert found[("quavelimab", "priority_review")].date is None
    # "Priority review: No" grants none.
    assert ("tobrelisib", "priority_review") not in found
