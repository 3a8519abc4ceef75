"""Dates a history tells as a span from an earlier one: "within six weeks" (any day from
the date before to six weeks after it), "60 days later" (that many days after the day
before), "a month after the EU decision" (counted from the event it names, else from the
date before). A window takes the finest precision that holds all of it, as the spec has
for a window that cannot be narrowed to one day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention
from service.extract.elapsed_dates import count_of

_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_SPAN = re.compile(
    # (Not "within six weeks of launch" or "within the next year": counted from something
    # else, or a plan's window from the news.)
    rf"\bwithin\s+(?P<within>{_COUNT})\s+(?P<wunit>day|week|month)s?\b"
    r"(?!\s+(?:of|after|from|before|following)\b)"
    # ("Two weeks later" counts days too: fourteen after the day before.)
    rf"|\b(?P<days>{_COUNT})\s+(?P<dunit>day|week)s?\s+later\b"
    # "a month after the EU decision", "two years after the accelerated approval": the
    # event's words, up to two before its noun, are looked for earlier in the text.
    rf"|\b(?P<after>{_COUNT})\s+(?P<aunit>month|year)s?\s+after\s+the\s+"
    r"(?P<event>(?:[\w-]+\s+){0,2}?(?:approval|decision|acceptance|submission|filing|"
    r"authori[sz]ation|designation|rejection))\b"
    # "approved in July 2023, four months after accepting the NDA" / "roughly ten months
    # after the agency accepted the application": the event after "after" is the earlier
    # one, told back from the date before it.
    rf"|\b(?P<about>(?:roughly|about|around|some|nearly|almost)\s+)?(?P<back>{_COUNT})\s+"
    r"(?P<bunit>month|year)s?\s+after(?=\s+(?:the|its)\s+(?:[\w.-]+\s+){0,2}?"
    r"(?:had\s+)?(?:accepted|validated|filed|submitted|approved|granted|cleared)\b"
    r"|\s+(?:accepting|validating|filing|submitting|approving|granting|clearing)\s)"
    # "a year before Acme filed": counted back from the event a clause tells, by its verb.
    rf"|\b(?P<before>{_COUNT})\s+(?P<eunit>month|year)s?\s+before\s+(?!the\b|its\b|an?\b)"
    r"(?:[\w&.'’-]+\s+){1,3}?(?:had\s+)?(?P<verb>filed|submitted|applied|approved|accepted|"
    r"validated)\b"
    # "the same month as the Korean filing": the period of the event it names.
    r"|\bthe\s+same\s+(?P<sunit>day|month|quarter)\s+as\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>filing|submission|approval|authori[sz]ation|"
    r"acceptance|validation|designation)\b",
    re.IGNORECASE,
)
_HINTS = (
    "within", "day later", "days later", "week later", "weeks later", "after", " before ",
    "the same ",
)  # fmt: skip
# The words that tell each kind of event, verb or noun: the one a span names is looked for
# as any of them ("the Korean filing" was told as "filed its application in February").
_FAMILIES = (
    ("filed", "filing", "submitted", "submission", "applied"),
    ("approved", "approval", "authorised", "authorized", "authorisation", "authorization"),
    ("accepted", "acceptance", "validated", "validation"),
    ("designated", "designation"),
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31}
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


def find_spans(text: str, lowered: str, regions: list[tuple[int, int]]) -> list[DateMention]:
    """The spans in the regions, as anaphors still to be resolved (`resolve_span`)."""
    found = []
    for start, end in regions:
        if not any(hint in lowered[start:end] for hint in _HINTS):
            continue
        for match in _SPAN.finditer(text, start, end):
            found.append(_mention(text, lowered, match))
    return found


def _mention(text: str, lowered: str, match: re.Match[str]) -> DateMention:
    start, end = match.start(), match.end()
    if match["within"]:
        days = count_of(match["within"]) * _UNIT_DAYS[match["wunit"].lower()]
        return DateMention(start, end, None, "window", "anaphor", window_days=days)
    if match["days"]:
        days = count_of(match["days"]) * _UNIT_DAYS[match["dunit"].lower()]
        return DateMention(start, end, None, "day", "anaphor", offset_days=days)
    if match["back"]:
        return _counted_back(match)
    if match["before"] or match["sunit"]:
        return _from_event(lowered, match)
    count = count_of(match["after"])
    unit = match["aunit"].lower()
    months = count if unit == "month" else 12 * count
    precision = "month" if unit == "month" else "year"
    return DateMention(
        start, end, None, precision, "anaphor", offset_months=months,
        anchor=_told_before(lowered, match["event"].lower(), start),
    )  # fmt: skip


def _counted_back(match: re.Match[str]) -> DateMention:
    """A span telling its event as that many months or years before the date before it;
    "roughly" widens it by one either side (the window's precision says what is known)."""
    unit = match["bunit"].lower()
    months = count_of(match["back"]) * (1 if unit == "month" else 12)
    return DateMention(
        match.start(), match.end(), None, unit, "anaphor", offset_months=-months,
        window_days=1 if match["about"] else 0, back=True,
    )  # fmt: skip


def _from_event(lowered: str, match: re.Match[str]) -> DateMention:
    """A span counted from the event a clause or a noun names (see `_SPAN`), from where
    that kind of event was last told before it."""
    word = (match["verb"] or match["noun"]).lower()
    forms = next((f for f in _FAMILIES if word in f), (word,))
    told = max(_word_before(lowered, form, match.start()) for form in forms)
    anchor = told if told >= 0 else None
    if match["sunit"]:
        unit = match["sunit"].lower()
        return DateMention(match.start(), match.end(), None, unit, "anaphor", anchor=anchor)
    unit = match["eunit"].lower()
    months = count_of(match["before"]) * (1 if unit == "month" else 12)
    return DateMention(
        match.start(), match.end(), None, unit, "anaphor", offset_months=-months, anchor=anchor
    )


def _word_before(lowered: str, word: str, before: int) -> int:
    at = lowered.rfind(word, 0, before)
    while at > 0 and lowered[at - 1].isalpha():
        at = lowered.rfind(word, 0, at)
    return at


def _told_before(lowered: str, event: str, before: int) -> int | None:
    """Where the event the span counts from was last told before it: its words as written,
    when they are more than the bare noun ("the approval" may be any approval)."""
    if " " not in event:
        return None
    at = lowered.rfind(event, 0, before)
    return at if at >= 0 else None


def resolve_span(
    text: str, mention: DateMention, previous: DateMention | None, told: Sequence[DateMention]
) -> DateMention:
    """A span's date: from the date told with its event when it names one found earlier
    (the date nearest that event in its sentence), else from the date before it."""
    base = previous
    if mention.anchor is not None:
        base = _date_of_event(text, mention.anchor, told) or previous
    if base is None or base.value is None or "Q" in base.value:
        return replace(mention, value=None, kind="unknown", precision="unknown")
    mention = replace(mention, antecedent=base.start)
    if mention.back:
        return _back(base.value, mention)
    if mention.window_days:
        first, last = _bounds(base.value)
        value, precision = cal.window(first, last + dt.timedelta(mention.window_days))
        kind = "absolute" if value else "unknown"
        return replace(mention, value=value, precision=precision, kind=kind)
    if not mention.offset_months:  # ("the same month as the filing")
        counted = cal.truncate(base.value, mention.precision)
    else:
        counted = _counted(base.value, mention)
    kind = "absolute" if counted else "unknown"
    return replace(mention, value=counted, precision=cal.precision_of(counted), kind=kind)


def _back(value: str, mention: DateMention) -> DateMention:
    """The month or year that many before the value, a unit either side when told
    roughly (the margin held in `window_days`)."""
    margin = mention.window_days
    found: str | None
    if mention.precision == "year":
        found = None if margin else _counted(value, mention)
    else:
        first = cal.shift_months(value, mention.offset_months - margin)
        last = cal.shift_months(value, mention.offset_months + margin)
        found = cal.window(_bounds(first)[0], _bounds(last)[1])[0] if first and last else None
    if found is None:
        return replace(mention, value=None, kind="unknown", precision="unknown")
    return replace(mention, value=found, precision=cal.precision_of(found), kind="absolute")


def _counted(value: str, mention: DateMention) -> str | None:
    """`value` moved by the span's months: whole years at year precision."""
    if mention.precision == "year":
        return f"{int(value[:4]) + mention.offset_months // 12:04d}"
    return cal.shift_months(value, mention.offset_months)


def _date_of_event(text: str, at: int, told: Sequence[DateMention]) -> DateMention | None:
    """The dated mention nearest `at` with no sentence break between them."""
    best: DateMention | None = None
    for mention in told:
        if mention.kind != "absolute" or mention.value is None or mention.blocked:
            continue
        low, high = sorted((mention.start, at))
        if _SENTENCE_BREAK.search(text, low, high):
            continue
        if best is None or abs(mention.start - at) < abs(best.start - at):
            best = mention
    return best


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    """The first and last days of a day, month or year value."""
    year = int(value[:4])
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return day, day
    if len(value) == 7:
        month = int(value[5:7])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


_COARSE = re.compile(r"\d{4}(?:-\d{2})?")


def days_from_coarser(
    text: str, mention: DateMention, previous: DateMention | None
) -> DateMention | None:
    """ "accepted in January, and only about 60 days later it was approved": days counted
    from the month or year told just before them in their own sentence, not from a day
    another sentence told. Those days from every day of that period make a window (see
    `cal.window`). None when the date before is a day, or is not in the sentence."""
    if not mention.offset_days or previous is None or previous.value is None:
        return None
    if not _COARSE.fullmatch(previous.value):
        return None
    if _SENTENCE_BREAK.search(text, previous.end, mention.start):
        return None
    first, last = _bounds(previous.value)
    shift = dt.timedelta(days=mention.offset_days)
    value, precision = cal.window(first + shift, last + shift)
    kind = "absolute" if value else "unknown"
    return replace(mention, value=value, precision=precision, kind=kind, antecedent=previous.start)
