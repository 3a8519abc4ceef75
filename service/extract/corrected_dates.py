"""Corrected dates: a correction notice names the wrong date and then the right one ("将X
获得快速通道资格的日期误写为“8月21日”，正确日期应为7月21日", "the date of the approval was
incorrectly given as 21 August; the correct date is 21 July"). The event is dated by the
right one, whichever the clause's nearest date is."""

from __future__ import annotations

import re
from itertools import pairwise

from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.event_words import Trigger
from service.extract.rules import Guarded

_WRONG_THEN_RIGHT = Guarded(
    re.compile(
        r"(?:误写为|误作|错写为|误记为|误标为|误为|写错为)[^。；]{0,40}?"
        r"(?:正确(?:的)?(?:日期|时间)?(?:应当?)?为|应当?为|更正为)\s*"
        r"|\b(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:stated|given|listed|reported|"
        r"printed|shown|written)\s+as\b[^.;]{0,40}?(?:[;,]|\band\b)\s*(?:the\s+)?"
        r"(?:correct\s+(?:date\s+)?(?:is|was|should\s+be)|(?:it\s+)?should\s+(?:have\s+)?"
        r"(?:read|been))\s+",
        re.IGNORECASE,
    ),
    ("误", "错", "incorrect", "erroneous", "mistaken", "wrong"),
)


# A correction's sentence saying that a date it names was wrong: "gave the wrong date for
# the approval of X".
_WRONG_DATE = re.compile(r"\b(?:wrong|incorrect|erroneous|mistaken)\s+(?:\S+\s+){0,2}?dates?\b")
# The right date set against the wrong one just after it: "on Sept. 24, not Sept. 26".
_NOT_THE_WRONG = re.compile(r",?\s+(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:on\s+)?")


def corrected_date(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    """The right date a correction after the event's words gives, in its sentence; or, when
    the sentence says the event's date was wrong, in the next ("The decision was issued on
    Sept. 24, not Sept. 26")."""
    end = ctx.sentences[index].end
    found = _WRONG_THEN_RIGHT.search(ctx.text, trigger.end, end)
    if found is None:
        return _set_against_wrong(ctx, index, trigger)
    dates = ctx.dates_in(found.end(), end)
    first = dates[0] if dates else None
    return first if first is not None and first.start == found.end() and first.value else None


def _set_against_wrong(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    start = ctx.sentences[index].start
    if index + 1 >= len(ctx.sentences) or not _WRONG_DATE.search(ctx.lowered, start, trigger.end):
        return None
    after = ctx.sentences[index + 1]
    dates = ctx.dates_in(after.start, after.end)
    for right, wrong in pairwise(dates):
        if right.value and _NOT_THE_WRONG.fullmatch(ctx.text, right.end, wrong.start):
            return right
    return None
