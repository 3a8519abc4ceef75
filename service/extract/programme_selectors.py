"""The regulator that picks a programme's files. Copy often tells the pick with no picker
("Because the application had been selected for Project Orbis, Health Canada and the TGA
were reviewing it in parallel"): the programme's runner chose it, so is in it as well."""

from __future__ import annotations

import re

from service.extract.agencies import Regulator
from service.extract.context import Context
from service.extract.event_words import Trigger
from service.extract.vocabulary import PROGRAMME_RUNNERS

_PICKED = re.compile(r"selected|picked|chosen|admitted|accepted", re.IGNORECASE)
# The runners whose programmes pick files from other regulators' countries too.
_RUNNER_PLACES = {"FDA": "US"}


def with_picking_runner(
    ctx: Context, index: int, trigger: Trigger, found: list[Regulator]
) -> list[Regulator]:
    """An inclusion's regulators (`found`), with the runner of its programme when the
    inclusion is a file's pick that names no regulator before it (the one picking)."""
    runner = PROGRAMME_RUNNERS.get(str(trigger.attributes.get("program")), "")
    place = _RUNNER_PLACES.get(runner)
    if place is None or place in {r.jurisdiction for r in found}:
        return found
    if not _PICKED.match(ctx.text, trigger.start):
        return found
    if ctx.regulators_in(ctx.sentences[index].start, trigger.start):
        return found
    return [*found, Regulator(0, 0, runner, place, 1)]
