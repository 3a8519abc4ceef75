"""Leads: a lead's stated year that is a typo for the publication's.

A lead whose year is one off a fresh publication's ("On August 21, 2023, …" in a story of 22
August 2024) is a typo for this year, corrected with the stated value kept as a conflict.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention
from service.extract.datelines import ends_dateline

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
    dateline = len(before) == 1 and ends_dateline(text, before[0].end)
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
    if lead.conflict is not None or not cal.slipped_year(int(lead.value[:4]), published.year):
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
