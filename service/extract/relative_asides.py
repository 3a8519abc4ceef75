"""An event told inside a relative clause set off by commas ("X, which holds Fast Track
designation, dosed its first patient in June"): the aside tells a status or a past step
of the subject, and the main clause's date after it is the main verb's, not the aside's."""

from __future__ import annotations

from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.event_words import Trigger

_ASIDE_OPENING = (", which ", ", who ")


def event_in_closed_aside(ctx: Context, date: DateMention, trigger: Trigger) -> bool:
    """The event sits in an aside that closes (a comma) before the date, which follows it."""
    if ctx.lang.comma_phrases or date.start < trigger.end:
        return False
    start = trigger.clause.start
    opening = max(ctx.lowered.rfind(o, start, trigger.start) for o in _ASIDE_OPENING)
    # Still open at the event (no comma since its opening), closed before the date.
    return (
        opening >= 0
        and ctx.text.find(",", opening + 1, trigger.start) < 0
        and ctx.text.find(",", trigger.end, date.start) >= 0
    )
