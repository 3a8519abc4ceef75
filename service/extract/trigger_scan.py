"""The whole article's trigger patterns, matched once and grouped by sentence.

Keyword screens (`KeywordIndex`) keep each pattern off the sentences that cannot hold
it; `triggers` then resolves each sentence's matches into events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.extract.designation_anaphors import retold_designations
from service.extract.keywords import KeywordIndex
from service.extract.rules import Language, Rule, starts_word
from service.extract.sentences import Segment
from service.extract.vocabulary import DESIGNATION_KEYWORDS, DESIGNATIONS

_GENERIC_TENSE = (" are ", " is ")
# (The last three for the Korean scheme and its renderings: see `vocabulary.KOREAN_RAPID`.)
_PRIORITY_KEYWORDS = ("priority", "prioriti", "优先", "examination", "fast", "신속")
Match = re.Match[str]


@dataclass
class SentenceMatches:
    """One sentence's pattern matches, read by trigger resolution."""

    rules: list[tuple[Rule, Match]] = field(default_factory=list)
    designations: list[tuple[str, Match]] = field(default_factory=list)
    priority: list[Match] = field(default_factory=list)
    programme_verbs: list[Match] = field(default_factory=list)


@dataclass(frozen=True)
class Scan:
    """Whole-article pattern matches, computed once and grouped by sentence index.

    Only sentences holding a match are present: the only ones worth resolving.
    """

    by_sentence: dict[int, SentenceMatches]

    @property
    def active(self) -> frozenset[int]:
        return frozenset(self.by_sentence)


def scan_text(text: str, lowered: str, lang: Language, sentences: list[Segment]) -> Scan:
    groups = _keyword_groups(lang)
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    index = KeywordIndex(lowered, starts, ends, groups)
    found: dict[int, SentenceMatches] = {}

    def at(i: int) -> SentenceMatches:
        return found.get(i) or found.setdefault(i, SentenceMatches())

    for rule in lang.rules:
        for i, m in rule.scan(lowered, index):
            at(i).rules.append((rule, m))
    for (name, pattern), keys in zip(DESIGNATIONS, DESIGNATION_KEYWORDS, strict=True):
        for i, m in index.finditer(pattern, keys, text):
            at(i).designations.append((name, m))
    for i, m in index.finditer(lang.priority_review, _PRIORITY_KEYWORDS, text):
        at(i).priority.append(m)
    if "designated" in lowered:
        own = {i: group.designations for i, group in found.items()}
        for i, name, m in retold_designations(text, sentences, own.get):
            if not (i in found and found[i].priority):
                at(i).designations.append((name, m))
    for i, m in index.finditer(lang.programme_verbs, lang.programme_keywords, lowered):
        if starts_word(lowered, m.start()) and not lowered.endswith(_GENERIC_TENSE, 0, m.start()):
            at(i).programme_verbs.append(m)
    return Scan(dict(sorted(found.items())))


# Each language's keyword groups, built once: the index looks its tables up by the tuple, which
# is hashed anew for each article unless it is the same tuple.
_GROUPS: dict[int, tuple[Language, tuple[tuple[str, ...], ...]]] = {}


def _keyword_groups(lang: Language) -> tuple[tuple[str, ...], ...]:
    known = _GROUPS.get(id(lang))
    if known is not None and known[0] is lang:
        return known[1]
    groups = (
        *(rule.keywords for rule in lang.rules),
        *DESIGNATION_KEYWORDS,
        _PRIORITY_KEYWORDS,
        lang.programme_keywords,
    )
    _GROUPS[id(lang)] = (lang, groups)
    return groups
