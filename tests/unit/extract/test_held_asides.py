"""A status the drug already holds, told in an aside, takes no date of the main clause's
news (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _dates(text: str) -> dict[str, str | None]:
    return {m.type: m.date for m in run(text, "2026-09-02")}


def test_a_status_held_in_a_where_aside_is_undated() -> None:
    text = (
        "In the US, where the therapy has RMAT designation, Brenlow completed its rolling "
        "BLA for ostavec in the second quarter of 2026."
    )
    assert _dates(text) == {"designation": None, "application_submission": "2026-Q2"}


def test_a_status_held_in_a_which_aside_is_undated() -> None:
    text = (
        "Ostavec, which has orphan drug designation in the US, was filed with the FDA "
        "in March 2026."
    )
    assert _dates(text)["designation"] is None


def test_a_date_told_inside_the_aside_stays_the_status_s() -> None:
    text = (
        "Ostavec, which has held orphan drug designation in the US since 2021, was filed "
        "with the FDA in March 2026."
    )
    assert _dates(text)["designation"] == "2021"
