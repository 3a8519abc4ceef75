"""Claims a clarification retells in order to correct them are not milestones."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run


def test_third_party_coverage_retold_to_be_denied_is_no_milestone() -> None:
    found = run(
        "Marrowind Therapeutics notes a magazine piece about its pipeline published on Sunday. "
        "The story also claimed that the FDA had granted Orphan Drug Designation to tisovarnib. "
        "Marrowind wishes to clarify that tisovarnib holds no such designation.",
        published="2026-01-20",
    )
    assert found == []


def test_rumour_and_speculation_frames_are_no_milestones() -> None:
    for text in (
        "Marrowind is aware of online speculation that it has withdrawn its MAA for tisovarnib "
        "in the EU. No application has been withdrawn.",
        "Rumours that the NMPA had approved tisovarnib circulated among investors this week.",
    ):
        assert run(text, published="2026-01-20") == [], text


def test_copy_said_to_be_wrong_is_no_milestone() -> None:
    for text in (
        "Yesterday's announcement erroneously reported that a first participant was dosed in "
        "the Phase 1 study of tisovarnib in Canada.",
        "The previous release said that Health Canada had approved tisovarnib; that sentence was "
        "inaccurate and has been removed.",
        "Reports that the EMA had validated the MAA for tisovarnib are untrue, the company said.",
    ):
        assert run(text, published="2026-01-20") == [], text


def test_contrast_keeps_only_the_event_that_happened() -> None:
    for text in (
        "Please note: the FDA granted tisovarnib Orphan Drug Designation, not Rare Pediatric "
        "Disease designation, for the treatment of uveal melanoma.",
        "The FDA granted tisovarnib Orphan Drug Designation rather than Rare Pediatric Disease "
        "designation for the treatment of uveal melanoma.",
    ):
        found = run(text, published="2026-01-20")
        assert [m.attributes["designation"] for m in found] == ["orphan_drug"], text


def test_retold_news_without_a_correction_stays_a_milestone() -> None:
    for text in (
        "The statement said the FDA approved tisovarnib for uveal melanoma on Friday. Its "
        "companion test had a low false-positive rate.",
        "Marrowind confirmed media reports that the FDA had approved tisovarnib.",
        "Despite rumours that the licence deal had collapsed, the FDA approved tisovarnib on "
        "Friday.",
    ):
        assert keys(run(text, published="2026-01-20")) == {("tisovarnib", "approval", "US")}, text


def test_an_event_said_to_be_misreported_is_no_milestone() -> None:
    for text in (
        "A prior version of this announcement misstated that the FDA had granted Fast Track "
        "designation to tisovarnib in 2025.",
        "The Orphan Drug Designation the EMA granted tisovarnib according to the first version "
        "was an error.",
    ):
        assert run(text, published="2026-01-20") == [], text


def test_a_chinese_correction_dates_the_event_by_its_right_date() -> None:
    found = run(
        "【更正】本刊5月6日刊发的报道中，将恒泽生物的HZ-5510片获得美国FDA孤儿药资格认定"
        "的日期误写为“2025年4月12日”，正确日期应为2025年3月12日。特此更正。",
        published="2025-05-09",
        lang="zh",
    )
    assert [(m.type, m.date) for m in found] == [("designation", "2025-03-12")]


def test_an_english_correction_dates_the_event_by_its_right_date() -> None:
    found = run(
        "Correction: in our 6 May brief, the date on which the FDA granted fast track "
        "designation to Corland Bio's tavremab was incorrectly given as 12 April 2025; "
        "the correct date is 12 March 2025.",
        published="2025-05-09",
    )
    assert [(m.type, m.date) for m in found] == [("designation", "2025-03-12")]


def test_a_corrections_superseded_version_is_no_milestone() -> None:
    found = run(
        "Correction, June 14: The original version also said corvaplimab holds orphan drug "
        "designation in the US; it holds fast track designation. Corvaplimab received fast "
        "track designation from the FDA in 2024.",
        published="2025-06-13",
    )
    statuses = {m.attributes.get("designation") for m in found if m.type == "designation"}
    assert statuses == {"fast_track"}


def test_a_quoted_wording_the_notice_calls_an_error_is_no_event() -> None:
    text = (
        "Kanade Pharma will file nortelbant (KND-220) with the Ministry of Health, Labour and "
        'Welfare this year. In our notice of March 27 there was the description "acquired the '
        'approval of nortelbant". This is an error, and the correct description is "prepared '
        'the application of nortelbant".'
    )
    assert "approval" not in {m.type for m in run(text)}


def test_a_quoted_wording_nobody_corrects_still_tells_its_event() -> None:
    text = 'The release carried the headline "FDA approves zelnoratinib" on May 2.'
    assert [m.type for m in run(text)] == ["approval"]


def test_a_correction_of_an_earlier_item_keeps_only_the_right_day() -> None:
    text = (
        "CORRECTION\n"
        "An item in last week's In Brief said the MHRA approved Harlow Bio's venamilast for "
        "asthma on 9 March. The authorisation was granted on 12 March. We regret the error."
    )
    found = [(m.drug, m.type, m.date) for m in run(text, "2026-03-20")]
    assert found == [("venamilast", "approval", "2026-03-12")]
