"""Find date expressions (English and Chinese) and resolve them against publication."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from service.extract import calendar as cal
from service.extract.date_patterns import HINTS, MONTH_ANCHORED, MONTH_WORD, PATTERNS
from service.extract.date_resolvers import DAY_SHIFTS, Resolver
from service.extract.rules import starts_word


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    # An unresolved anaphor may hold the suffix its resolved year takes ("-06" for 同年6月).
    value: str | None
    precision: str
    # "absolute", "unknown" (explicitly undated, e.g. "recently"), "anaphor", "future"
    kind: str = "absolute"
    conflict: dict[str, str] | None = None
    offset_months: int = 0
    # Days from the day named before ("the day before": -1).
    offset_days: int = 0
    # Names a target, a launch or a listing rather than when a milestone happened.
    blocked: bool = False


_ZH_BARE_MONTH = re.compile(r"\d{1,2}月")
# Abbreviated places in a dateline ("Mass.", "N.Y.", "Calif."): their dots end no sentence.
_PLACE_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){1,3}|\b[A-Z][a-z]{1,4}\.")
# "two months later", and "the following month" (one month after the date before it).
_LATER = re.compile(r"\b(?:(?P<n>\w+)\s+months?\s+later|the following month)\b", re.IGNORECASE)
_DATELINE_TAIL = re.compile(r"\s*(?:--|–|—|-)\s")
# Dates that name a target, a programme launch or a listing rather than a milestone.
_BLOCKING = re.compile(
    r"(?:goal date(?: of)?|action date(?: of| is)?|PDUFA(?: date)?(?: of| is)?|target date(?: of)?|"
    # "the target date of the PDUFA was set as November 30"
    r"(?:goal|target|action) date\b[^.;]{0,60}?\b(?:set (?:as|for|to|at)|scheduled for|falls on)|"
    r"launched(?: \w+){0,2}(?: on| in)?|listed(?: \w+){0,6} on|until|expected(?: \w+){0,2}|"
    r"deadline(?: of)?|decision[^.]{0,60} by|at the start of|"
    # A frame for what follows: "Looking back to this year, it filed in March; …".
    r"looking back (?:to|at|on|over)(?: the)?)\s*$",
    re.IGNORECASE,
)

_BLOCKING_WORDS = (
    "date", "pdufa", "launched", "listed", "until", "expected", "deadline", "decision", "start",
    "looking back",
)  # fmt: skip


def find_dates(
    text: str, published: dt.date | None, spans: list[tuple[int, int]] | None = None
) -> list[DateMention]:
    """Date mentions in order (within `spans` when given), anaphors ("the same month") resolved."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    regions = spans if spans is not None else [(0, len(text))]
    # A release reprinted after its dateline: "today" means the dateline's day.
    published = _dateline_day(text, published) or published
    candidates = sorted(
        _candidates(text, lowered, regions),
        key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())),
    )
    for match, resolver in candidates:
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        taken.append((match.start(), match.end()))
        value, precision, kind = resolver(match, published)
        blocked = is_blocked(text, match.start()) or _names_meeting(text, match.end())
        shift = DAY_SHIFTS.get(match.group().lower(), 0) if kind == "anaphor" else 0
        mention = DateMention(
            match.start(), match.end(), value, precision, kind, blocked=blocked, offset_days=shift
        )
        found.append(_check_dateline(text, mention, published))
    later = (
        [m for s, e in regions for m in _LATER.finditer(text, s, e)]
        if "later" in lowered or "the following month" in lowered
        else []
    )
    for match in later:
        months = cal.NUMBER_WORDS.get(match["n"].lower()) if match["n"] else 1
        if months:
            found.append(
                DateMention(
                    match.start(), match.end(), None, "month", "anaphor", None, months,
                    blocked=is_blocked(text, match.start()),
                )
            )  # fmt: skip
    found.sort(key=lambda d: d.start)
    return _resolve_anaphors(text, _check_lead_year(text, found, published))


def _candidates(
    text: str, lowered: str, regions: list[tuple[int, int]]
) -> list[tuple[re.Match[str], Resolver]]:
    month_regions = _month_windows(text, regions)
    present: dict[tuple[str, ...], bool] = {}  # several patterns share hints: test them once
    found = []
    for (pattern, resolver, need, avoid), hints, anchored in zip(
        PATTERNS, HINTS, MONTH_ANCHORED, strict=True
    ):
        if not anchored:
            hinted = present.get(hints)
            if hinted is None:
                hinted = present[hints] = any(h in lowered for h in hints)
            if not hinted:
                continue
        for start, end in month_regions if anchored else regions:
            for m in pattern.finditer(text, start, end):
                if starts_word(text, m.start()) and _fits(text, m.start(), need, avoid):
                    found.append((m, resolver))
    return found


def _month_windows(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of the regions around each month word, wide enough for any date form."""
    windows: list[tuple[int, int]] = []
    for start, end in regions:
        for m in MONTH_WORD.finditer(text, start, end):
            low, high = max(start, m.start() - 16), min(end, m.end() + 40)
            if windows and low <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
            else:
                windows.append((low, high))
    return windows


def _fits(
    text: str, start: int, need: re.Pattern[str] | None, avoid: re.Pattern[str] | None
) -> bool:
    before = text[max(0, start - 25) : start]
    if need is not None and not need.search(before):
        return False
    return avoid is None or not avoid.search(before)


def is_blocked(text: str, start: int) -> bool:
    before = text[max(0, start - 90) : start]
    lowered = before.lower()
    if not any(word in lowered for word in _BLOCKING_WORDS):
        return False  # a literal test is far cheaper than the end-anchored pattern
    return bool(_BLOCKING.search(before))


def _resolve_anaphors(text: str, mentions: list[DateMention]) -> list[DateMention]:
    resolved: list[DateMention] = []
    previous: DateMention | None = None
    previous_day: DateMention | None = None
    for mention in mentions:
        if mention.kind == "anaphor":
            # "On the same day in December" skips a coarser date in between ("last June").
            day = mention.precision == "day" and mention.value is None
            mention = _from_previous(mention, previous_day if day else previous)
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
    """A bare Chinese month later in the sentence of a dated one ("2022年2月…；9月，…") is
    of that year, not the last such month before publication."""
    if previous is None or previous.value is None or mention.value is None:
        return mention
    if not _ZH_BARE_MONTH.fullmatch(text, mention.start, mention.end):
        return mention
    if "。" in text[previous.end : mention.start]:
        return mention
    grafted = previous.value[:4] + mention.value[4:7]
    if previous.value[:4] >= mention.value[:4] or grafted < previous.value[:7]:
        return mention
    return replace(mention, value=grafted)


def _from_previous(mention: DateMention, previous: DateMention | None) -> DateMention:
    if previous is None or previous.value is None:
        return replace(mention, value=None, kind="unknown", precision="unknown")
    if mention.value is not None and mention.value.startswith("-"):
        grafted = previous.value[:4] + mention.value  # 同年6月: the earlier date's year
        return replace(mention, value=grafted, precision=cal.precision_of(grafted), kind="absolute")
    if mention.precision == "year":
        return replace(mention, value=previous.value[:4], precision="year", kind="absolute")
    if mention.offset_months:
        value = cal.shift_months(previous.value, mention.offset_months)
        return replace(mention, value=value, precision=cal.precision_of(value), kind="absolute")
    value = previous.value
    if mention.offset_days and len(value) == 10:
        value = cal.day_value(dt.date.fromisoformat(value) + dt.timedelta(mention.offset_days))
    if mention.precision == "month":
        value = cal.truncate(value, "month") or value
    return replace(mention, value=value, precision=cal.precision_of(value), kind="absolute")


def _dateline_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a dateline at the head of the text states, when the story was published
    within a month after it."""
    if published is None:
        return None
    # Pages often put a headline and a byline above the dateline: look at the first lines.
    for head in text[:600].split("\n")[:4]:
        day = _stated_dateline(head[:120], published)
        if day is not None:
            return day
    return None


def _stated_dateline(head: str, published: dt.date) -> dt.date | None:
    for pattern, resolver, _, _ in PATTERNS[:3]:  # ISO and full "Month day, year" dates
        match = pattern.search(head)
        if match is None or match.start() > 60:
            continue
        if not _DATELINE_TAIL.match(head, match.end()):
            continue
        value, precision, _ = resolver(match, published)
        if value is not None and precision == "day":
            day = dt.date.fromisoformat(value)
            if 0 < (published - day).days <= 31:
                return day
    return None


def _check_dateline(text: str, mention: DateMention, published: dt.date | None) -> DateMention:
    """A dateline whose year contradicts a recent publication date is a typo for this year."""
    if published is None or mention.value is None or mention.precision not in ("day", "month"):
        return mention
    line_start = text.rfind("\n", 0, mention.start) + 1
    prefix = text[line_start : mention.start]
    if len(prefix) > 60 or "." in _PLACE_ABBREVIATION.sub("", prefix):
        return mention
    if not _DATELINE_TAIL.match(text, mention.end) or int(mention.value[:4]) == published.year:
        return mention
    fixed = f"{published.year:04d}{mention.value[4:]}"
    first_day = dt.date.fromisoformat(fixed if len(fixed) == 10 else fixed + "-01")
    if not 0 <= (published - first_day).days <= 62:
        return mention
    reason = "dateline year contradicts the publication date of a story reporting fresh news"
    return replace(mention, value=fixed, conflict={"stated": mention.value, "reason": reason})


# A year naming a meeting's edition ("2024年世界肺癌大会") dates no milestone.
_MEETING_AFTER = re.compile(r"[^，。；、\d]{0,12}?(?:大会|年会|会议)")


def _names_meeting(text: str, end: int) -> bool:
    return text.startswith("年", end - 1) and bool(_MEETING_AFTER.match(text, end))


# How far into the text a lead's date may sit, and how recent its corrected day must be.
_LEAD_REACH = 700
_LEAD_FRESH_DAYS = 14
# What may open a lead before its date: a few words ("Securities Times news, on").
_LEAD_OPENING = re.compile(r"\W*(?:[A-Za-z]+\W+){0,6}?$")


def _opens_the_news(text: str, mentions: list[DateMention], lead: DateMention) -> bool:
    """The day dates the lead's own event: it opens its sentence ("On May 28, 2024, X
    announced"), or is the first date of a sentence that opens with a dateline ("Boston, May
    2, 2025 -- X has on May 1, 2024 obtained") and tells no "today" of its own."""
    opened = max(text.rfind("\n", 0, lead.start), text.rfind(". ", 0, lead.start)) + 1
    if _LEAD_OPENING.match(text, opened, lead.start):
        return True
    before = [m for m in mentions if opened <= m.start < lead.start]
    closed = text.find(". ", lead.end)
    told = text[opened : closed if closed >= 0 else len(text)].lower()
    return (
        len(before) == 1
        and _DATELINE_TAIL.match(text, before[0].end) is not None
        and "today" not in told
    )


def _check_lead_year(
    text: str, mentions: list[DateMention], published: dt.date | None
) -> list[DateMention]:
    """The lead's day whose year is one off the publication's, and which that year would
    put within days before publication, is a typo for this year: news leads with fresh
    events ("On August 21, 2023, ..." in a story of 22 August 2024)."""
    if published is None:
        return mentions
    # The first day of another year than publication's (a dateline before it has the right one).
    lead = next(
        (
            m
            for m in mentions
            if m.kind == "absolute" and m.precision == "day" and m.value is not None
            and not m.value.startswith(str(published.year))
        ),
        None,
    )  # fmt: skip
    if lead is None or lead.value is None or lead.start > _LEAD_REACH:
        return mentions
    if lead.conflict is not None or abs(int(lead.value[:4]) - published.year) != 1:
        return mentions
    if not _opens_the_news(text, mentions, lead):
        return mentions
    fixed = f"{published.year:04d}{lead.value[4:]}"
    try:
        age = (published - dt.date.fromisoformat(fixed)).days
    except ValueError:
        return mentions
    if not 0 <= age <= _LEAD_FRESH_DAYS:
        return mentions
    reason = "the lead's year contradicts the publication date of a story reporting fresh news"
    corrected = replace(lead, value=fixed, conflict={"stated": lead.value, "reason": reason})
    return [corrected if m is lead else m for m in mentions]
