"""Tables of a file's milestones: a step and its date per row, under a heading.

A regulator's decision document lists the steps of a file under a heading ("Submission
milestones", "Regulatory timeline"): "Submission filed | 2024-12-18", "Screening Acceptance
Letter issued: 2025-01-28". A sub-heading line ("Request for priority status") names what
the rows below it did ("Filed: …", "Approval issued by Director: …"). Read as sentences,
such rows mislead ("Request for priority status approved" reads as an approval), so they are
read here as a label and a date, and the sentence reader leaves their lines alone.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from service.extract.keywords import holds_one_of
from service.extract.sentences import line_end, short_line

_HEADING_HINTS = ("milestone", "timeline", "regulatory history", "key dates")
_HEADING = re.compile(r"\b(?:milestones?|timeline|regulatory history|key dates)\b", re.I)
# Letters that IGNORECASE matches to a hint's letter but lower() does not turn into it (İ, ı
# and ſ to "i" and "s"): a text holding one is searched by the pattern itself.
_FOLDED_ONLY = ("\u0130", "\u0131", "\u017f")
_HEADING_WORDS = 12
_SUB_HEADING_WORDS = 8
# The date shapes a table writes; the value is read by the date finder, from the same text.
_DATE = (
    r"(?:(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"|[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d"
    r"|[A-Z][a-z]{2,8}\.?\s+(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d"
    r"|Q[1-4]\s+(?:19|20)\d\d)"
)
_DATED = re.compile(_DATE)
# One step of a cell: its label (when the cell holds it) and the date closing it. A cell may
# hold several when a page's line breaks inside it were lost ("Filed: … Approval issued: …").
_STEP = re.compile(
    rf"[ \t]*(?:(?P<label>[^|\t:]*[^|\t:\s])[ \t]*(?::|[ \t][-–—])[ \t]*)?"
    rf"(?P<date>{_DATE})(?![\w-])[ \t]*\.?"
)
# A decision page may set its steps out as labelled lines with no heading over them
# ("Submission filed: 2025-04-11", "Screening accepted: 2025-05-16"): a run of such lines
# is a table of its own. One dated field alone is the sentence reader's.
_FIELD_ROW = re.compile(
    rf"[ \t]*(?:[-•*▪–][ \t]+)?[A-Za-z][^|\t:\n]{{0,120}}:[ \t]*{_DATE}(?![\w-])[ \t]*\.?[ \t]*"
)
_RUN_ROWS = 2
# Cells are split by bars or tabs; markdown's outer bars and its rule lines are no content.
_CELL_BREAK = re.compile(r"[ \t]*[|\t][ \t]*")
_RULE_LINE = re.compile(r"[\s|:+=_-]*")
_BULLET = re.compile(r"^[-•*▪–]\s+")
_SENTENCE_END = (".", "!", "?", ";", ",")
# Words naming what a step is about; a label without one ("Filed", "Approval issued by
# Director") is about its sub-heading's subject.
_SUBJECT = re.compile(
    r"submission|application|dossier|\b(?:s?nds|s?nda|s?bla|maa|noc|artg)\b|screening|"
    r"priorit|notice|registration|designation|determination|letter|review|evaluation|"
    r"meeting|label|undertaking|decision|authori[sz]ation|request"
)

_AGENT = re.compile(r"\s+by\s+")


class Row(NamedTuple):
    """One dated step: its line, what it says (with its sub-heading's words when it needs
    them), where its date is written, and its table's heading line."""

    start: int
    end: int
    label: str
    date_start: int
    date_end: int
    heading: tuple[int, int]


class Tables(NamedTuple):
    rows: tuple[Row, ...] = ()
    # The tables' heading and sub-heading lines (those followed by a row).
    headings: tuple[tuple[int, int], ...] = ()


NO_TABLES = Tables()


def read_tables(text: str, lowered: str) -> Tables:
    """The dated rows of every milestone table in the text, and its heading lines; then the
    rows of the runs of dated fields outside them."""
    found_at = _heading_words(text, lowered)
    runs = _field_runs(text)
    if not found_at and not runs:
        return NO_TABLES
    rows: list[Row] = []
    headings: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for at in found_at:
        if at < position:
            continue  # inside a table already read
        start = text.rfind("\n", 0, at) + 1
        end = line_end(text, start)
        if not _is_heading(text[start:end]):
            continue
        found, taken, position = _read_rows(text, (start, end))
        if found:
            rows += found
            headings += [(start, end), *taken]
            spans.append((start, position))
    for start in runs:
        if not any(low <= start < high for low, high in spans):
            rows += _read_run(text, start)
    return Tables(tuple(sorted(rows)), tuple(headings))


def _field_runs(text: str) -> list[int]:
    """Where each run of `_RUN_ROWS` or more consecutive dated field lines starts. (Lines
    are found from their colons: most articles hold few, and most lines none.)"""
    runs: list[int] = []
    first = count = 0
    last_end = -2
    at = text.find(":")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = line_end(text, start)
        if _FIELD_ROW.fullmatch(text, start, end):
            if start != last_end + 1:
                runs += [first] if count >= _RUN_ROWS else []
                first, count = start, 0
            count += 1
            last_end = end
        at = text.find(":", end)
    return [*runs, first] if count >= _RUN_ROWS else runs


def _read_run(text: str, start: int) -> list[Row]:
    """The rows of a run of dated fields: its lines up to the first that is no row. Its
    rows have no heading; each label tells its own step."""
    rows: list[Row] = []
    while start < len(text):
        end = line_end(text, start)
        line = text[start:end]
        steps = _steps(line, start, _cells(line))
        if not steps:
            break
        rows += [Row(start, end, label, low, high, (start, start)) for label, low, high in steps]
        start = end + 1
    return rows


def _heading_words(text: str, lowered: str) -> list[int]:
    """Where `_HEADING` matches, in order. News often says "milestone" or "timeline": the
    hints are found by `str.find` and the pattern tried only there, since a search of the
    whole text by a case-insensitive pattern opening with \\b costs as much as the rest."""
    starts = set()
    for hint in _HEADING_HINTS:
        at = lowered.find(hint)
        while at >= 0:
            starts.add(at)
            at = lowered.find(hint, at + len(hint))
    if starts and holds_one_of(text, _FOLDED_ONLY):
        return [m.start() for m in _HEADING.finditer(text)]
    # (No hint can start inside another's match, so these are the matches a scan finds.)
    return [at for at in sorted(starts) if _HEADING.match(text, at)]


def _read_rows(text: str, heading: tuple[int, int]) -> tuple[list[Row], list[tuple[int, int]], int]:
    """The rows under a heading line, the sub-heading lines above them, and where the table
    ends: at the first line that is neither a row nor a sub-heading."""
    rows: list[Row] = []
    taken: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []  # sub-headings, taken once a row follows them
    group = ""
    start = heading[1] + 1
    while start < len(text):
        end = line_end(text, start)
        line = text[start:end]
        cells = _cells(line)
        steps = _steps(line, start, cells)
        if steps:
            for label, date_start, date_end in steps:
                own = " ".join(c for c in (*cells[:-1], label) if c)
                named = names_subject(own)
                told = own if named else f"{group} {own}".strip()
                rows.append(Row(start, end, told, date_start, date_end, heading))
                # A step naming its own subject closes the sub-heading's rows.
                group = "" if named else group
            taken += pending
            pending = []
        elif _RULE_LINE.fullmatch(line):
            pass
        elif len(cells) > 1 or _is_sub_heading(line):
            group = next((c for c in cells if c), "").rstrip(":")
            pending.append((start, end))
        else:
            break
        start = end + 1
    return rows, taken, start


def step_head(label: str) -> str:
    """What a step's label says was done, before who did it ("Approval issued" of "Approval
    issued by Director, Centre for Evaluation of …"): the actor's words tell nothing of it."""
    return _AGENT.split(label, maxsplit=1)[0]


def names_subject(label: str) -> bool:
    """Whether a step's label names what it is about ("Submission filed", not "Filed")."""
    return _SUBJECT.search(step_head(label).lower()) is not None


def _steps(line: str, offset: int, cells: list[str]) -> list[tuple[str, int, int]]:
    """(label, date start, date end) of each step the line's last cell dates, or none when
    that cell is not only dated steps."""
    last = cells[-1] if cells else ""
    if not last:
        return []
    at = line.rfind(last)
    steps = []
    while at < len(line.rstrip(" \t|")):
        step = _STEP.match(line, at)
        if step is None:
            return []
        steps.append((step["label"] or "", offset + step.start("date"), offset + step.end("date")))
        at = step.end()
    return steps


def _cells(line: str) -> list[str]:
    content = line.strip()
    content = content.removeprefix("|").removesuffix("|")
    content = _BULLET.sub("", content, count=1)
    return [cell.strip() for cell in _CELL_BREAK.split(content)]


def _is_heading(line: str) -> bool:
    return _short_line(line, _HEADING_WORDS)


def _is_sub_heading(line: str) -> bool:
    """A short line that ends no sentence and dates nothing ("Screening", "Review")."""
    return _short_line(line, _SUB_HEADING_WORDS) and not _DATED.search(line)


def _short_line(line: str, most: int) -> bool:
    return short_line(line, most, _SENTENCE_END)
