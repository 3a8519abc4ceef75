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
