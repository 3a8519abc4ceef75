"""A done event dated after the news: a year typed one too high.

An article tells a plan with a plan word ("expects to resubmit in the third quarter of
2024", "预计…递交") and a target by its noun ("a goal date of May 11"). An event it tells as
done, in the past or perfect with no such word ("The agency accepted the BLA in November
2024" in a story of May 2024, "已于2024年11月获受理"), has happened, so a date after
publication is a slip of the year's last digit: the same day, month or quarter a year
earlier, when no later than publication, is when it happened. The stated value is kept as
a conflict, as for the other year typos (`datelines`, `chronology`). A quarter stated
without a year ("in the third quarter") was resolved to this year's; told done, it is the
last one. Years alone are left as they are: a year tells too little to say that the one
before it is meant.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.extract import calendar as cal
from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.event_words import Trigger
from service.extract.sentences import Segment

# A verb telling the event as done: a passive or perfect, or a regulator's or company's act
# in the past ("accepted", "granted", "submitted", "won").
_DONE_EN = re.compile(
    r"\b(?:was|were|has been|have been|had been"
    r"|(?:accept|approv|grant|award|receiv|obtain|secur|submitt|fil|lodg|validat|clear|"
    r"designat|issu|complet|initiat|start|dos|enroll?|includ|add|select|reject|declin|refus|"
    r"authori[sz]|confer|earn|withdr|revok)ed|won|got|gave|began|withdrew|withdrawn)\b",
    re.IGNORECASE,
)
# Chinese tells it done with an aspect word (已, 了, 曾) or a verb of receiving (获, 收到).
_DONE_ZH = re.compile(r"已|了|曾|获|收到|完成")
# Between the event and its date, a noun that makes the date another's: "accepted the BLA,
# with a decision date in November", "approved it, with a launch in November".
_OTHER_DATE = re.compile(
    r"\b(?:dates?|deadlines?|decisions?|action|target|goal|PDUFA|due|clock|launch(?:es)?|"
    r"read-?outs?|results|data|opinions?|meetings?)\b",
    re.IGNORECASE,
)
# After the event, a predicate of its own that the date may belong to: "dosed in the trial,
# which is set to read out in November", "granted priority review and is to decide by …".
_OTHER_PREDICATE = re.compile(
    r"\b(?:which|that|who|where|is|are|will|would|shall|can|set|scheduled|slated)\b",
    re.IGNORECASE,
)
# A preposition that makes the date a bound or a target, not a time: "by November 2024",
# "scheduled for November".
_BOUND_BEFORE = re.compile(
    r"\b(?:by|until|till|before|after|from|through|within|since|for)\s+(?:the\s+)?"
    r"(?:end of\s+)?$",
    re.IGNORECASE,
)
_BOUND_AFTER = re.compile(r"(?:之|以)?(?:前|后|起|底前)")
# A target named in the date's own phrase before it: "PDUFA日期为…", "目标审评日期为…".
_TARGET_BEFORE = re.compile(r"PDUFA|\b(?:goal|target|deadline)\b|目标|截止|期限|预定", re.I)
_PHRASE_ENDS = ("，", ",", "；", ";", "：", ":")
_YEAR = re.compile(r"\d{4}")
_REASON = "a done event is dated after publication; its year is one too high"


def dates_a_target(ctx: Context, trigger: Trigger, date: DateMention) -> bool:
    """A date after the event that its target names ("accepted the BLA, with a PDUFA target
    action date in the first quarter of 2026"): the decision's awaited date, neither the
    event's nor a plan's, so it leaves a done event standing. (English only: Chinese tells
    an event's time before its verb, and a field after it, "公示截止日期：…", ends a listing
    of what is not yet done.)"""
    if ctx.lang.comma_phrases or date.start < trigger.end:
        return False
    return _TARGET_BEFORE.search(ctx.text, trigger.end, date.start) is not None


def corrected_pool(
    ctx: Context, trigger: Trigger, pool: list[DateMention], nearest: DateMention
) -> list[DateMention] | None:
    """`pool` with `nearest` (a date after publication) a year earlier, when the event is
    told as done (see the module); None when the date tells a plan."""
    if nearest.precision not in ("day", "month", "quarter"):
        return None
    earlier = _year_earlier(ctx, nearest.value)
    if earlier is None:
        return None
    if not _told_done(ctx, trigger, nearest):
        return None
    # A date without a year ("in the fourth quarter") was resolved to this year's: the last
    # such one is meant, and nothing stated conflicts with it.
    stated = _YEAR.search(ctx.text, nearest.start, nearest.end) is not None
    moved = (
        nearest.corrected(earlier, _REASON)
        if stated
        else replace(nearest, value=earlier, conflict=None)
    )
    moved = replace(moved, kind="absolute")
    return [moved if d is nearest else d for d in pool]


def retold_days(
    ctx: Context, sentence: Segment, dates: tuple[DateMention, ...] | None
) -> list[DateMention]:
    """The sentence's dates (`dates`, or the context's there), each told done after the
    news a year earlier (`retold_earlier`)."""
    found = ctx.dates_in(sentence.start, sentence.end) if dates is None else dates
    return [retold_earlier(ctx, sentence, date) for date in found]


def retold_earlier(ctx: Context, sentence: Segment, date: DateMention) -> DateMention:
    """A retelling's day after publication, told done by its own sentence ("The designation
    was granted on December 30, 2025" in a release of January 2025), a year earlier (see
    the module); else `date` as it is."""
    published, value = ctx.article.published, date.value
    if published is None or value is None or not cal.starts_after(value, published):
        return date
    earlier = _year_earlier(ctx, value)
    if earlier is None:
        return date
    text = ctx.text
    if _YEAR.search(text, date.start, date.end) is None or ctx.lang.comma_phrases:
        return date
    if _DONE_EN.search(text, sentence.start, date.start) is None or ctx.lang.plan.search(
        text, sentence.start, sentence.end
    ):
        return date
    return replace(date.corrected(earlier, _REASON), kind="absolute")


def _year_earlier(ctx: Context, value: str | None) -> str | None:
    """`value` a year earlier, if that is no later than publication (None for 29 February)."""
    published = ctx.article.published
    if published is None or value is None:
        return None
    earlier = cal.in_year(value, int(value[:4]) - 1)
    return None if earlier is None or cal.starts_after(earlier, published) else earlier


def _told_done(ctx: Context, trigger: Trigger, date: DateMention) -> bool:
    """Whether the clause tells the event as done, with `date` its time (not a bound of it
    nor another event's date), and no plan word in it."""
    text, lang = ctx.text, ctx.lang
    chinese = lang.comma_phrases
    clause = _with_antecedent(text, trigger, date)
    first, last = min(date.start, trigger.start, clause.start), max(date.end, trigger.end)
    if date.start > trigger.start:
        # Chinese tells an event's time before its verb: a date after it is another's.
        gap = text[trigger.end : date.start]
        if chinese or _OTHER_PREDICATE.search(gap) or _OTHER_DATE.search(gap):
            return False
    elif _OTHER_DATE.search(text, date.end, trigger.start):
        return False
    if _BOUND_BEFORE.search(text, max(0, date.start - 20), date.start) or (
        chinese and _BOUND_AFTER.match(text, date.end)
    ):
        return False
    opening = max(text.rfind(end, clause.start, date.start) for end in _PHRASE_ENDS)
    if _TARGET_BEFORE.search(text, max(clause.start, opening), date.start):
        return False
    if lang.plan.search(text, clause.start, clause.end) or lang.plan_far.search(
        text, clause.start, clause.end
    ):
        return False
    if not chinese:
        return _DONE_EN.search(text, clause.start, last) is not None
    # (From the comma opening the phrase the date or the event opens: 了 and 已 are common.)
    phrase = max(clause.start, text.rfind("，", clause.start, first) + 1)
    return _DONE_ZH.search(text, phrase, last) is not None


def _with_antecedent(text: str, trigger: Trigger, date: DateMention) -> Segment:
    """The trigger's clause, reaching back to the date an anaphor of it names when that is
    in the same sentence: "于2025年12月获受理，并在同月被纳入优先审评" tells the second step
    done (or planned) as the first one is told, and in the same year."""
    clause = trigger.clause
    back = date.antecedent
    if back is None or not trigger.sentence_start <= back < clause.start:
        return clause
    opening = max(text.rfind(end, trigger.sentence_start, back) for end in _PHRASE_ENDS)
    return clause._replace(start=max(trigger.sentence_start, opening + 1))


def done_before_a_later_phrase(ctx: Context, trigger: Trigger, date: DateMention) -> bool:
    """Chinese tells an event's time before its verb: a date past a comma after the event
    dates the next phrase's verb, so a plan's date there ("X此前已获得FDA授予的孤儿药资格，
    公司计划于今年下半年递交NDA") leaves standing an event its own phrase tells done, with
    the drug named before it and no plan word."""
    text = ctx.text
    if not ctx.lang.comma_phrases or date.start < trigger.end:
        return False
    comma = text.find("，", trigger.end, date.start)
    if comma < 0:
        return False
    opening = text.rfind("，", trigger.sentence_start, trigger.start) + 1
    phrase = (max(opening, trigger.sentence_start), comma)
    if not _DONE_ZH.search(text, *phrase) or ctx.lang.plan.search(text, *phrase):
        return False
    return bool(ctx.mentions_in(trigger.sentence_start, trigger.start))
