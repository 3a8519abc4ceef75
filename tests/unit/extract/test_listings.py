"""Regulators' listing pages: rows of labelled fields under a heading that says what each
row is, with dates written as numbers."""

from __future__ import annotations

import datetime as dt

from service.extract.dates import find_dates
from tests.unit.extract.helpers import only, run


def test_a_month_first_numeric_date_in_a_field_dates_the_row() -> None:
    text = (
        "Novel drug approvals of the FDA's drug center, spring update\n\n"
        "No. 12 - Brivexa (varnotinib) capsules\n"
        "Approval date: 4/9/2025\n"
        "Sponsor: Ollerton Labs\n"
    )
    assert only(run(text, "2025-05-02"), "approval").date == "2025-04-09"


def test_a_numeric_date_whose_first_number_is_no_month_is_day_first() -> None:
    (found,) = find_dates("Decision dated 23/05/2024.", dt.date(2024, 6, 1))
    assert found.value == "2024-05-23"


def test_a_fraction_or_a_version_number_is_no_date() -> None:
    assert find_dates("Response in 3/12 patients; protocol v2/3/2024a.", dt.date(2024, 6, 1)) == []


def test_a_tally_of_novel_drugs_or_licences_names_no_drug() -> None:
    text = (
        "EMA's human medicines committee backed Corvanta (selmotinib) for adults with thyroid "
        "cancer. It also recommended refusal of one marketing authorisation. The FDA approved "
        "27 novel drugs in 2024 and 31 in 2023."
    )
    assert run(text, "2025-03-01") == []
