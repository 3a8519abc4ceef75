"""Where the rows of the date table run: only where a match can be, as cheaply as possible.

Every row runs inside the regions (the event sentences and their neighbours). A row naming a
month runs near the month words; one that starts with the month is tried at each month word.
A row of phrases runs around the hints its matches hold; the ISO date row is tried where the
year row matched; the other rows run when one of their hints occurs in the text (tried at
the literals their matches start with, when there are one or two). Each shortcut finds
exactly the matches (and in the same order) that running every row over every region would.
"""

from __future__ import annotations

import re

from service.extract.case_forms import found_in
from service.extract.date_patterns import (
    AT_YEARS,
    HINTS,
    LEADS,
    MONTH_ANCHORED,
    MONTH_LEADING,
    MONTH_WORD,
    PATTERNS,
    WIDTHS,
    YEARS,
)
from service.extract.date_resolvers import Resolver
from service.extract.keywords import holds_one_of, literal_alternation
from service.extract.leads import scan_at_leads
from service.extract.rules import starts_word

Spans = list[tuple[int, int]]


def date_candidates(
    text: str, lowered: str, regions: Spans
) -> list[tuple[re.Match[str], Resolver]]:
    """Every row's matches that start a word and fit what must (not) precede, row by row."""
    if not regions:
        return []  # (every row runs inside the regions)
    scan = _Scan(text, lowered, regions)
    found = []
    skipped = _FOREIGN_ROWS if lowered.isascii() else frozenset()
    for row, (pattern, resolver, need, avoid) in enumerate(PATTERNS):
        if row in skipped:
            continue
        for m in scan.matches(row, pattern):
            if m and starts_word(text, m.start()) and _fits(text, m.start(), need, avoid):
                found.append((m, resolver))
    return found


# The rows whose every hint is Chinese: run only where one of their hints occurs, they never
# run on an ASCII text, and are passed over at once there.
_FOREIGN_ROWS = frozenset(
    row
    for row, hints in enumerate(HINTS)
    if not (MONTH_LEADING[row] or MONTH_ANCHORED[row]) and not any(h.isascii() for h in hints)
)


class _Scan:
    """Where each row of the date table runs in one text (see the module's docstring)."""

    def __init__(self, text: str, lowered: str, regions: Spans) -> None:
        self.text, self.lowered, self.regions = text, lowered, regions
        self.month_regions, self.month_starts = _month_windows(text, regions)
        self.present: dict[tuple[str, ...], bool] = {}  # rows share hints: test them once
        self.aligned = len(lowered) == len(text)  # hint offsets are the text's
        self.years: list[tuple[re.Match[str], int]] | None = None

    def matches(self, row: int, pattern: re.Pattern[str]) -> list[re.Match[str] | None]:
        text, hints, width = self.text, HINTS[row], WIDTHS[row]
        if MONTH_LEADING[row]:
            # Its matches start at a month word and hold no other: the same as a scan.
            return [pattern.match(text, at, end) for at, end in self.month_starts]
        if MONTH_ANCHORED[row]:
            return self._scanned(pattern, self.month_regions)
        if width is not None and self.aligned:
            return self._scanned(pattern, hint_windows(self.lowered, self.regions, hints, width))
        hinted = self.present.get(hints)
        if hinted is None:
            hinted = self.present[hints] = holds_any(self.lowered, hints)
        if not hinted:
            return []
        if row in (YEARS, AT_YEARS):
            if self.years is None:
                year, leads = PATTERNS[YEARS][0], LEADS[YEARS]
                self.years = [(m, e) for s, e in self.regions for m in self._led(year, leads, s, e)]
            if row == AT_YEARS:
                return [pattern.match(text, m.start(), end) for m, end in self.years]
            return [m for m, _ in self.years]
        leads = LEADS[row]
        return [m for start, end in self.regions for m in self._led(pattern, leads, start, end)]

    def _led(
        self, pattern: re.Pattern[str], leads: tuple[str, ...] | None, start: int, end: int
    ) -> list[re.Match[str]]:
        if leads is None:
            return list(pattern.finditer(self.text, start, end))
        return scan_at_leads(pattern, leads, self.text, start, end)

    def _scanned(self, pattern: re.Pattern[str], where: Spans) -> list[re.Match[str] | None]:
        return [m for start, end in where for m in pattern.finditer(self.text, start, end)]


def _hint_tests(hints: tuple[str, ...]) -> _HintTests:
    """Hints alone, and tries of the hints that share their first three characters ("on the
    1" … "on the 9"; "q1" … "q4" share their one letter): one search led by the shared
    literal costs what one hint test does. Each trie tells whether an ASCII text may hold it.
    Hints that differ only in their first character ("0 month" … "9 month", "1q" … "4q")
    are found by their shared tail: one search, and a look at the character before each hit
    (Latin tails only: a Chinese one, "日" of "次日" and "翌日", is too common for that).
    """
    families: dict[str, list[str]] = {}
    for hint in hints:
        families.setdefault(hint[:3] if len(hint) > 2 else hint[:1], []).append(hint)
    single = [f[0] for f in families.values() if len(f) == 1]
    tails: dict[str, list[str]] = {}
    for hint in single:
        tails.setdefault(hint[1:], []).append(hint)
    alone = tuple(h for h in single if len(tails[h[1:]]) == 1 or not _by_tail(h[1:]))
    shared = tuple(
        (tail, "".join(h[0] for h in members)) for tail, members in tails.items()
        if len(members) > 1 and _by_tail(tail)
    )  # fmt: skip
    tries = tuple(
        (re.compile(literal_alternation(f)), any(h.isascii() for h in f))
        for f in families.values()
        if len(f) > 1
    )
    return alone, shared, tries


def _by_tail(tail: str) -> bool:
    return bool(tail) and tail.isascii()


_HintTests = tuple[
    tuple[str, ...], tuple[tuple[str, str], ...], tuple[tuple[re.Pattern[str], bool], ...]
]
_HINT_TESTS = {hints: _hint_tests(hints) for hints in HINTS}


def holds_any(lowered: str, hints: tuple[str, ...]) -> bool:
    """Whether any of a row's hints occurs in the text (an ASCII text holds no Chinese one:
    a search for a Chinese word in it returns at once, but a trie's search would not)."""
    alone, shared, tries = _HINT_TESTS[hints]
    if holds_one_of(lowered, alone):
        return True
    # (Loops: `any` over a generator costs more than the tests, made for each row.)
    for tail, firsts in shared:
        if _after_one_of(lowered, tail, firsts):
            return True
    ascii_text = lowered.isascii()
    for trie, ascii in tries:
        if (ascii or not ascii_text) and trie.search(lowered):
            break
    else:
        return False
    return True


def _after_one_of(lowered: str, tail: str, firsts: str) -> bool:
    """Whether the tail occurs right after one of the characters in `firsts`."""
    at = lowered.find(tail, 1)
    while at >= 0:
        if lowered[at - 1] in firsts:
            return True
        at = lowered.find(tail, at + 1)
    return False


def hint_windows(lowered: str, regions: Spans, hints: tuple[str, ...], width: int) -> Spans:
    """Stretches of the regions around each hint, wide enough for any match holding it (and
    the character after, for a closing word boundary). A match lies inside a region and holds
    a hint, so it lies in the stretch around that hint; stretches that touch are joined, so a
    match is found in its stretch as in its whole region."""
    spots = []
    for start, end in regions:
        for hint in hints:
            at = lowered.find(hint, start, end)
            while at >= 0:
                spots.append((max(start, at - width), min(end, at + len(hint) + width + 1)))
                at = lowered.find(hint, at + 1, end)
    spots.sort()
    windows: Spans = []
    for low, high in spots:
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


def _month_windows(text: str, regions: Spans) -> tuple[Spans, Spans]:
    """Stretches of the regions around each month word, wide enough for any date form (a span
    of days, "between 16th and 19th June", reaches furthest before it), and each month
    word's start with the end of its stretch."""
    windows: Spans = []
    starts: list[tuple[int, int]] = []
    for start, end in regions:
        for m in MONTH_WORD.finditer(text, start, end):
            low, high = max(start, m.start() - 24), min(end, m.end() + 40)
            if windows and low <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
            else:
                windows.append((low, high))
            starts.append((m.start(), len(windows) - 1))
    return windows, [(at, windows[n][1]) for at, n in starts]


def _fits(
    text: str, start: int, need: re.Pattern[str] | None, avoid: re.Pattern[str] | None
) -> bool:
    before = text[max(0, start - 25) : start]
    if need is not None and not found_in(need, before):
        return False
    return avoid is None or not found_in(avoid, before)
