"""The day an undated event takes from what surrounds it: the committee meeting it was told
at, the regulator's notice received just after, the scene set just before, or how the text
is laid out."""

from __future__ import annotations

import re
from dataclasses import replace

from service.extract import layout_dates as layout
from service.extract.context import Context
from service.extract.dates import DateMention, find_dates
from service.extract.event_words import Trigger
from service.extract.keywords import holds_one_of
from service.extract.listings import field_line
from service.extract.told_decisions import informs

# A programme's review verb ("reviewed under", "assessed through"), not its selection.
_REVIEWED_UNDER = re.compile(r"review|assess|evaluat|handled|conducted|run\b|ran\b", re.I)


def setting_date(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    """An undated event's day from what surrounds it: the committee meeting it was told at,
    the regulator's notice received just after, the scene set just before, the line ticking
    it off, its live post's stamp, the year closing its ticked line or the date opening its
    timeline entry. (A review under a
    programme is no event of a day: "is being reviewed under RTOR" takes none.)"""
    if trigger.type == "program_inclusion" and _REVIEWED_UNDER.match(ctx.text, trigger.start):
        return None
    return (
        meeting_date(ctx, trigger)
        or notice_date(ctx, index)
        or _scene_date(ctx, index, trigger)
        or layout.confirmed_date(ctx, index)
        or layout.post_day(ctx, index)
        or layout.ticked_year(ctx, trigger)
        or layout.entry_date(ctx, trigger)
    )


# The regulator's notice of a decision, received: "公司于10月13日收到CDE的相关通知", "The
# company received the agency's letter on May 2".
_NOTICE_RECEIVED = re.compile(
    r"收到[^，。；]{0,20}?(?:通知|函|批件|批文|证书)"
    r"|\breceived\s+(?:the|a|an|its)\s+(?:[\w'’.-]+\s+){0,4}?(?:notice|notification|letter)\b",
    re.IGNORECASE,
)
_NOTICE_HINTS = ("收到", "received")


def notice_date(ctx: Context, index: int) -> DateMention | None:
    """The day the sentence after an undated decision says its notice was received (a
    sentence telling no event of its own): the regulator decided by then, and the copy
    gives no other day for it."""
    if index + 1 >= len(ctx.sentences) or index + 1 in ctx.scan.by_sentence:
        return None
    after = ctx.sentences[index + 1]
    if not holds_one_of(ctx.lowered[after.start : after.end], _NOTICE_HINTS):
        return None
    if _NOTICE_RECEIVED.search(ctx.text, after.start, after.end) is None:
        return None
    days = [d for d in ctx.dates_in(after.start, after.end) if d.kind == "absolute" and d.value]
    return days[0] if len(days) == 1 else None


# "The committee recommended the refusal …", "the committee adopted a negative opinion" in
# a report of the meeting "at its September 2025 meeting" names: the committee acted at that
# meeting.
# So does the meeting itself, named again: "The same meeting ended in a negative opinion".
_COMMITTEE_BEFORE = re.compile(
    r"\b(?:the committee|the chmp|chmp)\s+(?:also\s+)?"
    r"(?:(?:adopted|issued|gave|reached)\s+(?:an?\s+|its\s+)?)?$"
    r"|\b(?:the|that|this)\s+(?:same\s+)?meeting\s+(?:also\s+)?"
    r"(?:ended|closed|concluded|resulted)\s+(?:in|with)\s+(?:an?\s+)?$",
    re.I,
)
# Literals its matches hold, free of letters with other case forms ("i", "s").
_COMMITTEE_HINTS = ("ttee", "chmp", "meet")
_HEAD = 1500
_MEETING_AFTER = re.compile(r"\s+(?:plenary\s+)?meeting\b")
# A meeting over several days ("held from 23 to 26 February 2026"): its first day before
# the last one's date.
_SPAN_START = r"\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*"
_SPAN_BEFORE = re.compile(rf"{_SPAN_START}$")
_MEETING_BEFORE = re.compile(
    r"\bmeeting,?\s+(?:of\s+|on\s+|held\s+(?:on\s+|from\s+|between\s+)?)?"
    rf"(?:{_SPAN_START})?$|\(CHMP\)\s+$"
)


def meeting_date(ctx: Context, trigger: Trigger) -> DateMention | None:
    """The date of the committee's meeting named before, for the committee's own act."""
    low = max(0, trigger.start - 40)
    window = ctx.lowered[low : trigger.start]
    if not holds_one_of(window, _COMMITTEE_HINTS):
        return None
    if not _COMMITTEE_BEFORE.search(ctx.text, low, trigger.start):
        return None
    # Dates are read only near events; the meeting is named in the report's head.
    head = find_dates(ctx.text, ctx.article.published, [(0, min(trigger.start, _HEAD))])
    for date in reversed(head):
        if date.kind != "absolute" or date.value is None:
            continue
        if _MEETING_AFTER.match(ctx.text, date.end) or _MEETING_BEFORE.search(
            ctx.text, max(0, date.start - 30), date.start
        ):
            return _whole_meeting(ctx.text, date)
    return None


def _whole_meeting(text: str, date: DateMention) -> DateMention:
    """A meeting told by its days' span dates an act at it to the month that holds them."""
    if date.precision != "day" or date.value is None:
        return date
    if not _SPAN_BEFORE.search(text, max(0, date.start - 12), date.start):
        return date
    return replace(date, value=date.value[:7], precision="month")


# A sentence on the share price tells the market's reaction, a day after the news or later.
_MARKET_WORDS = ("股价", "股票", "shares", "stock", "share price")
# A committee's recommendation ("a positive opinion from the CHMP on 18 September", "the
# advisory committee voted on May 2") comes before the regulator's decision: its day is
# the step's, not the decision's.
_RECOMMENDATION_WORDS = ("opinion", "recommend", "advisory committee", "voted")


# A line opening a numbered entry ("一、", "2.", "（三）", "4）"): a new item of a roundup.
_NUMBERED_ITEM = re.compile(
    r"[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．)）]"
    r"|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)])"
)

# What parts a masthead's name from its issue's date.
_BARS = ("|", "｜", "—", "–")


# An event told as before the scene: "X previously received orphan drug and fast track
# designations" (the earlier word may stand well before the second status).
_EARLIER = re.compile(r"\b(?:previously|formerly|earlier|already)\b|此前|之前|早前|先前", re.I)


def _scene_date(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    """ "X got half of what it asked for on Aug. 4. The agency approved …": an undated
    event takes the one exact day of the event-free sentence that sets its scene."""
    sentence = ctx.sentences[index]
    if (
        index == 0
        or index - 1 in ctx.scan.by_sentence
        or ctx.dates_in(sentence.start, sentence.end)
        or _EARLIER.search(ctx.text, sentence.start, trigger.start)
    ):
        return None
    prior = ctx.sentences[index - 1]
    if (
        _NUMBERED_ITEM.match(ctx.text, sentence.start)
        and "\n" in ctx.text[prior.end : sentence.start]
    ):
        return None  # a numbered item opens an entry of its own, not the scene of the intro
    if field_line(ctx.text, sentence.start) and field_line(ctx.text, prior.start):
        return None  # one field's date is not the next field's ("ACM meeting: <day>")
    if holds_one_of(ctx.lowered[prior.start : prior.end], _MARKET_WORDS):
        return None  # the market's answer to the news ("股价…下跌") came after the event
    if holds_one_of(ctx.lowered[prior.start : prior.end], _RECOMMENDATION_WORDS):
        return None
    if informs(ctx.text, prior.start, prior.end):
        return None  # the day of the event before it (see `told_decisions`)
    days = [d for d in ctx.dates_in(prior.start, prior.end) if d.kind != "future"]
    if len(days) != 1 or days[0].precision != "day" or days[0].value is None:
        return None
    # A line holding only a date is the document's date (a notice's head), no scene; so is
    # a masthead's, the date after the newsletter's name and a bar ("简讯｜2025年9月10日").
    before = ctx.text[prior.start : days[0].start].strip(" .,:")
    after = ctx.text[days[0].end : prior.end].strip(" .,:")
    alone = not after and (not before or before.endswith(_BARS))
    return None if alone else days[0]
