"""Approvals of a licence's change that leaves its use as it was: no approval milestone.

A register's record or a report's row may date an approval that only changed a product
already licensed: its label ("Reason for supplement: safety-related labelling changes; no
change to indications", "| SUPPL-14 | Labeling revision (safety) | approved 10/20/2026"),
its making ("Manufacturing change (new drug substance site)"), a new strength or pack. The
licence itself was told before, or is only implied; the record tells no new use. A table
read as rows under a header is judged so in `tracker_events`; this covers a record of
fields ("Date of NOC: …") and a row told within prose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from service.extract import listings
from service.extract.tracker_steps_en import same_use

if TYPE_CHECKING:
    from service.extract.context import Context
    from service.extract.sentences import Segment


def unchanged_use(ctx: Context, sentence: Segment, at: int) -> bool:
    """Whether the approval told at `at` in the sentence is of a change that kept the
    product's use: the record of fields holding it, or the sentence when it is a row of
    cells, says so."""
    text = ctx.text
    for entry in listings.entries(ctx):
        if entry.start <= at < entry.end:
            return same_use(text[entry.start : entry.end])
    row = text[sentence.start : sentence.end]
    return "|" in row and same_use(row)
