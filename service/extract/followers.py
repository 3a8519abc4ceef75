"""A regulator that "followed": "The FDA approved X in April 2022. Health Canada followed in
2023" repeats, for its own market, the decision told just before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.regulator_bystanders import aside_before

if TYPE_CHECKING:
    from service.extract.assembly import Candidate
    from service.extract.context import Context
    from service.extract.event_words import Trigger

# Between a regulator and its "followed": nothing, its abbreviation ("(EMA)"), or the noun a
# region's adjective names it by ("European regulators followed").
_FOLLOWER = re.compile(
    r"\s*(?:\([A-Za-z]{2,8}\)\s*)?(?:(?:health\s+)?(?:regulators|authorities)\s+)?"
)
# A review's framework is how a decision was reached, not one a regulator can follow.
_UNFOLLOWED = frozenset(("program_inclusion",))


def told_just_before(
    ctx: Context, index: int, trigger: Trigger, told: list[Candidate]
) -> list[Candidate]:
    """The event a regulator that follows, as its sentence's subject, repeats: the last
    decision of the sentence before; past a sentence that only tells the framework the
    decision was reviewed under ("The file was reviewed under Project Orbis"), in the same
    paragraph, the last of the one before that."""
    start = ctx.sentences[index].start
    # (Past an aside: "Britain's MHRA, using the US decision as reference, followed".)
    aside = aside_before(ctx.text, start, trigger.start)
    verb = trigger.start if aside is None else aside[0]
    named = ctx.regulators_in(start, verb)
    if index == 0 or not named or not _FOLLOWER.fullmatch(ctx.text, named[-1].end, verb):
        return []
    for back in range(index - 1, max(-1, index - 3), -1):
        prior = ctx.sentences[back]
        events = [c for c in told if c.sentence == prior]
        decisions = [c for c in events if c.type not in _UNFOLLOWED]
        if decisions or not events or "\n" in ctx.text[prior.start : start]:
            return decisions[-1:]
    return []
