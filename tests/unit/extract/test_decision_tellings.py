"""English wordings of decisions in roundups and company news (invented sentences): a
comparative's "no", a part of the month told before, a status a company disclosed, and a
priority review a product may only ask for."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _events(text: str, published: str = "2025-09-03") -> set[tuple]:
    return {(m.drug, m.type, m.jurisdiction, m.date) for m in run(text, published)}


def test_a_comparative_no_does_not_negate_the_decision() -> None:
    found = _events(
        "On August 5 the FDA approved velotinib for gout. Corrant Bio did no better, as the "
        "agency declined to approve its BLA for dorapimab on August 19."
    )
    assert ("dorapimab", "rejection", "US", "2025-08-19") in found
    found = _events("Marlow Pharma fared no worse: the FDA approved its NDA for lirocitinib today.")
    assert ("lirocitinib", "approval", "US", "2025-09-03") in found


def test_other_comparatives_with_no_do_not_negate_the_decision() -> None:
    found = _events("No sooner had the FDA approved velotinib on August 5 than rivals cut prices.")
    assert ("velotinib", "approval", "US", "2025-08-05") in found
    found = _events("After a review of no less than ten months, the FDA approved velotinib today.")
    assert ("velotinib", "approval", "US", "2025-09-03") in found
    found = _events(
        "Tessary, with no fewer than three setbacks, saw the FDA approve velotinib today."
    )
    assert ("velotinib", "approval", "US", "2025-09-03") in found
    found = _events(
        "Corrant Bio fared no differently when the FDA rejected dorapimab on August 19."
    )
    assert ("dorapimab", "rejection", "US", "2025-08-19") in found


def test_no_more_without_than_still_negates() -> None:
    found = _events("There were no more approvals after the FDA approved velotinib on August 5.")
    assert found == set()


def test_a_true_negation_still_negates() -> None:
    assert (
        _events("The FDA has not approved lirocitinib, and there is no approval in sight.") == set()
    )


def test_a_part_of_the_month_told_before_dates_to_that_month() -> None:
    found = _events(
        "The FDA approved velotinib on August 5. Late in the month, the agency turned down "
        "the NDA for lirocitinib."
    )
    assert ("lirocitinib", "rejection", "US", "2025-08") in found
    found = _events(
        "On July 8 the EMA validated the MAA for dorapimab. At the end of the month the "
        "European Commission approved velotinib."
    )
    assert ("velotinib", "approval", "EU", "2025-07") in found


def test_a_company_disclosing_its_designation() -> None:
    found = _events(
        "The FDA had a quiet summer. On August 12, Orrin Therapeutics disclosed fast track "
        "designation for ORN-448 in primary biliary cholangitis."
    )
    assert found == {("ORN-448", "designation", "US", "2025-08-12")}


def test_a_priority_review_asked_for_is_not_granted() -> None:
    found = _events(
        "Velotinib entered the CDE's breakthrough therapy procedure in May. Products in the "
        "procedure can apply for priority review when the marketing application is filed."
    )
    assert not any(kind == "priority_review" for _, kind, _, _ in found)
    found = _events(
        "The FDA accepted the NDA for velotinib in May, and Acme requested priority review."
    )
    assert ("velotinib", "priority_review", "US", "2025-05") not in found
    assert ("velotinib", "application_acceptance", "US", "2025-05") in found


def test_a_priority_review_request_answered_is_granted() -> None:
    found = _events(
        "In May the FDA accepted the NDA for velotinib and granted Acme's request for "
        "priority review."
    )
    assert ("velotinib", "priority_review", "US", "2025-05") in found


def test_a_priority_review_asked_for_and_not_granted_is_none() -> None:
    found = _events(
        "The FDA accepted the NDA for velotinib in May. The review will be a standard one; "
        "Acme had requested priority review, which was not granted."
    )
    assert ("velotinib", "priority_review", "US", None) not in found
    assert ("velotinib", "application_acceptance", "US", "2025-05") in found
