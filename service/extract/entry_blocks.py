"""Entry blocks of a tracker or a newsletter roundup: a header line naming one product, then
the lines that tell what happened to it, without naming it again.

Two shapes are common. A header of labelled fields ("Product: Brand (inn) | Sponsor: X")
with fields below it ("Action: NDA approval | Date: Oct. 7, 2025", "Comment: …"), and a
bullet naming the product and its owner ("- Inn (CODE-1) | Company") with an indented
sentence below ("Approval granted on 3 May for …"). A block runs to the next header, or
to the line that leaves it (a blank line after fields, a line no deeper than the bullet).
Short lines outside the blocks are the headings of the sections holding them ("UNITED
STATES (FDA)", "Approvals"); a header labelled as a proposal ("- Proposed: CODE-7 | X")
reports no event. A regulator's notice lists items under a heading that tells what was done
to each ("Orphan drug designations granted", then "- Inn. Sponsor: X. Date of designation:
19/08/2025."): each item is a block of its own line, its action the heading's words.
This module reads the text only; `entry_events` reads the names.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from service.extract.sentences import short_line

_BULLET = re.compile(r"[ \t]*[-•*▪–·][ \t]+")
# A header's first field names the product: "Product: …", "Drug name: …".
_PRODUCT_WORDS = ("product", "drug", "medicine", "candidate", "asset", "compound")
_PRODUCT_LABEL = re.compile(rf"(?:{'|'.join(_PRODUCT_WORDS)})(?:[ \t]+name)?[ \t]*:", re.IGNORECASE)
# A header that tells a proposal, a plan or a pending step, not an event.
_PROPOSAL_LABEL = re.compile(
    r"(?:proposed|proposal|pending|planned|expected|upcoming)[ \t]*:", re.IGNORECASE
)
# Any other field's label opening a line ("Action:", "Indication:") opens no block.
_LABEL = re.compile(r"[A-Za-z][\w/()-]*(?:[ \t][\w/()-]+){0,3}[ \t]*:(?:[ \t]|$)")
_CELL_BREAK = re.compile(r"[ \t]*\|[ \t]*")
# The field telling the product's event, and the one dating it (not a target date: "PDUFA
# date", "Expected date").
_ACTION = re.compile(
    r"(?:regulatory[ \t]+)?(?:action|event|milestone|decision|outcome)[ \t]*:[ \t]*", re.I
)
_DATE = re.compile(r"(?:(?:action|decision|event|effective)[ \t]+)?date[ \t]*:[ \t]*", re.I)
# A header or heading is a short line: at most this many words, ending no sentence.
_HEADER_WORDS = 16
_HEADING_WORDS = 8
_SENTENCE_ENDS = (".", ";", "!", "?", "。", "；")
# What opens a line that may open a block: a bullet, or a product's field. (Searched after
# a line break, a literal the regex engine skips ahead to; the first line is matched alone.)
_OPENER = rf"[ \t]*(?:[-•*▪–·][ \t]|(?i:{'|'.join(_PRODUCT_WORDS)})\b)"
_OPENING = re.compile(rf"\n{_OPENER}")
_FIRST_OPENING = re.compile(_OPENER)


# A heading that tells what was done to each item listed below it, with no verb of their own
# ("Orphan drug designations granted", "Priority determinations granted"): not one refused.
# A translated notice puts the act and its day in a parenthesis closing the heading: "Orphan
# drug designations (notified September 12, 2025)".
_DONE_WORDS = r"(?:\b(?:granted|issued|approved|awarded|accepted)|\((?:notified|designated)\b)"
_DONE_DAY = r"(?:[ \t]+(?:on[ \t]+)?[\w ,.]{4,30}\))?"
_DONE = re.compile(rf"(?<!not ){_DONE_WORDS}{_DONE_DAY}[ \t]*$", re.I)
_DONE_CLOSER = re.compile(rf"{_DONE_WORDS}{_DONE_DAY}[ \t]*\n", re.I)
# An item's field dating it: "Date of determination: 04/08/2025", "Date: 3 May 2025".
_DATE_FIELD = re.compile(r"\bdate(?:[ \t]+of[ \t]+[a-z]+)?[ \t]*:[ \t]*", re.I)
# Or the item is a run of fields opening on its substance's ("Active substance: inn (CODE)",
# "Applicant: X", "Date of decision: 05.03.2026"), as Swissmedic's monthly list sets them.
_ITEM_FIELD = r"[ \t]*(?:active|medicinal)[ \t]+(?:substances?|ingredients?)[ \t]*:"
_ITEM_FIELDS = re.compile(_ITEM_FIELD, re.I)
_ITEM_OPENING = re.compile(rf"\n{_ITEM_FIELD}", re.I)


class Block(NamedTuple):
    start: int  # the header line's start
    head_end: int  # the header line's end
    end: int  # the last line's end
    proposal: bool


class Action(NamedTuple):
    """An Action field: its line, its value, where its block's Date field writes the date,
    and its block's index."""

    line: tuple[int, int]
    value: tuple[int, int]
    date: tuple[int, int] | None
    block: int


class Blocks(NamedTuple):
    blocks: tuple[Block, ...] = ()
    actions: tuple[Action, ...] = ()
    # Short lines outside the blocks: the headings of the sections holding them.
    headings: tuple[tuple[int, int], ...] = ()


NO_BLOCKS = Blocks()


def read_blocks(text: str) -> Blocks:
    """The text's entry blocks, their Action fields and the headings around them."""
    if not _may_hold_blocks(text):
        return NO_BLOCKS
    lines = _lines(text)
    blocks: list[Block] = []
    actions: list[Action] = []
    headings: list[tuple[int, int]] = []
    at = 0
    done: tuple[int, int] | None = None  # a heading telling what was done to each item below
    while at < len(lines):
        start, end = lines[at]
        kind = _header(text, lines[at], lines[at + 1] if at + 1 < len(lines) else None)
        if kind is None:
            if _heading(text[start:end]):
                headings.append((start, end))
                done = (start, end) if _DONE.search(text, start, end) else None
            elif done is not None and _ITEM_FIELDS.match(text, start, end):
                last, item = _done_fields(text, lines, at)
                actions.append(Action((start, end), done, item, len(blocks)))
                blocks.append(Block(start, end, lines[last][1], False))
                at = last
            elif done is not None and (item := _done_item(text, start, end)) is not None:
                actions.append(Action((start, end), done, item, len(blocks)))
                blocks.append(Block(start, end, end, False))
            elif text[start:end].strip():
                done = None  # prose ends the heading's list
            at += 1
            continue
        last = _block_end(text, lines, at, kind)
        actions += _actions(text, lines[at : last + 1], len(blocks))
        blocks.append(Block(start, end, lines[last][1], kind == "proposal"))
        at = last + 1
    if not blocks:
        return NO_BLOCKS
    return Blocks(tuple(blocks), tuple(actions), tuple(headings))


def _may_hold_blocks(text: str) -> bool:
    """Whether a line may open a header, or a heading may tell what was done to the items
    below it: the cheap test that spares most texts a reading line by line."""
    openings = [m.start() + 1 for m in _OPENING.finditer(text)]
    if _FIRST_OPENING.match(text):
        openings.insert(0, 0)
    # Most texts with bullets hold no header: their bullet lines are tested alone first.
    return any(_header(text, *_line_and_next(text, at)) for at in openings) or bool(
        (openings or _ITEM_OPENING.search(text)) and _DONE_CLOSER.search(text)
    )


def _lines(text: str) -> list[tuple[int, int]]:
    found = []
    start = 0
    for line in text.split("\n"):
        found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _line_and_next(text: str, start: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    end = text.find("\n", start)
    if end < 0:
        return (start, len(text)), None
    after = text.find("\n", end + 1)
    return (start, end), (end + 1, len(text) if after < 0 else after)


def _header(text: str, line_at: tuple[int, int], following: tuple[int, int] | None) -> str | None:
    """What opens a block at this line (`following` is the next): "fields" (a product's
    field), "bullet", "proposal", or nothing."""
    start, end = line_at
    line = text[start:end]
    bullet = _BULLET.match(text, start, end)
    content = bullet.end() if bullet else start + len(line) - len(line.lstrip())
    if _PRODUCT_LABEL.match(text, content, end):
        return "fields"
    if bullet is None or len(text[content:end].split()) > _HEADER_WORDS:
        return None
    if _PROPOSAL_LABEL.match(text, content, end):
        return "proposal"
    if _LABEL.match(text, content, end):
        return None  # a field of the block above ("- Action: …")
    if " | " in text[content:end]:
        return "bullet"  # its owner's name may end on a point ("| Acme Co., Ltd.")
    deeper = following is not None and _indent(text, following) > _indent(text, line_at)
    return "bullet" if deeper and _short(text[content:end], _HEADER_WORDS) else None


def _block_end(text: str, lines: list[tuple[int, int]], at: int, kind: str) -> int:
    """The index of the block's last line. Any header opens the next block; a bullet's lines
    are indented deeper than it, and fields run on to a blank line or a heading."""
    depth = _indent(text, lines[at])
    last = at
    for index in range(at + 1, len(lines)):
        start, end = lines[index]
        if not text[start:end].strip():
            if kind == "fields" and _indent(text, _next_filled(text, lines, index)) <= depth:
                break
            continue
        if _header(text, lines[index], lines[index + 1] if index + 1 < len(lines) else None):
            break
        if _indent(text, lines[index]) <= depth and (kind != "fields" or _heading(text[start:end])):
            break
        last = index
    return last


def _next_filled(text: str, lines: list[tuple[int, int]], index: int) -> tuple[int, int]:
    for start, end in lines[index + 1 :]:
        if text[start:end].strip():
            return start, end
    return lines[index]


def _indent(text: str, line: tuple[int, int]) -> int:
    body = text[line[0] : line[1]]
    return len(body) - len(body.lstrip(" \t")) if body.strip() else 0


def _short(line: str, most: int) -> bool:
    return short_line(line, most, _SENTENCE_ENDS)


def _heading(line: str) -> bool:
    """A short line of its own that is neither a bullet nor a field ("JAPAN (MHLW / PMDA)",
    "Approvals")."""
    return _short(line, _HEADING_WORDS) and not _BULLET.match(line) and ": " not in line


def _done_item(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a bullet listed under a `_DONE` heading is dated: its Date field, else the whole
    line; None for a line that is no item (not a bullet, or a field of one)."""
    bullet = _BULLET.match(text, start, end)
    if bullet is None or _LABEL.match(text, bullet.end(), end):
        return None
    if _PROPOSAL_LABEL.match(text, bullet.end(), end):
        return None
    field = _DATE_FIELD.search(text, bullet.end(), end)
    return (field.end(), end) if field else (bullet.end(), end)


def _done_fields(
    text: str, lines: list[tuple[int, int]], at: int
) -> tuple[int, tuple[int, int] | None]:
    """The index of the last line of a run of fields listed under a `_DONE` heading (it runs
    to a blank line), and where its Date field writes the date."""
    last = at
    while last + 1 < len(lines) and text[slice(*lines[last + 1])].strip():
        last += 1
    for start, end in lines[at : last + 1]:
        if field := _DATE_FIELD.match(text, start, end):
            return last, (field.end(), end)
    return last, None


def _actions(text: str, lines: list[tuple[int, int]], block: int) -> list[Action]:
    """The block's Action fields, each dated by the Date field of its line, else the
    block's first."""
    found: list[tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None]] = []
    dated: tuple[int, int] | None = None
    for start, end in lines:
        action = date = None
        for cell_start, cell_end in _cells(text, start, end):
            if (label := _ACTION.match(text, cell_start, cell_end)) and action is None:
                action = (label.end(), cell_end)
            elif (label := _DATE.match(text, cell_start, cell_end)) and date is None:
                date = (label.end(), cell_end)
        dated = dated or date
        if action is not None:
            found.append(((start, end), action, date))
    return [Action(line, value, date or dated, block) for line, value, date in found]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The line's cells split at bars, each without the bullet or blanks before it."""
    bullet = _BULLET.match(text, start, end)
    at = bullet.end() if bullet else start
    cells = []
    for bar in _CELL_BREAK.finditer(text, at, end):
        cells.append((at, bar.start()))
        at = bar.end()
    cells.append((at, end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in cells]
