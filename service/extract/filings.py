"""Whether a filing's words report a marketing application filed: not one named as a thing
("the resubmitted application"), not a request for a designation, not a clinical-trial
application. `triggers` drops the filings these tell of."""

from __future__ import annotations

import re

from service.extract.application_anaphors import (
    names_a_trial_application,
    names_a_trial_application_en,
)
from service.extract.event_objects import trial_purpose
from service.extract.event_words import Match
from service.extract.rules import Language
from service.extract.sentences import Segment
from service.extract.vocabulary import DESIGNATIONS, PROGRAMMES

# A participle after a determiner is an adjective: "the/its resubmitted application".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|this|that|a|an)\s$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:re-?)?(?:submitted|filed)\b", re.IGNORECASE)
# (Not "the application was submitted by Acme", which says who filed, not that it happened.)
# Or when, counted from the step before: "the NDA was submitted a year later". Or a
# participle set off by a comma and dated, a report too: "the NDA, submitted on 3 May, was".
_REPORTED = re.compile(
    r"(?:\b(?:was|were|been|which)\s(?:[^.;]*\s)?|,\s+)(?:re-?)?(?:submitted|filed)\s+"
    r"(?:(?:to|in|on|with)\b"
    r"|(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+later"
    r"|the\s+(?:following|next|same)\s)",
    re.IGNORECASE,
)
# A marketing application named by its kind ("item permission" is Korea's licence).
_MARKETING = re.compile(
    r"\b(?:s?NDA|s?BLA|J?NDA|MAA|marketing|item (?:permission|approval)|(?<!investigational )"
    r"new drug application|biologics? licen[cs]e)\b",
    re.IGNORECASE,
)
_DESIGNATION_APPLICATION = re.compile(
    r"(?:认定|资格|称号)申请|designation (?:application|request)", re.IGNORECASE
)
# The designation by its initials: "the BTD application was submitted in September".
_INITIALS_APPLICATION = re.compile(
    r"\b(?:BTD|BTDD|FTD|ODD|RPDD|RMAT|PRIME)\s+(?:application|request)"
)
# A filing named by a generic noun, then what it asks for: "filed its application of RMAT
# designation", "sent an application to the agency for orphan status".
_GENERIC_FILING = ("application", "applications", "submission", "filing", "dossier", "request")
# (The same nouns opening the match, singular or plural.)
_SINGULARS = "|".join(word for word in _GENERIC_FILING if not word.endswith("s"))
_LEADING_FILING = re.compile(rf"(?:{_SINGULARS})s?\b", re.IGNORECASE)
_ASKS_FOR = re.compile(
    r"\s+(?:(?:to|with)\s+[^.;:,]{2,60}?\s+)?(?:of|for)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?:U\.S\.|US|FDA|EU|EMA|European|Japanese|Korean|Chinese)\s+)?",
    re.IGNORECASE,
)


def designation_application(text: str, start: int, end: int) -> bool:
    """`_DESIGNATION_APPLICATION` (or `_INITIALS_APPLICATION`) in text[start:end]; the
    former, in ASCII, only where "designation" is (a case-blind pattern is slow to run, and
    most events' words hold neither)."""
    window = text[start:end]
    if _INITIALS_APPLICATION.search(window):
        return True
    if window.isascii() and "designation" not in window.lower():
        return False
    return _DESIGNATION_APPLICATION.search(text, start, end) is not None


def asks_for_designation(text: str, match: Match) -> bool:
    """A filing that asks for a designation, not for marketing (see `_ASKS_FOR`): an
    application for a status is no marketing application, whatever it is called."""
    # The filing as a passive's subject names what it asks for first: "An application for
    # PRIME eligibility was submitted to the EMA".
    leading = _LEADING_FILING.match(match.group())
    if match.group().lower().endswith(_GENERIC_FILING):
        at = match.end()
    elif leading is not None:
        at = match.start() + leading.end()
    else:
        return False
    asked = _ASKS_FOR.match(text, at)
    # (Or for a regulator's programme: "also submitted the application of Starlight Plan".)
    return asked is not None and any(
        p.match(text, asked.end()) for _, p in (*DESIGNATIONS, *PROGRAMMES)
    )


def names_a_filing(text: str, start: int, end: int) -> bool:
    """ "the resubmitted application", "its resubmitted new drug application": the filing
    named as a thing (a participle after a determiner), not a report that it was made
    ("the NDA was submitted in June", "the NDA, which Acme submitted in July")."""
    if text.endswith("the ", 0, start):
        return not _REPORTED.search(text, start, end + 20)
    participle = _PARTICIPLE.match(text, start)
    return bool(participle and _DETERMINER_BEFORE.search(text, max(0, start - 7), start))


def filed_one_named(text: str, start: int, lang: Language) -> bool:
    """ "合作伙伴递交的上市申请已于10月获受理": the filed application named as the subject
    of a later step (which the phrase reports), not a report of its filing; unless its
    phrase dates the filing ("于今年6月向国家药监局递交的上市申请已获受理")."""
    if not text.startswith(("递交的", "提交的"), start):
        return False
    opening = max(text.rfind(mark, 0, start) for mark in "，。；\n") + 1
    return lang.dated.search(text, opening, start) is None


def not_marketing(text: str, match: re.Match[str], sentence: Segment, lang: Language) -> bool:
    """A filing that is a clinical-trial application (IND/CTA), or, in Chinese, not a
    marketing application at all. A filing that names itself a marketing one is none, whatever
    trial the words before it name ("cleared the IND in 2022, and submitted the NDA")."""
    trial = lang.ind_context.search(text, max(sentence.start, match.start() - 40), match.end()) or (
        lang.application_context is None and trial_purpose(text, match, sentence)
    )
    if trial and not _MARKETING.search(text, match.start(), min(sentence.end, match.end() + 12)):
        return True
    if lang.application_context is None:
        return names_a_trial_application_en(text, match.start(), match.end(), sentence.end)
    sentence_text = text[sentence.start : sentence.end]
    if names_a_trial_application(text, sentence.start, sentence.end):
        return True  # "该申请" after a trial application names: its receipt
    return not lang.application_context.search(sentence_text) or "临床试验申请" in sentence_text
