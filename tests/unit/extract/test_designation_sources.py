"""A designation names its own regulator ("… designation from the FDA"): a regulator
closing the list of the designation before it is not its source."""

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
