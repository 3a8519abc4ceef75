"""A withdrawal dated by the sentence after it, which tells when the regulator heard of it.

A regulator's round-up tells a withdrawal without a day, then the day the company told the
regulator: "X withdrew its application for Y. The company informed the committee of its
decision on 2 October 2025." That day is the withdrawal's: the decision is the withdrawal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service.extract.context import Context
    from service.extract.dates import DateMention
    from service.extract.event_words import Trigger

# "informed the CHMP of its decision on", "notified the Agency of this decision on".
_INFORMED_OF = (
    r"\b(?:informed|notified|told|advised)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:of|about)\s+"
    r"(?:its|their|this|that|the)\s+decision\b"
)
_INFORMED = re.compile(_INFORMED_OF + r"\s+(?:on\s+|dated\s+)?$", re.IGNORECASE)
_INFORMED_ANYWHERE = re.compile(_INFORMED_OF, re.IGNORECASE)
_REACH = 80


def informed_date(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    """The day the next sentence says the company informed the regulator of its decision
    to withdraw (see `_INFORMED`); None for another event or sentence."""
    if trigger.type != "withdrawal" or index + 1 >= len(ctx.sentences):
        return None
    following = ctx.sentences[index + 1]
    for date in ctx.dates_in(following.start, following.end):
        low = max(following.start, date.start - _REACH)
        if date.kind == "absolute" and date.value and _INFORMED.search(ctx.text, low, date.start):
            return date
    return None


def informs(text: str, start: int, end: int) -> bool:
    """Whether the text's span tells the regulator was informed of a decision: its day is
    the withdrawal's told before it, no scene for the event told after it."""
    return _INFORMED_ANYWHERE.search(text, start, end) is not None
