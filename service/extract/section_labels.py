"""Lines that announce the text below them, not an event of the drug named above: a
section's heading, a roundup item's kicker, a paragraph's run-in label. An event word in
one belongs to what follows."""

from __future__ import annotations

import re

from service.extract.context import Context
from service.extract.event_words import Trigger
from service.extract.sentences import Segment, own_line

_BULLETS = ("•", "·", "▪", "-", "–", "*", "✅", "✓", "✔", "☑")
_HEADING_WORDS = 8
# A roundup item's kicker: words in capitals, then a dash ("APPROVED -- ", "NOT YET — ").
_KICKER = re.compile(r"[A-Z][A-Z,'’ ]{1,40}?\s+(?:--|—|–)\s")
_LABEL_WORDS = 5
# Words a statement has and a label does not: articles, pronouns, the verbs "be" and "have".
_STATEMENT_WORDS = frozenset((
    "the", "a", "an", "it", "its", "this", "that", "these", "those", "they", "their", "we",
    "our", "is", "are", "was", "were", "has", "have", "had",
))  # fmt: skip


def announces_below(ctx: Context, sentence: Segment, trigger: Trigger) -> bool:
    """The trigger's sentence is a heading, a kicker, a run-in label or a list of the kinds
    of news below (see each)."""
    return (
        _heading(ctx, sentence)
        or _kicker(ctx.text, sentence, trigger)
        or _kinds_listed(ctx, sentence, trigger)
    )


# Kinds of events named in the plural: a digest's menu, not one event.
_KINDS = re.compile(
    r"\b(?:clearances|approvals|designations|filings|submissions|acceptances|rejections|"
    r"withdrawals|authori[sz]ations)\b",
    re.IGNORECASE,
)


def _kinds_listed(ctx: Context, sentence: Segment, trigger: Trigger) -> bool:
    """After a colon, a list of kinds of news with no date, one of them named in the plural
    ("Our digest of the month's news: IND clearances, first patients dosed, designations, and
    a hold"): the sentence tells what the items below hold, the trigger no event of its own."""
    colon = ctx.text.find(":", sentence.start, trigger.start)
    if colon < 0 or ctx.text.count(",", colon, sentence.end) < 2:
        return False
    if ctx.dates_in(sentence.start, sentence.end):
        return False
    return _KINDS.search(ctx.text, colon, sentence.end) is not None


def _heading(ctx: Context, sentence: Segment) -> bool:
    """A section's heading line that names no drug ("5) CRL for a topical", "Withdrawn
    application") announces the section below it, whose body tells the event; it is not
    about the drug of the section above. (A dated slide bullet or a labelled field, "Review
    category: Prioritized review", is no heading; one dated only by where a window opens,
    "Approved since February", heads the section of what happened in it.)"""
    if not own_line(ctx.text, sentence):
        return _run_in_label(ctx.text, sentence)
    body = ctx.text[sentence.start : sentence.end]
    return (
        len(body.split()) <= _HEADING_WORDS
        and not body.startswith(_BULLETS)
        and ":" not in body
        and all(
            ctx.lowered.endswith("since ", 0, d.start)
            for d in ctx.dates_in(sentence.start, sentence.end)
        )
    )


def _kicker(text: str, sentence: Segment, trigger: Trigger) -> bool:
    """The event word is a roundup item's kicker, in capitals before a dash ("REJECTED --
    Acme (ACME). Acme received a letter …"): the item below tells the event, not the item
    above. (A dateline's city is no event word: "BOSTON -- the FDA approved …".)"""
    if sentence.start and text[sentence.start - 1] != "\n":
        return False
    kicker = _KICKER.match(text, sentence.start, sentence.end)
    return kicker is not None and trigger.end <= kicker.end()


def _run_in_label(text: str, sentence: Segment) -> bool:
    """A paragraph's run-in label ("Complete response letters. Acme said it had received
    one …", "First participant dosed. Separately, Acme said …"): a category named in the
    plural, or a headline's participle, without a word a statement needs, that the
    sentences after it tell."""
    if sentence.start and text[sentence.start - 1] != "\n":
        return False
    body = text[sentence.start : sentence.end].rstrip()
    words = body[:-1].split()
    if not body.endswith(".") or not 0 < len(words) <= _LABEL_WORDS:
        return False
    last = words[-1]
    return (
        (last.endswith("s") and not last.endswith("ss")) or last.endswith("ed")
    ) and not _STATEMENT_WORDS.intersection(w.lower() for w in words)
