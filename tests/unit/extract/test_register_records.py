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
