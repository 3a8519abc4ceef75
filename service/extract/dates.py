"""Find date expressions (English and Chinese) and resolve them against publication."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import pairwise

from service.extract import calendar as cal
from service.extract import date_resolvers as en
from service.extract.case_forms import found_in
from service.extract.date_mentions import DateMention as DateMention
from service.extract.date_offsets import find_offsets
from service.extract.date_offsets_zh import find_offsets_zh
from service.extract.date_resolvers import DAY_SHIFTS
from service.extract.date_scan import date_candidates
from service.extract.date_spans import days_from_coarser, find_spans, resolve_span
from service.extract.datelines import check_dateline, dateline_day
from service.extract.entry_order import entry_heads, order_entries
from service.extract.intervals import check_intervals
from service.extract.keywords import holds_one_of
from service.extract.lead_years import check_lead_year
from service.extract.month_entries import place_month_entries
from service.extract.numeric_order import writes_day_first
from service.extract.past_months import past_months
from service.extract.weekday_years import weekday_year

# A month without a year: "9月", "in September" (or a day of it: "on 9 October").
_BARE_MONTH = re.compile(
    rf"\d{{1,2}}月|\d{{1,2}} month|(?:{cal.MONTH_NAMES})\.?|"
    rf"(?:on\s+)?(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{cal.MONTH_NAMES})\.?|"
    rf"(?:{cal.MONTH_NAMES})\s+[0-3]?\d(?:st|nd|rd|th)?",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"。|[.!?]\s+[A-Z\"“]")
# Dates that name a target, a programme launch or a listing rather than a milestone.
_BLOCKING = re.compile(
    r"(?:goal date(?: of)?|action date(?: of| is)?|PDUFA(?: date)?(?: of| is)?|target date(?: of)?|"
    # "the target date of the PDUFA was set as November 30"
    r"(?:goal|target|action) date\b[^.;]{0,60}?\b(?:set (?:as|for|to|at)|scheduled for|falls on)|"
    # Its statute named between: "target action date under the user fee act (PDUFA) of …".
    r"(?:goal|target|action) date\s+under\s[^.;\d]{0,60}?\bof|"
    r"launched(?: \w+){0,2}(?: on| in)?|listed(?: \w+){0,6} on|until|expected(?: \w+){0,2}|"
    r"deadline(?: of)?|decision[^.]{0,60} by|"
    # A frame for what follows: "Looking back to this year, it filed in March; …".
    r"looking back (?:to|at|on|over)(?: the)?)\s*$",
    re.IGNORECASE,
)

_BLOCKING_WORDS = (
    "date", "pdufa", "launched", "listed", "until", "expected", "deadline", "decision",
    "looking back",
)  # fmt: skip


def find_dates(
    text: str, published: dt.date | None, spans: list[tuple[int, int]] | None = None
) -> list[DateMention]:
    """Date mentions in order (within `spans` when given), anaphors ("the same month") resolved."""
    lowered = text.lower()
    regions = spans if spans is not None else [(0, len(text))]
    latest = published
    # A release reprinted after its dateline: "today" means the dateline's day.
    published = dateline_day(text, published) or published
    found = _mentions(text, lowered, regions, published)
    counted = _counted(text, lowered, regions) + find_spans(text, lowered, regions)
    if counted:
        # "March of the following year" holds a month the table read alone.
        found = [d for d in found if not any(c.start <= d.start < c.end for c in counted)]
        found.extend(counted)
    found.sort(key=lambda d: d.start)
    found = past_months(text, _weekdays_restated(text, found, published), published)
    # A list's entries outside the spans still tell the order an entry in them breaks.
    heads = entry_heads(text, regions, found) if spans is not None else []
    others = _mentions(text, lowered, heads, published)
    found = place_month_entries(
        text, order_entries(text, found, published, others), published, others
    )
    resolved = _resolve_anaphors(text, check_lead_year(text, found, published))
    resolved = check_intervals(text, lowered, resolved, latest)
    return [_not_yet(d, latest) for d in resolved] if latest else resolved


def _mentions(
    text: str, lowered: str, regions: list[tuple[int, int]], published: dt.date | None
) -> list[DateMention]:
    """The dates the table finds in `regions`, each resolved against publication."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    day_first: bool | None = None  # (read on the first numeric date: a scan of the text)
    candidates = sorted(
        date_candidates(text, lowered, regions),
        key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())),
    )
    for match, resolver in candidates:
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        taken.append((match.start(), match.end()))
        if resolver is en.numeric:
            if day_first is None:
                day_first = writes_day_first(text, published)
            if day_first:
                resolver = en.numeric_day_first
        value, precision, kind = resolver(match, published)
        blocked = (
            is_blocked(text, match.start())
            or _names_meeting(text, match.end())
            or _tells_manner(text, match)
        )
        shift = DAY_SHIFTS.get(match.group().lower(), 0) if kind == "anaphor" else 0
        mention = DateMention(
            match.start(), match.end(), value, precision, kind, blocked=blocked, offset_days=shift
        )
        found.append(check_dateline(text, mention, published))
    return found


_WEEKDAY_NAME = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def _weekdays_restated(
    text: str, mentions: list[DateMention], published: dt.date | None
) -> list[DateMention]:
    """ "on Friday, May 9": the weekday names the day the date after it states; it is no
    second date (the last such weekday), but it may show the date's year slipped (see
    `weekday_year`). A day counted from another ("on Thursday, the day before the holiday")
    restates nothing: its anchor may be the phrase after it."""
    restated = {
        weekday.start: date
        for weekday, date in pairwise(mentions)
        if date.precision == "day"
        and date.kind != "anaphor"
        and text[weekday.end : date.start] in (", ", " (", " ")
        and _WEEKDAY_NAME.fullmatch(text, weekday.start, weekday.end)
    }
    if not restated:
        return mentions
    fixed = {
        date.start: weekday_year(text[start : date.start], date, published)
        for start, date in restated.items()
    }
    return [fixed.get(m.start, m) for m in mentions if m.start not in restated]


def _not_yet(mention: DateMention, published: dt.date) -> DateMention:
    """A date after publication ("于2026年上半年递交") tells a plan, not a milestone."""
    if mention.kind != "absolute" or not cal.starts_after(mention.value, published):
        return mention
    return replace(mention, kind="future")


def _counted(text: str, lowered: str, regions: list[tuple[int, int]]) -> list[DateMention]:
    """Anaphors counted from the date before them ("two months later", "that autumn", 次月);
    a month they name is the suffix its year takes ("-03"), as 同年3月 has."""
    return [
        DateMention(
            o.start, o.end, o.suffix, o.precision, "anaphor", None, o.months,
            blocked=is_blocked(text, o.start),
        )
        for o in find_offsets(text, lowered, regions) + find_offsets_zh(text, regions)
    ]  # fmt: skip


def is_blocked(text: str, start: int) -> bool:
    before = text[max(0, start - 90) : start]
    lowered = before.lower()
    if not holds_one_of(lowered, _BLOCKING_WORDS):
        return False  # a literal test is far cheaper than the end-anchored pattern
    return found_in(_BLOCKING, before)


def _resolve_anaphors(text: str, mentions: list[DateMention]) -> list[DateMention]:
    resolved: list[DateMention] = []
    previous: DateMention | None = None
    previous_day: DateMention | None = None
    for mention in mentions:
        if mention.kind == "anaphor" and (
            mention.window_days or mention.anchor is not None or mention.back
        ):
            # (A span dates its own event only: the history goes on from the date before.)
            mention = resolve_span(text, mention, previous, resolved)
        elif mention.kind == "anaphor":
            # "On the same day in December" skips a coarser date in between ("last June");
            # told after no day, it is a day of the date before ("同日" after "2025年3月"),
            # while a day before or after that may fall outside it. So does "the same week":
            # a quarter or a month between ("a decision in the first quarter") holds no week.
            day = mention.precision in ("day", "week") and mention.value is None
            # Days counted after a month of their own sentence count from that month, not
            # from a day another sentence told.
            counted = days_from_coarser(text, mention, previous) if day else None
            if counted is not None:
                mention = counted
            elif day and (previous_day or mention.offset_days):
                mention = _from_previous(mention, previous_day)
            else:
                mention = _from_previous(mention, previous)
            if mention.offset_months and mention.value is not None:
                previous = mention  # a history told in steps counts each from the last
        elif mention.kind == "absolute" and not mention.blocked:
            mention = _within_year_before(text, mention, previous)
            previous = mention
            if mention.precision == "day":
                previous_day = mention
        resolved.append(mention)
    return resolved


def _within_year_before(
    text: str, mention: DateMention, previous: DateMention | None
) -> DateMention:
    """A bare month later in the sentence of a dated one ("2022年2月…；9月，…", "submitted
    in July 2022 and accepted in September") is of that year, not the last such month
    before publication."""
    if previous is None or previous.value is None or mention.value is None:
        return mention
    if not _BARE_MONTH.fullmatch(text, mention.start, mention.end):
        return mention
    if _SENTENCE_BREAK.search(text, previous.end, mention.start):
        return mention
    if len(previous.value) < 7 and not text.endswith("月", 0, mention.end):
        # "granted in 2023, and the NDA was accepted in June": an English month goes on
        # from a dated month, not from a year alone; it is the last June before publication.
        return mention
    grafted = previous.value[:4] + mention.value[4:]
    if previous.value[:4] >= mention.value[:4] or grafted < previous.value[:7]:
        return mention
    if not cal.exists(grafted):
        return mention  # "February 29" after a common year's date: no such day in it
    return replace(mention, value=grafted)


def _from_previous(mention: DateMention, previous: DateMention | None) -> DateMention:
    if previous is None or previous.value is None:
        return replace(mention, value=None, kind="unknown", precision="unknown")
    mention = replace(mention, antecedent=previous.start)
    # "The following year": the year before it, moved by the whole years it counts.
    year = f"{int(previous.value[:4]) + mention.offset_months // 12:04d}"
    if mention.value is not None and mention.value.startswith("-"):
        grafted = year + mention.value  # 同年6月: the earlier date's year
        if not cal.exists(grafted):  # 同年2月29日 after a common year's date: no such day
            return replace(mention, value=None, kind="unknown", precision="unknown")
        return replace(mention, value=grafted, precision=cal.precision_of(grafted), kind="absolute")
    if mention.precision == "year":
        return replace(mention, value=year, precision="year", kind="absolute")
    if mention.offset_months and len(previous.value) == 4 and abs(mention.offset_months) < 12:
        # "去年年中获受理，次月…": a step of months from a date told only by its year is
        # dated no finer than that year, which the copy tells it in.
        return replace(mention, value=previous.value, precision="year", kind="absolute")
    if mention.offset_months:
        value = (
            cal.shift_quarters(previous.value, mention.offset_months)
            if mention.precision == "quarter"
            else cal.shift_months(previous.value, mention.offset_months)
        )
        return replace(mention, value=value, precision=cal.precision_of(value), kind="absolute")
    value = previous.value
    if mention.offset_days and len(value) == 10:
        value = cal.day_value(dt.date.fromisoformat(value) + dt.timedelta(mention.offset_days))
    if mention.precision == "month":
        value = cal.truncate(value, "month") or value
    elif mention.precision == "week" and len(value) == 10:
        # "The same week" as a day told before: its working week, Monday to Friday.
        window, _ = cal.working_week(dt.date.fromisoformat(value))
        if window is None:
            return replace(mention, value=None, kind="unknown", precision="unknown")
        value = window
    return replace(mention, value=value, precision=cal.precision_of(value), kind="absolute")


# A year naming a meeting's edition ("2024年世界肺癌大会") dates no milestone.
_MEETING_AFTER = re.compile(r"[^，。；、\d]{0,12}?(?:大会|年会|会议)")


def _names_meeting(text: str, end: int) -> bool:
    return text.startswith("年", end - 1) and bool(_MEETING_AFTER.match(text, end))


# "a framework that lets regulators review drugs at the same time", "can be filed
# simultaneously": how a scheme works, not when an event happened.
_SIMULTANEITY = ("at the same time", "simultaneously")
_MANNER_BEFORE = re.compile(
    r"\b(?:lets?|allows?|allowing|enables?|enabling|permits?|can|may)\b[^.;,]{0,60}$",
    re.IGNORECASE,
)


def _tells_manner(text: str, match: re.Match[str]) -> bool:
    if match.group().lower() not in _SIMULTANEITY:
        return False
    return bool(_MANNER_BEFORE.search(text, max(0, match.start() - 80), match.start()))
