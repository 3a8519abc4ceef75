"""Whether a status is asked for rather than granted: "has applied for orphan designation",
"requested Breakthrough Therapy designation", "申请孤儿药认定" (a request the regulator
answered, "granted the company's request for Fast Track", is a grant)."""

from __future__ import annotations

import re

from service.extract.keywords import holds_one_of
from service.extract.sentences import Segment

# A status asked for, not granted: "has applied to the ministry for orphan designation",
# "requested Breakthrough Therapy designation", "lodged an application of RMAT designation",
# "asked the agency to grant it fast track designation" (not "applied for and received").
# A later item of a list of statuses asked for: "applications for orphan drug designation,
# priority determination and provisional determination" asks for all three (not "applied for
# orphan designation and received priority review", whose verb tells a grant).
_LISTED_ASKED = (
    r"\b(?:applications?|requests?|petitions?|appl(?:y|ies|ied|ying)|request(?:ed|ing)|sought"
    r"|seek(?:s|ing)?)\s+for\s+(?:(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:designation|determination|status|review)s?(?:,\s+|,?\s+(?:and|or)\s+))+$"
)
_SOUGHT_BEFORE = re.compile(
    r"(?:\b(?:appl(?:y|ies|ied|ying)|requests?|requested|requesting|seek(?:s|ing)?|sought|"
    r"petition(?:s|ed)?|ask(?:s|ed|ing)?)\b(?:[^.;:]{0,60}?\b(?:for|of|to (?:grant|award|give|"
    r"confer)"
    # Or to let the drug into a scheme: "asked the EMA to admit the drug to its PRIME scheme".
    r"|to (?:admit|accept|include|enrol|enroll)\b[^.;:]{0,40}?\b(?:to|in|into|for)))?"
    # The noun only with what it asks for ("the application carried fast track" tells a held one).
    r"|\b(?:applications?|petitions?)\b[^.;:]{0,60}?\b(?:for|of))"
    # (The regulator may own the status: "requested the EMA's PRIME designation".)
    r"\s+(?:an?\s+|the\s+)?(?:(?!and\b|or\b)[\w'’-]+\s+){0,2}$"
    # The Chinese verb just before the status: "向EMA申请孤儿药认定" (not "申请人获…").
    r"|申请了?[^，。；获授]{0,8}$"
    rf"|{_LISTED_ASKED}",
    re.IGNORECASE,
)
_SOUGHT_HINTS = ("appl", "request", "seek", "sought", "petition", "ask", "申请")
# A request the regulator answered: "granted the company's request for Fast Track designation".
_ANSWERED = re.compile(
    r"\b(?:grant(?:s|ed)?|approv(?:es|ed)|award(?:s|ed))\s+(?:(?:the|its|their|an?)\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s+)?$",
    re.IGNORECASE,
)

# A status asked for by a verb of asking just before it, as English tells a review scheme
# an application may enter: "can apply for priority review", "requested priority review",
# "applied to the FDA for priority review" (not "the application for priority review", the
# application the status was granted to, nor "applied for and received").
_ASKED_BEFORE = re.compile(
    r"\b(?:appl(?:y|ies|ied|ying)|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|"
    r"petition(?:s|ed|ing)?|ask(?:s|ed|ing)?)\b(?:[^.;:,]{0,40}?\bfor\b)?\s+"
    r"(?:(?:an?|the)\s+)?(?:(?!and\b|or\b)[\w'’.-]+\s+){0,2}$"
    rf"|{_LISTED_ASKED}"
    # Chinese puts the verb of asking straight before the status: "此次以此为依据申请优先审评",
    # "可申请适用优先审评审批程序" (not a marketing application's noun, "上市申请优先审评").
    r"|(?<!上市)(?<!许可)(?<!注册)(?<!新药)(?<!补充)申请(?:适用|纳入|进入)?$",
    re.IGNORECASE,
)


def status_asked_for(text: str, clause: Segment, start: int) -> bool:
    """The status before `start` is asked for by a verb (see `_ASKED_BEFORE`), and no grant
    answers the request before it."""
    return _unanswered(_ASKED_BEFORE, text, clause, start)


def sought(text: str, clause: Segment, start: int) -> bool:
    """The status before `start` is asked for, not granted (see `_SOUGHT_BEFORE`)."""
    return _unanswered(_SOUGHT_BEFORE, text, clause, start)


def _unanswered(request: re.Pattern[str], text: str, clause: Segment, start: int) -> bool:
    """`request` ends at `start`, and no grant answers it before it (see `_ANSWERED`)."""
    low = max(clause.start, start - 90)
    if not holds_one_of(text[low:start].lower(), _SOUGHT_HINTS):
        return False
    asked = request.search(text, low, start)
    if asked is None:
        return False
    return not _ANSWERED.search(text, max(clause.start, asked.start() - 40), asked.start())
