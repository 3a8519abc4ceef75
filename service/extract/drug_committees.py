"""Japan's drug committees (the Pharmaceutical Affairs Council's Committees on New Drugs, 薬事
審議会の部会) judge an application before the ministry decides: their "approval appropriate"
is an adviser's recommendation, as an advisory committee's vote is, and the formal approval
comes weeks later. Translated trade press tells the judgement with the approval's words."""

from __future__ import annotations

import re

from service.extract.event_words import Match

_COMMITTEE = re.compile(
    r"\b(?:committees?\s+on\s+(?:new\s+)?drugs|pharmaceutical\s+affairs\s+(?:and\s+food\s+"
    r"sanitation\s+)?council|drugs?\s+(?:sub)?committee)\b|审议会|審議会|(?:第[一二三四五]|新药)部会",
    re.IGNORECASE,
)
_COMMITTEE_WORDS = ("committee", "council", "审议会", "審議会", "部会")
# The committee's own qualifier, which names the ministry it advises: "of the Ministry of
# Health, Labour and Welfare (MHLW)", "of the MHLW".
_OF_MINISTRY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:Ministry\s+of\s+Health,?\s+Labou?r\s+and\s+Welfare(?:\s*\(MHLW\))?"
    r"|MHLW|PMDA)",
    re.IGNORECASE,
)
# Between the committee and the verb, the committee stays the subject: no clause break, and no
# regulator acting after it ("after the drug committee's judgement the MHLW approved X").
_STILL_SUBJECT = re.compile(
    r"(?:(?!\b(?:MHLW|ministry|minister|PMDA|after|following|once|when|before)\b)[^,;.，。；：])"
    r"{0,60}",
    re.IGNORECASE,
)
# The committee as a passive's agent: "was approved by the MHLW's First Committee on New Drugs".
_BY_COMMITTEE = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?$", re.IGNORECASE)
# Its judgement in translated words, straight after the approval's: "is "approval
# appropriate"", "the approval was recognized as appropriate", "承認して差し支えない".
_APPROPRIATE_AFTER = re.compile(
    r"[\"”'’]?\s*(?:(?:is|was|were|been|as)\s+){0,2}(?:(?:judged|deemed|recogni[sz]ed|found"
    r"|considered)\s+(?:as\s+|to\s+be\s+)?)?appropriate\b",
    re.IGNORECASE,
)


def committee_judgement(text: str, match: Match, clause_start: int) -> bool:
    """The approval is a drug committee's judgement: the committee is its subject or agent,
    or the approval is called "appropriate" (see `_APPROPRIATE_AFTER`)."""
    if _APPROPRIATE_AFTER.match(text, match.end()):
        return True
    low = max(clause_start, match.start() - 160)
    window = text[low : match.end() + 80].lower()
    if not any(word in window for word in _COMMITTEE_WORDS):
        return False
    return _committee_subject(text, low, match.start()) or _committee_agent(text, match.end())


def _committee_subject(text: str, low: int, start: int) -> bool:
    committees = list(_COMMITTEE.finditer(text, low, start))
    if not committees:
        return False
    after = committees[-1].end()
    qualifier = _OF_MINISTRY.match(text, after, start)
    after = qualifier.end() if qualifier else after
    return _STILL_SUBJECT.fullmatch(text, after, start) is not None


def _committee_agent(text: str, end: int) -> bool:
    committee = _COMMITTEE.search(text, end, end + 80)
    return committee is not None and bool(_BY_COMMITTEE.fullmatch(text, end, committee.start()))
