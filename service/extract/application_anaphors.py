"""Which application an anaphor ("该申请", "此项申请", "上述申请", "the application") names.

Copy tells a step of an application named a sentence earlier by pointing back at it: "X的临床
试验申请已获默示许可。该申请于今年4月获CDE受理。" The acceptance is the trial application's
(the receipt of an IND, no milestone), not a marketing application's, though its own
sentence names no kind. The anaphor names the nearest application named before it.
"""

from __future__ import annotations

import re

# "该申请", "此项申请", "这一申请", "上述申请", "前述申请" (not "该申请人", the applicant).
_ANAPHOR = re.compile(r"(?:该|此|这一|这项|此项|该项|上述|前述)申请(?!人)")
# An application named by its kind: a trial's, or a marketing one's.
_TRIAL = re.compile(r"临床试验申请|IND申请|IND(?![A-Za-z])|CTA(?![A-Za-z])")
_MARKETING = re.compile(
    r"上市(?:许可)?申请|新药申请|注册申请|补充申请|新适应症|s?NDA|s?BLA|MAA|查验登记"
)
# How far back the antecedent is looked for: the sentence or two before.
_REACH = 160


def names_a_trial_application(text: str, start: int, end: int) -> bool:
    """text[start:end] (a step's words and its sentence) points back by an anaphor at an
    application whose nearest naming before it is a clinical trial's."""
    anaphor = _ANAPHOR.search(text, start, end)
    if anaphor is None:
        return False
    low = max(0, anaphor.start() - _REACH)
    trial = _last(_TRIAL, text, low, anaphor.start())
    if trial < 0:
        return False
    return trial > _last(_MARKETING, text, low, anaphor.start())


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    found = -1
    for match in pattern.finditer(text, start, end):
        found = match.start()
    return found


# English points back with a definite generic noun: "filed a clinical trial application with
# the NMPA. The CDE accepted the application in December" (the receipt of a trial's
# application, no milestone).
_ANAPHOR_EN = re.compile(
    r"\b(?:the|this|that)\s+(?:application|filing|submission|dossier)\b", re.IGNORECASE
)
_TRIAL_EN = re.compile(
    r"\b(?:(?i:clinical\s+trial\s+applications?|investigational\s+new\s+drug)|IND|CTA)\b"
)
_MARKETING_EN = re.compile(
    r"\b(?:s?NDA|s?BLA|MAA|marketing|(?<!investigational )new drug application"
    r"|biologics? licen[cs]e)\b",
    re.IGNORECASE,
)
# English names the antecedent a sentence or two before.
_REACH_EN = 240


# What only a trial's application obtains, told of the anaphor's application in its own
# sentence: China's implied licence ("This application was accepted in January; 60 days
# later it obtained the default approval").
_TRIAL_OUTCOME_EN = re.compile(
    r"\b(?:implied|implicit|tacit|default)\s+(?:licen[cs]e|approval|permission|consent)\b",
    re.IGNORECASE,
)


def names_a_trial_application_en(text: str, start: int, end: int, sentence_end: int) -> bool:
    """The step's words text[start:end] point back at an application by a generic definite
    noun (see `_ANAPHOR_EN`), whose nearest naming before is a clinical trial's, or which its
    sentence says got what only a trial's does (see `_TRIAL_OUTCOME_EN`)."""
    # (The determiner may stand just before the words: "This application was accepted".)
    anaphor = _ANAPHOR_EN.search(text, max(0, start - 5), end)
    if anaphor is None or _MARKETING_EN.search(text, start, end):
        return False
    if _TRIAL_OUTCOME_EN.search(text, end, sentence_end):
        return True
    low = max(0, anaphor.start() - _REACH_EN)
    trial = _last(_TRIAL_EN, text, low, anaphor.start())
    return trial >= 0 and trial > _last(_MARKETING_EN, text, low, anaphor.start())
