"""Wordings of regulators' own pages: a licence that "remains approved" is no event; the
CRL database is no letter; a count of "additional" letters names no drug; a seller's quoted
claim of a designation is not one; a coined name introduced by its kind before its brand
("the medicine x (Brand)"); a drug "part of" a programme; a national programme is its own
regulator's, whatever regulator the sentence before names."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_a_licence_that_remains_approved_is_no_approval() -> None:
    assert run("Dervana (tolmacitinib) remains approved in the United States.") == []


def test_the_crl_database_is_no_letter() -> None:
    text = (
        "- The FDA approved Corvessa (imbrafenib) for adults with melanoma on Tuesday.\n"
        "- An advisory committee will meet on July 9 to discuss an application for QX-19.\n\n"
        "Related Information\nCRL Database | Project Orbis | Advisory Committee Calendar\n"
    )
    assert keys(run(text, published="2025-06-11")) == {("imbrafenib", "approval", "US")}


def test_a_count_of_additional_letters_names_no_drug() -> None:
    text = (
        "- Today, the FDA posted 14 additional complete response letters (CRLs) issued in "
        "2024 to sponsors whose applications were not approved.\n"
        "- On Monday, the FDA approved Corvessa (imbrafenib) for adults with melanoma.\n"
    )
    found = run(text, published="2025-06-11")
    assert keys(found) == {("imbrafenib", "approval", "US")}


def test_a_quoted_claim_of_a_designation_is_no_designation() -> None:
    text = (
        "The FDA sent warning letters to three online sellers of QX-19 capsules. The sellers "
        'claimed that their capsules were "FDA cleared" and had received "Fast Track '
        'designation." The agency has granted nothing to these products.'
    )
    assert run(text, published="2025-04-02") == []


def test_a_claim_the_writer_does_not_quote_is_still_read() -> None:
    text = (
        "Orvane Bio said the FDA had granted Fast Track designation to OR-221 for "
        "pancreatic cancer. It claimed a lead over its rivals."
    )
    assert only(run(text), "designation").drug == "OR-221"


def test_a_coined_name_introduced_by_its_kind_before_its_brand() -> None:
    text = (
        "The Medicines and Healthcare products Regulatory Agency has today (4 May 2025) "
        "approved the medicine tolvarexor (Quindara) to treat hereditary angioedema."
    )
    approval = only(run(text, published="2025-05-04"), "approval")
    assert (approval.drug, approval.jurisdiction, approval.date) == (
        "tolvarexor", "UK", "2025-05-04"
    )  # fmt: skip


def test_an_english_word_before_a_brand_is_no_name() -> None:
    text = "The MHRA has approved the treatment combination (Quindara) for angioedema."
    assert not [m for m in run(text) if m.drug == "combination"]


def test_a_drug_part_of_a_programme_entered_it() -> None:
    text = (
        "The MHRA approved Quindara (tolvarexor) on 4 May 2025. The review relied on the FDA's "
        "approval of the medicine in January 2025. Tolvarexor was also part of the Innovative "
        "Licensing and Access Pathway (ILAP), having received an Innovation Passport in "
        "March 2022."
    )
    inclusion = only(run(text, published="2025-05-05"), "program_inclusion")
    assert (inclusion.jurisdiction, inclusion.date) == ("UK", "2022-03")


def test_a_national_programme_is_its_regulators_whatever_the_sentence_before_names() -> None:
    text = (
        "The MHRA approved Quindara (tolvarexor) on 4 May 2025. The application was reviewed "
        "through the International Recognition Procedure, using the FDA approval of January "
        "2025 as reference. Tolvarexor had entered the Innovative Licensing and Access "
        "Pathway (ILAP) in March 2022."
    )
    inclusion = only(run(text, published="2025-05-05"), "program_inclusion")
    assert (inclusion.jurisdiction, inclusion.agency) == ("UK", "MHRA")


_RECORDS = (
    "U.S. Food and Drug Administration\nSearch Orphan Drug Designations: results\n\n"
    "Generic Name: QR-4410\n"
    "Date Designated: 05/12/2024\n"
    "Orphan Designation: Treatment of Wilson disease\n"
    "Orphan Designation Status: Designated\n"
    "Sponsor: Quarrow Bio, Inc.\n\n"
    "Generic Name: belmotinib\n"
    "Date Designated: 11/03/2023\n"
    "Orphan Designation: Treatment of mesothelioma\n"
    "Orphan Designation Status: Designated\n"
    "Sponsor: Tamsin Oncology Ltd.\n"
)


def test_a_records_designation_status_is_dated_by_its_designation_date_field() -> None:
    found = {m.drug: m.date for m in run(_RECORDS, published="2025-01-10")}
    assert found == {"QR-4410": "2024-05-12", "belmotinib": "2023-11-03"}
