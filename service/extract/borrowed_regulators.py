"""The regulator an event borrows when its sentence names none that acted: its tracker
section's, the lead's, the one a heading's body names, the issuer of a regulator's own notice,
one named the sentence before or after, the page's own, or the only one that grants it."""

from __future__ import annotations

import re

from service.extract.agencies import Regulator
from service.extract.attribution import THIS_EVENT
from service.extract.context import Context
from service.extract.entry_events import section_regulator
from service.extract.event_words import Trigger
from service.extract.implied_regulators import named_before
from service.extract.listings import field_line
from service.extract.page_headlines import body_below
from service.extract.regulator_bystanders import leads_a_scheme
from service.extract.regulator_remits import fits, sole_grantor
from service.extract.sentences import Segment, own_line

# A heading's longest line (in characters: Chinese writes no spaces between words).
_HEADING_CHARS = 80


def _regulator_before(ctx: Context, index: int, trigger: Trigger) -> Regulator | None:
    """The regulator that acted in the sentence before, named there or as "the agency"."""
    prior = ctx.sentences[index - 1]
    pool = [
        r
        for r in ctx.regulators_in(prior.start, prior.end)
        if r.strength == 2
        and not _planned_for(ctx, prior.start, r)
        and not leads_a_scheme(ctx.text, r)
        and fits(ctx, trigger, r)
    ]
    if pool:
        return max(pool, key=lambda r: (r.strength, r.start))
    # The sentence before tells its event of "the agency": the regulator that names.
    told = named_before(ctx.text, ctx.regulators, prior.start, prior.end)
    return told if told is not None and fits(ctx, trigger, told) else None


def regulators_beyond(
    ctx: Context, index: int, trigger: Trigger
) -> tuple[list[Regulator], bool] | None:
    """The regulator of an event whose sentence names none that acted, and whether it was
    guessed (a tracker's section names its own)."""
    section = section_regulator(ctx, ctx.sentences[index])
    if section is not None:
        # A tracker's entry: its section's heading names the regulator ("JAPAN (PMDA)").
        return [section], False
    placed = _placed_regulator(ctx, index, trigger)
    if placed is not None:
        return [placed], True
    before = _regulator_before(ctx, index, trigger) if index > 0 else None
    if before is not None:
        return [before], True
    sentence = ctx.sentences[index]
    named = named_before(ctx.text, ctx.regulators, sentence.start, trigger.start)
    # Or after the event, as its source: "received orphan designation from the Ministry".
    named = named or named_before(ctx.text, ctx.regulators, sentence.start, sentence.end)
    if named is not None and fits(ctx, trigger, named):
        return [named], True
    after = _regulator_after(ctx, index, trigger)
    if after is not None:
        return [after], True
    if ctx.default_regulator is not None and fits(ctx, trigger, ctx.default_regulator):
        return [ctx.default_regulator], True
    owner = sole_grantor(ctx, trigger)
    return ([owner], True) if owner is not None else None


def _placed_regulator(ctx: Context, index: int, trigger: Trigger) -> Regulator | None:
    """The regulator the page's layout gives the event: the lead's, a heading's body's, or
    the issuer of a regulator's own notice."""
    if index > 0 and ctx.text.endswith(THIS_EVENT, 0, trigger.start):
        # "此次获批主要基于…" is the news the lead told: its first regulator acted in it
        # (not the article's most named one, nor the places a study ran).
        lead = [r for r in ctx.regulators_in(0, trigger.start) if r.strength == 2]
        if lead:
            return lead[0]
    if _heading_line(ctx, ctx.sentences[index]) and index + 1 < len(ctx.sentences):
        # A heading announces the section below it: its body names the regulator, not
        # the end of the section above ("…尚未向FDA递交" then "X获临床试验批准").
        body = ctx.sentences[body_below(ctx, index)]  # (the page's headline: its lead)
        below = [r for r in ctx.regulators_in(body.start, body.end) if r.strength == 2]
        if below:
            return below[0]
    issuer = ctx.issuer
    if issuer is not None and fits(ctx, trigger, issuer):
        # A regulator's own notice tells its own events; another regulator's it names in the
        # sentence itself, so the one the sentence before names lends nothing.
        return issuer
    return None


# The filing told again as the next sentence's subject: "The filing answers the letter the
# FDA issued in May", "The resubmission follows the agency's …".
_FILING_RETOLD = re.compile(
    r"(?:The|This|That|Its|Their|The\s+new)\s+(?:re-?submission|submission|filing|application|"
    r"dossier|package)\b"
)


def _regulator_after(ctx: Context, index: int, trigger: Trigger) -> Regulator | None:
    """A filing told without its regulator, which the next sentence names while telling the
    filing again (its subject): the regulator the filing went to."""
    if trigger.type != "application_submission" or index + 1 >= len(ctx.sentences):
        return None
    after = ctx.sentences[index + 1]
    if not _FILING_RETOLD.match(ctx.text, after.start):
        return None
    named = [r for r in ctx.regulators_in(after.start, after.end) if r.strength == 2]
    return named[0] if named and fits(ctx, trigger, named[0]) else None


def _heading_line(ctx: Context, sentence: Segment) -> bool:
    """A short line of its own, without the punctuation that ends a sentence (not a field of
    a listing's entry, "Authorisation date: 06.05.2025", which the next field does not tell)."""
    return (
        own_line(ctx.text, sentence)
        and sentence.end - sentence.start <= _HEADING_CHARS
        and not field_line(ctx.text, sentence.start)
    )


def _planned_for(ctx: Context, floor: int, regulator: Regulator) -> bool:
    """The regulator a plan names ("plans to file with the FDA next year", "计划向FDA递交")
    acted in nothing yet: it is not the one an unnamed event borrows."""
    start = max(floor, regulator.start - ctx.lang.plan_window)
    return bool(ctx.lang.plan.search(ctx.text[start : regulator.start]))
