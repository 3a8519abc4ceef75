"""A decision page's outcome field and the field that dates it.

A regulator's decision page states its outcome as a field ("Registration decision:
Approved", "Decision: Registered", "Decision: Rejected") and dates it in another field of
the same block ("Date of decision: 20 January 2025"), before or after it. The outcome is
dated by that field: not by the register's entry a few days later, nor by a meeting listed
above it. An outcome telling a refusal makes the page's decision a rejection, wherever the
page dates it ("Registration decision | 17 April 2025" in its timeline).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.dates import DateMention, find_dates

if TYPE_CHECKING:
    from service.extract.context import Context

# What a refusal's outcome field says (lower-case, as the trigger rules read).
REFUSED_OUTCOME = (
    r"(?:not\s+(?:approved|registered|granted|authori[sz]ed)|rejected|refused|declined|negative"
    r"|rejection|refusal)\b"
)
# "Decision:", "Registration decision:", "Delegate's decision:", "Outcome:".
_OUTCOME_FIELD = re.compile(
    r"[ \t]*(?:[\w'’]+[ \t]+){0,2}?(?:decision|outcome)[ \t]*:[ \t]*", re.IGNORECASE
)
_REFUSED = re.compile(REFUSED_OUTCOME, re.IGNORECASE)
_DATE_FIELD = re.compile(
    r"[ \t]*(?:date of (?:the )?(?:registration )?decision|(?:registration )?decision date)"
    r"[ \t]*:",
    re.IGNORECASE,
)
# A register's record states a designation as a status field ("Orphan Designation Status:
# Designated") and dates it in another ("Date Designated: 03/27/2025", "Designation date:").
_STATUS_FIELD = re.compile(r"[ \t]*(?:[\w'’-]+[ \t]+){0,2}?designation[ \t]+status[ \t]*:", re.I)
_DESIGNATED_FIELD = re.compile(
    r"[ \t]*(?:date[ \t]+(?:of[ \t]+)?designat(?:ed|ion)|designation[ \t]+date)[ \t]*:", re.I
)
# How many lines of its block around the outcome field the date field may be.
_REACH = 4


def refused(lowered: str) -> bool:
    """Whether one of the text's outcome fields tells a refusal (`lowered`: the text
    lower-cased). Fields are found from their words: few texts hold them."""
    for word in ("decision", "outcome"):
        at = lowered.find(word)
        while at >= 0:
            field = _OUTCOME_FIELD.match(lowered, lowered.rfind("\n", 0, at) + 1)
            if field is not None and field.end() > at and _REFUSED.match(lowered, field.end()):
                return True
            at = lowered.find(word, at + len(word))
    return False


def page_refused(ctx: Context) -> bool:
    """`refused` of the article, found once."""
    found = ctx.memo.get("page_refused")
    if not isinstance(found, bool):
        found = ctx.memo["page_refused"] = refused(ctx.lowered)
    return found


def field_date(ctx: Context, index: int) -> DateMention | None:
    """The date of the decision an outcome field (the sentence `index`) states, from the
    date field of its block; None for any other sentence."""
    text = ctx.text
    sentence = ctx.sentences[index]
    if sentence.start and text[sentence.start - 1] != "\n":
        return None
    if "decision" not in ctx.lowered[sentence.start : sentence.end]:
        return None
    if not _OUTCOME_FIELD.match(text, sentence.start, sentence.end):
        return None
    return _dated_by(ctx, sentence.start, _DATE_FIELD)


def designation_field_date(ctx: Context, index: int) -> DateMention | None:
    """The date of the designation a status field (the sentence `index`) states, from the
    designation date field of its record (see `_STATUS_FIELD`); None elsewhere."""
    sentence = ctx.sentences[index]
    if sentence.start and ctx.text[sentence.start - 1] != "\n":
        return None
    if not _STATUS_FIELD.match(ctx.text, sentence.start, sentence.end):
        return None
    return _dated_by(ctx, sentence.start, _DESIGNATED_FIELD)


def dated_record(text: str, at: int) -> bool:
    """Whether `at` opens a designation's status field whose record dates the designation
    ("Date Designated: 09/30/2022"): the grant is then on record, whatever the status says
    now ("Withdrawn (sponsor request, …)" ends a designation that was granted)."""
    if at and text[at - 1] != "\n":
        return False
    if not _STATUS_FIELD.match(text, at):
        return False
    for start, end in _block_lines(text, at):
        field = _DESIGNATED_FIELD.match(text, start, end)
        if field and any(c.isdigit() for c in text[field.end() : end]):
            return True
    return False


def _dated_by(ctx: Context, at: int, label: re.Pattern[str]) -> DateMention | None:
    """The day the field `label` of `at`'s block gives."""
    text = ctx.text
    for start, end in _block_lines(text, at):
        if label.match(text, start, end):
            published = ctx.article.published
            found = ctx.dates_in(start, end) or find_dates(text, published, [(start, end)])
            days = [d for d in found if d.kind == "absolute" and d.value and not d.blocked]
            return days[0] if days else None
    return None


def _block_lines(text: str, at: int) -> list[tuple[int, int]]:
    """The lines of `at`'s block of lines (up to a blank line) within `_REACH` of it."""
    lines = []
    start = at
    for _ in range(_REACH):  # before
        if start == 0 or text[start - 2 : start] in ("\n\n", ""):
            break
        start = text.rfind("\n", 0, start - 1) + 1
        lines.append((start, text.find("\n", start)))
    end = text.find("\n", at)
    for _ in range(_REACH):  # after
        if end < 0 or text.startswith("\n", end + 1):
            break
        start = end + 1
        end = text.find("\n", start)
        lines.append((start, len(text) if end < 0 else end))
    return lines
