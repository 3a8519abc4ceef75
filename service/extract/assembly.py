"""Turn each trigger into candidate milestones: which drug, where, and when."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from service.extract import date_claims, event_dates, late_years
from service.extract.agencies import Regulator
from service.extract.attributes import describe
from service.extract.attribution import drugs_for
from service.extract.batch_events import batch_regulator
from service.extract.clearance_repeats import repeats_a_clearance
from service.extract.companion_dates import acceptance_date, companion_date
from service.extract.context import Context
from service.extract.dated_items import dated_item_events
from service.extract.dates import DateMention
from service.extract.entry_events import action_events
from service.extract.event_regulators import granted_before, regulators_for
from service.extract.event_words import Trigger
from service.extract.followers import told_just_before
from service.extract.hold_lifts import resumes_a_study
from service.extract.keywords import holds_one_of
from service.extract.listed_events import listed_events
from service.extract.milestone_rows import TableEvent, table_events
from service.extract.regulator_dates import regulator_dates, retold_regulator_dates
from service.extract.respective_items import dated_per_item, paired_dates
from service.extract.row_cells import row_dates
from service.extract.sentences import Segment, own_line
from service.extract.telling_dates import told_on
from service.extract.tracker_events import tracked_regulators, tracker_events
from service.extract.triggers import find_triggers
from service.extract.unchanged_uses import unchanged_use

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
    # Dated by the day the news was told ("Acme today announced that the FDA granted …"): a
    # day of its own elsewhere ("- Fast Track designation granted on May 2") is the event's.
    told: bool = False


def assemble(ctx: Context) -> list[Candidate]:
    candidates: list[Candidate] = []
    generic: list[Candidate] = []
    for index, matches in ctx.scan.by_sentence.items():
        if index in ctx.table_sentences:
            continue  # a milestone table's line: read as a row below, not as prose
        sentence = ctx.sentences[index]
        clauses = list(ctx.clauses[index])
        triggers = find_triggers(ctx.text, sentence, clauses, ctx.lang, ctx.programmes, matches)
        previous: list[Candidate] = []
        ends = tuple(t.end for t in triggers)
        for trigger in triggers:
            if resumes_a_study(ctx, index, trigger):
                continue
            if repeats_a_clearance(ctx, index, trigger, candidates):
                trigger = replace(trigger, type="ind_clearance")
            # Only the article's first event may borrow the next sentence's announcement date.
            made = _candidates_for(ctx, index, trigger, previous, candidates, ends)
            if made and made[0].drug < 0:
                generic.extend(made)
                continue
            candidates.extend(made)
            previous = made or previous
    candidates += _from_tables(ctx, dated_item_events(ctx, generic, candidates))
    return [_date_from_generic(ctx, c, generic) for c in candidates]


def _from_tables(ctx: Context, items: list[TableEvent]) -> list[Candidate]:
    made = []
    events = (*table_events(ctx), *action_events(ctx), *tracker_events(ctx), *listed_events(ctx))
    events += tuple(items)
    for event in events:
        row, regulator = event.row, event.regulator
        sentence = ctx.sentences[event.sentence]
        trigger = Trigger(event.type, row.start, row.date_start, Segment(row.start, row.end),
                          sentence_start=sentence.start)  # fmt: skip
        made.append(Candidate(event.drug, event.type, regulator.agency, regulator.jurisdiction,
                              event.date, sentence, trigger, event.attributes))  # fmt: skip
    return made


def _date_from_generic(ctx: Context, candidate: Candidate, generic: list[Candidate]) -> Candidate:
    """A roundup's dated generic event ("rejected one at its December meeting") dates the
    undated named event of the same kind and place reported later; not one its own clause
    calls recent ("近日还批准了X"), which the text leaves undated, nor a section's heading
    ("X：新一代抑制剂获批"), which the section's own words date."""
    if candidate.date is not None or not generic:
        return candidate
    clause = candidate.trigger.clause
    if own_line(ctx.text, candidate.sentence) or any(
        d.kind == "unknown" for d in ctx.dates_in(clause.start, clause.end)
    ):
        return candidate
    for event in generic:
        same = (event.type, event.jurisdiction) == (candidate.type, candidate.jurisdiction)
        if same and event.date is not None and event.sentence.start < candidate.sentence.start:
            return replace(candidate, date=event.date)
    return candidate


def _opens(ctx: Context, told: list[Candidate]) -> bool:
    """The event opens the article: none told before it, or only in the headline line over
    the body (a headline's event is the lead's, told again with its day)."""
    return all(c.sentence.start == 0 and own_line(ctx.text, c.sentence) for c in told)


def _candidates_for(
    ctx: Context,
    index: int,
    trigger: Trigger,
    previous: list[Candidate],
    told: list[Candidate],
    ends: tuple[int, ...],
) -> list[Candidate]:
    subject = _subject(ctx, index, trigger, previous, told)
    if subject is None:
        return []
    drugs, fallback, trigger = subject
    if trigger.type == "approval" and unchanged_use(ctx, ctx.sentences[index], trigger.start):
        return []
    regulators, guessed = _regulators(ctx, index, trigger, drugs, told)
    if not regulators:
        return []
    if not drugs:
        clause_text = ctx.text[trigger.clause.start : trigger.clause.end]
        if not ctx.lang.generic_object.search(clause_text):
            return []
        drugs = [-1]
    unclaimed = _unclaimed_dates(ctx, trigger, ends)
    if unclaimed is None:
        return []
    date = event_dates.date_for(
        ctx, index, trigger, _opens(ctx, told), ends, unclaimed
    ) or companion_date(ctx, index, trigger, regulators, told)
    date = date or acceptance_date(ctx, trigger, drugs, regulators, told)
    if trigger.bare and (date is None or date.start < trigger.clause.start):
        return []
    confidence = 0.9 - 0.2 * fallback - 0.15 * guessed - 0.05 * (date is None)
    return _dated_events(ctx, index, trigger, drugs, regulators, date, confidence, ends)


def _dated_events(
    ctx: Context,
    index: int,
    trigger: Trigger,
    drugs: list[int],
    regulators: list[Regulator],
    date: DateMention | None,
    confidence: float,
    ends: tuple[int, ...],
) -> list[Candidate]:
    """One event per regulator told with its own date, else one per date the trigger has."""
    sentence = ctx.sentences[index]
    paired = regulator_dates(ctx, trigger, date) or retold_regulator_dates(
        ctx, index, trigger, regulators, date
    )
    if paired:
        return [c for r, when in paired
                for c in _made(ctx, sentence, trigger, drugs, [r], when, confidence)]  # fmt: skip
    dates = _repeated_dates(ctx, index, trigger, date, ends) if len(regulators) == 1 else [date]
    made = []
    for owners, when in paired_dates(ctx, sentence, trigger, ends, drugs, dates):
        made += _made(ctx, sentence, trigger, owners, regulators, when, confidence)
    return made


def _subject(
    ctx: Context, index: int, trigger: Trigger, previous: list[Candidate], told: list[Candidate]
) -> tuple[list[int], bool, Trigger] | None:
    """(drugs, whether they were a fallback, the trigger): a "followed" repeats the event
    told just before, for its drugs; None when there is none."""
    if trigger.follow:
        previous = previous or told_just_before(ctx, index, trigger, told)
        if not previous:
            return None
        return sorted({c.drug for c in previous}), False, replace(trigger, type=previous[0].type)
    drugs, fallback = drugs_for(ctx, ctx.sentences[index], trigger, told)
    return drugs, fallback, trigger


def _regulators(
    ctx: Context, index: int, trigger: Trigger, drugs: list[int], told: list[Candidate]
) -> tuple[list[Regulator], bool]:
    """The event's regulators, and whether they were guessed."""
    regulators, guessed = regulators_for(ctx, index, trigger)
    regulators = granted_before(ctx, index, trigger, drugs, told) or regulators
    if guessed:
        # Prose naming no regulator about a tracker's drug is about the file its row lists.
        regulators = (
            tracked_regulators(ctx, drugs) or batch_regulator(ctx, trigger, told) or regulators
        )
    return regulators, guessed


def _unclaimed_dates(
    ctx: Context, trigger: Trigger, ends: tuple[int, ...]
) -> list[DateMention] | None:
    """The clause's dates no earlier event of it claims (found once for both uses), a year
    typed one too high corrected; None when they date a plan (after the news)."""
    unclaimed = [d for d in ctx.dates_in(trigger.clause.start, trigger.clause.end)
                 if not date_claims.claimed(ctx, d, trigger, ends)]  # fmt: skip
    unclaimed = row_dates(ctx.text, trigger.start, unclaimed)
    late = event_dates.date_after_publication(ctx, trigger, unclaimed)
    if late is None:
        return unclaimed
    return late_years.corrected_pool(ctx, trigger, unclaimed, late)


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
    told = date is not None and date.precision == "day" and told_on(ctx, trigger, date)
    return [
        Candidate(drug, trigger.type, r.agency, r.jurisdiction, date, sentence, trigger,
                  attributes, confidence, prior, first, told)
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
    repeated = holds_one_of(words, _REPEAT_WORDS) and _REPEATED.search(words) is not None
    if not (repeated or dated_per_item(ctx.text, in_clause)):
        return [date]
    if sum(clause.start <= end <= clause.end for end in ends) > 1:
        return [date]  # "accepted … and granted priority review in May and June, respectively"
    dates: dict[str, DateMention] = {}
    for found in in_clause:
        if (
            found.kind != "future"
            and found.value
            and not date_claims.claimed(ctx, found, trigger, ends)
        ):
            dates.setdefault(found.value, found)
    return list(dates.values()) if len(dates) > 1 else [date]
