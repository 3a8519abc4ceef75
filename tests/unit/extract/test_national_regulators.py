"""National regulators outside the big ones: their decisions are their own countries'."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_india_regulator_approval_is_india_not_the_fda_named_nearby() -> None:
    text = (
        "Pallavi Biotech said the Central Drugs Standard Control Organisation (CDSCO) approved "
        "vorelastat tablets for chronic gout on 4 June 2025. The drug was approved by the US "
        "Food and Drug Administration in 2023."
    )
    found = run(text)
    approval = [m for m in found if m.type == "approval" and m.jurisdiction == "IN"]
    assert len(approval) == 1 and approval[0].agency == "CDSCO"
    assert approval[0].date == "2025-06-04"
    assert ("vorelastat", "approval", "US") in keys(found)


def test_brazil_regulator_approval() -> None:
    text = "Anvisa approved Quorbena (miravetinib) for adults with psoriasis on 2 June 2025."
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.agency) == ("BR", "ANVISA")


def test_singapore_submission_and_conditional_registration() -> None:
    text = (
        "Lintang Bio filed a new drug application for solmetumab with the Health Sciences "
        "Authority in February 2025. On 5 June 2025 the HSA granted conditional registration "
        "to solmetumab for adults with gastric cancer."
    )
    found = run(text)
    assert ("solmetumab", "application_submission", "SG") in keys(found)
    approval = only(found, "approval")
    assert (approval.jurisdiction, approval.agency, approval.date) == ("SG", "HSA", "2025-06-05")


def test_member_state_licence_is_that_country_not_the_union() -> None:
    text = (
        "The Federal Institute for Drugs and Medical Devices (BfArM) granted a national "
        "marketing authorisation for Nasivol (darolizine) nasal spray on 2 June 2025, after a "
        "decentralised procedure; there is no European Commission decision."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.agency) == ("DE", "BfArM")


def test_saudi_authority_is_not_china_or_the_us() -> None:
    text = (
        "The Saudi Food and Drug Authority approved tenvarimab for adults with asthma on "
        "3 June 2025."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.agency) == ("SA", "SFDA")


def test_anvisa_priority_analysis_is_priority_review() -> None:
    text = (
        "The registration request for brolencitinib was filed with Anvisa in March 2025 and, "
        "in June, the agency granted it priority analysis."
    )
    review = only(run(text, published="2025-11-20"), "priority_review")
    assert (review.jurisdiction, review.date) == ("BR", "2025-06")


# Translated Brazilian copy: the weekday's day and month in brackets, day first; the
# registration request "protocolized"; the review's "prioritization".
def test_anvisa_weekday_with_day_and_month_in_brackets() -> None:
    text = "Anvisa approved, this Thursday (5/6), the registration of Quorbena (miravetinib)."
    approval = only(run(text, published="2025-06-06"), "approval")
    assert (approval.jurisdiction, approval.date) == ("BR", "2025-06-05")


def test_anvisa_registration_request_protocolized_and_prioritized() -> None:
    text = (
        "The request of registration of miravetinib was protocolized in Anvisa in March of "
        "2024. In May of the same year, the agency granted the prioritization of the analysis "
        "of the process."
    )
    found = {(m.type, m.jurisdiction, m.date) for m in run(text)}
    assert found == {
        ("application_submission", "BR", "2024-03"),
        ("priority_review", "BR", "2024-05"),
    }


def test_india_permission_to_conduct_a_trial_is_a_clearance() -> None:
    text = (
        "The CDSCO on 2 June granted Pallavi Biotech permission to conduct a phase 2 clinical "
        "trial of PB-318 in adults with gout."
    )
    clearance = only(run(text), "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("IN", "2025-06-02")


def test_permission_sought_to_conduct_a_trial_is_no_clearance() -> None:
    text = "Pallavi Biotech has sought permission to conduct a phase 2 clinical trial of PB-318."
    assert run(text) == []


# A continent is no country, and a count of unnamed markets names none of them.
def test_an_approval_in_latin_america_is_not_the_us() -> None:
    assert run("Acme said velotinib has been approved in Latin America since 2022.") == []


def test_approval_in_unnamed_markets_is_not_the_country_named_after_it() -> None:
    text = (
        "Acme noted that velotinib has been approved in several markets in Asia, and that it "
        "has not yet filed in Switzerland."
    )
    assert run(text) == []
