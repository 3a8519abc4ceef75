"""A weekday stated with a day is the writer's check on its date (invented sentences): when
it contradicts the stated year and fits publication's year, of which the stated one is a
slip, publication's year is meant; a weekday between "on" and the day leaves the day the
event's own."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run

_LEAD = "HOUSTON, Oct. 14, 2024 (BUSINESS WIRE) -- Quillfen Bio, Inc. today announced that "


def test_a_weekday_that_fits_the_year_of_publication_corrects_a_slipped_year() -> None:
    # 10 October 2023 was a Tuesday; 10 October 2024 a Thursday.
    found = run(
        _LEAD + "it received a Complete Response Letter from the U.S. Food and Drug "
        "Administration (FDA) on Thursday, October 10, 2023, regarding the New Drug "
        "Application for rovatrelin in adults with chronic cough.",
        published="2024-10-14",
    )
    rejection = only(found, "rejection")
    assert rejection.date == "2024-10-10"
    assert rejection.attributes["date_conflict"]["stated"] == "2023-10-10"


def test_a_weekday_that_fits_the_stated_year_keeps_it() -> None:
    # 10 October 2023 was a Tuesday: the year as stated is right.
    found = run(
        "Quillfen Bio said the FDA approved rovatrelin on Tuesday, October 10, 2023, and "
        "the company has since launched it across the United States.",
        published="2024-10-14",
    )
    approval = only(found, "approval")
    assert approval.date == "2023-10-10"
    assert "date_conflict" not in approval.attributes


def test_a_weekday_that_publications_year_does_not_fit_leaves_the_date_alone() -> None:
    # 10 October was a Tuesday in 2023 and a Thursday in 2024: "Sunday" fits neither.
    found = run(
        "Quillfen Bio said the FDA approved rovatrelin on Sunday, October 10, 2023.",
        published="2024-10-14",
    )
    assert only(found, "approval").date == "2023-10-10"


def test_a_wrong_weekday_in_the_year_of_publication_moves_no_year() -> None:
    # "Tuesday" would fit 2023, but a day stated in publication's year keeps it.
    found = run(
        "Quillfen Bio said the FDA approved rovatrelin on Tuesday, October 10, 2024.",
        published="2024-10-14",
    )
    approval = only(found, "approval")
    assert approval.date == "2024-10-10"
    assert "date_conflict" not in approval.attributes


def test_the_day_after_on_and_its_weekday_dates_the_event_not_the_dateline() -> None:
    found = run(
        _LEAD + "it received a Complete Response Letter (CRL) from the U.S. Food and Drug "
        "Administration (FDA) on Friday, October 11, 2024, regarding the New Drug Application "
        "for rovatrelin.",
        published="2024-10-14",
    )
    assert only(found, "rejection").date == "2024-10-11"
