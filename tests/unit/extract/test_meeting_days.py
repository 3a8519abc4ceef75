"""A committee's act told at its month's meeting and on a day takes the day; the meeting
alone, or a day the news was told on, leaves the month (invented sentences)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import only, run

PUBLISHED = "2025-06-27"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corvane Bio's bid for EU approval of lumetrasib (CVB-12) ended on Wednesday, "
            "when the CHMP adopted a negative opinion at the close of its June meeting.",
            "2025-06-25",
        ),
        (
            "On Wednesday, the CHMP adopted a negative opinion on lumetrasib (CVB-12) for "
            "Corvane Bio at its June 2025 plenary meeting.",
            "2025-06-25",
        ),
        (
            "2025年6月25日，欧洲药品管理局人用药品委员会（CHMP）在其6月例会上对科万生物的"
            "卢美曲西布（lumetrasib）给出负面意见。",
            "2025-06-25",
        ),
        # The meeting alone gives only its month.
        (
            "The CHMP adopted a negative opinion on lumetrasib (CVB-12) for Corvane Bio at "
            "its June meeting.",
            "2025-06",
        ),
        # The day the company told the news on is not the committee's.
        (
            "The CHMP adopted a negative opinion on lumetrasib (CVB-12) for Corvane Bio at "
            "its June meeting, the company said on Wednesday.",
            "2025-06",
        ),
    ],
)
def test_a_day_in_the_meetings_month_dates_the_act(text: str, expected: str) -> None:
    assert only(run(text, published=PUBLISHED), "rejection").date == expected


def test_a_positive_opinion_at_the_meeting_is_still_no_milestone() -> None:
    text = (
        "On Wednesday, the CHMP recommended approval of lumetrasib (CVB-12) for Corvane Bio "
        "at its June meeting."
    )
    assert not [m for m in run(text, published=PUBLISHED) if m.type == "approval"]


@pytest.mark.parametrize(
    "window",
    [
        "from 16 to 19 June",
        "16-19 June",
        "June 16-19",
        "on 16–19 June",
        "between 16 and 19 June",
        "from June 16 to 19",
        "16–19 June 2025",
    ],
)
def test_a_meeting_over_several_days_dates_the_act_by_its_month(window: str) -> None:
    text = (
        f"The drugs committee (CHMP), which met {window}, adopted a negative opinion on "
        "Corvane Bio's lumetrasib (CVB-12) for chronic gout."
    )
    assert only(run(text, published=PUBLISHED), "rejection").date == "2025-06"


def test_an_aside_telling_another_meeting_does_not_date_the_act() -> None:
    # Met *with* someone: an event of the aside's own, not the sitting of the deciding body.
    text = (
        "Corvane Bio, which met with the agency in March, received a complete response "
        "letter for lumetrasib (CVB-12)."
    )
    assert only(run(text, published=PUBLISHED), "rejection").date is None


def test_numbers_joined_by_words_without_from_are_no_span() -> None:
    text = (
        "The CHMP adopted a negative opinion on lumetrasib (CVB-12) for Corvane Bio after "
        "its dose rose 16 to 19 June."
    )
    assert only(run(text, published=PUBLISHED), "rejection").date is None
