"""Which sentences hold a rule's keywords, found once per article by a cheap word scan."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple


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
        tables, self._number_by_id = _tables_for(groups)
        others, known, self._number_of = tables
        if len(known) > _KNOWN_WORDS:
            known.clear()
        # Sentences are read in order, so each group's list stays sorted as it grows.
        # (Lists by the group's number: a tuple of keywords is hashed anew for each look-up.)
        found: list[list[int]] = [[] for _ in range(len(self._number_of))]
        # An ASCII text's words are its letters' runs once all else is a space: a split of
        # each sentence then costs half the pattern's scan.
        spaced = lowered.translate(_SPACES) if lowered.isascii() else None
        for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
            words = (
                _LETTERS.findall(lowered, start, end)
                if spaced is None
                else spaced[start:end].split()
            )
            # (The words that hold no keyword, most of them, are passed over in C.)
            for hits in filter(None, map(known.__getitem__, words)):
                for phrase, members in hits:
                    if phrase is None or phrase in lowered[start:end]:
                        for number in members:
                            listed = found[number]
                            if not listed or listed[-1] != index:
                                listed.append(index)
        # An ASCII text holds none of the keywords written without Latin letters (Chinese).
        if others is not None and not (lowered.isascii() and others[2]):
            _add_foreign(found, others, lowered, starts)
        self._found = found

    def spans(self, keywords: tuple[str, ...]) -> list[tuple[int, int, int]]:
        """(index, start, end) of the sentences holding any keyword; all if none given."""
        if not keywords:
            return [(i, s, e) for i, (s, e) in enumerate(zip(self.starts, self.ends, strict=True))]
        number = self._number_by_id.get(id(keywords))
        listed = self._found[self._number_of[keywords] if number is None else number]
        if not listed:
            return []
        return [(i, self.starts[i], self.ends[i]) for i in listed]

    def finditer(
        self, pattern: re.Pattern[str], keywords: tuple[str, ...], text: str
    ) -> list[tuple[int, re.Match[str]]]:
        """(sentence index, match) of a pattern in `text`, run only where a keyword occurs."""
        return [
            (i, m)
            for i, start, end in self.spans(keywords)
            for m in pattern.finditer(text, start, end)
        ]


def _word_hits(word: str, entries: tuple[KeywordEntry, ...]) -> WordHits:
    """What a word holds of the keywords keyed by its first three letters: the groups of the
    one-word keywords it starts with (phrase None), and each phrase it is the first word of
    (which the sentence must then hold), with its groups."""
    prefixed = (g for keyword, head, members in entries if head is None and word.startswith(keyword)
                for g in members)  # fmt: skip
    one = tuple(dict.fromkeys(prefixed))
    phrases = tuple((keyword, members) for keyword, head, members in entries if word == head)
    return ((None, one), *phrases) if one else phrases


def _add_foreign(
    found: list[list[int]],
    others: tuple[re.Pattern[str], dict[str, tuple[int, ...]], bool],
    lowered: str,
    starts: list[int],
) -> None:
    """Add the sentences holding a keyword without Latin letters (found by the trie)."""
    extra: dict[int, set[int]] = {}
    for match in others[0].finditer(lowered):
        index = bisect_right(starts, match.start()) - 1
        if index >= 0:
            for number in others[1][match.group()]:
                extra.setdefault(number, set()).add(index)
    for number, indices in extra.items():
        found[number] = sorted(indices.union(found[number]))


_LETTERS = re.compile(r"[a-z]+")
_SPACES = str.maketrans({chr(c): " " for c in range(128) if not chr(c).islower()})
KeywordEntry = tuple[str, str | None, tuple[int, ...]]
WordHits = tuple[tuple[str | None, tuple[int, ...]], ...]
# Words' hits are kept across articles (a word's entries were tried for every occurrence, at
# about half of the index's cost); the store is emptied when it grows past this many words.
_KNOWN_WORDS = 50_000


class _Store(dict[str, WordHits]):
    """Words' hits (see `_word_hits`), each found when the word is first met."""

    def __init__(self, table: dict[str, tuple[KeywordEntry, ...]]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, word: str) -> WordHits:
        hits = self[word] = _word_hits(word, self.table.get(word[:3], ()))
        return hits


class _Tables(NamedTuple):
    """See `_keyword_tables`."""

    others: tuple[re.Pattern[str], dict[str, tuple[int, ...]], bool] | None
    known: _Store
    numbers: dict[tuple[str, ...], int]


# The tables of each tuple of groups a caller keeps (a language's), found by the tuple's
# identity: a look-up by its value hashes every keyword of it, for each article.
_BY_IDENTITY: dict[int, tuple[tuple[tuple[str, ...], ...], _Tables, dict[int, int]]] = {}


def _tables_for(groups: tuple[tuple[str, ...], ...]) -> tuple[_Tables, dict[int, int]]:
    """The groups' tables, and the number of each group by its identity."""
    entry = _BY_IDENTITY.get(id(groups))
    if entry is None or entry[0] is not groups:
        if len(_BY_IDENTITY) >= 16:
            _BY_IDENTITY.clear()
        tables = _keyword_tables(groups)
        by_id = {id(group): tables.numbers[group] for group in groups}
        entry = _BY_IDENTITY[id(groups)] = (groups, tables, by_id)
    return entry[1], entry[2]


@lru_cache(maxsize=16)
def _keyword_tables(groups: tuple[tuple[str, ...], ...]) -> _Tables:
    """A trie pattern of the keywords that hold no Latin letter, each with the groups it
    stands for (and whether all of them are such), and the store of words' hits (see
    `_word_hits`), filled as words are met from the keywords by the first three letters of
    their first word. Groups are named by their numbers, given last: the groups once each,
    in order.

    An entry's head is None for a one-word keyword (matched as a word prefix); otherwise it
    is the keyword's first word, and the whole keyword must occur in the sentence.
    """
    unique = dict.fromkeys(k for group in groups for k in group)
    numbers = {group: n for n, group in enumerate(dict.fromkeys(groups))}
    indices = {k: tuple(n for g, n in numbers.items() if k in g) for k in unique}
    table: dict[str, list[KeywordEntry]] = {}
    foreign = []
    for keyword in unique:
        first = _LETTERS.match(keyword)
        if first is None:
            foreign.append(keyword)
            continue
        head = None if first.group() == keyword else first.group()
        table.setdefault(first.group()[:3], []).append((keyword, head, indices[keyword]))
    others = None
    if foreign:
        pattern = re.compile(literal_alternation(foreign))
        all_foreign = not any(keyword.isascii() for keyword in foreign)
        others = (pattern, {k: indices[k] for k in foreign}, all_foreign)
    return _Tables(others, _Store({key: tuple(e) for key, e in table.items()}), numbers)


def holds_one_of(text: str, literals: Iterable[str]) -> bool:
    """Whether one of the literals occurs in the text. (A plain loop of `in` tests: `any`
    over a generator, or over a map of `__contains__`, costs half as much again.)"""
    for literal in literals:
        if literal in text:
            break
    else:
        return False
    return True


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
