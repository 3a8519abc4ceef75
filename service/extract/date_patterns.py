"""Date expressions (English and Chinese): the patterns, and which resolver reads each."""

from __future__ import annotations

import re

from service.extract import attributive_months as months
from service.extract import calendar as cal
from service.extract import chinese_numerals as numerals
from service.extract import counter_dates as counters
from service.extract import date_resolvers as en
from service.extract import date_resolvers_zh as zh
from service.extract import day_spans, eras, holidays
from service.extract import elapsed_dates as elapsed
from service.extract import lunar_calendar as lunar
from service.extract import numeric_dates as numeric
from service.extract import week_windows as weeks
from service.extract import year_periods as periods
from service.extract.date_phrases import (
    ANAPHOR,
    DAY_SHIFT,
    PHRASE_WIDTHS,
    RECENT,
    RELATIVE,
    WEEKDAY,
    WEEKDAY_NAME,
)
from service.extract.keywords import literal_alternation
from service.extract.leads import minimal_leads
from service.extract.numeric_dates import DIGIT_BEFORE
from service.extract.vocabulary import LISTED_PLACE, TICK

_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
# A month, named or abbreviated, as a plain group (no capture): other modules read it too.
MONTH_NAME = _MON.replace("(?P<mon>", "(?:")
# The first of two months sharing one year ("January and May 2023") is read by its own row.
_NOT_PAIRED = rf"(?!\s+(?:and|or|&)\s+{MONTH_NAME}\.?,?\s+(?:19|20)\d\d)"

# "in mid-November", "at the end of May": a part of the month still names the month; so
# does a month in brackets after what happened in it ("approvals from the FDA (June)").
_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|during|from|by|until|later in|earlier in|back in|at (?:its|the|their))\s+"
    # A week or a half of the month ("in the first week of February") still names the month;
    # translated copy names the month as a noun ("in the month of November", nel mese di).
    r"(?:(?:early|mid|late)[\s-]+|the\s+month\s+of\s+)?|\b(?:end|middle|start|beginning|(?:first|second|third|"
    r"fourth|final|last) (?:week|half|fortnight)) of\s+|\bmid-|\()$",
    re.IGNORECASE,
)
# "approved it that August": a month of the year named before.
_THAT = re.compile(r"\b[Tt]hat\s+$")
# A half names its year, as precisely as the spec's precisions allow: "initiated in 1H 2025".
_YEAR_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|during|from|of|by|until|early|late|mid|end of|back in|[12]H|H[12])[\s-]+"
    # Copy translated from German or Italian names the year as a noun: "im Jahr 2022", "in the
    # year 2022", "nell'anno 2023".
    r"(?:the\s+year\s+)?"
    # A year told as how long ago: "as early as 2021", "as far back as 2019".
    r"|\bas\s+(?:early|far\s+back|long\s+ago)\s+as\s+"
    rf"|{LISTED_PLACE}"
    # A ticked item's date in brackets after the tick: "EU orphan designation [done] (2025)".
    rf"|{TICK}[ \t]*[(（])$",
    re.IGNORECASE,
)
# Wire copy drops the "on": "disclosed late Friday", "signed off Monday", "a list posted
# Thursday", "clearance came Wednesday" (a past verb; not "expected Friday", a plan).
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:on|last|this past|late|early|said|came|won|got|took|gave|made|held|sent|"
    r"(?!(?:expect|schedul|plann|slat|want|need)ed\b)[a-z]+ed(?:\s+(?:off|up|out))?)\s+$",
    re.IGNORECASE,
)
_BRACKET_OPEN = re.compile(r"\($")
_ZH_DIGIT_BEFORE = re.compile(r"[\d年]$")
# The first and last days of a span in one month: "15日至18日", "15-18日".
_ZH_DAY_SPAN = r"\d{1,2}日?\s*(?:至|到|[-–—~～])\s*\d{1,2}日"
_ZH_DAY_BEFORE = re.compile(r"[\d年月第]$")

_YEAR = r"(?P<y>(?:19|20)\d\d)\b"
_WEEK_OF = r"\b[Ww]eek\s+of\s+"
_OF_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
_LINE_YEAR = r"(?<![^\n])(?P<y>(?:19|20)\d\d)(?=[ \t]*[-–—:|][ \t]|\t| {2,}\S)"

# (pattern, resolver, text that must precede, text that must not precede)
# A weekday naming the day a day-first date then states: "Thursday, 11 September".
_WEEKDAY_LEAD = r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?"

_DAY_SPANS = day_spans.rows(_MON)
_TABLE: tuple[tuple[str, en.Resolver, re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    *numeric.ROWS,
    # A week named by its day: "during the week of Oct. 28" (see `week_windows`).
    (rf"{_WEEK_OF}{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b{_OF_YEAR}", weeks.week_of, None, None),
    (
        rf"{_WEEK_OF}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}{_OF_YEAR}",
        weeks.week_of, None, None,
    ),
    (rf"{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", en.full, None, None),
    (
        # (Spanish copy translated: "5 of February of 2026", 5 de febrero de 2026.)
        rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b",
        en.full, None, None,
    ),
    # A span of days in one month ("16-19 June", "from 16 to 19 June"): its month.
    *_DAY_SPANS,
    (rf"{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d)", en.month_day, None, None),
    # (A table's cell writes it with a hyphen: "Sep-2025".)
    (rf"{_MON}(?:,?\s+(?:of\s+)?|-)(?P<y>(?:19|20)\d\d)\b", en.month_year, None, None),
    # Day first, as British and translated copy write it: "on 18th December", "in the 14th
    # November US time"; an ordinal needs no preposition ("announced 19th December"), nor a
    # document's date ("a letter dated 19 September"), nor Spanish copy's "el pasado 25 de
    # septiembre" translated ("emitted the past 25 of September").
    # (A weekday may stand for the preposition: "approved on Thursday, 11 September".)
    (
        rf"(?:(?:(?:[Oo]n|[Ii]n|dated)\s+(?:the\s+)?(?:past\s+)?|\b[Tt]he\s+past\s+|"
        rf"{_WEEKDAY_LEAD})"
        rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?|(?P<od>[0-3]?\d)"
        rf"(?:st|nd|rd|th))\s+(?:of\s+)?{_MON}(?!,?\s*(?:of\s+)?(?:19|20)\d\d)",
        en.month_day, None, None,
    ),
    (
        rf"{_MON},?\s+(?:of\s+)?(?P<y>)(?P<rel>last|this|next)\s+year\b",
        en.month_relative_year, None, None,
    ),
    # Translated copy keeps Chinese order, the year first: "in last year December" (去年12月).
    (
        rf"(?P<y>)\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+year(?:'s)?\s+{_MON}(?![.\s]*\d)",
        en.month_relative_year, None, None,
    ),
    (rf"(?:last|Last|this past|This past)\s+{_MON}(?![.\s]*\d)", en.last_month_named, None, None),
    (rf"{_MON}(?![.\s]*\d){_NOT_PAIRED}", en.month_only, _PREPOSITION, None),
    (rf"{_MON}(?![.\s]*\d){_NOT_PAIRED}", en.that_month, _THAT, None),
    (rf"{_MON}(?=['’]s\s)", en.month_only, None, months.NAMED_YEAR_BEFORE),
    (rf"{_MON}(?![.\s]*\d){_NOT_PAIRED}", en.month_only, months.OWNER_BEFORE, None),
    *periods.ROWS,
    (_YEAR, en.year, _YEAR_PREPOSITION, None),
    # A year alone in brackets after what happened in it, as a month may be: "granted
    # Breakthrough Therapy designation (2023)" (not "(2023 data)", "(2021-2023)").
    (rf"{_YEAR}(?=\))", en.year, _BRACKET_OPEN, None),
    # A timeline's entry opens its line with its year: "2018 - IND cleared", "2021:  BTD".
    (_LINE_YEAR, en.year, None, None),
    # Brazilian and Portuguese copy give the weekday's day of month in brackets: "approved
    # this Monday (9)" is the 9th, whichever way "this" points; or its day and month, day
    # first: "this Monday (10/3)" is 10 March.
    (
        rf"(?:[Tt]his|[Ll]ast|[Oo]n)\s+(?:past\s+)?{WEEKDAY_NAME}\s+"
        r"\((?P<d>[0-3]?\d)(?:/(?P<dm>[01]?\d))?(?P<rel>)\)",
        en.day_of_month, None, None,
    ),
    (WEEKDAY, en.weekday, _WEEKDAY_BEFORE, None),
    (RELATIVE, en.relative, None, None),
    (RECENT, en.explicit_unknown, None, None),
    (ANAPHOR, en.anaphor, None, None),
    (r"(?:同|当)年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?", zh.same_year, None, None),
    (r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日", zh.full, None, None),
    (
        r"(?:(?P<y>(?:19|20)\d\d)年|(?P<yw>今年|去年))(?P<m>\d{1,2})月(?!\d|份?\d)",
        zh.month_year, None, None,
    ),
    # A span of days in one month ("9月15日至18日召开的例会") holds no one day: its month.
    (
        rf"(?P<y>(?:19|20)\d\d)年(?P<yw>)(?P<m>\d{{1,2}})月{_ZH_DAY_SPAN}",
        zh.month_year, None, None,
    ),
    (rf"(?P<m>\d{{1,2}})月{_ZH_DAY_SPAN}", zh.month, None, _ZH_DIGIT_BEFORE),
    (r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日", zh.month_day, None, _ZH_DIGIT_BEFORE),
    (r"(?P<m>\d{1,2})月(?![\d日])", zh.month, None, _ZH_DIGIT_BEFORE),
    # A quarter, a half or a part of a year, in Chinese (see `year_periods`).
    *periods.ZH_ROWS,
    (r"(?P<y>(?:19|20)\d\d)年(?!\d)|今年|去年", zh.year, None, None),
    (r"今日|今天", zh.today, None, None),
    # Taiwan's press puts the day of the month inside today or yesterday: "今（10）日公告",
    # "昨（7）日晚间发布": that day, of the latest month it is not after publication.
    (r"[今昨][（(](?P<d>[0-3]?\d)[）)]日(?P<rel>)", en.day_of_month, None, None),
    # Filings and notices spell dates in Chinese numerals: "二〇二五年三月十一日", "三月十一日".
    (numerals.FULL, numerals.numeral_date, None, None),
    (numerals.MONTH_DAY, numerals.numeral_month_day, None, numerals.NUMERAL_BEFORE),
    # The days around the Spring Festival, told in the lunar calendar: "腊月二十八".
    (lunar.LUNAR_DAY, lunar.lunar_day, None, None),
    # "上周五" is a day of last week: "7月11日（上周五）" restates the day it follows.
    (
        r"昨日|昨天|(?:上个?|本)月|(?:上|本)(?:周|星期)(?P<wd>[一二三四五六日天])?",
        zh.relative, None, None,
    ),
    # A day of the month alone, in translated copy and roundups: "on the 3rd, the NMPA…",
    # "on the 5th of this month", "3日晚间" (not "the 36th novel drug", "on the 5th day").
    # Korean and Japanese copy tell the day before "that", a time zone or a place: "announced
    # on the 16th that…", "on the 4th (local time)", "on the 2nd (Korean time)"; machine
    # translation may drop the article: "said on 22nd that it approved".
    (
        r"[Oo]n\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?P<rel>)"
        # (Whole words: "on the 20th anniversary" is no day.)
        r"(?=\s*[,.;:)]|\s+(?:(?:the|a|an|as|it|its|they|we|this|that|and|at|in|from|to|after|"
        r"via|through|with|for|by|under|upon|following|when|local\s+time)\b|\((?:local|[A-Z]{2,4}\b|[A-Za-z]+\s+time\b))"
        r"|\s+[A-Z])"
        r"|(?:[Tt]he\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<rel2>this|last)\s+month\b"
        # Translated copy keeps 上月28日's order: "on last month 28th", "this month 3rd".
        r"|\b(?P<rel3>[Tt]his|[Ll]ast)\s+month\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)\b",
        en.day_of_month, None, None,
    ),
    (
        r"(?:(?P<rel>本|上)月)?(?P<d>\d{1,2})日(?!\d|内|以内|后)",
        en.day_of_month, None, _ZH_DAY_BEFORE,
    ),
    (rf"{WEEKDAY_NAME}\s+(?:of\s+)?(?P<rel>last|this)\s+week\b", en.weekday_of_week, None, None),
    (DAY_SHIFT, en.anaphor, None, None),
    # "filed in the spring": a season spans months, so it names only its year.
    (
        r"(?:[Ii]n|[Dd]uring)\s+the\s+(?P<season>spring|summer|autumn|fall)\b(?!\s+(?:of\b|\d))",
        en.season, None, None,
    ),
    # Told by the time elapsed to publication: "last spring", "three months ago".
    (elapsed.LAST_SEASON, elapsed.last_season, None, None),
    (elapsed.AGO, elapsed.ago, None, None),
    # "in January and May 2023": the first month takes the year the second one names.
    (
        rf"{_MON}(?=\s+(?:and|or|&)\s+{MONTH_NAME}\.?,?\s+(?P<y>(?:19|20)\d\d)\b)",
        en.month_year, None, None,
    ),
    # Translated copy keeps the Chinese order and counters (see `counter_dates`).
    *counters.ROWS,
    # Or names the month after the counted year: "in 2022 year June" (2022年6月). (Its month
    # group is not `_MON`'s, so the row runs only where its hints are, not at every month.)
    (
        rf"(?P<y>(?:19|20)\d\d)\s+year\s+(?P<mon>{MONTH_NAME})"
        r"(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th|\s+day)?\b(?!,?\s*\d))?",
        en.year_then_month, None, None,
    ),
    # Or with no counter at all: "designated in 2024 June", "filed in 2025 April 3". (Spaces
    # only: a year ending a line is no month's, "… in 2024\nJune 3 (Reuters) -".)
    (
        rf"(?P<y>(?:19|20)\d\d)[ \t]+{_MON}"
        r"(?:[ \t]+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d))?",
        en.year_then_month, None, None,
    ),
    # A year of an era: "Reiwa 4 year (2022 year) 3 month", "民國113年3月" (see `eras`).
    (eras.ENGLISH, eras.era_year, None, DIGIT_BEFORE),
    (eras.CHINESE, eras.era_year, None, DIGIT_BEFORE),
    # "on the day before Thanksgiving", "on Christmas Eve" (see `holidays`).
    (holidays.HOLIDAY, holidays.holiday, None, None),
)  # fmt: skip
PATTERNS = tuple((re.compile(p), r, need, avoid) for p, r, need, avoid in _TABLE)
# Patterns naming a month only run in small windows around a capitalised month word.
MONTH_ANCHORED = tuple(_MON in p for p, _, _, _ in _TABLE)
# Of those, the patterns whose matches start with the month word.
MONTH_LEADING = tuple(p.startswith(_MON) for p, _, _, _ in _TABLE)
# Rows whose every match holds one of the row's hints (below): the longest match, so that
# the row need only run around the hints the text holds. None where a hint is only likely.
WIDTHS = tuple(PHRASE_WIDTHS.get(p) for p, _, _, _ in _TABLE)
# Rows whose matches start with one of at most two literals ("19" or "20"): searching the
# text for those strings finds where to try the row sooner than the regex engine's scan.
LEADS = tuple(
    leads if leads is not None and len(leads) <= 2 else None
    for leads in (minimal_leads(p) for p, _, _, _ in _TABLE)
)
# An ISO date starts with a year, which the year row finds (its four digits end at the "-"), and
# ISO dates never overlap: the ISO row need only be tried where the year row matched.
_SOURCES = [p for p, _, _, _ in _TABLE]
AT_YEARS = _SOURCES.index(numeric.ISO)
YEARS = _SOURCES.index(_YEAR)
# The rows that write a day with its year, as a dateline does (ISO, numeric, full): chosen by
# what they resolve, so that a row added to the table cannot push one out.
DAY_ROWS = tuple(
    i for i, (_, resolver, _, _) in enumerate(_TABLE) if resolver in (en.iso, en.numeric, en.full)
)
MONTH_WORD = re.compile(literal_alternation(m.capitalize() for m in cal.MONTHS))
_MONTH_HINTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ZH_HINTS = ("年", "月", "今日", "今天")
# Likelier hints first: the test of a row stops at the first one found.
HINTS: tuple[tuple[str, ...], ...] = (
    *numeric.HINTS,
    *([_MONTH_HINTS] * (14 + len(_DAY_SPANS))),
    *periods.HINTS, ("20", "19"), ("20", "19"), ("20", "19"),
    ("day (",), ("day",), ("today", "tonight", "yesterday", "weekend", "this ", "last ", "next "),
    ("recent", "近日", "日前", "近期"),
    ("same", "simultaneous", "hours later", "later that", "earlier that", "very day", "同一",
     "in the month", "that month", "of the month",
     "同月", "同日", "同周", "同时", "当天", "当日", "当月", "当周"),
    ("同年", "当年"),
    *([_ZH_HINTS] * 6), *periods.ZH_HINTS, *([_ZH_HINTS] * 2),
    ("今（", "昨（", "今(", "昨("), ("年",), ("月",), lunar.HINTS,
    ("月", "昨", "周", "星期", "去年", "今年"),
    (*(f"on{the} {n}" for the in ("", " the") for n in range(1, 10)), "of this month",
     "of last month", "s month ", "t month "), ("日",),
    ("day last week", "day this week", "day of last week", "day of this week"),
    ("day before", "day earlier", "previous day", "day after", "day later", "next day",
     "following day", "前一", "次日", "翌日", "第二天"),
    ("the spring", "the summer", "the autumn", "the fall"),
    elapsed.SEASON_HINTS, elapsed.HINTS,
    _MONTH_HINTS,
    *counters.HINTS,
    tuple(f"{n} year " for n in range(10)), _MONTH_HINTS, eras.ENGLISH_HINTS, eras.CHINESE_HINTS,
    holidays.HINTS,
)  # fmt: skip
