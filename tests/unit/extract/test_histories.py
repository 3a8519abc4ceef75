"""A drug's regulatory history told in order, step by step, with the regulator changing from
one sentence to the next (invented articles)."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _steps(text: str, published: str = "2025-06-13") -> set[tuple[str, str, str | None]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published, title="A long road")}


def test_a_resubmission_is_a_filing_of_its_own_dated_or_not() -> None:
    found = _steps(
        "Lindqvist Bio submitted its NDA for parvelinib in March 2020. After a complete "
        "response letter in January 2021, Lindqvist resubmitted the NDA, and the FDA "
        "approved parvelinib in October 2021."
    )
    assert ("application_submission", "US", "2020-03") in found
    assert ("application_submission", "US", None) in found


def test_a_filing_originally_made_is_told_beside_todays_resubmission() -> None:
    found = _steps(
        "Ostra Therapeutics today announced that it has resubmitted its BLA for ostratamab "
        "to the FDA. The BLA was originally submitted in May 2023."
    )
    assert ("application_submission", "US", "2023-05") in found
    assert ("application_submission", "US", "2025-06-13") in found


def test_a_step_borrows_no_regulator_that_has_no_such_designation_or_filing() -> None:
    found = _steps(
        "Pemberton won orphan drug designation for ravelitinib from the FDA in 2013. The EMA "
        "granted orphan status the same year. Breakthrough therapy designation was granted "
        "in 2015, and the NDA was submitted a year later."
    )
    assert ("designation", "US", "2015") in found
    assert ("application_submission", "US", "2016") in found
    assert not any(j == "EU" and t != "designation" for t, j, _ in found)
    assert ("designation", "EU", "2015") not in found


def test_a_date_set_off_after_and_dates_the_event_after_it() -> None:
    found = _steps(
        "In 2017 the candidate, KLV-9 (relatumab), won breakthrough therapy designation from "
        "the FDA and, a year later, PRIME from the EMA."
    )
    assert ("designation", "US", "2017") in found
    assert ("designation", "EU", "2018") in found


def test_a_tally_of_letters_is_no_named_drugs_rejection() -> None:
    found = _steps(
        "- Hollis Pharma: a complete response letter for zorvatide arrived on Monday.\n\n"
        "- Tarn Bio intends to submit a BLA for TRN-048 in myasthenia gravis by March.\n\n"
        "Hollis's letter is the third CRL this year tied to the same contract plant.",
        published="2024-10-18",
    )
    assert found == {("rejection", "US", "2024-10-14")}
