"""A "may proceed" that lifts a clinical hold: a resumption when the study was under way,
the IND's first clearance when the hold came during its first review."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run


def test_a_hold_lifted_on_a_running_study_is_no_clearance() -> None:
    text = (
        "Tessaly Bio said the FDA has lifted the clinical hold on its phase 2 study of "
        "morvatide. A letter dated May 9 said the study may proceed with a lower dose. "
        "The agency had paused dosing in February after a liver signal in two patients."
    )
    assert ("morvatide", "ind_clearance", "US") not in keys(run(text))


def test_a_hold_told_in_the_same_sentence_as_the_letter_is_no_clearance() -> None:
    text = (
        "Tessaly Bio reported good news on morvatide. The FDA's letter, dated May 9, said the "
        "study may proceed with older patients, who had been excluded since the partial hold "
        "was imposed in March."
    )
    assert ("morvatide", "ind_clearance", "US") not in keys(run(text))


def test_a_hold_placed_during_the_first_review_ends_in_a_clearance() -> None:
    text = (
        "Tessaly Bio said the FDA has lifted the clinical hold on its IND for morvatide. "
        "The agency told the company on May 9 that its proposed phase 1 study may proceed. "
        "The hold was imposed in April, before any participant had been dosed."
    )
    assert ("morvatide", "ind_clearance", "US") in keys(run(text))


def test_another_drugs_hold_before_its_study_does_not_keep_the_clearance() -> None:
    text = (
        "The FDA has lifted the partial hold on Tessaly Bio's phase 2 study of morvatide. "
        "Its letter of May 9 said the study may proceed. "
        "A hold on the company's other candidate, TSB-41, imposed before the first-in-human "
        "study could begin, remains in place."
    )
    assert ("morvatide", "ind_clearance", "US") not in keys(run(text))


def test_a_may_proceed_letter_without_a_hold_is_a_clearance() -> None:
    text = (
        "Tessaly Bio said the FDA notified it on May 9 that a phase 1 study of morvatide "
        "may proceed."
    )
    assert ("morvatide", "ind_clearance", "US") in keys(run(text))
