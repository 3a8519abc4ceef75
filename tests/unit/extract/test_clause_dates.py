"""A date told for one event of a sentence is not lent to a later event it introduces."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_an_event_after_which_introduces_takes_no_date_of_the_clause_before() -> None:
    text = (
        "Acme bought the rights to velotinib from Beta in 2019 and ran a phase 2 study, "
        "after which the FDA granted it orphan drug designation for chronic cough."
    )
    assert only(run(text, "2024-05-02"), "designation").date is None


def test_then_called_names_the_product_and_starts_no_new_clause() -> None:
    text = (
        "Japan's ministry approved the first version of the vaccine, then called QV-210, "
        "for adults in March 2022."
    )
    assert [m.date for m in run(text, "2024-05-02")] == ["2022-03"]
