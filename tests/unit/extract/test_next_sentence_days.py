"""An event told without its day takes the day of the next sentence when that sentence
retells it: by its letter in a later clause or someone's words, by the notice that made it,
by the first dose given, or in Chinese by the letter received ("收到FDA的受理函")."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import only, run

_BEFORE = "Halvern Bio said the FDA granted Orphan Drug designation to tesmirolimab in 2022. "
_ACCEPTED = "Halvern also said the FDA has accepted for review its new drug application for "
_ACCEPTED += "tesmirolimab in adults with myelofibrosis. "


@pytest.mark.parametrize("letter", ["filing letter", "acceptance letter", "notice"])
def test_a_letter_in_a_later_clause_of_the_next_sentence_dates_the_event(letter: str) -> None:
    found = run(
        f"{_BEFORE}{_ACCEPTED}The company released the update on Monday morning; a "
        f"spokesperson said the agency's {letter} arrived on Thursday, June 5.",
        published="2025-06-09",
    )
    assert only(found, "application_acceptance").date == "2025-06-05", letter


def test_another_kinds_letter_in_the_next_sentence_lends_no_day() -> None:
    found = run(
        f"{_BEFORE}{_ACCEPTED}The company released the update on Monday morning; a "
        "spokesperson said the agency's designation letter arrived on Thursday, June 5.",
        published="2025-06-09",
    )
    assert only(found, "application_acceptance").date != "2025-06-05"


def test_the_company_notifying_the_regulator_of_the_withdrawal_dates_it() -> None:
    found = run(
        f"{_BEFORE}The setback has prompted Halvern to withdraw its application in Canada. "
        "The company notified Health Canada of the withdrawal on Wednesday, citing the "
        "pending safety review.",
        published="2025-06-13",
    )
    assert only(found, "withdrawal").date == "2025-06-11"


def test_notifying_the_regulator_of_something_else_lends_no_day() -> None:
    found = run(
        f"{_BEFORE}The setback has prompted Halvern to withdraw its application in Canada. "
        "The company notified Health Canada of the delay on Wednesday.",
        published="2025-06-13",
    )
    assert only(found, "withdrawal").date is None


def test_the_first_dose_received_dates_the_dosing_and_places_it() -> None:
    found = run(
        "DENVER, June 13, 2025 -- Halvern Bio today announced that the first patient has been "
        "dosed in a Phase 2 trial of tesmirolimab in myelofibrosis. The participant received "
        "the first dose on June 3 at a site in Portland, Oregon. The MHRA cleared a second "
        "study in May.",
        published="2025-06-13",
    )
    start = only(found, "trial_initiation")
    assert (start.date, start.jurisdiction) == ("2025-06-03", "US")


def test_another_day_of_the_patient_leaves_the_day_announced() -> None:
    found = run(
        "DENVER, June 13, 2025 -- Halvern Bio today announced that the first patient has been "
        "dosed in a Phase 2 trial of tesmirolimab at a site in Portland, Oregon. The "
        "participant was screened on June 3.",
        published="2025-06-13",
    )
    assert only(found, "trial_initiation").date == "2025-06-13"


_ZH_LEAD = (
    "本公司董事会欣然宣布，美国食品药品监督管理局（FDA）已受理本公司特米罗单抗的新药上市申请"
    "（NDA），并授予优先审评资格，用于治疗骨髓纤维化成人患者。"
)


def test_a_chinese_letter_received_dates_the_acceptance_and_its_priority_review() -> None:
    found = run(
        f"{_ZH_LEAD}本公司于美国东部时间2025年6月5日收到FDA的受理函。",
        published="2025-06-09",
        lang="zh",
    )
    assert only(found, "application_acceptance").date == "2025-06-05"
    assert only(found, "priority_review").date == "2025-06-05"


def test_a_chinese_letter_of_another_kind_lends_no_day() -> None:
    found = run(
        f"{_ZH_LEAD}本公司于美国东部时间2025年6月5日收到FDA的完整回复函。",
        published="2025-06-09",
        lang="zh",
    )
    assert only(found, "application_acceptance").date != "2025-06-05"
