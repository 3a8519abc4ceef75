"""A status held, told in a relative clause set off by commas, as the setting of the main
clause's news: "In the US, where the therapy has RMAT designation, Acme completed its BLA in
the second quarter" dates the filing, not the designation, which the aside tells as a
standing the drug already has. A date told inside the aside ("which has held orphan status
since 2021, …") stays the aside's."""

from __future__ import annotations

import re

from service.extract.date_mentions import DateMention
from service.extract.event_words import Trigger
from service.extract.relative_asides import closed_aside

# The aside's opening: a relative word after a comma.
_OPENINGS = (", where ", ", which ", ", whose ", ", who ")
# A verb of having before the status, not a perfect tense telling the grant ("has been
# granted", "has received"), which is an event of its own.
_HELD = re.compile(
    r"\b(?:has|have|had|holds?|held|carr(?:y|ies|ied))\s+(?:already\s+|also\s+|long\s+)?"
    r"(?!been\b|received\b|won\b|gained\b|obtained\b|secured\b|got\b|earned\b)"
)


def held_in_closed_aside(lowered: str, trigger: Trigger, date: DateMention) -> bool:
    """Whether the trigger tells a status held in an aside that closes before the date (see
    the module's note)."""
    if date.start < trigger.end or trigger.type != "designation":
        return False
    span = (trigger.start, trigger.end)
    opening = closed_aside(lowered, _OPENINGS, trigger.clause.start, span, date.start)
    # (none when there is no aside, one closed before the status, or the date is inside it)
    return opening >= 0 and _HELD.search(lowered, opening, trigger.start) is not None
