"""Find date expressions (English and Chinese) and resolve them against publication."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from service.extract import calendar as cal

_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
_WD = r"(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PREP = (
    r"(?i:in|since|during|from|of|by|until|back in|later in|earlier in|early|late|mid-|mid|end of)"
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None
    precision: str
    # "absolute", "unknown" (explicitly undated, e.g. "recently"), "anaphor", "future"
    kind: str = "absolute"
    conflict: dict[str, str] | None = None
    offset_months: int = 0


Resolver = Callable[[re.Match[str], dt.date | None], tuple[str | None, str, str]]


def _abs(value: str | None, precision: str) -> tuple[str | None, str, str]:
    if value is None:
        return None, "unknown", "future"
    return value, precision, "absolute"


def _iso(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return _abs(f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}", "day")


def _full(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    try:
        day = dt.date(int(m["y"]), _month(m), int(m["d"]))
    except ValueError:
        return None, "unknown", "future"
    return _abs(day.isoformat(), "day")


def _month_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return _abs(cal.month_value(int(m["y"]), _month(m)), "month")


def _month_day(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    day = cal.infer_day(_month(m), int(m["d"]), pub)
    return _abs(day.isoformat() if day else None, "day")


def _month_only(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    year = cal.infer_month_year(_month(m), pub)
    return _abs(cal.month_value(year, _month(m)) if year else None, "month")


def _quarter(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    groups = m.groupdict()
    quarter = int(groups["qn"]) if groups.get("qn") else cal.ORDINALS[groups["qw"].lower()]
    year = int(m["y"]) if m["y"] else (pub.year if pub else None)
    if year is None:
        return None, "unknown", "unknown"
    return _abs(cal.quarter_value(year, quarter), "quarter")


def _year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return _abs(m["y"], "year")


def _weekday(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    strict = m.group().lower().startswith(("last", "this past"))
    day = cal.last_weekday(pub, cal.WEEKDAYS[m["wd"][:3].lower()], strict)
    return _abs(day.isoformat(), "day")


def _relative(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    phrase = re.sub(r"\s+", " ", m.group().lower())
    for key, resolve in _RELATIVE_PHRASES:
        if key in phrase:
            return resolve(pub)
    return None, "unknown", "unknown"


def _week_window(pub: dt.date, weeks_back: int) -> tuple[str | None, str, str]:
    monday = pub - dt.timedelta(days=pub.weekday() + 7 * weeks_back)
    last = pub if weeks_back == 0 else monday + dt.timedelta(days=6)
    value, precision = cal.window(monday, last)
    return value, precision, "absolute"


def _weekend(pub: dt.date) -> tuple[str | None, str, str]:
    sunday = cal.last_weekday(pub, 6, strict=True)
    value, precision = cal.window(sunday - dt.timedelta(days=1), sunday)
    return value, precision, "absolute"


def _last_month(pub: dt.date) -> tuple[str | None, str, str]:
    return cal.shift_months(cal.month_value(pub.year, pub.month), -1), "month", "absolute"


_RELATIVE_PHRASES: tuple[tuple[str, Callable[[dt.date], tuple[str | None, str, str]]], ...] = (
    ("yesterday", lambda p: (cal.day_value(p - dt.timedelta(days=1)), "day", "absolute")),
    ("last week", lambda p: _week_window(p, 1)),
    ("weekend", _weekend),
    ("week", lambda p: _week_window(p, 0)),
    ("last month", _last_month),
    ("month", lambda p: (cal.month_value(p.year, p.month), "month", "absolute")),
    ("last year", lambda p: (f"{p.year - 1:04d}", "year", "absolute")),
    ("year", lambda p: (f"{p.year:04d}", "year", "absolute")),
    ("next", lambda p: (None, "unknown", "future")),
    ("later this", lambda p: (None, "unknown", "future")),
    ("", lambda p: (cal.day_value(p), "day", "absolute")),
)


def _explicit_unknown(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return None, "unknown", "unknown"


def _anaphor(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    phrase = m.group().lower()
    precision = "month" if ("month" in phrase or "月" in phrase) else "same"
    return None, precision, "anaphor"


def _zh_full(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    try:
        return _abs(dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), "day")
    except ValueError:
        return None, "unknown", "future"


def _zh_month_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    year = int(m["y"]) if m["y"] else _zh_year_word(m["yw"], pub)
    if year is None or not 1 <= int(m["m"]) <= 12:
        return None, "unknown", "unknown"
    return _abs(cal.month_value(year, int(m["m"])), "month")


def _zh_year_word(word: str | None, pub: dt.date | None) -> int | None:
    if pub is None or word is None:
        return None
    return pub.year - 1 if word == "去年" else pub.year


def _zh_month_day(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    day = cal.infer_day(int(m["m"]), int(m["d"]), pub)
    return _abs(day.isoformat() if day else None, "day")


def _zh_month(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None or not 1 <= int(m["m"]) <= 12:
        return None, "unknown", "unknown"
    year = cal.infer_month_year(int(m["m"]), pub)
    return _abs(cal.month_value(year, int(m["m"])) if year else None, "month")


def _zh_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if m["y"]:
        return _abs(m["y"], "year")
    year = _zh_year_word(m.group(), pub)
    return _abs(f"{year:04d}" if year else None, "year")


def _zh_today(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return (cal.day_value(pub), "day", "absolute") if pub else (None, "unknown", "unknown")


def _month(m: re.Match[str]) -> int:
    return cal.month_number(m["mon"])


_PATTERNS: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(pattern), resolver)
    for pattern, resolver in (
        (r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)", _iso),
        (rf"\b{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", _full),
        (rf"\b(?P<d>[0-3]?\d)\s+{_MON},?\s+(?P<y>(?:19|20)\d\d)\b", _full),
        (rf"\b[0-3]?\d\s*[-–]\s*[0-3]?\d\s+{_MON}", _month_only),
        (rf"\b{_MON}\s+[0-3]?\d\s*[-–]\s*[0-3]?\d\b", _month_only),
        (rf"\b{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d)", _month_day),
        (rf"\b{_MON},?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b", _month_year),
        (rf"\b(?:on|On)\s+(?P<d>[0-3]?\d)\s+{_MON}", _month_day),
        (
            rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Bb]y|[Uu]ntil|later in|earlier in)\s+"
            rf"{_MON}(?![.\s]*\d)",
            _month_only,
        ),
        (
            r"\b(?:the\s+)?(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
            r"(?:\s+of\s+(?P<y>(?:19|20)\d\d))?(?:\s+of\s+the\s+year)?",
            _quarter,
        ),
        (r"\bQ(?P<qn>[1-4])\s*,?\s*(?P<y>(?:19|20)\d\d)\b", _quarter),
        (
            r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|of|[Bb]y|[Uu]ntil|early|late|mid-?|end of|"
            r"back in)"
            r"\s+(?P<y>(?:19|20)\d\d)\b",
            _year,
        ),
        (rf"\b(?:(?:late|early)\s+on|on|last|this\s+past)\s+{_WD}\b", _weekday),
        (
            r"\b(?:[Tt]oday|this morning|tonight|[Yy]esterday|(?:[Ee]arlier |[Ll]ater )?[Tt]his "
            r"(?:week|month|year)|[Ll]ast (?:week|month|year)|[Nn]ext (?:week|month|year)|"
            r"[Oo]ver the weekend|this weekend|at the weekend)\b",
            _relative,
        ),
        (r"\b(?:[Rr]ecently|[Rr]ecent weeks)\b|近日|日前|近期", _explicit_unknown),
        (
            r"\b(?:[Ii]n\s+)?the same (?:month|day|week)\b|\b[Aa]t the same time\b"
            r"|\b[Ss]imultaneously\b|同月|同日|同时",
            _anaphor,
        ),
        (r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日", _zh_full),
        (
            r"(?:(?P<y>(?:19|20)\d\d)年|(?P<yw>今年|去年))(?P<m>\d{1,2})月(?!\d|份?\d)",
            _zh_month_year,
        ),
        (r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日", _zh_month_day),
        (r"(?<![\d年])(?P<m>\d{1,2})月(?![\d日])", _zh_month),
        (r"(?P<y>(?:19|20)\d\d)年(?!\d)|今年|去年", _zh_year),
        (r"今日|今天", _zh_today),
    )
)
_MONTH_HINTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ZH_HINTS = ("年", "月", "今日", "今天")
_HINTS: tuple[tuple[str, ...], ...] = (
    ("19", "20"), *([_MONTH_HINTS] * 8), ("quarter",), ("q1", "q2", "q3", "q4"), ("19", "20"),
    ("day",), ("today", "morning", "tonight", "yesterday", "week", "month", "year"),
    ("recent", "近日", "日前", "近期"), ("same", "simultaneous", "同月", "同日", "同时"),
    *([_ZH_HINTS] * 6),
)  # fmt: skip
_LATER = re.compile(r"\b(?P<n>\w+)\s+months?\s+later\b", re.IGNORECASE)
_DATELINE_TAIL = re.compile(r"\s*(?:--|–|—|-)\s")
# Dates that name a target, a programme launch or a listing rather than a milestone.
_BLOCKING = re.compile(
    r"(?:goal date(?: of)?|action date(?: of| is)?|PDUFA(?: date)?(?: of| is)?|target date(?: of)?|"
    r"launched(?: \w+){0,2}(?: on| in)?|listed(?: \w+){0,6} on|until|expected(?: \w+){0,2}|"
    r"deadline(?: of)?|decision[^.]{0,60} by|at the start of)\s*$",
    re.IGNORECASE,
)


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """All date mentions in order, with anaphors ("the same month") resolved."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    candidates = sorted(
        (
            (m, r)
            for (pattern, r), hints in zip(_PATTERNS, _HINTS, strict=True)
            if any(h in lowered for h in hints)
            for m in pattern.finditer(text)
        ),
        key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())),
    )
    for match, resolver in candidates:
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        taken.append((match.start(), match.end()))
        value, precision, kind = resolver(match, published)
        mention = DateMention(match.start(), match.end(), value, precision, kind)
        found.append(_check_dateline(text, mention, published))
    for match in _LATER.finditer(text) if "later" in lowered else ():
        months = cal.NUMBER_WORDS.get(match["n"].lower())
        if months:
            found.append(
                DateMention(match.start(), match.end(), None, "month", "anaphor", None, months)
            )
    found.sort(key=lambda d: d.start)
    return _resolve_anaphors(text, found)


def is_blocked(text: str, mention: DateMention) -> bool:
    return bool(_BLOCKING.search(text[max(0, mention.start - 60) : mention.start]))


def _resolve_anaphors(text: str, mentions: list[DateMention]) -> list[DateMention]:
    resolved: list[DateMention] = []
    previous: DateMention | None = None
    for mention in mentions:
        if mention.kind == "anaphor":
            mention = _from_previous(mention, previous)
        elif mention.kind == "absolute" and not is_blocked(text, mention):
            previous = mention
        resolved.append(mention)
    return resolved


def _from_previous(mention: DateMention, previous: DateMention | None) -> DateMention:
    if previous is None or previous.value is None:
        return replace(mention, kind="unknown", precision="unknown")
    if mention.offset_months:
        value = cal.shift_months(previous.value, mention.offset_months)
        return replace(mention, value=value, precision=cal.precision_of(value), kind="absolute")
    value = previous.value
    if mention.precision == "month":
        value = cal.truncate(value, "month") or value
    return replace(mention, value=value, precision=cal.precision_of(value), kind="absolute")


def _check_dateline(text: str, mention: DateMention, published: dt.date | None) -> DateMention:
    """A dateline whose year contradicts a recent publication date is a typo for this year."""
    if published is None or mention.value is None or mention.precision not in ("day", "month"):
        return mention
    line_start = text.rfind("\n", 0, mention.start) + 1
    prefix = text[line_start : mention.start]
    if len(prefix) > 60 or "." in prefix.replace("Mass.", "").replace("N.Y.", ""):
        return mention
    if not _DATELINE_TAIL.match(text, mention.end) or int(mention.value[:4]) == published.year:
        return mention
    fixed = f"{published.year:04d}{mention.value[4:]}"
    first_day = dt.date.fromisoformat(fixed if len(fixed) == 10 else fixed + "-01")
    if not 0 <= (published - first_day).days <= 62:
        return mention
    reason = "dateline year contradicts the publication date of a story reporting fresh news"
    return replace(mention, value=fixed, conflict={"stated": mention.value, "reason": reason})
