"""The day a company told its news is not the day the regulator acted, when the text gives
that day too (weekdays resolve against the publication date)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_a_weekday_told_with_last_after_the_object_dates_the_event() -> None:
    found = run(
        "Pinecrest Bio said on Monday that the Ministry of Food and Drug Safety approved "
        "dralemumab (PCB-44), its monthly anti-IL-31 antibody, last Thursday for adults with "
        "prurigo nodularis.",
        published="2024-11-18",
    )
    assert only(found, "approval").date == "2024-11-14"


def test_a_weekday_before_a_day_counted_from_a_holiday_stays_a_date() -> None:
    found = run(
        "Marrowby Pharma said on Tuesday that the MHRA granted a marketing authorisation on "
        "Thursday, the day before the bank holiday, for tesprolimab in adults with uveitis.",
        published="2024-04-02",
    )
    assert only(found, "approval").date == "2024-03-28"


def test_informing_the_regulator_of_a_withdrawal_dates_it() -> None:
    found = run(
        "Quillon Therapeutics has withdrawn its application for EU approval of zetravirsen, "
        "the company said after the close of trading on Thursday. Quillon informed the "
        "European Medicines Agency of the withdrawal on Tuesday, ahead of the committee's "
        "opinion.",
        published="2024-10-11",
    )
    assert only(found, "withdrawal").date == "2024-10-08"


def test_a_committee_leaning_towards_a_negative_opinion_is_no_rejection() -> None:
    found = run(
        "Quillon Therapeutics withdrew its marketing authorisation application for zetravirsen "
        "from the European Medicines Agency in May, after the agency's committee indicated "
        "that it was leaning towards a negative opinion.",
        published="2024-10-11",
    )
    assert ("zetravirsen", "rejection", "EU") not in keys(found)
    assert ("zetravirsen", "withdrawal", "EU") in keys(found)


def test_a_committee_that_had_leaned_towards_a_negative_opinion_gave_none() -> None:
    found = run(
        "Tessmer Bio pulled its EU filing for orvalestat last week. At its September "
        "meeting the committee had leaned toward a negative opinion, people close to the "
        "review said.",
        published="2025-10-20",
    )
    assert ("orvalestat", "rejection", "EU") not in keys(found)


def test_a_negative_opinion_adopted_after_a_lean_is_still_a_rejection() -> None:
    found = run(
        "Tessmer Bio's EU filing for orvalestat ended badly. In June the CHMP had leaned "
        "toward approval. On Thursday it adopted a negative opinion on orvalestat after all.",
        published="2025-10-20",
    )
    assert ("orvalestat", "rejection", "EU") in keys(found)


def test_a_chinese_class_counted_after_its_noun_is_no_drugs_approval() -> None:
    found = run(
        "瀚岭医药的小分子药物QX-2207的上市申请曾于去年5月获CDE受理。目前国内获批的同类药物仅有"
        "三种，均为注射剂。",
        published="2025-03-10",
        lang="zh",
    )
    assert ("QX-2207", "approval", "CN") not in keys(found)
