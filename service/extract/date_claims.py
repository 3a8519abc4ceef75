"""Which event of a clause a date belongs to when the clause tells several: English dates an
event after its verb, unless the date opens the phrase of a later event's verb. In any
language a date bracketed after one item of a list is that item's, and a date before a
clause told as of now ("目前", "to date") is not that clause's event's."""

from __future__ import annotations

import re

from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.event_words import Trigger


def claimed(ctx: Context, date: DateMention, trigger: Trigger, ends: tuple[int, ...]) -> bool:
    """English dates an event after its verb: a date between an earlier event of the clause
    and this one ("designated in October 2015 and was designated as an orphan drug") is the
    earlier event's. Priority review comes with the acceptance before it, on its date,
    unless told with a date of its own ("filed in April and granted priority review in May").
    A date that opens the phrase of an event's verb is that event's, though: "accepted the
    NDA in March and in October approved it"."""
    if _bracketed_after(ctx.text, date, trigger, ends) or _now_between(ctx.text, date, trigger):
        return True
    if ctx.lang.negation_window < 10:
        return False
    if trigger.type == "priority_review" and not _own_date_after(ctx, trigger, ends):
        return False
    if date.end > trigger.start:
        return any(
            (
                end > date.start
                and (_opens_phrase(ctx.text, date, end) or _modifies(ctx.text, date, end))
            )
            or (end <= date.start and _NOUN_DATED.fullmatch(ctx.text, end, date.start) is not None)
            for end in ends
            if end != trigger.end
        )
    if _opens_phrase(ctx.text, date, trigger.end) or _modifies(ctx.text, date, trigger.end):
        return False
    return any(trigger.clause.start <= end <= date.start for end in ends if end != trigger.end)


# A date joined to another event's noun by "of": "confirmed its negative opinion of June
# 2024" (the opinion's date, not the confirmation's).
_NOUN_DATED = re.compile(r"\s+(?:of|dated)\s+")

# From the event's words to its own date: a short phrase, no comma, then "in" or "on".
_OWN_DATE_GAP = re.compile(r"[^,;:.]{0,40}?\s(?:in|on)\s+")


def _own_date_after(ctx: Context, trigger: Trigger, ends: tuple[int, ...]) -> bool:
    """A date of the clause told of the event after its words ("granted priority review by
    the agency in May"; not "…, putting the decision in the fourth quarter"), no later
    event's (see `claimed`)."""
    later = [e for e in ends if e > trigger.end]
    return any(
        _OWN_DATE_GAP.fullmatch(ctx.text, trigger.end, d.start)
        and d.kind != "future"
        and d.value is not None
        and not any(e > d.start and _opens_phrase(ctx.text, d, e) for e in later)
        and not any(e <= d.start for e in later)
        for d in ctx.dates_in(trigger.end, trigger.clause.end)
    )


# What comes before a date that opens a phrase: a comma or "and", and its preposition.
_PHRASE_OPENING = re.compile(r"(?:[,;]|\band)\s+(?:(?:in|on|at)\s+)?(?:the\s+)?$")
# What may not come between such a date and its event's verb: another phrase's boundary.
_PHRASE_BREAK = re.compile(r"[,;:]|\band\b")
_PHRASE_REACH = 80
# A date set off by commas after "and": "won BTD and, a year later, PRIME", "and, in March,
# added it to the programme".
_SET_OFF_BEFORE = re.compile(r"\b(?:and|then)\s*,\s*(?:(?:in|on|at)\s+)?$")


def _opens_phrase(text: str, date: DateMention, event_end: int) -> bool:
    """ "…, in June this year completed the first dosing", "and in October approved it",
    "and, a year later, won PRIME": the date opens a phrase that the event's words (ending
    at `event_end`) close."""
    if not 0 < event_end - date.end <= _PHRASE_REACH:
        return False
    after = date.end
    if text.startswith(",", after) and _SET_OFF_BEFORE.search(
        text, max(0, date.start - 12), date.start
    ):
        after += 1  # the comma closing a date set off is no boundary of its phrase
    if not text[after].isspace() or _PHRASE_BREAK.search(text, after, event_end):
        return False
    return _PHRASE_OPENING.search(text, max(0, date.start - 16), date.start) is not None


# A date as the event noun's own modifier: "confirmed its June 2025 recommendation to
# refuse" (the June opinion's date, not the confirmation's).
_DETERMINER_BEFORE = re.compile(r"\b(?:its|the|their|this|that)\s+$", re.IGNORECASE)
# Or written after the noun, before its verb: "confirmed its recommendation of June 2025 to
# refuse" (the noun and its determiner come first).
_NOUN_OF_BEFORE = re.compile(
    r"\b(?:its|the|their|this|that)\s+[\w-]+\s+(?:of|from)\s+$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?[\w-]+")


def _modifies(text: str, date: DateMention, event_end: int) -> bool:
    """The date stands between a determiner and the event's words ending at `event_end`,
    a few words after it with no break between: it dates that event."""
    if not 0 < event_end - date.end <= _PHRASE_REACH:
        return False
    if _DETERMINER_BEFORE.search(text, max(0, date.start - 8), date.start) is None and (
        _NOUN_OF_BEFORE.search(text, max(0, date.start - 40), date.start) is None
    ):
        return False
    return _NOUN_AFTER.fullmatch(text, date.end, event_end) is not None


# A date in brackets right after an event's words: "孤儿药资格认定（2025年3月）和罕见儿科疾病认定",
# "orphan drug designation (March 2025) and fast track designation".
# (The event's words may end before its noun: "孤儿药|资格认定", "orphan drug| designation".)
_OPEN_BRACKET = re.compile(
    r"(?:(?:(?![和及与或])[^\W\d_]){0,8}|(?:\s+(?!(?:and|or)\b)[A-Za-z-]+){0,3})\s*[(（]\s*"
)
_CLOSE_BRACKET = re.compile(r"\s*[)）]")


def _bracketed_after(text: str, date: DateMention, trigger: Trigger, ends: tuple[int, ...]) -> bool:
    """The date is bracketed after an earlier event of the list, so it is that event's
    alone: a later item told without one has none of its own (any language)."""
    if date.end > trigger.start or not _CLOSE_BRACKET.match(text, date.end):
        return False
    return any(_OPEN_BRACKET.fullmatch(text, end, date.start) for end in ends if end != trigger.end)


# A clause told as of now, after the one a date is in: "…获得FDA的临床试验许可，目前其I期临床试验
# 已完成首例患者给药", "…cleared in May; to date, the trial has dosed its first patient".
_NOW_OPENING = re.compile(
    r"[，,；;]\s*(?:and\s+)?(?:目前|当前|现阶段|截至目前|截至本公告(?:披露)?日|迄今|至今"
    r"|(?:currently|at\s+present|to\s+date|as\s+of\s+now)\b)",
    re.IGNORECASE,
)


def _now_between(text: str, date: DateMention, trigger: Trigger) -> bool:
    """The event is told as where things stand now, in a clause after the date's: the date
    is the earlier clause's, and the state has none of its own."""
    return (
        date.end <= trigger.start and _NOW_OPENING.search(text, date.end, trigger.start) is not None
    )
