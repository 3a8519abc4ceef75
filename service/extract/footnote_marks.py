"""Footnote marks read as spaces: "granted on 3 June 2025²" ends its year at the mark.

A superscript digit is a word character to the regex engine, so a date, a name or a
regulator followed by a mark would lose the word boundary every rule looks for. The marks
become spaces one for one, so every offset still points into the original text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace

from service.extract.assembly import Candidate
from service.extract.context import Context
from service.extract.dates import find_dates
from service.extract.models import Article

MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_TO_SPACES = str.maketrans(MARKS, " " * len(MARKS))


def unmarked(article: Article) -> Article:
    """The article with its footnote marks read as spaces (itself when it has none)."""
    if not any(mark in article.text or mark in article.title for mark in MARKS):
        return article
    return dataclasses.replace(
        article, title=article.title.translate(_TO_SPACES), text=article.text.translate(_TO_SPACES)
    )


# A footnote's own line: its mark, then its text ("⁴ Submission to Swissmedic dated …").
_NOTE_LINE = re.compile(rf"^[ \t]*([{MARKS}]+)[ \t]*(\S[^\n]*)$", re.MULTILINE)
_MARK_RUN = re.compile(rf"[{MARKS}]+")


def footnote_dates(ctx: Context, source: str, candidates: list[Candidate]) -> list[Candidate]:
    """An undated event whose clause carries a mark takes the one date its footnote gives:
    "submitted an application⁴" with "⁴ Submission … dated 27 March 2025" was filed that
    day. A footnote giving more than one date does not tell which one is the event's."""
    if not any(mark in source for mark in MARKS):  # (most texts: cheaper than the regex)
        return candidates
    notes = {m[1]: (m.start(2), m.end(2)) for m in _NOTE_LINE.finditer(source)}
    if not notes:
        return candidates
    return [_footnoted(ctx, source, c, notes) if c.date is None else c for c in candidates]


def _footnoted(
    ctx: Context, source: str, candidate: Candidate, notes: dict[str, tuple[int, int]]
) -> Candidate:
    clause = candidate.trigger.clause
    mark = _MARK_RUN.search(source, candidate.trigger.start, clause.end)
    if mark is None or mark[0] not in notes or _NOTE_LINE.match(source, clause.start):
        return candidate  # (a footnote's own line is not dated by itself)
    start, end = notes[mark[0]]
    told = find_dates(ctx.text, ctx.article.published, [(start, end)])
    dated = {d.value for d in told if d.kind == "absolute" and d.value}
    if len(dated) != 1:
        return candidate
    return replace(candidate, date=next(d for d in told if d.value in dated))
