"""Which drug and which date a milestone's trigger takes from the sentences around it."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_an_undated_event_takes_the_day_of_the_sentence_setting_its_scene() -> None:
    text = (
        "Acme had a mixed day on March 6, 2024. The agency approved velotinib for chronic "
        "cough in adults."
    )
    approval = only(run(text, "2024-03-08", "FDA decision on velotinib"), "approval")
    assert approval.date == "2024-03-06"


def test_a_scene_with_two_dates_or_its_own_event_lends_no_date() -> None:
    two_days = (
        "Acme met the agency on March 4, 2024 and again on March 6, 2024. The agency "
        "approved velotinib for chronic cough in adults."
    )
    own_event = (
        "The FDA accepted Acme's application for barnetinib on March 6, 2024. The agency "
        "approved velotinib for chronic cough in adults."
    )
    assert only(run(two_days, "2024-03-08", "FDA decision on velotinib"), "approval").date is None
    velotinib = [m for m in run(own_event, published="2024-03-08") if m.drug == "velotinib"]
    assert [m.date for m in velotinib] == [None]
