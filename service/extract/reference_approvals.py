"""Approvals named as a reliance route's condition: "relies on a reference authority's prior
approval", "approval by a reference regulator". A route's rule names an approval any
reference regulator may have granted, no regulator's act on this drug; the act the text
reports (the acceptance, the registration) has its own words."""

from __future__ import annotations

import re

from service.extract.event_words import Match
from service.extract.sentences import Segment

# Some reference regulator, not one named: an article or a count, then "reference" or
# "stringent", then the regulator's noun.
_SOME_REFERENCE = (
    r"(?:an?|one|two|three|\d+|any)\s+(?:(?:recognised|recognized|trusted|foreign)\s+)?"
    r"(?:reference|stringent)\s+(?:regulatory\s+)?(?:authorit(?:y|ies)|agenc(?:y|ies)|"
    r"regulators?|countr(?:y|ies))"
)
_OWNS_BEFORE = re.compile(
    rf"\b{_SOME_REFERENCE}['’]s?\s+(?:(?:prior|previous|earlier|existing)\s+)?$", re.IGNORECASE
)
_GRANTED_AFTER = re.compile(rf"\s+(?:by|from|in)\s+{_SOME_REFERENCE}\b", re.IGNORECASE)


def reference_condition(text: str, clause: Segment, match: Match) -> bool:
    """The approval is some reference regulator's, named as a route's condition."""
    if _OWNS_BEFORE.search(text, max(clause.start, match.start() - 80), match.start()):
        return True
    return _GRANTED_AFTER.match(text, match.end(), clause.end) is not None
