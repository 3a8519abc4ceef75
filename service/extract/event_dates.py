"""Which of an article's dates is an event's: its clause's own, else a softly joined
neighbour's, a lead's retelling or the scene's; none for an event told as earlier."""

from __future__ import annotations

import re

from service.extract import borrowed_dates as borrowed
from service.extract import decisions, late_years
from service.extract.attribution import distance
from service.extract.context import Context
from service.extract.cues_en import DECIDED_WITHIN
from service.extract.datelines import day_up_to, ends_dateline
from service.extract.dates import DateMention
from service.extract.event_words import Trigger
from service.extract.held_asides import held_in_closed_aside
from service.extract.keywords import holds_one_of
from service.extract.labelled_dates import own_label
from service.extract.meeting_days import sat_aside, without_meeting_months
from service.extract.non_event_dates import (
    FILING_STEPS,
    connective,
    dates_a_start_since,
    dates_filing_step,
    dates_the_main_clause,
)
from service.extract.relative_asides import ASIDE_OPENING, closed_aside, event_in_closed_aside
from service.extract.retold_items import next_untold, other_kind, retold_later, retold_next
from service.extract.review_routes import told_as_route
from service.extract.sentences import Segment
from service.extract.setting_dates import setting_date
from service.extract.time_zones import local_days
from service.extract.told_decisions import informed_date
from service.extract.weekday_years import after_preposition

# An event told as before the clause's news ("…, and the drug was previously granted",
# "…，此前该药已获"): a date before another event of the clause is that event's.
_EARLIER = re.compile(
    r"(?:\b(?:previously|formerly|earlier)\s+(?:\w+\s+){0,2}|(?:此前|之前|早前|先前|曾经?)"
    # 此前 rendered word for word opens its clause: "…, before that it also was granted".
    r"[^，。；,]{0,20}|\b(?:before|prior\s+to)\s+(?:that|then),?\s+(?:\w+\s+){1,5})$",
    re.IGNORECASE,
)
_EARLIER_HINTS = ("ly", "earl", "前", "曾", "before th", "prior to th")
# The verb before a date telling when the news came out, not when the event happened.
_TOLD_BEFORE = re.compile(
    r"\b(?:said|announced|disclosed|reported|published|posted|revealed|stated)\s+"
    r"(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# Or after it: "Acme today announced that the FDA approved X on May 2", or with the teller
# between as a lead opens ("On May 6, Acme Bio announced that …", as translated copy has it).
_TOLD_AFTER = re.compile(
    r"(?:,(?:\s+[\w.&'’-]+){1,6}?)?\s+(?:said|announced|disclosed|reported|revealed|stated)\b",
    re.IGNORECASE,
)

# An event named in a fronted "In addition to RMAT," or "Besides its US approval," is one
# already had, told as background to the main clause's events: their date is not its.
_ALONGSIDE = re.compile(
    r"(?:in\s+addition\s+to|besides|apart\s+from|on\s+top\s+of)\s[^,;.]{1,80},",
    re.IGNORECASE,
)


def _alongside(text: str, trigger: Trigger) -> bool:
    fronted = _ALONGSIDE.match(text, trigger.clause.start)
    return fronted is not None and trigger.end <= fronted.end()


def _told_without_its_day(ctx: Context, trigger: Trigger) -> bool:
    """The event's words tell it without a day of its own: as background to the main
    clause's events (see `_ALONGSIDE`), as the route an approval went by, or as where a
    decision was reached."""
    if _alongside(ctx.text, trigger):
        return True
    if trigger.type == "priority_review" and told_as_route(
        ctx.text, trigger.clause.start, trigger.start, trigger.end
    ):
        return True  # the route of an approval (see `told_as_route`): granted earlier, undated
    # "the approval was granted under Project Orbis on May 2": the day is the decision's.
    return trigger.type == "program_inclusion" and bool(
        DECIDED_WITHIN.match(ctx.lowered, trigger.start)
    )


def date_for(
    ctx: Context,
    index: int,
    trigger: Trigger,
    lead: bool,
    ends: tuple[int, ...],
    unclaimed: list[DateMention],
) -> DateMention | None:
    """The event's date (None when the text gives none): `unclaimed` are its clause's dates
    no earlier event of the clause owns; `lead` tells that the event opens the article."""
    if _told_without_its_day(ctx, trigger):
        return None
    in_clause, earlier = _clause_dates(ctx, trigger, ends, unclaimed)
    labelled = own_label(ctx, index, trigger)
    if labelled is not None:
        return labelled
    if in_clause:
        told = _known(min(in_clause, key=lambda d: _date_distance(ctx, d, trigger)))
        if told is not None and index + 1 < len(ctx.sentences):
            return borrowed.retold_day(ctx, index + 1, trigger, told) or told
        return told
    if earlier:
        return None
    field = decisions.field_date(ctx, index)
    if field is not None:
        return field
    # A state ("it is also approved in Japan") borrows no neighbour's date.
    if borrowed.stative(ctx.text, trigger):
        return None
    later = borrowed.retold_after(ctx, index, trigger) or informed_date(ctx, index, trigger)
    if later is not None:
        return later
    if not trigger.clause.hard and not trigger.bare:
        neighbour = _neighbour_date(ctx, index, trigger, ends)
        if neighbour is not None:
            return neighbour
    found = _next_sentence_date(ctx, index, trigger) if lead else retold_next(ctx, index, trigger)
    return found or setting_date(ctx, index, trigger) or retold_later(ctx, index, trigger)


def _next_sentence_date(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    """The lead's date told by the sentence after it, which does not retell it."""
    after = next_untold(ctx, index, trigger)
    if after is None:
        return None
    date = borrowed.retelling_date(ctx, after)
    if date is not None and not other_kind(ctx, after, date, trigger):
        return date
    return borrowed.announcement_date(ctx, after)


def _clause_dates(
    ctx: Context, trigger: Trigger, ends: tuple[int, ...], unclaimed: list[DateMention]
) -> tuple[list[DateMention], bool]:
    """The clause's dates that can be the event's, and whether it is told as earlier."""
    in_clause = [d for d in unclaimed if d.kind != "future"]
    if len(in_clause) > 1:
        in_clause = [d for d in in_clause if not connective(ctx.text, d)] or in_clause
    if trigger.type not in FILING_STEPS:
        in_clause = [d for d in in_clause if not dates_filing_step(ctx.text, d)]
    in_clause = [
        d
        for d in in_clause
        if not dates_a_start_since(ctx.text, d)
        and not dates_the_main_clause(ctx.text, d, trigger.start, offset_only=True)
        and not _in_closed_aside(ctx, d, trigger)
        and not event_in_closed_aside(ctx, d, trigger)
        and not held_in_closed_aside(ctx.lowered, trigger, d)
    ]
    if len(in_clause) > 1:
        in_clause = [d for d in in_clause if not _day_told(ctx, d, trigger, ends, in_clause)]
        in_clause = without_meeting_months(ctx.text, local_days(ctx.text, in_clause))
    earlier = _told_earlier(ctx, trigger)
    if earlier:
        clause = trigger.clause
        before = max((e for e in ends if clause.start <= e <= trigger.start), default=0)
        in_clause = [d for d in in_clause if d.start >= before]
    # A status held ("…于2023年获得A认定，同时还拥有B认定") is not dated by the grant before it.
    if in_clause and trigger.type == "designation" and borrowed.stative(ctx.text, trigger):
        in_clause = [d for d in in_clause if d.start > trigger.start]
    return in_clause, earlier


def _in_closed_aside(ctx: Context, date: DateMention, trigger: Trigger) -> bool:
    """The date sits in a relative clause that closes before the event's verb: it dates
    what the aside tells ("Partner X, which licensed it in 2021, submitted the NDA last
    month"), not the event."""
    if ctx.lang.comma_phrases or date.end > trigger.start:
        return False
    span = (date.start, date.end)
    opening = closed_aside(ctx.lowered, ASIDE_OPENING, trigger.clause.start, span, trigger.start)
    return opening >= 0 and not sat_aside(ctx.text, opening, date)


# A relative clause opened after the event's verb tells another verb's time: "withdrew the
# indication, one that has carried an approval since 2021 but whose trial failed in October".
_RELATIVE = re.compile(r"\b(?:which|whose|who)\b|\bthat\s+(?:has|have|had|was|were|is)\b")


def _day_told(
    ctx: Context,
    date: DateMention,
    trigger: Trigger,
    ends: tuple[int, ...],
    pool: list[DateMention],
) -> bool:
    """ "disclosed Tuesday that it received the letter on May 9", "a notice published
    Thursday shows it withdrew the application on May 2": the day the news was told yields
    to the event's own "on"/"in" date after its verb (one no later event of the clause owns;
    not "a day after the agency's May 8 goal date"). A dateline's day yields to a day up to
    it ("BOSTON, May 9 -- … approved X … on May 7"), not to a year an aside names."""
    if date.end > trigger.start:
        return False
    low = max(0, date.start - 30)
    told = _TOLD_BEFORE.search(ctx.text, low, date.start) or _TOLD_AFTER.match(
        ctx.text, date.end, trigger.start
    )
    if not told and not ends_dateline(ctx.text, date.end):
        return False
    return any(
        d.start >= trigger.end
        and (told is not None or day_up_to(d, date))
        # (A day of the month alone holds its "on": "on the 15th". A weekday may be told
        # by "last": "approved X, its lead antibody, last Thursday".)
        and (after_preposition(ctx.text, d.start) or ctx.text.startswith(("on ", "in "), d.start))
        and not any(trigger.end < e <= d.start for e in ends)
        and not _RELATIVE.search(ctx.text, trigger.end, d.start)
        for d in pool
    )


# "We filed in September, and the FDA has since accepted it and granted priority review":
# what happened since (or after) a neighbour's date is not on it.
_SINCE = re.compile(
    r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b|\bsubsequently\b", re.IGNORECASE
)


def _neighbour_date(
    ctx: Context, index: int, trigger: Trigger, ends: tuple[int, ...]
) -> DateMention | None:
    """The nearest date of the clauses joined softly to the event's (none of their own)."""
    soft = _soft_neighbours(ctx.clauses[index], trigger.clause)
    pool = [
        d
        for c in soft
        for d in ctx.dates_in(c.start, c.end)
        if d.kind != "future"
        and not borrowed.neighbours_own(ctx, c, d, trigger, ends)
        and not _SINCE.search(ctx.text, d.end, trigger.start)
    ]
    if not pool:
        return None
    return _known(min(pool, key=lambda d: _date_distance(ctx, d, trigger)))


def _told_earlier(ctx: Context, trigger: Trigger) -> bool:
    low = max(trigger.clause.start, trigger.start - 40)
    # Matches hold a hint (no letter with other case forms, as "i" has); most windows none.
    window = ctx.lowered[low : trigger.start]
    if not holds_one_of(window, _EARLIER_HINTS):
        return False
    return _EARLIER.search(ctx.text, low, trigger.start) is not None


def date_after_publication(
    ctx: Context, trigger: Trigger, pool: list[DateMention]
) -> DateMention | None:
    """The clause's date for the event when it is after the news ("计划于2026年递交"): a
    plan's, unless the event is told as done (`late_years`); a target's date is neither."""
    pool = [d for d in pool if not late_years.dates_a_target(ctx, trigger, d)]
    if not pool:
        return None
    # (A plan's date before a time clause holding the event is the plan's: see
    # `dates_the_main_clause`.)
    pool = [d for d in pool if not dates_the_main_clause(ctx.text, d, trigger.start)]
    pool = [d for d in pool if not late_years.done_before_a_later_phrase(ctx, trigger, d)]
    if not pool:
        return None
    nearest = min(pool, key=lambda d: _date_distance(ctx, d, trigger))
    return nearest if nearest.kind == "future" and nearest.value is not None else None


def _soft_neighbours(clauses: tuple[Segment, ...], clause: Segment) -> list[Segment]:
    """Clauses joined to this one by soft boundaries (", and"), back to the last hard one."""
    position = clauses.index(clause)
    start = position
    while start > 0 and not clauses[start].hard:
        start -= 1
    return [c for c in clauses[start:position]]


def _known(date: DateMention) -> DateMention | None:
    return None if date.value is None else date


def _date_distance(ctx: Context, date: DateMention, trigger: Trigger) -> float:
    gap = distance(date.start, date.end, trigger)
    # Chinese puts the time before the verb; prefer dates that precede the trigger there.
    if ctx.lang.negation_window < 10 and date.start > trigger.end:
        gap += 200
    # English tells the event's own date straight after it: "withdrew its application on
    # September 5" (not "filed in 2024" in the phrase before it).
    elif 0 <= date.start - trigger.end <= 4 and ctx.text[trigger.end : date.start].strip() in (
        "on",
        "in",
    ):
        gap = 0
    return gap
