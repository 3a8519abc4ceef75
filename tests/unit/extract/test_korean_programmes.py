"""Korea's MFDS fast-track programme (GIFT) is a named programme a drug is added to."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_adding_a_drug_to_gift_is_a_programme_inclusion() -> None:
    found = run(
        "Hanbyeol Bio said the Ministry of Food and Drug Safety added sarnolimab to its Global "
        "Innovative products on Fast Track (GIFT) programme in May.",
        published="2024-09-02",
    )
    inclusion = only(found, "program_inclusion")
    assert (inclusion.jurisdiction, inclusion.attributes) == ("KR", {"program": "GIFT"})
    assert inclusion.date == "2024-05"


def test_a_date_set_off_after_and_dates_the_next_verb() -> None:
    found = run(
        "The MFDS accepted the application for sarnolimab in February and, in April, added "
        "the drug to its GIFT programme.",
        published="2024-09-02",
    )
    assert only(found, "application_acceptance").date == "2024-02"
    assert only(found, "program_inclusion").date == "2024-04"
