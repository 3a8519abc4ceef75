"""Translated Japanese and Korean copy: "the Ministry" once named, and sentences that end on
a Japanese character."""

from __future__ import annotations

from service.extract.sentences import split_sentences
from tests.unit.extract.helpers import keys, only, run


def test_sentence_ending_on_a_japanese_character_ends_there() -> None:
    text = "It was designated in 令和5年12月. Overseas, it was approved in 2024."
    assert len(split_sentences(text)) == 2


def test_a_latin_initial_still_ends_no_sentence() -> None:
    text = "The study was led by Professor K. Tanaka of Osaka University."
    assert len(split_sentences(text)) == 1


def test_designation_from_the_ministry_is_the_ministry_named_before() -> None:
    text = (
        "Kuroshio Pharma said the Ministry of Health, Labour and Welfare reviewed dalvotinib. "
        "Our company submitted the new drug application of dalvotinib in Japan in 令和6年6月 "
        "(June 2024). The product received the orphan drug designation "
        "(希少疾病用医薬品指定) from the Ministry in 令和5年12月. Overseas, dalvotinib received "
        "in 2024 the accelerated approval from the U.S. Food and Drug Administration (FDA)."
    )
    found = run(text, "2025-02-20")
    designation = only(found, "designation")
    assert (designation.jurisdiction, designation.date) == ("JP", "2023-12")
    assert ("dalvotinib", "approval", "US") in keys(found)


def test_the_ministry_after_the_event_in_korean_copy() -> None:
    text = (
        "Hanbit Bio's filing for velpratumab (HBB-301) is under review at the Ministry of Food "
        "and Drug Safety (MFDS). Velpratumab got the orphan drug designation from the Ministry "
        "in 2024.06. The FDA cleared its IND in 2023."
    )
    designation = only(run(text, "2025-03-02"), "designation")
    assert (designation.jurisdiction, designation.agency) == ("KR", "MFDS")
