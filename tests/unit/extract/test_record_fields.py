"""A register's record of fields and a report's rows told in prose: a yes-or-no field after
another on one line, and an approval whose record or row says the product's use did not
change (a label revision, a manufacturing change), which is no approval milestone."""

from __future__ import annotations

from service.extract.company_codes import code_like
from tests.unit.extract.helpers import keys, run

_NOC_RECORDS = (
    "Health Canada: Notice of Compliance database, new records\n\n"
    "Notice of Compliance Information\n"
    "Date of NOC: 2026-02-11\n"
    "Brand name: TELVANDRO | Medicinal ingredient: quorbatinib\n"
    "Submission type: NDS | Submission class: New active substance\n"
    "NOC with conditions: No | Priority review: Yes\n\n"
    "Notice of Compliance Information\n"
    "Date of NOC: 2026-02-13\n"
    "Brand name: PRISALEN | Medicinal ingredient: vendaxolide\n"
    "Submission type: SNDS | Reason for supplement: labelling changes (Adverse Reactions); "
    "no change to indications\n"
)


def test_a_priority_review_field_after_another_on_its_line_is_read() -> None:
    found = keys(run(_NOC_RECORDS, "2026-02-20"))
    assert ("quorbatinib", "priority_review", "CA") in found


def test_a_record_of_a_supplement_that_kept_the_use_tells_no_approval() -> None:
    found = keys(run(_NOC_RECORDS, "2026-02-20"))
    assert ("quorbatinib", "approval", "CA") in found
    assert ("vendaxolide", "approval", "CA") not in found


def test_a_rows_supplement_of_a_label_or_a_plant_is_no_approval() -> None:
    text = (
        "Drugs@FDA: weekly approval report. Original approvals: Brenzora (talvimetib) tablets | "
        "NDA 219001 | Acme Inc. | approved 3/4/2026 | New Molecular Entity. Supplemental "
        "approvals: Colvaro (serdanixib) capsules | SUPPL-12 | Labeling revision (safety) | "
        "approved 3/5/2026. Brenzora (talvimetib) tablets | SUPPL-3 | Manufacturing change "
        "(new site) | approved 3/6/2026."
    )
    approvals = [(m.drug, m.date) for m in run(text, "2026-03-09") if m.type == "approval"]
    assert approvals == [("talvimetib", "2026-03-04")]


def test_an_ingredient_field_between_cell_breaks_names_the_record_product() -> None:
    text = (
        "Health Canada: Notice of Compliance database, new records\n\n"
        "Notice of Compliance Information\n"
        "Date of NOC: 2026-04-02\n"
        "Brand name: ARVENTO | Medicinal ingredient: pelquadrine | Dosage form: tablet\n"
        "Submission type: NDS | Submission class: New active substance\n\n"
        "Notice of Compliance Information\n"
        "Date of NOC: 2026-04-06\n"
        "Brand name: SOLIVEX | Medicinal ingredient: tirazonide | Dosage form: capsule\n"
        "Submission type: NDS | Submission class: New active substance\n"
    )
    found = {(m.drug, m.type): m.date for m in run(text, "2026-04-10")}
    assert found[("pelquadrine", "approval")] == "2026-04-02"
    assert found[("tirazonide", "approval")] == "2026-04-06"


def test_a_supplement_number_is_no_product_code() -> None:
    assert not code_like("SUPPL-14")
