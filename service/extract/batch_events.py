"""One more event of a batch: "X was also cleared", "Y also won approval". Told without a
regulator, it was taken by the regulator of the batch told before it, not by one a
neighbouring sentence names about another drug's filing elsewhere."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.agencies import Regulator
from service.extract.context import Context
from service.extract.event_words import Trigger

if TYPE_CHECKING:
    from service.extract.assembly import Candidate

# "also" just before the event's verb or inside its phrase ("was also cleared", "also
# received approval", "has also been approved").
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_REACH = 20


def batch_regulator(ctx: Context, trigger: Trigger, told: list[Candidate]) -> list[Regulator]:
    """The regulator of the last event of the trigger's type told before it, when the
    trigger's clause names none and tells one more of them; [] otherwise."""
    low = max(trigger.clause.start, trigger.start - _REACH)
    if "also" not in ctx.lowered[low : trigger.end]:
        return []
    if _ALSO.search(ctx.text, low, trigger.end) is None:
        return []
    if ctx.regulators_in(trigger.clause.start, trigger.clause.end):
        return []  # a regulator that "also" took part is named, and is the one
    same = [c for c in told if c.type == trigger.type and not c.prior]
    if not same:
        return []
    last = same[-1]
    return [Regulator(0, 0, last.agency, last.jurisdiction, 1)]
