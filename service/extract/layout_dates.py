"""Dates an undated event takes from how it is laid out: a live blog's time-stamped post,
a list item's follow-up line telling when the item was done, or the year a ticked line
closes with."""

from __future__ import annotations

import re

from service.extract import calendar as cal
from service.extract.context import Context
from service.extract.date_mentions import DateMention
from service.extract.event_words import Trigger
from service.extract.vocabulary import TICK

# A live blog's post opens its line with the time it went up: "08:31 — ", "2.15pm ET - ".
_STAMP = re.compile(
    r"(?m)^[ \t]*[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?[ \t]*(?:—|–|-{1,2})[ \t]"
)
# One stamped line may be a note's time; a blog runs several posts through the day.
_FEWEST_POSTS = 3
# A follow-up that ticks the item off with its time: "Done in March", "Completed on 4 May".
_CONFIRMED = re.compile(
    r"(?:Done|Completed|Achieved|Delivered|Met|Occurred|Happened)[:,]?\s+(?:in|on|during)\s+$"
)


def post_day(ctx: Context, index: int) -> DateMention | None:
    """The blog's day for the news a live post opens with. A blog of one day stamps its
    posts with the time alone: what its post's first sentence reports happened that day
    (an event told later in the post may be background, and is left undated)."""
    published = ctx.article.published
    sentence = ctx.sentences[index]
    stamp = _STAMP.match(ctx.text, sentence.start)
    if published is None or stamp is None or not _live(ctx):
        return None
    return DateMention(stamp.start(), stamp.end(), cal.day_value(published), "day")


def _live(ctx: Context) -> bool:
    found = ctx.memo.get("live_posts")
    if found is None:
        found = len(_STAMP.findall(ctx.text, 0)) >= _FEWEST_POSTS
        ctx.memo["live_posts"] = found
    return found is True


def confirmed_date(ctx: Context, index: int) -> DateMention | None:
    """ "[x] First patient dosed in the phase 2 study. Done in March.": the next sentence,
    reporting no event of its own, opens by ticking the item off with its date."""
    if index + 1 >= len(ctx.sentences) or index + 1 in ctx.scan.by_sentence:
        return None
    after = ctx.sentences[index + 1]
    for date in ctx.dates_in(after.start, min(after.end, after.start + 24)):
        opening = ctx.text[after.start : date.start]
        if date.kind == "absolute" and date.value and _CONFIRMED.fullmatch(opening):
            return date
    return None


# A tracker's line ticked done, its item closed by the year in brackets: "☑ Orphan drug
# designation (2024)", "- [x] Fast Track (2023)". (An unticked box, "☐ NDA (2025)", is a plan.)
_TICKED_YEAR = re.compile(
    rf"[ \t]*(?:[-*•·][ \t]*)?{TICK}[^\n]*?[(（](?P<y>(?:19|20)\d\d)[)）][ \t.]*",
    re.IGNORECASE,
)


def ticked_year(ctx: Context, trigger: Trigger) -> DateMention | None:
    """The year that closes the event's line when a tick opens it (see `_TICKED_YEAR`); not
    one after publication, which no item already done can have."""
    text = ctx.text
    start = text.rfind("\n", 0, trigger.start) + 1
    end = text.find("\n", trigger.end)
    found = _TICKED_YEAR.fullmatch(text, start, len(text) if end < 0 else end)
    if found is None or found.start("y") < trigger.end:
        return None
    published = ctx.article.published
    if published is not None and int(found["y"]) > published.year:
        return None
    return DateMention(found.start("y"), found.end("y"), found["y"], "year")


# A timeline's entry: its date opens the line, set off by a dash, a colon, a bar, a tab or
# a run of spaces ("2024年  公司上市；X获FDA快速通道资格", "Q4 2021 - NDA accepted; priority
# review granted"). (A bullet may come first, and a weekly log's weekday before its date:
# "- Tue., Sept. 30 | FDA | …".)
_ENTRY_OPENING = re.compile(
    r"[ \t]*(?:[-*•·][ \t]*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?$"
)
_ENTRY_SEPARATOR = re.compile(r"[ \t]*[-–—:：|][ \t]|\t| {2,}|\u3000")


def entry_date(ctx: Context, trigger: Trigger) -> DateMention | None:
    """The date that opens the event's line when the line is a timeline's entry: every
    clause of the entry took place then, not only the first (which may be no event at all)."""
    start = ctx.text.rfind("\n", 0, trigger.start) + 1
    for date in ctx.dates_in(start, trigger.start):
        if date.kind != "absolute" or date.value is None:
            return None
        opens = _ENTRY_OPENING.match(ctx.text, start, date.start)
        if opens is None or not _ENTRY_SEPARATOR.match(ctx.text, date.end):
            return None
        return date
    return None
