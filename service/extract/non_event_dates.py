"""Date mentions in an event's clause that date something else than its event: a filing
step told in a participle or relative clause, a connective read as an anaphor ("at the same
time"), and the start a "since" clause counts from."""

from __future__ import annotations

import re

from service.extract.date_mentions import DateMention

# "At the same time, the announcement disclosed…", "同时，公司还…": before a comma the words
# join the sentence to the last one; a date the sentence names for its event is the event's.
_CONNECTIVE = re.compile(r"(?:at the same time|simultaneously|同时)\s*[,，]", re.IGNORECASE)


def connective(text: str, mention: DateMention) -> bool:
    """An anaphor read as a sentence connective (see `_CONNECTIVE`)."""
    return bool(_CONNECTIVE.match(text, mention.start))


# A date told for the application's own step, in a participle or a relative clause naming
# the product ("the tablets accepted on 30 May meet the requirements", "5月30日受理的X片"):
# that step's date, not the date of the clearance or approval the clause reports.
_STEP_BEFORE = re.compile(
    r"\b(?:accepted|submitted|filed|lodged|undertaken)\s+(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE
)
_STEP_AFTER = re.compile(r"(?:获得?|被)?(?:受理|承办|提交|递交|申报)的")
_STEP_AFTER_FIRST = frozenset("获被受承提递申")
FILING_STEPS = ("application_submission", "application_acceptance", "priority_review")


def dates_filing_step(text: str, mention: DateMention) -> bool:
    """Whether the mention dates the filing's acceptance or submission (see `_STEP_BEFORE`)."""
    if text[mention.end : mention.end + 1] in _STEP_AFTER_FIRST and _STEP_AFTER.match(
        text, mention.end
    ):
        return True
    if not text.endswith((" on ", " in ", " the "), 0, mention.start):
        return False  # a literal test spares the end-anchored pattern
    return bool(_STEP_BEFORE.search(text, max(0, mention.start - 20), mention.start))


# "the first product added since the programme began on May 29", "自2025年5月29日启动以来":
# the date of a scheme's start, which a "since" clause gives for the time it counts from.
_SINCE_START_BEFORE = re.compile(
    r"\bsince\s+(?:the|its|this|that|their)\s+(?:[\w-]+\s+){0,4}?(?:was|were|had been|has been)"
    r"\s+(?:launched|introduced|established|set up|created|started|unveiled)\s+"
    r"(?:by\s+[^.;,]{1,40}?\s+)?(?:on|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SINCE_START_AFTER = re.compile(r"(?:正式)?(?:启动|推出|设立|实施|上线)以来")
# "该计划（“星光计划”）由CDE于2025年5月29日正式启动": the scheme itself is the subject of its
# start, which dates no product's inclusion in it.
_SCHEME_BEFORE = re.compile(
    r"(?:计划|试点|政策|机制)[”」]?(?:[（(][^）)]{0,30}[）)])?(?:由[^，。；]{1,20}?)?(?:于|在)?$"
)
_SCHEME_START_AFTER = re.compile(r"(?:由[^，。；]{1,20}?)?(?:正式)?(?:启动|推出|设立|实施|上线)")


def dates_a_start_since(text: str, mention: DateMention) -> bool:
    """Whether the mention dates the start a "since" clause counts from, or the start of a
    scheme that is the subject of its clause (see above)."""
    if text.startswith("以来", mention.end + 2) or text.startswith("以来", mention.end + 4):
        return bool(_SINCE_START_AFTER.match(text, mention.end))
    if _SCHEME_START_AFTER.match(text, mention.end):
        return bool(_SCHEME_BEFORE.search(text, max(0, mention.start - 40), mention.start))
    if not text.endswith((" on ", " in ", " the "), 0, mention.start):
        return False
    low = max(0, mention.start - 120)
    # (The word first: a search opening with \b tries every position of the window.)
    if "since" not in text[low : mention.start].lower():
        return False
    return bool(_SINCE_START_BEFORE.search(text, low, mention.start))


# "plans to begin a trial in 2025 after the FDA cleared its IND in August": a date before a
# time clause that holds the event is the main clause's (the plan's), not the event's.
# (Not "since October 2024, when the FDA approved it": "when" tells the date's event.)
# (A dash closes an aside: "On May 2 - two weeks after the quarter closed - the FDA …".)
_IN_CLAUSE = r"(?:(?!\s-\s)[^,;:()–—])*$"
_TIME_CLAUSE = re.compile(rf"\b(?:after|since|once)\s+{_IN_CLAUSE}", re.IGNORECASE)
# A clause counted from the date's event, whatever the news: "said on Monday it has filed,
# about six weeks after the agency approved the drug" (the approval is six weeks earlier).
_OFFSET_CLAUSE = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+"
    + _IN_CLAUSE,
    re.IGNORECASE,
)


def dates_the_main_clause(
    text: str, mention: DateMention, event_start: int, offset_only: bool = False
) -> bool:
    """Whether a time clause (see `_TIME_CLAUSE`), or with `offset_only` one counted from
    the event (see `_OFFSET_CLAUSE`), opens between the mention and the event."""
    if mention.end > event_start:
        return False
    clause = _OFFSET_CLAUSE if offset_only else _TIME_CLAUSE
    return clause.search(text, mention.end, event_start) is not None
