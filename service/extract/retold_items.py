"""A later item's event dated by the sentence after it, which retells it by its kind.

A roundup tells each item's news in the sentence that opens it and its day in the next,
by the event's kind alone: "Quorra disclosed that the FDA granted Fast Track designation to
QRA-77. The company said only that the designation arrived during the week of Oct. 28."
The lead's next sentence may date it in more ways (`event_dates`); a later event takes only
such a retelling, which names its kind ("the designation", not "the approval"), or a letter
naming none ("the agency's filing letter arrived on May 9").
"""

from __future__ import annotations

from service.extract import borrowed_dates as borrowed
from service.extract.clause_retellings import (
    ANY_KIND,
    KIND_WORDS,
    LETTER_WORDS,
    names_other_kind,
    retelling_words,
)
from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.event_words import Trigger
from service.extract.keywords import holds_one_of
from service.extract.sentences import Segment


def next_untold(ctx: Context, index: int, trigger: Trigger) -> Segment | None:
    """The sentence after the event's, unless there is none or it tells the event again (a
    sentence telling the event again is an event of its own)."""
    if index + 1 >= len(ctx.sentences) or borrowed.retold(ctx, index + 1, trigger):
        return None
    return ctx.sentences[index + 1]


def retold_next(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    """The date of the sentence after the event's when it retells the event by its kind."""
    after = next_untold(ctx, index, trigger)
    if after is None:
        return None
    date = borrowed.retelling_date(ctx, after)
    if date is None:
        return None
    words = retelling_words(ctx, after, date)
    if holds_one_of(words, _own_words(ctx, index, trigger)):
        return date
    # A letter naming no kind ("the agency's filing letter arrived on May 9") is the event's.
    return date if unkinded_letter(words) else None


def _own_words(ctx: Context, index: int, trigger: Trigger) -> tuple[str, ...]:
    """The words naming the event's kind; a priority review told with the acceptance is also
    named by it, as the regulator grants it in the letter accepting the application."""
    own = KIND_WORDS.get(trigger.type, ())
    matches = ctx.scan.by_sentence.get(index)
    if trigger.type != "priority_review" or matches is None:
        return own
    if any(rule.type == "application_acceptance" for rule, _ in matches.rules):
        return own + KIND_WORDS["application_acceptance"]
    return own


def unkinded_letter(words: str) -> bool:
    """The retelling's words name a letter but no kind of event."""
    return holds_one_of(words, LETTER_WORDS) and not holds_one_of(words, ANY_KIND)


def other_kind(ctx: Context, after: Segment, date: DateMention, trigger: Trigger) -> bool:
    """The retelling names another kind of event, not the event's own (see
    `clause_retellings.names_other_kind`)."""
    return names_other_kind(retelling_words(ctx, after, date), trigger.type)


# How many sentences after the event's a retelling past ones only describing it may come.
_LATER_REACH = 3


def retold_later(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    """The day a sentence soon after retells the event with, past sentences that tell no
    event of their own: "X has registered Y on the ARTG. Y is indicated for Z. The ARTG entry
    is dated 29 August 2024." (see `borrowed.kind_retelling_day`)."""
    for later in range(index + 1, min(index + 1 + _LATER_REACH, len(ctx.sentences))):
        if later in ctx.scan.by_sentence:
            return None  # (a sentence of its own events: its retellings are its own)
        date = borrowed.kind_retelling_day(ctx, ctx.sentences[later], trigger)
        if date is not None:
            return date
    return None
