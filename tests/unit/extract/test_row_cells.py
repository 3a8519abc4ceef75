"""A pipeline table's row read as a sentence: its event takes its own cell's date, never
one from a column of what is still to come."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run

_TABLE = (
    "Velmora Bio reports first-quarter results\n\nPipeline overview\n\n"
    "Program | Indication | Stage | {}\n{}\n"
)


def test_a_row_event_takes_its_own_cells_month_not_the_next_events() -> None:
    row = (
        "larvotinib (VLM-210) | gout | Phase 2-ready (FDA cleared the IND 02/2025)"
        " | first dosing Q3 2025"
    )
    found = only(run(_TABLE.format("Next expected events", row)), "ind_clearance")
    assert found.date == "2025-02"


def test_a_row_event_takes_no_date_from_a_column_of_plans() -> None:
    row = "VLM-330 | lupus | Fast Track designation (FDA) granted | launch in 2025"
    assert only(run(_TABLE.format("Upcoming milestones", row)), "designation").date is None


def test_another_column_still_dates_a_row_event_without_a_date() -> None:
    row = "VLM-330 | lupus | Fast Track designation (FDA) granted | Mar 2025"
    assert only(run(_TABLE.format("Date", row)), "designation").date == "2025-03"


def test_a_row_event_prefers_its_own_cells_date_to_a_nearer_one() -> None:
    row = (
        "VLM-330 | lupus | Feb 2023 letter from the US regulator (FDA): Fast Track designation"
        " granted | Mar 2025 data"
    )
    assert only(run(_TABLE.format("Notes", row)), "designation").date == "2023-02"
