"""Dated list items with no verb of their own: each is the event its lead or heading tells."""

from __future__ import annotations

from tests.unit.extract.helpers import run

_LEAD_LIST = (
    "The FDA's drug center cleared four novel medicines in March. Below, in date order, "
    "with sponsor and indication.\n\n"
    "1. Mar. 4 - Taldrevo (quembrasib), Ashcombe Oncology. Accelerated approval for adults "
    "with a rare sarcoma.\n\n"
    "2. Mar. 11 - Pellura (vostalimab), Kinsey Bio. Chronic spontaneous urticaria.\n\n"
    "3. Mar. 19 - Dornexa (ralmitinib), Fenwick Pharma. Myelofibrosis in adults.\n"
)

_HEADED_LISTS = (
    "Each month we list the European Commission's decisions.\n\n"
    "COMMISSION DECISIONS, MARCH 2026\n\n"
    "New active substances\n"
    "- 6 March: Borvexa (tilrocimab), Hartwell Biologics. Moderate psoriasis.\n"
    "- 20 March: golvatinib, Prestwick Oncology. Thyroid cancer.\n\n"
    "Orphan designations\n"
    "- 13 March: QRT-118, Larchmont Therapeutics, for Duchenne muscular dystrophy.\n\n"
    "PENDING DECISIONS\n"
    "- 2 April: PXL-40, Larchmont Therapeutics, for a rare anaemia.\n"
)


def test_each_item_of_a_list_is_the_event_its_lead_tells_on_its_own_date() -> None:
    found = {(m.drug, m.type, m.jurisdiction, m.date) for m in run(_LEAD_LIST, "2026-04-02")}
    assert found == {
        ("quembrasib", "approval", "US", "2026-03-04"),
        ("vostalimab", "approval", "US", "2026-03-11"),
        ("ralmitinib", "approval", "US", "2026-03-19"),
    }
    pathways = {m.drug: m.attributes.get("pathway") for m in run(_LEAD_LIST, "2026-04-02")}
    assert pathways["quembrasib"] == "accelerated"


def test_a_heading_over_dated_items_names_their_event() -> None:
    milestones = run(_HEADED_LISTS, "2026-04-10")
    found = {(m.drug, m.type, m.jurisdiction, m.date) for m in milestones}
    assert found == {
        ("tilrocimab", "approval", "EU", "2026-03-06"),
        ("golvatinib", "approval", "EU", "2026-03-20"),
        ("QRT-118", "designation", "EU", "2026-03-13"),
    }
    designated = [m for m in milestones if m.type == "designation"]
    assert designated[0].attributes == {"designation": "orphan_drug"}
