"""Turn each trigger into candidate milestones: which drug, where, and when."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from service.extract import borrowed_dates as borrowed
from service.extract.agencies import Regulator
from service.extract.attributes import describe
from service.extract.attribution import distance, drugs_for
from service.extract.context import Context
from service.extract.dates import FILING_STEPS, DateMention, connective, dates_filing_step
from service.extract.event_regulators import regulators_for
from service.extract.sentences import Segment
from service.extract.triggers import Trigger, find_triggers

# An event told as before the clause's news ("…, and the drug was previously granted",
# "…，此前该药已获"): a date before another event of the clause is that event's.
_EARLIER = re.compile(
    r"(?:\b(?:previously|formerly|earlier)\s+(?:\w+\s+){0,2}|(?:此前|之前|早前|先前|曾经?)"
    r"[^，。；,]{0,20})$",
    re.IGNORECASE,
)
_EARLIER_HINTS = ("ly", "earl", "前", "曾")
# Words telling one event happened more than once.
_REPEAT_WORDS = ("twice", "again", "both times", "respectively", "先后", "分别", "两次", "再次")
# Not a dosing rhythm ("a twice-yearly injection", "twice daily"), nor translated copy's
# list of products ("respectively is A and B", 分别是A和B).
_REPEATED = re.compile(
    r"\btwice\b(?![- ](?:a |per |)(?:day|daily|week|weekly|month|monthly|year|yearly)\b)"
    r"|\bagain\b|\bboth times\b|\brespectively\b(?!,?\s+(?:is|are)\b)|先后|分别(?!是)|两次|再次"
)


@dataclass(frozen=True)
class Candidate:
    drug: int
    type: str
    agency: str
    jurisdiction: str
    date: DateMention | None
    sentence: Segment
    trigger: Trigger
    attributes: dict[str, object] = field(default_factory=dict)
    confidence: float = 0.9
    # Dated as before the news ("earlier this year"): a second event, not a vaguer mention.
    prior: bool = False
    # Told as the drug's first time ("2021年6月，该药首次获批"): today's undated news is not it.
    first: bool = False


def assemble(ctx: Context) -> list[Candidate]:
    candidates: list[Candidate] = []
    generic: list[Candidate] = []
    for index, matches in ctx.scan.by_sentence.items():
        sentence = ctx.sentences[index]
        clauses = list(ctx.clauses[index])
        triggers = find_triggers(ctx.text, sentence, clauses, ctx.lang, ctx.programmes, matches)
        previous: list[Candidate] = []
        ends = tuple(t.end for t in triggers)
        for trigger in triggers:
            # Only the article's first event may borrow the next sentence's announcement date.
            made = _candidates_for(ctx, index, trigger, previous, candidates, ends)
            if made and made[0].drug < 0:
                generic.extend(made)
                continue
            candidates.extend(made)
            previous = made or previous
    return [_date_from_generic(c, generic) for c in candidates]


def _date_from_generic(candidate: Candidate, generic: list[Candidate]) -> Candidate:
    """A roundup's dated generic event ("rejected one at its December meeting") dates the
    undated named event of the same kind and place reported later."""
    if candidate.date is not None:
        return candidate
    for event in generic:
        same = (event.type, event.jurisdiction) == (candidate.type, candidate.jurisdiction)
        if same and event.date is not None and event.sentence.start < candidate.sentence.start:
            return replace(candidate, date=event.date)
    return candidate


def _candidates_for(
    ctx: Context,
    index: int,
    trigger: Trigger,
    previous: list[Candidate],
    told: list[Candidate],
    ends: tuple[int, ...],
) -> list[Candidate]:
    sentence = ctx.sentences[index]
    lead = not told
    if trigger.follow:
        if not previous:
            return []
        drugs, fallback = sorted({c.drug for c in previous}), False
        trigger = replace(trigger, type=previous[0].type)
    else:
        drugs, fallback = drugs_for(ctx, sentence, trigger, told)
    regulators, guessed = regulators_for(ctx, index, trigger)
    if not regulators:
        return []
    if not drugs:
        clause_text = ctx.text[trigger.clause.start : trigger.clause.end]
        if not ctx.lang.generic_object.search(clause_text):
            return []
        drugs = [-1]
    # The clause's dates no earlier event of it claims, found once for both uses.
    unclaimed = [d for d in ctx.dates_in(trigger.clause.start, trigger.clause.end)
                 if not _claimed(ctx, d, trigger, ends)]  # fmt: skip
    if _dated_after_publication(ctx, trigger, unclaimed):
        return []
    date = _date_for(ctx, index, trigger, lead, ends, unclaimed)
    if trigger.bare and (date is None or date.start < trigger.clause.start):
        return []
    confidence = 0.9 - 0.2 * fallback - 0.15 * guessed - 0.05 * (date is None)
    made = []
    for when in (
        _repeated_dates(ctx, index, trigger, date, ends) if len(regulators) == 1 else [date]
    ):
        made += _made(ctx, sentence, trigger, drugs, regulators, when, confidence)
    return made


def _made(
    ctx: Context,
    sentence: Segment,
    trigger: Trigger,
    drugs: list[int],
    regulators: list[Regulator],
    date: DateMention | None,
    confidence: float,
) -> list[Candidate]:
    attributes = describe(ctx, trigger, sentence, date)
    prior = date is not None and "earlier" in ctx.lowered[max(0, date.start - 8) : date.end]
    first = date is not None and "首次" in ctx.text[max(0, trigger.start - 8) : trigger.start]
    return [
        Candidate(drug, trigger.type, r.agency, r.jurisdiction, date, sentence, trigger,
                  attributes, confidence, prior, first)
        for drug in drugs
        for r in regulators
    ]  # fmt: skip


def _repeated_dates(
    ctx: Context, index: int, trigger: Trigger, date: DateMention | None, ends: tuple[int, ...]
) -> list[DateMention | None]:
    """ "turned it down twice, issuing letters in 2020 and again in August 2023", "in
    January and May 2023 twice obtained …": one trigger told with its dates, one event each."""
    if date is None:
        return [date]
    sentence, clause = ctx.sentences[index], trigger.clause
    in_clause = ctx.dates_in(clause.start, clause.end)
    if len(in_clause) < 2:
        return [date]
    words = ctx.lowered[sentence.start : sentence.end]
    if not any(w in words for w in _REPEAT_WORDS) or not _REPEATED.search(words):
        return [date]
    if sum(clause.start <= end <= clause.end for end in ends) > 1:
        return [date]  # "accepted … and granted priority review in May and June, respectively"
    dates: dict[str, DateMention] = {}
    for found in in_clause:
        if found.kind != "future" and found.value and not _claimed(ctx, found, trigger, ends):
            dates.setdefault(found.value, found)
    return list(dates.values()) if len(dates) > 1 else [date]


def _date_for(
    ctx: Context,
    index: int,
    trigger: Trigger,
    lead: bool,
    ends: tuple[int, ...],
    unclaimed: list[DateMention],
) -> DateMention | None:
    clause = trigger.clause
    if trigger.type == "priority_review" and ctx.text.endswith("通过", 0, trigger.start):
        # The route of an approval ("通过优先审评审批程序获批"): granted earlier, undated.
        return None
    in_clause = [d for d in unclaimed if d.kind != "future"]
    if len(in_clause) > 1:
        in_clause = [d for d in in_clause if not connective(ctx.text, d)] or in_clause
    if trigger.type not in FILING_STEPS:
        in_clause = [d for d in in_clause if not dates_filing_step(ctx.text, d)]
    earlier = _told_earlier(ctx, trigger)
    if earlier:
        before = max((e for e in ends if clause.start <= e <= trigger.start), default=0)
        in_clause = [d for d in in_clause if d.start >= before]
    if in_clause:
        told = _known(min(in_clause, key=lambda d: _date_distance(ctx, d, trigger)))
        if lead and told is not None and index + 1 < len(ctx.sentences):
            return borrowed.retold_day(ctx, index + 1, trigger, told) or told
        return told
    if earlier:
        return None
    # A state ("it is also approved in Japan") borrows no neighbour's date.
    if borrowed.stative(ctx.text, trigger):
        return None
    if not clause.hard and not trigger.bare:
        soft = _soft_neighbours(ctx.clauses[index], clause)
        pool = [
            d
            for c in soft
            for d in ctx.dates_in(c.start, c.end)
            if d.kind != "future" and not borrowed.neighbours_own(ctx, c, d, trigger, ends)
        ]
        if pool:
            return _known(min(pool, key=lambda d: _date_distance(ctx, d, trigger)))
    if lead and index + 1 < len(ctx.sentences) and not borrowed.retold(ctx, index + 1, trigger):
        after = ctx.sentences[index + 1]
        found = borrowed.retelling_date(ctx, after) or borrowed.announcement_date(ctx, after)
        if found is not None:
            return found
    return borrowed.meeting_date(ctx, trigger) or _scene_date(ctx, index)


def _told_earlier(ctx: Context, trigger: Trigger) -> bool:
    low = max(trigger.clause.start, trigger.start - 40)
    # Matches hold a hint (no letter with other case forms, as "i" has); most windows none.
    window = ctx.lowered[low : trigger.start]
    if not any(hint in window for hint in _EARLIER_HINTS):
        return False
    return _EARLIER.search(ctx.text, low, trigger.start) is not None


def _dated_after_publication(ctx: Context, trigger: Trigger, pool: list[DateMention]) -> bool:
    """The clause's date for the event is after the news ("计划于2026年递交"): a plan."""
    if not pool:
        return False
    nearest = min(pool, key=lambda d: _date_distance(ctx, d, trigger))
    return nearest.kind == "future" and nearest.value is not None


def _claimed(ctx: Context, date: DateMention, trigger: Trigger, ends: tuple[int, ...]) -> bool:
    """English dates an event after its verb: a date between an earlier event of the clause
    and this one ("designated in October 2015 and was designated as an orphan drug") is the
    earlier event's. Priority review comes with the acceptance before it, on its date."""
    if (
        ctx.lang.negation_window < 10
        or date.end > trigger.start
        or trigger.type == "priority_review"
    ):
        return False
    return any(trigger.clause.start <= end <= date.start for end in ends if end != trigger.end)


def _scene_date(ctx: Context, index: int) -> DateMention | None:
    """ "X got half of what it asked for on Aug. 4. The agency approved …": an undated
    event takes the one exact day of the event-free sentence that sets its scene."""
    sentence = ctx.sentences[index]
    if (
        index == 0
        or index - 1 in ctx.scan.by_sentence
        or ctx.dates_in(sentence.start, sentence.end)
    ):
        return None
    prior = ctx.sentences[index - 1]
    days = [d for d in ctx.dates_in(prior.start, prior.end) if d.kind != "future"]
    if len(days) != 1 or days[0].precision != "day" or days[0].value is None:
        return None
    # A line holding only a date is the document's date (a notice's head), no scene.
    alone = (
        not ctx.text[prior.start : prior.end]
        .replace(ctx.text[days[0].start : days[0].end], "")
        .strip(" .,:")
    )
    return None if alone else days[0]


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
