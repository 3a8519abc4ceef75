"""Datelines and leads: the day a story's head states, and a stated year that is a typo.

A release reprinted after its dateline means the dateline's day by "today"; a dateline or a
lead whose year is one off a fresh publication's ("On August 21, 2023, …" in a story of 22
August 2024) is a typo for this year, corrected with the stated value kept as a conflict.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention
from service.extract.date_patterns import DAY_ROWS, HINTS, MONTH_ANCHORED, MONTH_WORD, PATTERNS
from service.extract.date_resolvers import numeric, numeric_day_first
from service.extract.keywords import holds_one_of

# Abbreviated places in a dateline ("Mass.", "N.Y.", "Calif."): their dots end no sentence.
_PLACE_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){1,3}|\b[A-Z][a-z]{1,4}\.")
# A wire service's tag may stand between the date and the dash ("/PRNewswire/", "(GLOBE NEWSWIRE)").
_DATELINE_TAIL = re.compile(
    r"(?:\s*(?:/[A-Za-z][\w ]{1,30}/|\([A-Z][\w ]{1,30}\)))?\s*(?:--|–|—|-)\s"
)


def ends_dateline(text: str, end: int) -> bool:
    """Whether a date ending at `end` is followed by a dateline's dash (the day told)."""
    return _DATELINE_TAIL.match(text, end) is not None


def day_up_to(mention: DateMention, dateline: DateMention) -> bool:
    """Whether a mention is a day no later than the dateline's: one the news may tell."""
    if mention.precision != "day" or mention.value is None or dateline.value is None:
        return False
    return mention.value <= dateline.value


def dateline_day(text: str, published: dt.date | None) -> dt.date | None:
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
    # ISO, numeric ("10/03/2025") and full dates, month or day first ("June 5, 2024", "5 June
    # 2024"). Those naming a month need a month word.
    months = MONTH_WORD.search(head) is not None
    for row in DAY_ROWS:
        pattern, resolver, _, _ = PATTERNS[row]
        # The other rows' matches all hold a hint of digits ("20", "/20"): a head holding
        # none is not searched (the numeric row, opening with a class, scans slowly).
        if not months if MONTH_ANCHORED[row] else not _holds(head, HINTS[row]):
            continue
        match = pattern.search(head)
        if match is None or match.start() > 60:
            continue
        # "June 10, 2025, Acme today announced": a date opening the line is a dateline too.
        opening = match.start() == 0 and head.startswith(", ", match.end())
        if not opening and not _DATELINE_TAIL.match(head, match.end()):
            continue
        if resolver is numeric and _published_day_first(match, published):
            return None  # "Lyon, 09/10/2026 –" on 9 October: the page writes its day first
        value, precision, _ = resolver(match, published)
        if value is not None and precision == "day":
            day = dt.date.fromisoformat(value)
            if 0 < (published - day).days <= 31:
                return day
    return None


def _published_day_first(match: re.Match[str], published: dt.date) -> bool:
    """Whether a numeric dateline read day first is the publication day (a European page's
    "09/10/2026" is 9 October, which read month first falls within a month before it)."""
    return numeric_day_first(match, published)[0] == published.isoformat()


def _holds(head: str, hints: tuple[str, ...]) -> bool:
    # (A generator would cost more than the tests.)
    return holds_one_of(head, hints)


def check_dateline(text: str, mention: DateMention, published: dt.date | None) -> DateMention:
    """A dateline whose year contradicts a recent publication date is a typo for this year."""
    if published is None or mention.value is None or mention.precision not in ("day", "month"):
        return mention
    if mention.kind != "absolute":
        return mention  # ("同年2月1日" opening a line: a day of a year told before, not yet read)
    line_start = text.rfind("\n", 0, mention.start) + 1
    prefix = text[line_start : mention.start]
    if len(prefix) > 60 or "." in _PLACE_ABBREVIATION.sub("", prefix):
        return mention
    if not _DATELINE_TAIL.match(text, mention.end) or int(mention.value[:4]) == published.year:
        return mention
    if _in_timeline(text, line_start):
        return mention
    fixed = cal.in_year(mention.value, published.year)
    if fixed is None:
        return mention
    first_day = dt.date.fromisoformat(fixed if len(fixed) == 10 else fixed + "-01")
    if not 0 <= (published - first_day).days <= 62:
        return mention
    reason = "dateline year contradicts the publication date of a story reporting fresh news"
    return mention.corrected(fixed, reason)


# A line a timeline's entry opens: its date (a year, perhaps after a quarter or a month and a
# day) set off by a dash ("2016 - EC approval", "Q2 2021 - BLA submitted").
_TIMELINE_ENTRY = re.compile(
    r"[ \t]*(?:[-*•·][ \t]*)?(?:(?:Q[1-4]|H[12]|early|mid|late)\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?:\d{1,2},?\s+)?(?:19|20)\d\d\b[^\n]{0,14}?\s(?:--|–|—|-)\s"
)


def _in_timeline(text: str, line_start: int) -> bool:
    """The line is one of a run of dated entries (see `_TIMELINE_ENTRY`): the line before or
    after it opens the same way, as no dateline's neighbour does ("March 2015 - FDA approves
    X" in a sidebar of a story published in April 2026 keeps its year)."""
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text.find("\n", line_start)
    return (line_start > 0 and _TIMELINE_ENTRY.match(text, before) is not None) or (
        after >= 0 and _TIMELINE_ENTRY.match(text, after + 1) is not None
    )


# How far into the text a lead's date may sit, and how recent its corrected day must be.
_LEAD_REACH = 700
_LEAD_FRESH_DAYS = 14
# What may open a lead before its date: a few words ("Securities Times news, on").
_LEAD_OPENING = re.compile(r"\W*(?:[A-Za-z]+\W+){0,6}?$")
# A stock-exchange announcement opens its news with a formula, after a long disclaimer: "The
# board … is pleased to announce that, on 9 March 2023, the Group was notified …".
_ANNOUNCED = re.compile(
    r"\b(?:pleased to|hereby) announces? that,?\s+(?:on\s+)?$"
    # Chinese news retells a filing the same way: "…发布公告称，公司于2025年3月16日收到…".
    r"|(?:公告|宣布|披露)称?[，,：:]?(?:本?公司|本?集团)?(?:已)?于$",
    re.IGNORECASE,
)


def _opens_the_news(text: str, mentions: list[DateMention], lead: DateMention) -> bool:
    """The day dates the lead's own event: it opens its sentence ("On May 28, 2024, X
    announced"), or is the first date of a sentence that opens with a dateline ("Boston, May
    2, 2025 -- X has on May 1, 2024 obtained") and tells no "today" of its own."""
    opened = max(text.rfind("\n", 0, lead.start), text.rfind(". ", 0, lead.start)) + 1
    if _LEAD_OPENING.match(text, opened, lead.start) or _announced(text, lead):
        return True
    if _NEWS_DAY.search(text, max(0, lead.start - 160), lead.start):
        return True
    # (The dates before it in its whole sentence: "X said on Friday that the U.S. FDA …".)
    opened = _sentence_open(text, lead.start)
    before = [m for m in mentions if opened <= m.start < lead.start]
    if len(before) == 1 and _announcement_day(text, before[0], lead):
        return True
    dateline = len(before) == 1 and _DATELINE_TAIL.match(text, before[0].end)
    if dateline and not _tells_today(text, opened, lead):
        return True
    return _tagged_lead(text, mentions, lead)


def _tells_today(text: str, opened: int, lead: DateMention) -> bool:
    """Whether the sentence opened at `opened` says "today" up to its full stop after the lead."""
    closed = text.find(". ", lead.end)
    return "today" in text[opened : closed if closed >= 0 else len(text)].lower()


# Chinese copy tags its lead with the day it reports: "2025年4月8日讯，", translated "April 8,
# 2025 news, …": a dateline in other words.
_NEWS_TAG = re.compile(r"\s*(?:news\b|讯)\s*[,，:：]")
# A company's legal suffix ends no sentence: "Suzhou Acme Co., Ltd. (Acme) has …"; nor do
# a place's initials before a capital: "the U.S. Food and Drug Administration".
_SUFFIX_DOT = re.compile(
    r"\b(?:Ltd|Inc|Co|Corp|Corporation|Plc|Pty|GmbH|S\.A|N\.V)\.\s$|(?<![\w.])(?:[A-Z]\.){2,3}\s$"
)


def _tagged_lead(text: str, mentions: list[DateMention], lead: DateMention) -> bool:
    """The lead's sentence opens with the day its news is tagged with (see `_NEWS_TAG`), the
    one date before the lead's own, and tells no "today"."""
    opened = _sentence_open(text, lead.start)
    before = [m for m in mentions if opened <= m.start < lead.start]
    if len(before) != 1 or not _NEWS_TAG.match(text, before[0].end):
        return False
    return not _tells_today(text, opened, lead)


def _sentence_open(text: str, at: int) -> int:
    """Where the sentence holding `at` opens: after its line break or the last full stop
    before it that is not a company suffix's (see `_SUFFIX_DOT`)."""
    line = text.rfind("\n", 0, at)
    stop = text.rfind(". ", 0, at)
    while stop > line and _SUFFIX_DOT.search(text, max(0, stop - 12), stop + 2):
        stop = text.rfind(". ", 0, stop)
    return max(line, stop) + 1


# The day of what a lead tells today, in the phrase after its "that", is the news's own
# ("today announced that the agency issued the licence on November 22", "said today that"),
# no background.
_NEWS_DAY = re.compile(
    r"\b(?:today\s+(?:announced|said|reported|disclosed|confirmed)"
    r"|(?:announced|said|reported|disclosed|confirmed)\s+today)"
    r"\s+that\s[^,;.]{0,100}\s(?:on|dated)\s+$",
    re.IGNORECASE,
)


# How far before its day the word telling an announcement may stand ("issued an
# announcement in the evening of May 9", "said on May 9", "disclosed in a notice on May 9").
_ANNOUNCING_REACH = 40
_ANNOUNCING = re.compile(
    r"announc|\b(?:said|says|stated|statement|disclos\w*|notice|reported|confirmed)\b",
    re.IGNORECASE,
)


def _announcement_day(text: str, told: DateMention, lead: DateMention) -> bool:
    """ "X announced (said) on May 9 that … the withdrawal was completed on May 6, 2024": the lead
    names the day it was announced, in the right year, and then the event's own day, which
    that year puts just before the announcement: the event's year slipped, not the news's."""
    if told.kind != "absolute" or told.precision != "day" or told.value is None:
        return False
    if not _ANNOUNCING.search(text, max(0, told.start - _ANNOUNCING_REACH), told.start):
        return False
    assert lead.value is not None
    # The lead's day in the event's year is on or before the event's day: compared by month
    # and day, since that year may have no 29 February.
    return lead.value[5:] <= told.value[5:]


def check_lead_year(
    text: str, mentions: list[DateMention], published: dt.date | None
) -> list[DateMention]:
    """The lead's day whose year is one off the publication's (or one digit off), and which
    that year would put within days before publication, is a typo for this year: news leads
    with fresh events ("On August 21, 2023, ..." in a story of 22 August 2024)."""
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
    if lead is None or lead.value is None:
        return mentions
    if lead.start > _LEAD_REACH and not _announced(text, lead):
        return mentions
    if lead.conflict is not None or not _slipped_year(lead.value[:4], published.year):
        return mentions
    # (A receipt announced is news whatever year the text told before: a roundup's item.)
    if _year_told_before(mentions, lead) and not _receipt(text, lead):
        return mentions
    if not _opens_the_news(text, mentions, lead):
        return mentions
    fixed = cal.in_year(lead.value, published.year)
    if fixed is None:
        return mentions
    if not 0 <= (published - dt.date.fromisoformat(fixed)).days <= _LEAD_FRESH_DAYS:
        return mentions
    reason = "the lead's year contradicts the publication date of a story reporting fresh news"
    corrected = lead.corrected(fixed, reason)
    return [corrected if m is lead else m for m in mentions]


def _slipped_year(year: str, published: int) -> bool:
    """A year one off the publication's, or one digit off it ("2014" typed for 2024): the
    slips a keyboard makes."""
    if abs(int(year) - published) == 1:
        return True
    return cal.one_digit_off(year, str(published))


def _year_told_before(mentions: list[DateMention], lead: DateMention) -> bool:
    """An earlier date of the text in the lead's year ("2024年1月，…获批" before "2024年3月15日，
    …获受理" in a list of last year's events): the text is telling that year, and the day is
    no fresh news whose year slipped."""
    year = lead.value[:4] if lead.value else None
    return any(
        m.kind == "absolute" and m.value is not None and m.value[:4] == year
        for m in mentions
        if m.start < lead.start
    )


# A company announces a regulator's document as soon as it has it: "X announced that it
# received the Notice of Disapproval issued by NMPA on May 8", "…宣布收到国家药监局于5月8日
# 签发的…". The document's day is the news's, days before it.
_RECEIPT_ANNOUNCED = re.compile(
    r"\bannounce[sd]?\s+that\s[^;\n]{0,250}?\b(?:received|obtained|got)\s[^;.\n]{0,150}?"
    r"\b(?:issued|dated|signed)\s+(?:by\s[^;.\n]{0,80}?)?on\s+$"
    r"|(?:公告称|宣布|披露)[^。；\n]{0,80}?(?:收到|获得|取得)[^。；\n]{0,40}?于$",
    re.IGNORECASE,
)
_RECEIPT_REACH = 400


def _announced(text: str, lead: DateMention) -> bool:
    return bool(_ANNOUNCED.search(text, max(0, lead.start - 40), lead.start)) or _receipt(
        text, lead
    )


def _receipt(text: str, lead: DateMention) -> bool:
    """The day of a regulator's document whose receipt the news announces (see
    `_RECEIPT_ANNOUNCED`)."""
    low = max(0, lead.start - _RECEIPT_REACH)
    return _RECEIPT_ANNOUNCED.search(text, low, lead.start) is not None
