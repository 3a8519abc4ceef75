"""Priority review named as the route an approval came by is background with no date of its
own (invented sentences): the approval's month is not the review's, unless the review's
own grant is dated."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run

_TITLE = "Brackwell Bio files update on dunorafib (BWB-207)"


def test_an_approval_following_priority_review_leaves_the_review_undated() -> None:
    found = run(
        "Brackwell Bio said the U.S. Food and Drug Administration approved dunorafib "
        "(BWB-207) in May 2025 following Priority Review, for adults with desmoid tumours.",
        published="2025-09-02",
        title=_TITLE,
    )
    assert only(found, "approval").date == "2025-05"
    review = only(found, "priority_review")
    assert (review.jurisdiction, review.date) == ("US", None)


def test_an_approval_after_a_priority_review_leaves_the_review_undated() -> None:
    found = run(
        "Dunorafib (BWB-207) was approved by the FDA in May 2025 after a priority review.",
        published="2025-09-02",
        title=_TITLE,
    )
    assert only(found, "priority_review").date is None


def test_a_route_review_with_its_own_dated_grant_keeps_that_date() -> None:
    found = run(
        "Brackwell Bio said the FDA approved dunorafib (BWB-207) in May 2025 following a "
        "priority review granted in January 2025.",
        published="2025-09-02",
        title=_TITLE,
    )
    assert only(found, "priority_review").date == "2025-01"


def test_an_application_accepted_under_priority_review_shares_its_month() -> None:
    found = run(
        "Brackwell Bio said the FDA accepted its new drug application for dunorafib (BWB-207) "
        "under priority review in January 2025.",
        published="2025-09-02",
        title=_TITLE,
    )
    assert only(found, "priority_review").date == "2025-01"
