"""A sentence that only opens the next one's news: "A second Orbis review followed. On 21
November, Health Canada authorised X …". It names no drug: its event is about the drug the
next sentence names (not the one told before it, which the previous news was about)."""

from __future__ import annotations

import re

from service.extract.context import Context
from service.extract.event_words import Trigger
from service.extract.sentences import Segment

# A review told as coming next, closing its sentence (see `PROGRAMME_VERBS`).
_COMES_NEXT = re.compile(r"(?:review|assessment) (?:followed|came next)[\s.:]*$", re.IGNORECASE)


def next_sentence_drug(ctx: Context, sentence: Segment, trigger: Trigger) -> int | None:
    """The first drug the next sentence of the paragraph names, when the inclusion's sentence
    names none and ends telling a review that came next."""
    if trigger.type != "program_inclusion":
        return None
    if not _COMES_NEXT.match(ctx.text, trigger.start, sentence.end):
        return None
    index = ctx.sentences.index(sentence)
    if index + 1 >= len(ctx.sentences):
        return None
    after = ctx.sentences[index + 1]
    if "\n" in ctx.text[sentence.end : after.start]:
        return None
    named = [m for m in ctx.mentions_in(after.start, after.end) if not m.comparator]
    return named[0].drug if named else None
