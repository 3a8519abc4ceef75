"""Whether a day an event's sentence states dates the telling of the news, not the event."""

from __future__ import annotations

import re

from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.event_words import Trigger

# Who told the news, and in what, just before its day: "the EMA said in a notice published
# on Wednesday", "the company said in a statement on Monday".
_REPORTED_IN = re.compile(
    r"\b(?:said|says|announced|confirmed|disclosed)\s+in\s+(?:an?|its|the)\s+(?:\w+\s+)?"
    r"(?:notice|statement|release|filing|letter|update|post)\s+(?:(?:published|issued|released|"
    r"posted|dated)\s+)?(?:on\s+)?$"
)
# Or who told it, closing the event's sentence: "X has approved it, the company said on
# Monday", "…, Acme announced Wednesday".
_TOLD_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[\w.&'’-]+\s+){1,4}?(?:said|says|announced|confirmed|disclosed)"
    r"\s+(?:on\s+)?$"
)
# The telling verbs that may date the telling before the event's words ("X said on May 9
# that it had withdrawn …", "On May 9 X disclosed that …"); not "said that on May 9 …",
# where the day is inside what was said.
_TELLING = re.compile(r"announc|\b(?:said|says|stated|disclosed|reported)\b")
# Chinese telling verbs, counted only after the day: "9月5日晚间，公司发布公告称，…撤回" (the
# announcement's evening); a day after one is inside what was told ("公告称，公司于9月4日…").
_TELLING_ZH = re.compile(r"公告|宣布|披露|表示")


def told_on(ctx: Context, trigger: Trigger, date: DateMention) -> bool:
    """Whether the day dates the telling, not the event: an announcement's day before the
    event's words, or a notice's day in the report after them."""
    if trigger.clause.start <= date.end <= trigger.start:
        # The telling word follows the day ("On May 9 X announced that …") or comes just
        # before it ("X said on May 9 that …").
        start = max(trigger.clause.start, date.start - 40)
        if _TELLING_ZH.search(ctx.text, date.end, trigger.start) is not None:
            return True
        return any(
            verb.group() == "announc"
            or verb.start() >= date.end
            or "that" not in ctx.lowered[verb.end() : date.start].split()
            for verb in _TELLING.finditer(ctx.lowered, start, trigger.start)
        )
    start = max(trigger.end, date.start - 80)
    return date.start >= trigger.end and (
        _REPORTED_IN.search(ctx.lowered, start, date.start) is not None
        or _TOLD_AFTER.search(ctx.lowered, start, date.start) is not None
    )
