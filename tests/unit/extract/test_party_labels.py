"""A roundup paragraph's run-in label naming a party ("CRL for Hollyfen.") belongs to the
paragraph below it, not to the drug of the paragraph above (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run

PUBLISHED = "2026-02-27"
ABOVE = (
    "Weekly digest\n\n"
    "Approval for Tarnwell's lung drug. The FDA on Tuesday approved Tarnwell Oncology's "
    "zoratinib (TRW-22) for adults with metastatic lung cancer.\n\n"
)


def test_a_label_naming_another_party_gives_the_drug_above_no_event() -> None:
    text = ABOVE + (
        "CRL for Hollyfen. Hollyfen Pharma said the FDA issued a complete response letter "
        "on Wednesday for its NDA for delvanserin (HLF-207) in migraine.\n"
    )
    found = keys(run(text, published=PUBLISHED))
    assert ("zoratinib", "rejection", "US") not in found
    assert ("zoratinib", "approval", "US") in found


def test_a_label_naming_the_party_above_still_tells_its_event() -> None:
    text = ABOVE + "CRL for Tarnwell. The company plans to meet the agency.\n"
    assert ("zoratinib", "rejection", "US") in keys(run(text, published=PUBLISHED))
