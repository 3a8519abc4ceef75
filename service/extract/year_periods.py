"""Parts of a year: its quarters ("the third quarter of 2025", "Q1 2025", "2Q25",
"2025-Q3"), its halves ("2025H2", "1H24") and its start and end ("early 2025", "the end
of last year"); the rows `date_patterns` reads them by."""

from __future__ import annotations

import re

from service.extract import date_resolvers as en
from service.extract.date_phrases import phrases

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
)  # fmt: skip
