"""What the lines of an entry block tell (see `entry_blocks`): every line below the header
is about the product the header names, in the place its section's heading names ("UNITED
STATES (FDA)", "CHINA (NMPA / CDE)"); an Action field states its event as a table row does
("NDA approval", "Orphan drug designation (MHLW)"), dated by the block's Date field.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

from service.extract.agencies import Regulator, find_regulators
from service.extract.entry_blocks import Action, Block
from service.extract.implied_regulators import issuer_of, numbered_issuer
from service.extract.milestone_rows import TableEvent, action_type, step_attributes
from service.extract.milestone_tables import Row

if TYPE_CHECKING:
    from service.extract.context import Context
    from service.extract.dates import DateMention
    from service.extract.sentences import Segment

# A parenthesis, which a heading's capitals do not count ("EUROPEAN UNION (European
# Commission / EMA)"), and a bracket that tells when the news came out, not the event
# ("Oct. 7, 2025 [announced Oct. 20]").
_PARENTHESIS = re.compile(r"\([^()]*\)")
_ANNOUNCED = re.compile(r"[\[(](?:first\s+)?(?:announced|disclosed|reported|published|made public)")


class _Named(NamedTuple):
    block: Block
    drug: int | None
    regulator: Regulator | None


def owner(ctx: Context, sentence: Segment) -> tuple[bool, int | None]:
    """Whether the sentence lies below the header of an entry naming its product (or one
    labelled as a proposal), and that product (None for a proposal: no event)."""
    if not ctx.blocks.blocks:
        return False, None  # (most texts: no look-up for each event)
    for named in _named(ctx):
        block = named.block
        if block.head_end < sentence.start < block.end:
            if block.proposal or named.drug is not None:
                return True, None if block.proposal else named.drug
            # A header whose name is not read: the line's own names tell, never one above it.
            own = any(not m.comparator for m in ctx.mentions_in(sentence.start, sentence.end))
            return not own, None
    return False, None


def section_regulator(ctx: Context, sentence: Segment) -> Regulator | None:
    """The regulator of the section heading above the entry holding the sentence."""
    if not ctx.blocks.blocks:
        return None
    for named in _named(ctx):
        if named.block.head_end < sentence.start < named.block.end:
            return named.regulator
    return None


def action_events(ctx: Context) -> list[TableEvent]:
    """The events the entries' Action fields state, in order."""
    if not ctx.blocks.actions:
        return []
    named = _named(ctx)
    starts = [s.start for s in ctx.sentences]
    events = []
    for action in ctx.blocks.actions:
        event = _event(ctx, action, named[action.block], starts)
        if event is not None:
            events.append(event)
    return events


def _event(ctx: Context, action: Action, named: _Named, starts: list[int]) -> TableEvent | None:
    value = ctx.text[action.value[0] : action.value[1]]
    kind = action_type(value)
    if kind is None or named.drug is None or named.block.proposal:
        return None
    date = _date(ctx, action)
    if date is not None and date.kind == "future":
        return None  # a date still to come: a plan
    date = date if date is not None and date.value is not None else None
    # The section's heading says where the entry's event happened; a regulator the value
    # names besides may be the one relied on ("via the recognition route, reference: FDA").
    given = [r for r in ctx.regulators_in(*action.value) if r.strength == 2]
    acting = named.regulator or (given[0] if given else issuer_of(value) or ctx.default_regulator)
    if acting is None:
        return None
    block = named.block
    date_start, date_end = (date.start, date.end) if date else (action.value[1],) * 2
    row = Row(*action.line, value, date_start, date_end, (block.start, block.head_end))
    # (A heading's action is told for the item below it: the item's line is the evidence.)
    sentence = bisect_right(starts, max(action.value[0], action.line[0])) - 1
    attributes = step_attributes(kind, value, ctx.text[block.start : block.end])
    return TableEvent(kind, row, sentence, date, named.drug, acting, attributes)


def _date(ctx: Context, action: Action) -> DateMention | None:
    """The first date of the Date field, else of the action's own words, that no bracket
    gives as the day the news came out."""
    for start, end in (action.date or action.value, action.value):
        for found in ctx.dates_in(start, end):
            if not _announced(ctx.text, start, found.start):
                return found
    return None


def _announced(text: str, start: int, at: int) -> bool:
    """The position lies in a bracket opened since `start` that tells an announcement."""
    opened = max(text.rfind("[", start, at), text.rfind("(", start, at))
    closed = max(text.rfind("]", start, at), text.rfind(")", start, at))
    return opened > closed and _ANNOUNCED.match(text, opened) is not None


def _named(ctx: Context) -> list[_Named]:
    """Each block with its header's product and its section's regulator, found once."""
    found = ctx.memo.get("entry_blocks")
    if isinstance(found, list):
        return found
    found = ctx.memo["entry_blocks"] = [
        _Named(block, _header_drug(ctx, block), section_of(ctx, ctx.blocks.headings, block.start))
        for block in ctx.blocks.blocks
    ]
    return found


def _header_drug(ctx: Context, block: Block) -> int | None:
    named = [m for m in ctx.mentions_in(block.start, block.head_end) if not m.comparator]
    return named[0].drug if named else None


def section_of(
    ctx: Context, headings: tuple[tuple[int, int], ...], before: int
) -> Regulator | None:
    """The regulator the nearest of the section `headings` above names; a heading in
    capitals that names none ("OTHER MARKETS") closes the section above it."""
    for start, end in reversed(headings):
        if start >= before:
            continue
        named = ctx.regulators_in(start, end)
        if named:
            return max(named, key=lambda r: r.strength)
        numbered = numbered_issuer(ctx.text[start:end])
        if numbered is not None:
            return numbered
        line = _PARENTHESIS.sub("", ctx.text[start:end])
        if line.isupper():
            # A country in capitals ("JAPAN") is not written as the regulators' table spells it.
            countries = find_regulators(line.title())
            return countries[0] if countries else None
    return None
