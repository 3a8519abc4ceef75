"""One event told for several regulators, each with a date of its own: "approved by the FDA
in June and by Health Canada in August", "approvals from the FDA (June) and the EMA
(August)", "approved in the United States on 3 May 2024 and in Japan on 9 July 2024", or
each later one with its date set off before it: "In 2016 it won orphan designation in the
United States and, that autumn, in the European Union"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from service.extract.agencies import Regulator
from service.extract.context import Context
from service.extract.dates import DateMention, find_dates
from service.extract.event_words import Trigger
from service.extract.keywords import holds_one_of

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
    later ones; or the subject's and those of elliptical clauses after (see `_gapped`);
    None unless the clause is such a list of two or more."""
    return _listed(ctx, trigger, date) or _gapped(ctx, trigger, date)


def _listed(
    ctx: Context, trigger: Trigger, date: DateMention | None
) -> list[tuple[Regulator, DateMention]] | None:
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


# An elliptical clause after the event's own, its verb left out: "Health Canada approved it
# on April 3 and Swissmedic on April 4", "Health Canada's approval was granted on April 3
# and Swissmedic's on April 4". The first regulator is the subject before the event's word;
# each later one, joined by "and", takes the date just after it, and nothing but a
# preposition or the clause's end follows that date (not "and the EMA on May 20 adopted").
_SUBJECT_TO_EVENT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}")
_TO_GAPPED = re.compile(r"\s*(?:,\s*(?:and\s+)?|(?:and|while|whereas)\s+)(?:the\s+)?")
_GAPPED_TO_DATE = re.compile(
    r"(?:['’]s)?\s+(?:(?:followed|came|did)\s+)?(?:(?:on|in)\s+)?(?:(?:early|mid|late)[\s-]+)?"
)
_GAPPED_END = re.compile(r"\s*(?:[.,;:)\n]|$|(?:and|for|under|with|after|as|respectively)\b)")
_GAPPED_REACH = 120


def _gapped(
    ctx: Context, trigger: Trigger, date: DateMention | None
) -> list[tuple[Regulator, DateMention]] | None:
    """The subject regulator with the event's date, and each later one of an elliptical
    clause with its own (see `_GAPPED_END`); None unless there are two or more."""
    if date is None or date.value is None or date.kind == "future" or date.start < trigger.end:
        return None
    before = ctx.regulators_in(trigger.clause.start, trigger.start)
    text = ctx.text
    if not before or not _SUBJECT_TO_EVENT.fullmatch(text, before[-1].end, trigger.start):
        return None
    if ctx.regulators_in(trigger.end, date.start):
        return None  # the event names its regulator after its word: no subject's clause
    pairs, last = [(before[-1], date)], date
    dates = ctx.dates_in(date.end, date.end + _GAPPED_REACH)
    for name in _names(ctx, ctx.regulators_in(date.end, date.end + _GAPPED_REACH)):
        own = next((d for d in dates if d.start >= name.end), None)
        if own is None or not _gapped_pair(text, last, name, own):
            break
        pairs.append((name, own))
        last = own
    if len(pairs) < 2 or len({r.jurisdiction for r, _ in pairs}) < len(pairs):
        return None
    return pairs


def _gapped_pair(text: str, last: DateMention, name: Regulator, own: DateMention) -> bool:
    """The regulator follows the date before by "and", and its own date follows it."""
    return (
        own.value is not None
        and own.kind != "future"
        and _TO_GAPPED.fullmatch(text, last.end, name.start) is not None
        and _GAPPED_TO_DATE.fullmatch(text, name.end, own.start) is not None
        and _GAPPED_END.match(text, own.end) is not None
    )


# A sentence after a joint decision that dates each regulator's part: "The TGA decision was
# dated June 11 and Swissmedic's June 12", "the EMA's licence was issued on 3 May, and
# Japan's on 9 May", "the CHMP's decision came on …". From the first regulator to its day,
# and from each later one to its own. (`_DATING_WORDS` are its verbs, a sentence's cheap test.)
_DATING_WORDS = ("dated", "issued", "granted", "made", "signed", "given", "came")
_DECISION_DATED = re.compile(
    r"(?:['’]s)?\s+(?:decision|approval|authori[sz]ation|licen[cs]e|letter|notice)\s+"
    r"(?:(?:was|is)\s+(?:dated|issued|granted|made|signed|given)|came)\s+(?:on\s+)?"
)
_OWN_DAY = re.compile(r"(?:['’]s)?\s+(?:(?:was|on)\s+)*")
_RETELLING_REACH = 3
# The events such a sentence dates: a review under a programme is no decision of a day.
_DECISIONS = ("approval", "rejection")


def retold_regulator_dates(
    ctx: Context,
    index: int,
    trigger: Trigger,
    regulators: list[Regulator],
    told: DateMention | None,
) -> list[tuple[Regulator, DateMention]] | None:
    """The days a sentence soon after tells for each regulator of a joint decision (see
    `_DECISION_DATED`), none later than the day it was told; None when none does so."""
    jurisdictions = {r.jurisdiction for r in regulators}
    if len(jurisdictions) < 2 or trigger.type not in _DECISIONS:
        return None
    for sentence in ctx.sentences[index + 1 : index + 1 + _RETELLING_REACH]:
        names = _names(ctx, ctx.regulators_in(sentence.start, sentence.end))
        lowered = ctx.lowered[sentence.start : sentence.end]
        if len(names) < 2 or not holds_one_of(lowered, _DATING_WORDS):
            continue
        span = [(sentence.start, sentence.end)]
        days = [
            d
            for d in find_dates(ctx.text, ctx.article.published, span)
            if d.precision == "day" and d.value is not None and not d.blocked
            and (told is None or told.value is None or d.value <= told.value)
        ]  # fmt: skip
        pairs = _retold_pairs(ctx, names, days)
        owners = {r.jurisdiction for r, _ in pairs}
        if len(pairs) > 1 and len(owners) == len(pairs) and owners <= jurisdictions:
            return pairs
    return None


def _retold_pairs(
    ctx: Context, names: list[Regulator], days: list[DateMention]
) -> list[tuple[Regulator, DateMention]]:
    """Each regulator with the day just after it, the first joined by `_DECISION_DATED`,
    each later one by `_OWN_DAY`, and each after the last day by `_TO_NEXT`."""
    pairs: list[tuple[Regulator, DateMention]] = []
    for name, day in _chained(ctx, names, days):
        joint = _OWN_DAY if pairs else _DECISION_DATED
        if not joint.fullmatch(ctx.text, name.end, day.start):
            break
        pairs.append((name, day))
    return pairs


def _dated_after(
    ctx: Context, names: list[Regulator], dates: tuple[DateMention, ...]
) -> list[tuple[Regulator, DateMention]]:
    """Each regulator with the date just after it ("by the FDA in June and by …")."""
    pairs: list[tuple[Regulator, DateMention]] = []
    for name, date in _chained(ctx, names, dates):
        if date.value is None or date.kind == "future":
            break
        if not _TO_DATE.fullmatch(ctx.text, name.end, date.start):
            break
        pairs.append((name, date))
    return pairs


def _chained(
    ctx: Context, names: list[Regulator], dates: Sequence[DateMention]
) -> Iterator[tuple[Regulator, DateMention]]:
    """Each regulator with the first date after it, while each later one follows the date
    before it by `_TO_NEXT` (the caller stops where its own joins fail)."""
    last: DateMention | None = None
    for name in names:
        if last is not None and not _TO_NEXT.fullmatch(ctx.text, last.end, name.start):
            return
        last = next((d for d in dates if d.start >= name.end), None)
        if last is None:
            return
        yield name, last


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
