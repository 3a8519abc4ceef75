"""The date of an event told as a companion of the one before: "The FDA granted X orphan drug
designation in December. The agency also granted rare pediatric disease designation." The
second sentence gives no time of its own; its "also" sets it beside the first, an event of
the same kind by the same regulator, whose time it shares. (Beside an event of another kind,
"the NDA was accepted in May. The FDA also gave it orphan designation", "also" adds a fact
of any time.)

So is a grant told as made at the acceptance of the application: "The NDA was granted
priority review at acceptance" happened when the acceptance told before it did."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.agencies import Regulator
from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.event_words import Trigger

if TYPE_CHECKING:
    from service.extract.assembly import Candidate

# The regulator as the subject opening the sentence, with "also" before its verb (not "it
# also holds", a state, which borrows no date).
_ALSO_GRANTED = re.compile(
    r"(?:the\s+)?(?:u\.s\.\s+)?(?:fda|ema|nmpa|pmda|mhra|agency|regulator|commission)\s+"
    r"(?:has\s+|had\s+)?also\s+(?:granted|gave|awarded|designated|accepted|approved)\b"
)


def companion_date(
    ctx: Context,
    index: int,
    trigger: Trigger,
    regulators: list[Regulator],
    told: list[Candidate],
) -> DateMention | None:
    """The date of the event of the sentence before, of the same kind and regulator, that
    an undated "the agency also granted …" sits beside; None when there is none."""
    sentence = ctx.sentences[index]
    if index == 0 or not _ALSO_GRANTED.match(ctx.lowered, sentence.start, trigger.end):
        return None
    prior = ctx.sentences[index - 1]
    agencies = {r.agency for r in regulators}
    dated = [
        c
        for c in told
        if c.sentence == prior and c.type == trigger.type and c.agency in agencies and c.date
    ]
    return dated[-1].date if dated else None


# The grant's time named by the acceptance: "at acceptance", "upon filing", "with the
# validation of the application", "at the time of acceptance".
_AT_ACCEPTANCE = re.compile(
    r"\s+(?:at|upon|on|with)\s+(?:the\s+time\s+of\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:acceptance|filing|validation)\b"
)


def acceptance_date(
    ctx: Context, trigger: Trigger, drugs: list[int], regulators: list[Regulator],
    told: list[Candidate],
) -> DateMention | None:  # fmt: skip
    """The date of the dated acceptance told before, of the same drug and regulator, that an
    undated grant "at acceptance" was made with; None when there is none."""
    if not _AT_ACCEPTANCE.match(ctx.lowered, trigger.end):
        return None
    agencies = {r.agency for r in regulators}
    dated = [
        c
        for c in told
        if c.type == "application_acceptance" and c.drug in drugs and c.agency in agencies
    ]
    return dated[-1].date if dated and dated[-1].date else None
