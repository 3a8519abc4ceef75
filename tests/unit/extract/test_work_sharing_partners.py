"""A work-sharing review (the Access Consortium's) puts each regulator told doing its share
of the assessment into the programme, as Project Orbis does its reviewers; a paragraph after
a list of decisions may still refer back to the programme named before the list (invented
copy)."""

from __future__ import annotations

from tests.unit.extract.helpers import run

_RELEASE = (
    "Corvane Bio today announced that talnexatide has been authorised in three countries "
    "after a joint assessment under the Access Consortium's New Active Substance Work-Sharing "
    "Initiative.\n\n"
    "- Switzerland: Swissmedic granted authorisation on 2 June 2025\n"
    "- Singapore: the HSA approved it on 5 June 2025\n\n"
    "The applications entered the work-sharing procedure in August 2024, with Swissmedic "
    "acting as lead reviewer and the HSA and the TGA jointly assessing the quality modules. "
    "Health Canada, the remaining Access partner, did not take part in this review."
)


def _access(text: str, published: str = "2025-06-20") -> set[tuple[str, str | None]]:
    return {
        (m.jurisdiction, m.date)
        for m in run(text, published)
        if m.type == "program_inclusion" and m.attributes.get("program") == "Access Consortium"
    }


def test_each_regulator_doing_its_share_of_the_work_sharing_review_is_included() -> None:
    assert _access(_RELEASE) == {("CH", "2024-08"), ("SG", "2024-08"), ("AU", "2024-08")}


def test_a_partner_that_did_not_take_part_is_not_included() -> None:
    assert "CA" not in {place for place, _ in _access(_RELEASE)}


def test_a_list_item_after_the_programme_does_not_borrow_it() -> None:
    text = (
        "Corvane Bio's talnexatide was reviewed under the Access Consortium's New Active "
        "Substance Work-Sharing Initiative:\n"
        "- Swissmedic: approved on 2 June 2025\n"
        "- Health Canada: the file was selected for priority review in May 2025\n"
    )
    assert "CA" not in {place for place, _ in _access(text)}
