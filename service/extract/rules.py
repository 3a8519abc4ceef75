"""The shape of one trigger rule shared by the English and Chinese pattern tables."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import Protocol

from service.extract.case_forms import lower_case_form
from service.extract.keywords import KeywordIndex as KeywordIndex
from service.extract.keywords import holds_one_of
from service.extract.keywords import literal_alternation as literal_alternation
from service.extract.leads import leading_literals, top_level_branches, without_prefix

# A pattern whose alternatives open with groups, or one opening with an optional group, gives
# the regex engine no literal to skip ahead to: it tries every branch at every position. Such
# a rule is tried only where one of the literals its matches start with occurs (see leads.py);
# failing that, a pattern of many alternatives first tests that the position starts a word (as
# `starts_word` does), which rejects the positions inside words at once. Either way the
# matches found stay the same.
_MANY_BRANCHES = 10
_SHORTEST_LEAD = 3
_WORD_START = r"(?:(?<![A-Za-z0-9])|(?![A-Za-z0-9]))"


@dataclass(frozen=True)
class Rule:
    type: str
    source: str
    # Lower-case literals of which at least one must occur for the pattern to be worth running.
    keywords: tuple[str, ...] = ()
    # A bare verb ("the company refiled") only counts when its own clause dates it.
    bare: bool = False
    # Names an earlier event ("an earlier approval") that must not merge into today's news.
    distinct: bool = False
    # "…, and Japan followed": repeats the previous event of the sentence elsewhere.
    follow: bool = False
    pattern: re.Pattern[str] = field(init=False, repr=False)
    # The literals its matches start with, as one trie, when the pattern needs them.
    leads: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # "[^.;]" means "within the sentence"; abbreviation dots (U.S.) do not end it.
        source = self.source.replace("[^.;]", r"(?:[^.;]|(?<=\b[a-z])\.)")
        pattern = fast_pattern(source)
        many = len(top_level_branches(pattern.pattern)) >= _MANY_BRANCHES
        literals = leading_literals(pattern.pattern) if without_prefix(pattern.pattern) else None
        leads = None
        # Short literals ("a", "re") are everywhere: trying the pattern at each costs more.
        if literals and min(map(len, literals)) >= _SHORTEST_LEAD:
            leads = re.compile(literal_alternation(literals))
        elif many:
            pattern = re.compile(f"{_WORD_START}(?:{pattern.pattern})")
        object.__setattr__(self, "pattern", pattern)
        object.__setattr__(self, "leads", leads)

    def matches(self, lowered: str, start: int, end: int) -> list[re.Match[str]]:
        """The pattern's matches in a span that start a word (see `word_matches`)."""
        if self.leads is None:
            return word_matches(self.pattern, lowered, start, end)
        return led_matches(self.pattern, self.leads, lowered, start, end)

    def scan(self, lowered: str, index: KeywordIndex) -> list[tuple[int, re.Match[str]]]:
        """Matches in the lower-cased text (same offsets as the original).

        The full pattern only runs over sentences holding one of the rule's keywords; a
        literal keyword scan is much cheaper than the pattern itself.
        """
        found: list[tuple[int, re.Match[str]]] = []
        for i, start, end in index.spans(self.keywords):
            found.extend((i, m) for m in self.matches(lowered, start, end))
        return found


def fast_pattern(source: str) -> re.Pattern[str]:
    """Compile for lower-cased text, case-sensitively and without leading word boundaries.

    Python's regex engine only skips ahead quickly when a pattern starts with literal
    characters; IGNORECASE and a leading \\b both disable that, so the boundary is checked
    afterwards by `starts_word` instead.
    """
    for escape, klass in (("\\S", "[^\\s]"), ("\\W", "[^\\w]"), ("\\D", "[^\\d]")):
        source = source.replace(escape, klass)
    # (A named group's "P" stays a capital: see `triggers` for the group "event".)
    return re.compile(strip_leading_boundaries(source.lower().replace("(?p<", "(?P<")))


def strip_leading_boundaries(source: str) -> str:
    """Drop the \\b that starts each top-level branch (see `fast_pattern`)."""
    return "|".join(b.removeprefix("\\b") for b in top_level_branches(source))


def word_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """Matches of a pattern without leading boundaries that start a word. A match that starts
    inside a word ("nda" in "Xinda") is retried one character on, so that it does not hide a
    real one it overlaps ("Xinda ... its application was accepted")."""
    found: list[re.Match[str]] = []
    while True:
        for match in pattern.finditer(text, start, end):
            if starts_word(text, match.start()):
                found.append(match)
            else:
                start = match.start() + 1
                break
        else:
            return found


def led_matches(
    pattern: re.Pattern[str], leads: re.Pattern[str], text: str, start: int, end: int
) -> list[re.Match[str]]:
    """What `word_matches` finds, trying the pattern only where one of the literals all its
    matches start with occurs: every such position in order, so none where it matches is
    skipped, and after a match the search goes on from its end, as a scan's would."""
    found: list[re.Match[str]] = []
    at = start
    while (lead := leads.search(text, at, end)) is not None:
        position = lead.start()
        match = pattern.match(text, position, end) if starts_word(text, position) else None
        if match is None:
            at = position + 1
        else:
            found.append(match)
            at = max(match.end(), position + 1)
    return found


def starts_word(text: str, start: int) -> bool:
    if start == 0 or not (text[start].isascii() and text[start].isalnum()):
        return True
    before = text[start - 1]
    return not (before.isascii() and before.isalnum())


class Guarded:
    """A case-insensitive pattern tried only where one of its literal words occurs.

    The pattern must not be able to match without one of the (lower-case) words, nor, when
    `also` is given, without one of those too (a common word such as "from" rejects little).
    """

    __slots__ = ("also", "lowered", "pattern", "words")

    def __init__(
        self, pattern: re.Pattern[str], words: tuple[str, ...], also: tuple[str, ...] = ()
    ) -> None:
        self.pattern = pattern
        self.words = words
        self.also = also
        self.lowered = lower_case_form(pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        window = text[pos:endpos].lower()
        # (A loop: `any` over a generator cost more than the tests, called for every clause.)
        for word in self.words:
            if word in window:
                break
        else:
            return None
        if self.also and not holds_one_of(window, self.also):
            return None
        # (A whole ASCII text: the lower-case form runs on the window already lower-cased,
        # far faster than the case-blind pattern; its match's offsets are the text's.)
        if self.lowered is not None and pos == 0 and endpos >= len(text) and window.isascii():
            return self.lowered.search(window)
        return self.pattern.search(text, pos, endpos)


class WordPattern:
    """A case-insensitive pattern whose branches all start a word, in its fast form.

    It runs on the lower-cased window without IGNORECASE or leading word boundaries (see
    `fast_pattern`), and the boundary is checked on each match. Words listed as `exact`
    only count when written in lower case ("may" the verb, not "May" the month). `rare` is
    (a literal, alternatives that only match where it occurs): they are tried after the
    others, and only in a window holding the literal, since alternatives that open with a
    class ("\\w+n't") leave the regex engine no letter to skip ahead to.
    """

    __slots__ = ("exact", "full", "needle", "pattern")

    def __init__(
        self, source: str, exact: tuple[str, ...] = (), rare: tuple[str, str] | None = None
    ) -> None:
        self.pattern = fast_pattern(source)
        self.full = fast_pattern(f"{source}|{rare[1]}") if rare else self.pattern
        self.needle = rare[0] if rare else ""
        self.exact = exact

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        window = text[pos:endpos]
        lowered = window.lower()
        pattern = self.full if self.needle in lowered else self.pattern
        for match in pattern.finditer(lowered):
            word = match.group()
            if starts_word(lowered, match.start()) and (
                word not in self.exact or window.startswith(word, match.start())
            ):
                return match
        return None


class Searcher(Protocol):
    def search(
        self, string: str, pos: int = ..., endpos: int = ...
    ) -> re.Match[str] | None: ...  # pragma: no cover


class _Never:
    """What a language lacks: it matches nothing, without the scan of the window that a
    never-matching pattern makes (English has no far negation, searched for every event)."""

    __slots__ = ()

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> None:
        return None


_NEVER = _Never()


@dataclass(frozen=True)
class Language:
    """Everything language-specific the extractor consults, in one place."""

    rules: tuple[Rule, ...]
    negation: Searcher
    plan: Searcher
    ind_context: Searcher
    designation_verbs: re.Pattern[str]
    designation_nouns: re.Pattern[str]
    priority_review: re.Pattern[str]
    priority_verbs: re.Pattern[str]
    programme_verbs: re.Pattern[str]
    programme_anaphor: re.Pattern[str]
    # Literals of which one must occur in a sentence for `programme_verbs` to run there.
    programme_keywords: tuple[str, ...]
    plural_cue: Searcher
    negation_window: int
    plan_window: int
    # Chinese: the phrase ends at a comma, and a regulator is named before its verb.
    comma_phrases: bool = False
    # Wording that a plan word does not hedge ("will be included", as a list is told).
    plan_exempt: Searcher = _NEVER
    negation_after: Searcher = _NEVER
    # Negations that reach further back within the phrase ("尚未向监管机构递交").
    negation_far: Searcher = _NEVER
    # Plan words that reach further back within the phrase ("预计…获得").
    plan_far: Searcher = _NEVER
    # What the event would then allow ("获批后可…"), unless `dated` before it in its phrase.
    plan_after: Searcher = _NEVER
    dated: Searcher = _NEVER
    generic_object: Searcher = _NEVER
    # A product the text describes without naming it, as the event's subject ("一款PARP1抑制剂
    # 获批", "the company's first product, which was approved"): no named drug's event.
    unnamed_subject: Searcher = _NEVER
    # Two steps a duration is measured between ("从受理到获批历时10个月", "from filing to
    # approval took 14 months"): names of steps, not events; a trigger starting in the span.
    step_span: Searcher = _NEVER
    application_context: re.Pattern[str] | None = None
    conditional: Searcher = _NEVER
    corporate: Searcher = _NEVER
    # Who rejected, when not a regulator: advisers, a panel (English only).
    advisory: Searcher = _NEVER
    # A trial or study just before an approval's verb: the trial was cleared, not a product.
    trial_subject: Searcher = _NEVER
