"""Parts of a year: its quarters ("the third quarter of 2025", "Q1 2025", "2Q25",
"2025-Q3"), its halves ("2025H2", "1H24") and its start and end ("early 2025", "the end
of last year"), and in Chinese ("第四季度", "上半年", "年底"); the rows `date_patterns` reads
them by."""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract import date_resolvers as en
from service.extract import date_resolvers_zh as zh
from service.extract.date_phrases import phrases


def since_new_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "Since the beginning of the year": New Year's day to publication, at the finest
    precision that holds them both (January's month, the first quarter, or the year)."""
    if pub is None:
        return None, "unknown", "unknown"
    value, precision = cal.window(dt.date(pub.year, 1, 1), pub)
    return en.absolute(value, precision)


def half_of_this_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "In the first half of the year": a half spans two quarters, so only its year holds
    it; one that starts after publication is a plan."""
    if pub is None:
        return None, "unknown", "unknown"
    starts = dt.date(pub.year, 1 if m["h"].lower() == "first" else 7, 1)
    return f"{pub.year:04d}", "year", "future" if starts > pub else "absolute"


_PERIOD_PREPOSITION = re.compile(r"\b(?:in|during|since|through|until|of)\s+(?:the\s+)?$", re.I)

# (pattern, resolver, text that must precede, text that must not precede), as in `date_patterns`.
ROWS: tuple[tuple[str, en.Resolver, re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    (
        # A year's "final quarter" is its fourth (not "the last quarter", the one just past).
        r"(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th"
        r"|(?:final|last)(?=\s+quarter\s+of\s+(?:(?:19|20)\d\d|this\s+year|last\s+year)))\s+quarter"
        r"(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|the\s+year|(?P<rel>this|last)\s+year))?",
        en.quarter, None, None,
    ),
    # "Q1 2025", and slide shorthand "4Q 2025"; or its year named from this one ("in Q2
    # last year").
    (
        r"(?:Q(?P<qn>[1-4])|(?P<qn2>[1-4])Q)\s*,?\s*"
        r"(?:(?P<y>(?:19|20)\d\d)\b|(?P<rel>last|this)\s+year\b)",
        en.quarter, None, None,
    ),
    # Investor copy shortens the year: "approved in 2Q25", "during Q3'24" (a bare "Q125" is
    # more likely a code). Only after a preposition: a bare one heads a calendar's slot or
    # fills a table's "next event" column ("1Q25 — first patient dosed"), a schedule.
    (
        r"(?:Q(?P<qn>[1-4])['’-]|(?P<qn2>[1-4])Q['’]?)(?P<yy>\d\d)(?![\w%])",
        en.short_period, _PERIOD_PREPOSITION, None,
    ),
    # Reports and trackers put the year first: "2025Q1", "2025-Q3" (the spec's own form),
    # and so a half: "2025H2".
    (r"(?<!\d)(?P<y>(?:19|20)\d\d)[\s-]?Q(?P<qn>[1-4])(?!\d)", en.quarter, None, None),
    (r"(?<!\d)(?P<y>(?:19|20)\d\d)[\s-]?H(?P<hn>[12])(?!\d)", en.year_half, None, None),
    # And its halves: "dosed in 1H24", "approved during H2'25".
    (
        r"(?:(?P<hn>[12])H['’]?|H(?P<hn2>[12])['’-])(?P<yy>\d\d)(?![\w%])",
        en.short_period, _PERIOD_PREPOSITION, None,
    ),
    (
        "(?P<part>"
        + phrases("early", "late", "the end of", "end of", "the start of", "start of",
                   "the beginning of", "beginning of")
        + r")[\s-]+"
        r"(?:(?P<y>(?:19|20)\d\d)\b|(?P<rel>last|this|next)\s+year\b)",
        en.part_of_year, None, None,
    ),
    (
        r"\b(?:[Ss]ince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year"
        r"|[Ss]o\s+far\s+this\s+year)\b",
        since_new_year, None, None,
    ),
    (r"\b(?P<h>first|second)\s+half\s+of\s+(?:the|this)\s+year\b", half_of_this_year, None, None),
)  # fmt: skip
# Each row's hints, as `date_patterns.HINTS` reads them.
HINTS: tuple[tuple[str, ...], ...] = (
    ("quarter",),
    ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),
    ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),
    ("q1", "q2", "q3", "q4"),
    ("h1", "h2"),
    ("1h", "2h", "h1", "h2"),
    ("early", "late ", "late-", "end of", "start of", "beginning of"),
    ("of the year", "of this year", "far this year"),
    ("half of the year", "half of this year"),
)  # fmt: skip

# A period of another year ("明年第一季度", "前年底", "当年年底", "二〇二四年上半年"), or
# of every year ("每季度"), is not this year's.
_ZH_PERIOD_BEFORE = re.compile(r"[\d年明前当同每〇零一二三四五六七八九十]$")
ZH_ROWS: tuple[tuple[str, en.Resolver, re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    # A quarter, a half or a part of a year, its year named or this one: "去年第四季度",
    # "第二季度", "上半年", "年初", "去年底" (not "明年第一季度", "每季度", "年初至今").
    (
        r"(?:(?P<y>(?:19|20)\d\d)年|(?P<yw>今年|去年))?第?(?P<qw>[一二三四])季度",
        zh.quarter, None, _ZH_PERIOD_BEFORE,
    ),
    (
        r"(?:(?P<y>(?:19|20)\d\d)年|(?P<yw>今年|去年))?(?P<h>[上下])半年",
        zh.half_year, None, _ZH_PERIOD_BEFORE,
    ),
    (
        r"(?:(?P<yw>今年|去年)年?|年)(?P<part>[初底末])(?!至|到|以来)",
        zh.year_part, None, _ZH_PERIOD_BEFORE,
    ),
)  # fmt: skip
ZH_HINTS: tuple[tuple[str, ...], ...] = (("季度",), ("半年",), ("年初", "年底", "年末"))
