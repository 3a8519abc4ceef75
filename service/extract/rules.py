"""The shape of one trigger rule shared by the English and Chinese pattern tables."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol


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

    def __post_init__(self) -> None:
        # "[^.;]" means "within the sentence"; abbreviation dots (U.S.) do not end it.
        source = self.source.replace("[^.;]", r"(?:[^.;]|(?<=\b[a-z])\.)")
        object.__setattr__(self, "pattern", fast_pattern(source))

    def scan(self, lowered: str, index: KeywordIndex) -> list[tuple[int, re.Match[str]]]:
        """Matches in the lower-cased text (same offsets as the original).

        The full pattern only runs over sentences holding one of the rule's keywords; a
        literal keyword scan is much cheaper than the pattern itself.
        """
        finditer = self.pattern.finditer
        return [
            (i, m)
            for i, start, end in index.spans(self.keywords)
            for m in finditer(lowered, start, end)
            if starts_word(lowered, m.start())
        ]


class KeywordIndex:
    """Which sentences hold a keyword of each group.

    Keywords are matched at the start of words: the words of each sentence are looked up
    by their first three letters (a dictionary probe per word, far cheaper than running a
    pattern over every position of the text). Keywords without Latin letters (Chinese) are
    found by a trie pattern instead.
    """

    def __init__(
        self,
        lowered: str,
        starts: list[int],
        ends: list[int],
        groups: tuple[tuple[str, ...], ...],
    ) -> None:
        self.starts = starts
        self.ends = ends
        table, others = _keyword_tables(groups)
        found: dict[tuple[str, ...], set[int]] = {group: set() for group in groups}
        for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
            for word in _LETTERS.findall(lowered, start, end):
                for keyword, head, members in table.get(word[:3], ()):
                    if word.startswith(keyword) if head is None else (
                        word == head and keyword in lowered[start:end]
                    ):  # fmt: skip
                        for group in members:
                            found[group].add(index)
        if others is not None:
            for match in others[0].finditer(lowered):
                index = bisect_right(starts, match.start()) - 1
                for group in others[1][match.group()]:
                    found[group].add(index)
        self._found = {group: sorted(i for i in hits if i >= 0) for group, hits in found.items()}

    def spans(self, keywords: tuple[str, ...]) -> list[tuple[int, int, int]]:
        """(index, start, end) of the sentences holding any keyword; all if none given."""
        if not keywords:
            return [(i, s, e) for i, (s, e) in enumerate(zip(self.starts, self.ends, strict=True))]
        return [(i, self.starts[i], self.ends[i]) for i in self._found[keywords]]

    def finditer(
        self, pattern: re.Pattern[str], keywords: tuple[str, ...], text: str
    ) -> list[tuple[int, re.Match[str]]]:
        """(sentence index, match) of a pattern in `text`, run only where a keyword occurs."""
        return [
            (i, m)
            for i, start, end in self.spans(keywords)
            for m in pattern.finditer(text, start, end)
        ]


_LETTERS = re.compile(r"[a-z]+")
KeywordEntry = tuple[str, str | None, tuple[tuple[str, ...], ...]]


@lru_cache(maxsize=16)
def _keyword_tables(groups: tuple[tuple[str, ...], ...]) -> tuple[
    dict[str, tuple[KeywordEntry, ...]],
    tuple[re.Pattern[str], dict[str, tuple[tuple[str, ...], ...]]] | None,
]:  # fmt: skip
    """Keywords by the first three letters of their first word, and a trie pattern of the
    keywords that hold no Latin letter, each with the groups it stands for.

    An entry's head is None for a one-word keyword (matched as a word prefix); otherwise it
    is the keyword's first word, and the whole keyword must occur in the sentence.
    """
    unique = dict.fromkeys(k for group in groups for k in group)
    members = {k: tuple(g for g in dict.fromkeys(groups) if k in g) for k in unique}
    table: dict[str, list[KeywordEntry]] = {}
    foreign = []
    for keyword in unique:
        first = _LETTERS.match(keyword)
        if first is None:
            foreign.append(keyword)
            continue
        head = None if first.group() == keyword else first.group()
        table.setdefault(first.group()[:3], []).append((keyword, head, members[keyword]))
    others = None
    if foreign:
        others = (re.compile(literal_alternation(foreign)), {k: members[k] for k in foreign})
    return {key: tuple(entries) for key, entries in table.items()}, others


def fast_pattern(source: str) -> re.Pattern[str]:
    """Compile for lower-cased text, case-sensitively and without leading word boundaries.

    Python's regex engine only skips ahead quickly when a pattern starts with literal
    characters; IGNORECASE and a leading \\b both disable that, so the boundary is checked
    afterwards by `starts_word` instead.
    """
    for escape, klass in (("\\S", "[^\\s]"), ("\\W", "[^\\w]"), ("\\D", "[^\\d]")):
        source = source.replace(escape, klass)
    return re.compile(strip_leading_boundaries(source.lower()))


def literal_alternation(words: Iterable[str]) -> str:
    """A regex matching any of the literal words, written as a trie.

    Python's regex engine tries every branch of a flat alternation at every position; a trie
    whose branches each start with a different literal lets it reject most positions at once.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(root)


def _render(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


def strip_leading_boundaries(source: str) -> str:
    """Drop the \\b that starts each top-level branch (see `fast_pattern`)."""
    return "|".join(b.removeprefix("\\b") for b in _top_level_branches(source))


def starts_word(text: str, start: int) -> bool:
    if start == 0 or not (text[start].isascii() and text[start].isalnum()):
        return True
    before = text[start - 1]
    return not (before.isascii() and before.isalnum())


def _top_level_branches(source: str) -> list[str]:
    branches: list[str] = []
    current: list[str] = []
    depth, escaped, in_class = 0, False, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            continue
        current.append(char)
    branches.append("".join(current))
    return branches


class Guarded:
    """A case-insensitive pattern tried only where one of its literal words occurs.

    The pattern must not be able to match without one of the (lower-case) words.
    """

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        window = text[pos:endpos].lower()
        if not any(word in window for word in self.words):
            return None
        return self.pattern.search(text, pos, endpos)


class WordPattern:
    """A case-insensitive pattern whose branches all start a word, in its fast form.

    It runs on the lower-cased window without IGNORECASE or leading word boundaries (see
    `fast_pattern`), and the boundary is checked on each match. Words listed as `exact`
    only count when written in lower case ("may" the verb, not "May" the month).
    """

    __slots__ = ("exact", "pattern")

    def __init__(self, source: str, exact: tuple[str, ...] = ()) -> None:
        self.pattern = fast_pattern(source)
        self.exact = exact

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        window = text[pos:endpos]
        lowered = window.lower()
        for match in self.pattern.finditer(lowered):
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


_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Language:
    """Everything language-specific the extractor consults, in one place."""

    rules: tuple[Rule, ...]
    negation: Searcher
    plan: Searcher
    plan_exempt: Searcher
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
    negation_after: Searcher = _NEVER
    # Negations that reach further back within the phrase ("尚未向监管机构递交").
    negation_far: Searcher = _NEVER
    generic_object: Searcher = _NEVER
    application_context: re.Pattern[str] | None = None
    conditional: Searcher = _NEVER
    corporate: Searcher = _NEVER
