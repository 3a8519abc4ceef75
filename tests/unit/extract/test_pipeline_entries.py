"""A pipeline update's entries: a heading line "Name, class, indication" names the product
its bullets are about, even a name of no known stem, and a bullet's "A new drug application"
names the application's kind, not an unnamed product (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run

_UPDATE = (
    "Pipeline update\n\n"
    "Morvalent (QX-12), oral kinase inhibitor, chronic gout\n"
    "- A new drug application was submitted to the PMDA in April 2025.\n\n"
    "QX-40, oral antiviral, influenza\n"
    "- The FDA granted Fast Track designation in March 2025.\n\n"
    "Tessorane, long-acting analgesic, postoperative pain\n"
    "- The company withdrew the US new drug application in May 2025.\n"
)


def test_each_entry_reports_its_own_products_events() -> None:
    found = keys(run(_UPDATE, "2025-06-13"))
    assert ("tessorane", "withdrawal", "US") in found
    assert ("QX-40", "designation", "US") in found
    assert ("QX-40", "withdrawal", "US") not in found


def test_a_new_drug_application_in_an_entry_is_the_products_filing() -> None:
    found = keys(run(_UPDATE, "2025-06-13"))
    assert any(t == "application_submission" and j == "JP" for _, t, j in found)
