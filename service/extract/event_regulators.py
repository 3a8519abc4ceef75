"""Which regulator acted in an event: the one its clause or sentence names, the issuer of
a letter only one regulator sends, or one borrowed from beyond it (`borrowed_regulators`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.agencies import Regulator
from service.extract.attribution import distance
from service.extract.borrowed_regulators import regulators_beyond
from service.extract.context import Context
from service.extract.coordinated_regulators import coordinated
from service.extract.event_words import Trigger, clause_of
from service.extract.implied_regulators import issuer_of, reviews_before
from service.extract.keywords import holds_one_of
from service.extract.programme_selectors import with_picking_runner
from service.extract.regulator_bystanders import (
    aside_regulators_set_aside,
    labelled_role,
    partners_set_aside,
    scheme_runners_set_aside,
    with_programme_partners,
)
from service.extract.sentences import Segment
from service.extract.trial_sites import site_regulator
from service.extract.vocabulary import PROGRAMME_HOMES, PROGRAMME_RUNNERS
from service.extract.worldwide import names_no_place

if TYPE_CHECKING:
    from service.extract.assembly import Candidate

# A designation's name may run on before its source: "RMAT (RMAT) designation from the".
_FROM_GAP = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?(?:\s+(?:designation|status))?\s+(?:from|by)\s+(?:the\s+)?"
)


def _named_after(text: str, pool: list[Regulator], trigger: Trigger) -> Regulator | None:
    """ "RMAT designation from the FDA": the regulator the event names as its source, not
    one closing the list before it ("orphan designation from the FDA and the EMA, RMAT …")."""
    for regulator in pool:
        if 0 < regulator.start - trigger.end <= 40 and _FROM_GAP.fullmatch(
            text, trigger.end, regulator.start
        ):
            return regulator
    return None


# Routes only China's regulator has: a trial's implied licence (默示许可), a conditional
# approval as Chinese copy names it (附条件批准), or one converted to a regular approval
# (转为常规批准: the FDA's is "完全批准"); and a Class 1 new drug's filing or approval.
_CHINA_ROUTE = re.compile(r"默示许可|implied licen[cs]e|附条件(?:批准|获批)|转为?常规批准")
_CHINA_CLASS = re.compile(r"[1一]类(?:创新药|新药)|\bClass 1 (?:innovative|new) drugs?\b")
_CHINA_CLASS_EVENTS = ("approval", "application_acceptance", "application_submission")
_PHRASE_END = re.compile(r"[，,；;]")
# Literals one of which each match above holds.
_CHINA_HINTS = ("默示许可", "implied licen", "附条件", "常规批准", "类新药", "类创新药", "class 1 ")
_NMPA = Regulator(0, 0, "NMPA", "CN", 2)


def _china_only(ctx: Context, clause: Segment, trigger: Trigger, named: bool) -> bool:
    """Whether the event took a route only China's regulator has, and its phrase names no
    regulator (the sentence may name the FDA for another: "同年获美国FDA批准开展临床试验");
    or, where its clause names none, is a Chinese class's filing or approval."""
    # Most articles name neither: one search of the article spares one per event.
    told = ctx.memo.get("china_only")
    if told is None:
        told = ctx.memo["china_only"] = holds_one_of(ctx.lowered, _CHINA_HINTS)
    if not told:
        return False
    if (
        trigger.type in _CHINA_CLASS_EVENTS
        and not named
        and _CHINA_CLASS.search(ctx.text, clause.start, trigger.end)
    ):
        return True
    if not _CHINA_ROUTE.search(ctx.text, clause.start, trigger.end):
        return False
    start = clause.start
    for comma in _PHRASE_END.finditer(ctx.text, clause.start, trigger.start):
        start = comma.end()
    after = _PHRASE_END.search(ctx.text, trigger.end, clause.end)
    return not ctx.regulators_in(start, after.start() if after else clause.end)


def _names_programme(ctx: Context, regulator: Regulator, trigger: Trigger) -> bool:
    """Chinese names the actor before its verb, but a programme's owner after it: "被纳入CDE
    “星光计划”" (the regulator runs the programme it put the drug in)."""
    return (
        trigger.type == "program_inclusion" and not ctx.text[trigger.end : regulator.start].strip()
    )


def regulators_for(ctx: Context, index: int, trigger: Trigger) -> tuple[list[Regulator], bool]:
    """The regulators that acted in a trigger's event, and whether they were guessed from
    outside its sentence; an inclusion's partners taking part in the programme with them."""
    home = PROGRAMME_HOMES.get(str(trigger.attributes.get("program")))
    if trigger.type == "program_inclusion" and home is not None:
        return [Regulator(0, 0, *home, 2)], False
    regulators, guessed = _acting_regulators(ctx, index, trigger)
    if trigger.type != "program_inclusion" or not regulators:
        return regulators, guessed
    sentence = ctx.sentences[index]
    named = ctx.regulators_in(sentence.start, sentence.end)
    runner = PROGRAMME_RUNNERS.get(str(trigger.attributes.get("program")))
    found = with_programme_partners(ctx.text, regulators, named, runner)
    found = with_picking_runner(ctx, index, trigger, found)
    page = ctx.default_regulator
    places = {r.jurisdiction for r in found}
    # A regulator's listing that labels another one's role in the work-share ("lead agency:
    # TGA (Australia)") tells of a file the listing's own regulator shared in.
    if (
        page is not None
        and page.jurisdiction not in places
        and any(r.jurisdiction in places and labelled_role(ctx.text, r) for r in named)
    ):
        found.append(page)
    return found, guessed


def _told_of_nowhere(ctx: Context, trigger: Trigger) -> bool:
    """Told of unnamed countries in its own clause, the event is nobody's, whatever the rest
    of the sentence names ("approved in several markets in Asia, and has not filed in
    Switzerland")."""
    clause = trigger.clause
    return not ctx.regulators_in(clause.start, clause.end) and names_no_place(
        ctx.text, trigger, ctx.lang.comma_phrases
    )


def _acting_regulators(ctx: Context, index: int, trigger: Trigger) -> tuple[list[Regulator], bool]:
    sentence = ctx.sentences[index]
    clause = trigger.clause
    if trigger.type == "trial_initiation":
        # A trial runs where its site is, not where another event's regulator acted.
        after = ctx.sentences[index + 1 : index + 2]
        site = site_regulator(ctx.text, clause, Segment(trigger.start, trigger.end), after)
        if site is not None:
            return [site], False
    if index > 0 and trigger.type == "program_inclusion":
        prior = ctx.sentences[index - 1]
        told = reviews_before(
            ctx.text, ctx.regulators, (sentence.start, sentence.end), (prior.start, prior.end),
            trigger.start,
        )  # fmt: skip
        if told:
            return told, True
    if _told_of_nowhere(ctx, trigger):
        return [], False
    partners: list[Regulator] = []
    named = ctx.regulators_in(sentence.start, sentence.end)
    for low, high in ((clause.start, clause.end), (sentence.start, sentence.end)):
        pool = _may_have_acted(ctx, (low, high), named, index, trigger)
        if low == clause.start and _china_only(ctx, clause, trigger, bool(pool)):
            return [_NMPA], False
        partners = partners or pool
        pool = partners_set_aside(ctx.text, pool)
        if pool:
            nearest = _named_after(ctx.text, pool, trigger) or min(
                pool, key=lambda r: (distance(r.start, r.end, trigger), -r.strength)
            )
            return coordinated(ctx.text, pool, nearest), False
    letter = issuer_of(ctx.text[trigger.start : trigger.end])
    if letter is not None and not partners:
        return [letter], False
    if not partners and names_no_place(ctx.text, trigger, ctx.lang.comma_phrases):
        return [], False
    # Only partners named ("alongside submissions in the U.S."): as if none were named.
    return regulators_beyond(ctx, index, trigger) or (partners, True)


def _may_have_acted(
    ctx: Context,
    span: tuple[int, int],
    named: tuple[Regulator, ...],
    index: int,
    trigger: Trigger,
) -> list[Regulator]:
    """The regulators named in `span` that may have acted in the event (`named`: all its
    sentence names): not one that only runs a scheme or stands in an aside, nor, where commas
    set phrases off, one named after the event (but for a programme's owner)."""
    pool = scheme_runners_set_aside(ctx.text, list(ctx.regulators_in(*span)), trigger)
    clauses = list(ctx.clauses.get(index, ()))
    pool = [r for r in pool if not _in_others_plan(ctx, trigger, clauses, r)]
    pool = aside_regulators_set_aside(ctx.text, pool, named, ctx.sentences[index].start, trigger)
    if trigger.type != "program_inclusion":
        # A role in a work-share ("lead agency: TGA") tells who reviewed, not who decided.
        pool = [r for r in pool if not labelled_role(ctx.text, r)]
    if ctx.lang.comma_phrases:
        pool = [r for r in pool if r.start < trigger.end or _names_programme(ctx, r, trigger)]
    return pool


def _in_others_plan(
    ctx: Context, trigger: Trigger, clauses: list[Segment], regulator: Regulator
) -> bool:
    """A place named in another clause's plan did not act in this event ("was granted the
    designation in 2024, and it plans to file in Europe once the FDA has acted")."""
    if not clauses or trigger.clause.start <= regulator.start < trigger.clause.end:
        return False
    own = clause_of(clauses, regulator.start)
    start = max(own.start, regulator.start - ctx.lang.plan_window)
    return bool(ctx.lang.plan.search(ctx.text[start : regulator.start]))


def granted_before(
    ctx: Context, index: int, trigger: Trigger, drugs: list[int], told: list[Candidate]
) -> list[Regulator]:
    """A designation retold in a clause that names no regulator, beside clauses whose places
    are other drugs' ("To recap, X is an orphan drug in the EU; Y has BTD"): the
    regulators that granted it to the drug as the article told before, not those places."""
    designation = trigger.attributes.get("designation")
    if not designation:
        return []
    sentence = ctx.sentences[index]
    named = ctx.regulators_in(sentence.start, sentence.end)
    if not named or not _others_places(ctx, index, trigger, named, drugs):
        return []
    granted = {
        (c.agency, c.jurisdiction)
        for c in told
        if c.type == "designation"
        and c.drug in drugs
        and c.attributes.get("designation") == designation
    }
    return [Regulator(0, 0, agency, place, 1) for agency, place in sorted(granted)]


def _others_places(
    ctx: Context, index: int, trigger: Trigger, named: tuple[Regulator, ...], drugs: list[int]
) -> bool:
    """Each regulator sits in a clause other than the trigger's, which names other drugs only."""
    for regulator in named:
        clause = clause_of(list(ctx.clauses[index]), regulator.start)
        if clause == trigger.clause:
            return False
        owners = {m.drug for m in ctx.mentions_in(clause.start, clause.end)}
        if not owners or owners & set(drugs):
            return False
    return True
