"""RSS and Atom items: a headline over a teaser of a few sentences, which may leave the news
to the headline; and the wordings such short copy uses (invented items)."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _events(
    text: str, title: str = "", published: str = "2025-06-13"
) -> set[tuple[str, str, object, object]]:
    return {
        (m.type, m.jurisdiction, m.attributes.get("designation"), m.date)
        for m in run(text, published, title=title)
    }


_TEASER = (
    "The gene therapy restored hearing in four of six children in the Phase 1 HALCYON study. "
    "KT-404 already holds rare pediatric disease designation from the FDA. Kestrel Bio says "
    "a pivotal study could begin next year […]"
)


def test_a_feed_items_headline_event_its_teaser_does_not_tell_is_undated() -> None:
    found = _events(
        _TEASER, title="Kestrel's KT-404 wins FDA fast track designation in OTOF deafness"
    )
    assert found == {
        ("designation", "US", "rare_pediatric_disease", None),
        ("designation", "US", "fast_track", None),
    }


def test_a_headline_event_the_teaser_tells_is_the_teasers_own() -> None:
    teaser = "The FDA granted KT-404 fast track designation on Tuesday, Kestrel Bio said."
    found = _events(teaser, title="Kestrel's KT-404 wins FDA fast track designation")
    assert found == {("designation", "US", "fast_track", "2025-06-10")}


def test_an_articles_headline_is_not_read_for_events() -> None:
    body = " ".join([_TEASER] * 4)
    found = _events(body, title="Kestrel's KT-404 wins FDA fast track designation in OTOF deafness")
    assert found == {("designation", "US", "rare_pediatric_disease", None)}


def test_a_headline_event_of_a_drug_the_headline_does_not_name_is_not_read() -> None:
    found = _events(_TEASER, title="Gene therapy for deafness wins FDA fast track designation")
    assert found == {("designation", "US", "rare_pediatric_disease", None)}


def test_an_application_the_cde_listed_for_priority_review_is_a_priority_review() -> None:
    found = _events(
        "The CDE accepted the new drug application for larvotinib earlier this month. On "
        "Monday, the CDE listed the application for priority review.",
        published="2025-06-13",
    )
    assert ("priority_review", "CN", None, "2025-06-09") in found
