"""A headline line's event that the body tells again.

A release's headline over its body ("Acme Announces First Patient Dosed in Phase 1 Trial of
X") names no regulator or place: where it happened is guessed from the text around it. When
the body tells the same drug's event of the same kind with its own place ("the first patient
was dosed on June 17 at a site in Houston"), the headline is that event restated, not a second
one where the guess fell.
"""

from __future__ import annotations

from service.extract.assembly import Candidate
from service.extract.context import Context
from service.extract.event_regulators import regulators_for
from service.extract.sentences import own_line


def without_restated_headline(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` less the headline's events whose place was guessed and whose drug and kind
    the body tells somewhere else (see the module)."""
    if not ctx.sentences or not own_line(ctx.text, ctx.sentences[0]):
        return candidates
    headline = ctx.sentences[0]
    body = {(c.drug, c.type) for c in candidates if c.sentence.start > headline.start}
    return [
        c
        for c in candidates
        if c.sentence != headline or (c.drug, c.type) not in body or not _guessed(ctx, c)
    ]


def _guessed(ctx: Context, candidate: Candidate) -> bool:
    """The headline names no regulator or place that acted in the event."""
    return regulators_for(ctx, 0, candidate.trigger)[1]
