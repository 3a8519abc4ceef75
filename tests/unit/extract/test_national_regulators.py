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
