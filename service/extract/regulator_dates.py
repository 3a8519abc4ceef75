"""One event told for several regulators, each with a date of its own: "approved by the FDA
in June and by Health Canada in August", "approvals from the FDA (June) and the EMA
(August)", "approved in the United States on 3 May 2024 and in Japan on 9 July 2024", or
each later one with its date set off before it: "In 2016 it won orphan designation in the
United States and, that autumn, in the European Union"."""

from __future__ import annotations

import re

from service.extract.agencies import Regulator
from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.event_words import Trigger

# From the event's word to the first regulator: "approved by the", "approved in the"; a
# designation's name may run on ("orphan drug designation in the").
_OPENING = re.compile(
    r"\s*(?:(?:drug\s+)?(?:designation|status)\s+)?(?:(?:by|from|in|to|with)\s+)?(?:the\s+)?"
)
# Two names of one regulator or place side by side: "United States of America", "Food and
# Drug Administration (FDA)", "Japan's Ministry of Health".
_SAME_NAME = re.compile(r"\s*(?:of|\(|['’]s)?\s*")
# From a regulator to its date: " in June", " on 3 May 2024", " (June)", "), in June".
_TO_DATE = re.compile(r"\)?,?\s*\(?\s*(?:(?:in|on)\s+)?(?:(?:early|mid|late)[\s-]+)?")
# From a date to the next regulator: " and by the", ", and in", ") and".
_TO_NEXT = re.compile(r"\)?\s*,?\s*(?:and\s+)?(?:(?:by|from|in|to|with)\s+)?(?:the\s+)?")
# A later regulator's date set off before it: " and, that autumn, in the", ", then in 2019 by".
_SET_OFF_OPEN = re.compile(r"\s*,?\s*(?:and|then|and then)\s*,?\s*")
_SET_OFF_CLOSE = re.compile(r"\s*,?\s*(?:(?:by|from|in|to|with)\s+)?(?:the\s+)?")


def regulator_dates(
    ctx: Context, trigger: Trigger, date: DateMention | None
) -> list[tuple[Regulator, DateMention]] | None:
    """Each regulator of the list the event's clause tells after its word, with the date
    that follows that regulator, or the event's `date` and the dates set off before the
    later ones; None unless the clause is such a list of two or more."""
    clause = trigger.clause
    regulators = ctx.regulators_in(trigger.start, clause.end)
    names = _names(ctx, regulators) if len(regulators) > 1 else []
    if len(names) < 2:
        return None
    first = names[0]
    if first.start > trigger.end and not _OPENING.fullmatch(ctx.text, trigger.end, first.start):
        return None
    dates = ctx.dates_in(trigger.start, clause.end)
    pairs = _dated_after(ctx, names, dates) if len(dates) > 1 else []
    if len(pairs) < 2 and date is not None and date.end <= first.start:
        pairs = _set_off_before(ctx, names, date, dates)
    if len(pairs) < 2 or len({r.jurisdiction for r, _ in pairs}) < len(pairs):
        return None
    return pairs


def _dated_after(
    ctx: Context, names: list[Regulator], dates: tuple[DateMention, ...]
) -> list[tuple[Regulator, DateMention]]:
    """Each regulator with the date just after it ("by the FDA in June and by …")."""
    pairs: list[tuple[Regulator, DateMention]] = []
    for name in names:
        if pairs and not _TO_NEXT.fullmatch(ctx.text, pairs[-1][1].end, name.start):
            break
        date = next((d for d in dates if d.start >= name.end), None)
        if date is None or date.value is None or date.kind == "future":
            break
        if not _TO_DATE.fullmatch(ctx.text, name.end, date.start):
            break
        pairs.append((name, date))
    return pairs


def _set_off_before(
    ctx: Context, names: list[Regulator], date: DateMention, dates: tuple[DateMention, ...]
) -> list[tuple[Regulator, DateMention]]:
    """The first regulator with the event's date, each later one with the date set off
    between "and" and its name (see `_SET_OFF_OPEN`)."""
    pairs = [(names[0], date)]
    for name in names[1:]:
        low = pairs[-1][0].end
        own = [d for d in dates if low <= d.start and d.end <= name.start]
        if len(own) != 1 or own[0].value is None or own[0].kind == "future":
            break
        text = ctx.text
        if not (
            _SET_OFF_OPEN.fullmatch(text, low, own[0].start)
            and _SET_OFF_CLOSE.fullmatch(text, own[0].end, name.start)
        ):
            break
        pairs.append((name, own[0]))
    return pairs


def _names(ctx: Context, regulators: tuple[Regulator, ...]) -> list[Regulator]:
    """The regulators, with the names that go on naming the one before (see `_SAME_NAME`)
    joined to it, keeping the stronger name."""
    names: list[Regulator] = []
    for regulator in regulators:
        last = names[-1] if names else None
        if (
            last is not None
            and last.jurisdiction == regulator.jurisdiction
            and _SAME_NAME.fullmatch(ctx.text, last.end, regulator.start)
        ):
            strength = max(last.strength, regulator.strength)
            names[-1] = last._replace(end=regulator.end, strength=strength)
        else:
            names.append(regulator)
    return names
