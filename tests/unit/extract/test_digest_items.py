"""A newsletter digest: one line per item, each with its own regulator, drug and day
(invented items)."""

from __future__ import annotations

from tests.unit.extract.helpers import run

_DIGEST = (
    "WEEK IN REVIEW - Friday, 14 March 2025\n\n"
    "- NMPA: A CDE notice posted Tuesday adds Halden Bio's ROS1 inhibitor movatinib to the "
    "Star Program for children's cancers.\n"
    "- FDA: Orrin Pharma's pelvarsen was selected on Wednesday by the agency, which cited its "
    "safety data.\n"
)


def test_a_list_adding_a_drug_to_a_programme_includes_it() -> None:
    found = [m for m in run(_DIGEST, "2025-03-14") if m.type == "program_inclusion"]
    assert [(m.drug, m.jurisdiction, m.date) for m in found] == [("movatinib", "CN", "2025-03-11")]
    assert found[0].attributes["program"] == "SPARK Plan"


def test_a_programme_named_in_one_item_is_not_the_next_items() -> None:
    assert not [m for m in run(_DIGEST, "2025-03-14") if m.drug == "pelvarsen"]


def test_holding_a_regulators_green_light_for_a_trial_is_its_clearance() -> None:
    text = "Halden Bio has the green light from the FDA to begin a Phase 2 trial of HB-3301."
    found = [(m.drug, m.type, m.jurisdiction) for m in run(text, "2025-03-14")]
    assert found == [("HB-3301", "ind_clearance", "US")]


def test_an_event_retold_by_its_noun_later_in_its_sentence_takes_that_day() -> None:
    text = (
        "- MFDS: Korean regulators cleared a Phase 1 trial of Orrin Pharma's OP-27 in adults with "
        "gout; the clearance came Tuesday.\n"
    )
    found = [(m.drug, m.type, m.date) for m in run(text, "2025-03-14")]
    assert found == [("OP-27", "ind_clearance", "2025-03-11")]


def test_an_event_retold_by_the_regulators_decision_as_someone_tells_it_takes_that_day() -> None:
    text = (
        "- China approves Hollin Pharma's ravotinib for gout; company says NMPA decision came "
        "7/18\n"
        "- Korea's MFDS approves Orrin Pharma's OP-27 for psoriasis, decision dated 17 Jul\n"
    )
    found = {(m.drug, m.type, m.date) for m in run(text, "2025-07-22")}
    assert ("ravotinib", "approval", "2025-07-18") in found


def test_a_digests_list_of_kinds_of_news_tells_no_event() -> None:
    text = (
        "Our monthly digest of what happened in early development: IND clearances, first "
        "patients dosed, designations, and a clinical hold.\n\n"
        "1. Garrowby Bio, pennatide. The FDA granted orphan drug designation on June 3 for "
        "Wilson disease.\n"
    )
    found = {(m.drug, m.type) for m in run(text, "2025-06-13")}
    assert found == {("pennatide", "designation")}
