"""A "may proceed" that lifts a clinical hold on a study already under way clears nothing.

The FDA clears an IND with a letter saying the study "may proceed"; it writes the same
words when it lifts a clinical hold. A hold placed on a study already running (an IND
cleared before, participants dosed, a cohort paused) ends with the same study resuming:
the project labels the IND's first clearance only, so that letter is no milestone. A hold
placed during the IND's first 30-day review, before anyone was dosed, is another matter:
its lifting is the IND's first "may proceed", and stays a clearance.
"""

from __future__ import annotations

import re

from service.extract.context import Context
from service.extract.event_words import Trigger

# The hold told as lifted, in the sentence or the one before: "has lifted the clinical
# hold", "the partial hold was removed", "since the hold was imposed".
_HOLD_LIFTED = re.compile(
    r"\b(?:lift(?:s|ed|ing)?|remov(?:es|ed|ing)|releas(?:es|ed|ing))\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:(?:full|partial|complete|clinical)\s+){0,2}hold\b"
    r"|\bhold\b[^.;]{0,40}?\b(?:lifted|removed|released|imposed|placed)\b"
    r"|\blift(?:ing)? of (?:the\s+|its\s+|a\s+)?(?:(?:full|partial|clinical)\s+){0,2}hold\b",
    re.IGNORECASE,
)
# The hold came before the study began, so its lifting first lets the study start.
_BEFORE_START = re.compile(
    r"\b30-day\s+(?:safety\s+)?review\b"
    r"|\bbefore\s+(?:any|the first)\b[^.;]{0,60}?\b(?:dosed|enrolled|treated)\b"
    r"|\bbefore\s+the\s+(?:[\w-]+\s+){0,2}(?:study|trial)\s+(?:could\s+|had\s+)?(?:beg[iau]n|start)"
    r"|\bproposed\s+(?:[\w/-]+\s+){0,3}(?:study|trial)\s+may proceed\b",
    re.IGNORECASE,
)


def resumes_a_study(ctx: Context, index: int, trigger: Trigger) -> bool:
    """Whether an English "may proceed" clearance is a hold on a running study lifted: a
    hold told as lifted in its sentence or the one before, and no sentence naming none of
    the article's other drugs tells the hold came before the study began."""
    if trigger.type != "ind_clearance" or "proceed" not in ctx.lowered[trigger.start : trigger.end]:
        return False
    here = ctx.sentences[index]
    start = ctx.sentences[index - 1].start if index else here.start
    if "hold" not in ctx.lowered[start : here.end] or not _HOLD_LIFTED.search(
        ctx.text, start, here.end
    ):
        return False
    ours = {m.drug for m in ctx.mentions_in(start, here.end)}
    # a hold that came before the study, not another drug's
    return all(named - ours for named in _before_start(ctx))


def _before_start(ctx: Context) -> list[set[int]]:
    """The drugs each sentence telling a hold came before the study began names, found
    once per article."""
    found = ctx.memo.get("before_start")
    if isinstance(found, list):
        return found
    found = ctx.memo["before_start"] = [
        {m.drug for m in ctx.mentions_in(sentence.start, sentence.end)}
        for sentence in ctx.sentences
        if _BEFORE_START.search(ctx.text, sentence.start, sentence.end)
    ]
    return found
