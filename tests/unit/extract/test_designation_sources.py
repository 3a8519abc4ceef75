"""A designation names its own regulator ("… designation from the FDA"): a regulator
closing the list of the designation before it is not its source, nor is a place another
drug's clause names when a summary retells the designation."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def test_a_designation_from_the_fda_is_not_lent_the_agency_listed_before_it() -> None:
    text = (
        "Velotinib holds orphan drug designation from the FDA and the European Medicines "
        "Agency, Fast Track (FT) designation from the FDA, and a rare pediatric disease "
        "designation."
    )
    fast = {
        m.jurisdiction
        for m in run(text, "2024-05-02")
        if m.attributes.get("designation") == "fast_track"
    }
    assert fast == {"US"}


def test_a_retold_designation_keeps_the_regulator_that_granted_it() -> None:
    text = (
        "On Monday the FDA granted Breakthrough Therapy designation to velotinib for "
        "myelofibrosis. To sum up, ostarsen holds orphan status in the EU; velotinib holds "
        "Breakthrough Therapy designation."
    )
    breakthrough = {
        (m.drug, m.jurisdiction)
        for m in run(text, "2024-05-02")
        if m.attributes.get("designation") == "breakthrough_therapy"
    }
    assert breakthrough == {("velotinib", "US")}
