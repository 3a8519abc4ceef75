"""An approval told as "also" given right after a trial clearance is another clearance.

Translated copy tells a trial's clearances one regulator after another: "Korea cleared X's
trial plan in March. In May the FDA also approved it." The second sentence names no trial;
its "also" repeats the kind of the event before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.context import Context
from service.extract.event_words import Trigger

if TYPE_CHECKING:
    from service.extract.assembly import Candidate

_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+){0,2}$")
_ALSO_AFTER = re.compile(r"^[^.;,]{0,60}?\b(?:as well|too)\b")
# A clause that names a licence to sell, not a trial: its approval is a marketing one.
_MARKETING = re.compile(
    r"\b(?:marketing|market|launch|commerciali[sz]|item (?:permission|approval)|s?nda|s?bla|"
    r"maa|accelerated|conditional|full approval|treatment of)\b",
    re.IGNORECASE,
)


def repeats_a_clearance(ctx: Context, index: int, trigger: Trigger, told: list[Candidate]) -> bool:
    """Whether an English approval trigger says "also" (or "as well") and the article's last
    event, in its sentence or the one before, is a trial clearance."""
    if trigger.type != "approval" or ctx.lang.negation_window < 10 or not told:
        return False
    last = told[-1]
    here = ctx.sentences[index]
    if last.type != "ind_clearance" or last.sentence not in (here, ctx.sentences[index - 1]):
        return False
    clause = trigger.clause
    low = max(clause.start, trigger.start - 30)
    also = _ALSO_BEFORE.search(ctx.text, low, trigger.start) or _ALSO_AFTER.search(
        ctx.text[trigger.end : clause.end]
    )
    return also is not None and not _MARKETING.search(ctx.text, clause.start, clause.end)
