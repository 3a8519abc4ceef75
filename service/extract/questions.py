"""Questions: a sentence that asks about an event does not tell it."""

from __future__ import annotations

import re

from service.extract.time_clauses import past_clause_start

# A heading put as a question, alone on its line ("2 What was approved?", "Was the approval
# based on one trial?"): a document's section title asks, by a question word or an inverted
# verb; the event, if any, is told in the section below it.
_HEADING_QUESTION = re.compile(
    r"[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:what|why|how|when|where|which|who|whose"
    r"|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b"
    r"[^.!?\n]*\?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
# A transcript's turn opens with its speaker, perhaps with a title or firm: "Leah Brandt,
# Tideline Research: ", "NORA: ", "Dr. Kenji Ross, President, R&D: "; a column's reader
# or audience by role ("Reader question: "), the question perhaps quoted.
_SPEAKER_HEAD = re.compile(
    r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Za-z][\w.'’-]*){0,3}(?:,[ \t]+[^:\n]{1,60}?)?:[ \t]+"
    r"[\"“‘]?"
)
# A question: "What's the risk of a CRL?", "Any chance of an early action given priority
# review?", "does X have orphan status there?" asks about an event, it does not tell one.
# (Not "Did you see the FDA sent them a CRL?", which takes the event as known.)
_QUESTION = re.compile(
    r"(?:(?:and|so|but|or|okay|also)\W+)?(?:what|why|how|when|where|which|who|whose|is|are|was"
    r"|were|did|does|do|has|have|had|can|could|will|would|should|any)\b"
    r"(?!\s+you\s+(?:see|hear|catch|notice|know|reali[sz]e)\b)[^.!?\n]*\?",
    re.IGNORECASE,
)
# What may stand between a clause's start and its question word: a comma, a quotation mark.
_BEFORE_QUESTION = frozenset(" ,\"“‘'")


def asked(text: str, sentence_start: int, start: int, end: int) -> bool:
    """The event at text[start:end] sits in a question: a heading or a sentence that asks."""
    return _asked_heading(text, sentence_start, end) or _asked_inline(
        text, sentence_start, start, end
    )


def _asked_heading(text: str, sentence_start: int, end: int) -> bool:
    """The sentence is a heading put as a question (see `_HEADING_QUESTION`)."""
    line = text.rfind("\n", 0, sentence_start) + 1
    if text[line:sentence_start].strip():
        return False
    match = _HEADING_QUESTION.match(text, sentence_start)
    return match is not None and match.end() >= end


def _asked_inline(text: str, sentence_start: int, start: int, end: int) -> bool:
    """The sentence is a question (see `_QUESTION`), in a speaker's turn or in prose, which
    reaches past the event at text[start:end]."""
    line = text.rfind("\n", 0, sentence_start) + 1
    head = _SPEAKER_HEAD.match(text, line)
    at = max(sentence_start, head.end()) if head else sentence_start
    # The question may open after a fronted topic or a first question: "On Japan, when
    # could they file, and does X have orphan status there?" asks at each comma.
    while at >= 0:
        while text[at] in _BEFORE_QUESTION:
            at += 1
        match = _QUESTION.match(text, at)
        if match is not None and match.end() >= end:
            # (Not an event the question takes as known: "Why did shares fall after the FDA
            # approved X?")
            return past_clause_start(text, at, start) != start
        at = text.find(",", at, end)
    return False
