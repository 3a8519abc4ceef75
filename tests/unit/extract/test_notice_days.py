"""Which day an event takes when the announcement, the regulator's notice or the day it took
effect disagree; decisions told by their document; an event named back only for its effect."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_a_clearance_retold_by_its_notice_day_takes_that_day_once() -> None:
    text = (
        "Intro line of the weekly digest.\n\n"
        "Korvane Bio said on 2024/09/12 that the Center for Drug Evaluation approved its "
        "clinical trial application for KVB-12 in solid tumours. The CDE approval notice is "
        "dated 2024/09/10."
    )
    found = [m for m in run(text, "2024-09-20") if m.type == "ind_clearance"]
    assert [m.date for m in found] == ["2024-09-10"]


def test_a_designation_that_took_effect_before_its_announcement_takes_that_day() -> None:
    text = (
        "Loram Pharma received FDA approval for X-1 on 2024/08/01.\n\n"
        "Tessin Pharma announced on 2024/09/05 that the Ministry of Health, Labour and "
        "Welfare designated morvatinib as an orphan drug for a rare sarcoma. The designation "
        "took effect on 2024/08/29."
    )
    assert only(run(text, "2024-09-10"), "designation").date == "2024-08-29"


def test_an_acceptance_retold_by_its_filing_communication_takes_its_day() -> None:
    text = (
        "CAMBRIDGE, June 20, 2024 -- Orlin Bio today announced that the FDA has accepted for "
        "filing the Biologics License Application for dovatamig. The agency's filing "
        "communication, received June 12, 2024, set a standard review."
    )
    assert only(run(text, "2024-06-20"), "application_acceptance").date == "2024-06-12"


def test_a_decision_dated_and_granting_authorisation_is_an_approval() -> None:
    text = (
        "Brevik Pharma received a European Commission decision dated 12.05.2024 granting "
        "marketing authorisation for Sorvia (calmetumab) in adults with lupus."
    )
    approval = only(run(text, "2024-05-20"), "approval")
    assert (approval.drug, approval.date) == ("calmetumab", "2024-05-12")


def test_permission_to_market_granted_is_an_approval() -> None:
    text = (
        "Lenmar Biologics said the Central Drugs Standard Control Organisation granted "
        "permission to market olipudase for a storage disorder on 3 May 2024."
    )
    assert keys(run(text, "2024-05-10")) == {("olipudase", "approval", "IN")}


def test_an_enzyme_class_is_no_drug_name() -> None:
    text = "The FDA approved tarnocatib, a cathepsin C peptidase inhibitor, on 3 May 2024."
    assert {m.drug for m in run(text, "2024-05-10")} == {"tarnocatib"}


def test_a_letter_named_back_for_its_effect_is_no_new_event() -> None:
    text = (
        "Hanlu Pharma said on 3 March 2025 it received a complete response letter from the "
        "FDA for velanetant. The company said the CRL will not affect sales of the drug in "
        "China, where it is approved."
    )
    found = {(m.type, m.jurisdiction) for m in run(text, "2025-03-04")}
    assert ("rejection", "CN") not in found
    assert ("rejection", "US") in found
