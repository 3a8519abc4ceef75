"""Regulators' registers and notices: a designation on record though its status changed
since, a withdrawal notice's table of applications, a committee's highlights (a
re-examination, withdrawals, the start of evaluations) and a register's decision rows."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_a_record_dating_a_designation_since_withdrawn_still_tells_its_grant() -> None:
    text = (
        "U.S. Food and Drug Administration\nSearch Orphan Drug Designations: results\n\n"
        "Generic Name: dorvaplatin\n"
        "Date Designated: 06/14/2021\n"
        "Orphan Designation: Treatment of osteosarcoma\n"
        "Orphan Designation Status: Withdrawn (sponsor request, 02/03/2024)\n"
        "Sponsor: Ellery Oncology, Inc.\n"
    )
    found = only(run(text, published="2025-01-10"), "designation")
    assert (found.drug, found.date) == ("dorvaplatin", "2021-06-14")
    assert keys(run(text, published="2025-01-10")) == {("dorvaplatin", "designation", "US")}


def test_a_status_field_with_no_designation_date_tells_no_grant() -> None:
    text = (
        "U.S. Food and Drug Administration\n\n"
        "Generic Name: dorvaplatin\n"
        "Date Designated:\n"
        "Orphan Designation Status: Withdrawn\n"
    )
    assert run(text, published="2025-01-10") == []


_REGISTER = (
    "European Commission: Union Register of medicinal products, recent decisions\n\n"
    "Korvalta\n"
    "Common name: tesmarolimab\n"
    "Marketing authorisation holder: Ardwick Pharma B.V.\n"
    "Orphan medicinal product: Yes\n\n"
    "Date of decision | Decision number | Procedure type | Description\n"
    "17/05/2025 | C(2025) 3301 | Authorisation | Conditional marketing authorisation, "
    "Article 14-a of Regulation (EC) No 726/2004\n"
    "08/10/2022 | C(2022) 7102 | Orphan designation | Designation as an orphan medicinal "
    "product for the treatment of amyloidosis\n\n"
    "Pellarin\n"
    "Common name: rilzotinib\n"
    "Authorisation status: Withdrawn\n\n"
    "Date of decision | Decision number | Procedure type | Description\n"
    "16/05/2025 | C(2025) 3288 | Withdrawal | Withdrawal of the marketing authorisation\n"
    "02/04/2018 | C(2018) 1904 | Authorisation | Marketing authorisation\n\n"
    "Dorsiva\n"
    "Common name: venabrutinib\n\n"
    "Date of decision | Decision number | Procedure type | Description\n"
    "15/05/2025 | C(2025) 3270 | Renewal | Annual renewal of the conditional marketing "
    "authorisation\n"
    "14/05/2025 | C(2025) 3262 | Transfer | Transfer of the marketing authorisation to "
    "Ravelle Medical AB\n"
)


def test_a_registers_decision_rows_are_the_events_of_the_product_its_record_names() -> None:
    found = {(m.drug, m.type, m.date) for m in run(_REGISTER, published="2025-05-30")}
    assert found == {
        ("tesmarolimab", "approval", "2025-05-17"),
        ("tesmarolimab", "designation", "2022-10-08"),
        ("rilzotinib", "withdrawal", "2025-05-16"),
        ("rilzotinib", "approval", "2018-04-02"),
    }


def test_a_renewal_or_a_transfer_of_a_licence_is_no_approval() -> None:
    text = (
        "European Commission: Union Register\n\n"
        "Dorsiva\nCommon name: venabrutinib\n\n"
        "Date of decision | Decision number | Procedure type | Description\n"
        "15/05/2025 | C(2025) 3270 | Renewal | Annual renewal of the marketing authorisation\n"
        "14/05/2025 | C(2025) 3262 | Transfer | Transfer of the marketing authorisation\n"
    )
    assert run(text, published="2025-05-30") == []


def test_a_date_opening_a_line_after_a_line_ending_in_a_number_is_read() -> None:
    text = (
        "European Commission: Korvalta (tesmarolimab), Regulation (EC) No 726/2004\n"
        "23/10/2022 | Orphan designation | Designation of tesmarolimab for amyloidosis | "
        "C(2022) 7102\n"
    )
    found = only(run(text, published="2025-05-30"), "designation")
    assert (found.drug, found.date) == ("tesmarolimab", "2022-10-23")


_WITHDRAWALS = (
    "European Medicines Agency: meeting highlights\n\n"
    "The committee recommended the refusal of a marketing authorisation for Quorvex (dalantamab) "
    "for the treatment of adults with lupus nephritis.\n\n"
    "Withdrawal of applications\n"
    "Corrigan Therapeutics withdrew its application for an initial marketing authorisation "
    "for Velmora (ostiparib), intended to treat ovarian cancer. The company informed the "
    "CHMP of its decision on 4 March 2025.\n"
    "An application for an extension of indication for Dalvexa (pirtocabant) to include "
    "children aged 6 to 11 years with chronic cough was also withdrawn by Holloway Bio.\n"
)


def test_a_withdrawal_is_dated_by_the_day_the_committee_was_informed_of_the_decision() -> None:
    found = {(m.drug, m.type, m.date) for m in run(_WITHDRAWALS, published="2025-03-21")}
    assert ("ostiparib", "withdrawal", "2025-03-04") in found


def test_an_application_also_withdrawn_after_a_long_subject_is_withdrawn_undated() -> None:
    found = {(m.drug, m.type, m.date) for m in run(_WITHDRAWALS, published="2025-03-21")}
    assert ("pirtocabant", "withdrawal", None) in found
