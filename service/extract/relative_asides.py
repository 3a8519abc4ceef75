"""An event told inside a relative clause set off by commas ("X, which holds Fast Track
designation, dosed its first patient in June"): the aside tells a status or a past step
of the subject, and the main clause's date after it is the main verb's, not the aside's."""

from __future__ import annotations

from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.event_words import Trigger

# A relative clause set off by commas: "X, which licensed the drug in 2021, filed …"; its
# pronoun may follow a preposition ("X, for which the committee gave an opinion in July, has
# since been authorised").
ASIDE_OPENING = (", which ", ", who ", ", for which ", ", in which ", ", of which ")


def closed_aside(
    lowered: str, openings: tuple[str, ...], start: int, inner: tuple[int, int], end: int
) -> int:
    """Where an aside opens (one of `openings`, from `start`) that is still open at the span
    `inner` (no comma since its opening) and closes (a comma) between it and `end`; -1 if
    none."""
    opening = max(lowered.rfind(o, start, inner[0]) for o in openings)
    if (
        opening < 0
        or lowered.find(",", opening + 1, inner[0]) >= 0
        or lowered.find(",", inner[1], end) < 0
    ):
        return -1
    return opening


def event_in_closed_aside(ctx: Context, date: DateMention, trigger: Trigger) -> bool:
    """The event sits in an aside that closes (a comma) before the date, which follows it."""
    if ctx.lang.comma_phrases or date.start < trigger.end:
        return False
    span = (trigger.start, trigger.end)
    return closed_aside(ctx.lowered, ASIDE_OPENING, trigger.clause.start, span, date.start) >= 0
