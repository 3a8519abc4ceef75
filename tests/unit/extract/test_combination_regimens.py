"""A regimen of two of the article's own products, approved together: one decision gives
each drug its milestone, and "the combination" or "both medicines" later refer to both. An
established partner named only beside the new drug stays out (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run

_LEAD = (
    "Harwick Bio and Osei Pharma said the FDA on May 6 approved Lumora (pelvastrant), "
    "Harwick's oral estrogen receptor degrader, in combination with Tessavi (quinarasertib), "
    "Osei's oral AKT inhibitor, plus fulvestrant for adults with advanced breast cancer. "
)
_ABOUT = (
    "Quinarasertib (OSP-221) was discovered by Osei Pharma, which will sell Tessavi in the "
    "United States."
)


def test_a_regimens_approval_is_each_of_its_own_products() -> None:
    found = run(_LEAD + _ABOUT, "2025-05-08")
    assert keys(found) == {
        ("pelvastrant", "approval", "US"),
        ("quinarasertib", "approval", "US"),
    }
    assert {m.date for m in found} == {"2025-05-06"}


def test_the_combination_and_both_medicines_refer_to_the_regimen() -> None:
    text = (
        _LEAD
        + _ABOUT
        + " The combination was cleared by Health Canada in March. Both applications were "
        "designated for priority review by the MHLW, and the EMA validated applications for "
        "both medicines in April."
    )
    found = keys(run(text, "2025-05-08"))
    for drug in ("pelvastrant", "quinarasertib"):
        assert (drug, "approval", "CA") in found
        assert (drug, "priority_review", "JP") in found
        assert (drug, "application_acceptance", "EU") in found


def test_an_established_partner_beside_the_regimen_stays_out_of_it() -> None:
    text = (
        "The FDA approved Harwick's pelvastrant in combination with Osei's quinarasertib "
        "(OSP-221) plus capecitabine in May. Osei markets quinarasertib, and capecitabine is "
        "a generic pill. The combination was approved in Japan in June."
    )
    found = keys(run(text, "2025-07-01"))
    assert found == {
        ("pelvastrant", "approval", "US"),
        ("quinarasertib", "approval", "US"),
        ("pelvastrant", "approval", "JP"),
        ("quinarasertib", "approval", "JP"),
    }


def test_the_combination_of_two_products_approved_is_both_of_theirs() -> None:
    text = (
        "Japan's MHLW approved the combination of pelvastrant and quinarasertib (OSP-221) in "
        "June. Osei Pharma markets quinarasertib."
    )
    assert keys(run(text, "2025-07-01")) == {
        ("pelvastrant", "approval", "JP"),
        ("quinarasertib", "approval", "JP"),
    }
