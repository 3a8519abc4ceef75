"""What an English event word is about, when that makes it no milestone: a refusal of a
status request (not of a marketing application), a first patient treated in routine care
(not in a trial), a status named only to compare another with it."""

from __future__ import annotations

import re

from service.extract.event_words import Match
from service.extract.keywords import holds_one_of
from service.extract.sentences import Segment

# A status a regulator grants on request: refusing it leaves every application untouched.
_STATUS = (
    r"(?:designations?|status|priority review|fast[- ]track|breakthrough therapy|rmat|prime"
    r"|orphan drug)"
)
# The refusal's object names the status: "declined to grant breakthrough therapy
# designation", "rejected its request for orphan status".
_STATUS_OBJECT = re.compile(
    rf"\s+(?:(?:the|its|their|an?|this|that|[\w-]+['’]s)\s+)?(?:[\w'’-]+\s+){{0,4}}?{_STATUS}\b",
    re.IGNORECASE,
)
# Or refers back to one named before it: "applied for the designation, and the agency
# declined to grant it".
_PRONOUN_OBJECT = re.compile(
    r"\s+(?:it|them|(?:the|its|their|that|this)\s+(?:request|petition|bid)s?)\b", re.IGNORECASE
)
_STATUS_NOUN = re.compile(_STATUS, re.IGNORECASE)
_MARKETING_NOUN = re.compile(
    r"\b(?:applications?|s?NDA|s?BLA|MAA|filings?|submissions?|approvals?|approved|licen[cs]es?"
    r"|authori[sz]ations?)\b",
    re.IGNORECASE,
)
# The request as the subject of a passive: "the request for fast track status was rejected".
_STATUS_REQUEST_BEFORE = re.compile(
    rf"\b(?:requests?|petitions?|bids?|applications?)\s+for\s+[^.;]{{0,40}}?{_STATUS}"
    r"[^.;]{0,20}?\s(?:was|were|has been|had been|is)\s+$",
    re.IGNORECASE,
)


def status_refused(text: str, sentence: Segment, match: Match) -> bool:
    """The refusal's object is a status asked for (see `_STATUS_OBJECT`), by name, by a
    pronoun whose nearest noun before is one, or as a passive's subject."""
    after = text[match.end() : match.end() + 80]
    if _STATUS_OBJECT.match(after):
        return True
    before = text[sentence.start : match.start()]
    if _PRONOUN_OBJECT.match(after):
        statuses = [m.end() for m in _STATUS_NOUN.finditer(before)]
        marketing = [m.end() for m in _MARKETING_NOUN.finditer(before)]
        return bool(statuses) and statuses[-1] > max(marketing, default=-1)
    return _STATUS_REQUEST_BEFORE.search(before[-120:]) is not None


# A trial named anywhere in the sentence keeps its first patient a trial's.
_TRIAL_WORDS = (
    "trial", "study", "studies", "phase", "cohort", "ind", "cta", "first-in-human", "protocol",
)  # fmt: skip
_TRIAL = re.compile(
    r"\b(?:trials?|stud(?:y|ies)|phase|cohorts?|IND|CTA|first-in-human|protocols?)\b",
    re.IGNORECASE,
)
# The product named as one already on the market: "a newly approved therapy", "which the FDA
# approved in December", "the first commercial patient", "outside a clinical trial".
_ON_THE_MARKET = re.compile(
    r"\bcommercial(?:ly)?\b|\b(?:newly|recently|already)\s+(?:\S+\s+)?approved\b"
    r"|\bapproved\s+(?:on|in|last|earlier|since)\b|\bauthori[sz]ed\s+treatment\s+cent(?:er|re)",
    re.IGNORECASE,
)


def routine_care(text: str, sentence: Segment) -> bool:
    """A first patient treated with a product on the market, in a sentence naming no trial
    (see `_ON_THE_MARKET`): care given, not a trial started."""
    body = text[sentence.start : sentence.end]
    if holds_one_of(body.lower(), _TRIAL_WORDS) and _TRIAL.search(body):
        return False
    return _ON_THE_MARKET.search(body) is not None


# A status named to compare another with it: "Like breakthrough therapy designation, RMAT
# gives …", "unlike the FDA's fast track" (no drug is told to hold it).
_COMPARED_BEFORE = re.compile(
    r"(?<![\w-])(?:like|unlike|similar to|as with|akin to|comparable to)\s+"
    r"(?:the\s+)?(?:(?:FDA|EMA|U\.S\.|US|EU|agency)(?:['’]s)?\s+)?$",
    re.IGNORECASE,
)
_COMPARISON_WORDS = ("like", "similar", "as with", "akin", "comparable")


def compared_status(text: str, clause: Segment, start: int) -> bool:
    """The status at `start` is named in a comparison (see `_COMPARED_BEFORE`)."""
    low = max(clause.start, start - 40)
    if not holds_one_of(text[low:start].lower(), _COMPARISON_WORDS):
        return False
    return _COMPARED_BEFORE.search(text, low, start) is not None
