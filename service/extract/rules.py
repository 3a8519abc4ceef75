"""The shape of one trigger rule shared by the English and Chinese pattern tables."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field


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
    hint: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # "[^.;]" means "within the sentence"; abbreviation dots (U.S.) do not end it.
        source = self.source.replace("[^.;]", r"(?:[^.;]|(?<=\b[a-z])\.)")
        object.__setattr__(self, "pattern", fast_pattern(source))
        hint = "|".join(re.escape(k) for k in self.keywords)
        object.__setattr__(self, "hint", re.compile(hint) if hint else None)

    def scan(self, lowered: str, starts: list[int], ends: list[int]) -> list[re.Match[str]]:
        """Matches in the lower-cased text (same offsets as the original).

        The full pattern only runs over sentences holding one of the rule's keywords; a
        literal keyword scan is much cheaper than the pattern itself.
        """
        if self.hint is None:
            spans = list(zip(starts, ends, strict=True))
        else:
            chosen = sorted(
                {bisect_right(starts, m.start()) - 1 for m in self.hint.finditer(lowered)}
            )
            spans = [(starts[i], ends[i]) for i in chosen if i >= 0]
        return [
            m
            for start, end in spans
            for m in self.pattern.finditer(lowered, start, end)
            if starts_word(lowered, m.start())
        ]


def fast_pattern(source: str) -> re.Pattern[str]:
    """Compile for lower-cased text, case-sensitively and without leading word boundaries.

    Python's regex engine only skips ahead quickly when a pattern starts with literal
    characters; IGNORECASE and a leading \\b both disable that, so the boundary is checked
    afterwards by `starts_word` instead.
    """
    for escape, klass in (("\\S", "[^\\s]"), ("\\W", "[^\\w]"), ("\\D", "[^\\d]")):
        source = source.replace(escape, klass)
    return re.compile(strip_leading_boundaries(source.lower()))


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


def gated(
    pattern: re.Pattern[str], keywords: tuple[str, ...], text: str, lowered: str
) -> list[re.Match[str]]:
    """Run a pattern only when one of its literal keywords occurs (cheap substring tests)."""
    if keywords and not any(k in lowered for k in keywords):
        return []
    return list(pattern.finditer(text))


_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Language:
    """Everything language-specific the extractor consults, in one place."""

    rules: tuple[Rule, ...]
    negation: re.Pattern[str]
    plan: re.Pattern[str]
    plan_exempt: re.Pattern[str]
    ind_context: re.Pattern[str]
    designation_verbs: re.Pattern[str]
    designation_nouns: re.Pattern[str]
    priority_review: re.Pattern[str]
    priority_verbs: re.Pattern[str]
    programme_verbs: re.Pattern[str]
    programme_anaphor: re.Pattern[str]
    plural_cue: re.Pattern[str]
    anaphor: re.Pattern[str]
    negation_window: int
    plan_window: int
    # Chinese: the phrase ends at a comma, and a regulator is named before its verb.
    comma_phrases: bool = False
    negation_after: re.Pattern[str] = _NEVER
    generic_object: re.Pattern[str] = _NEVER
    application_context: re.Pattern[str] | None = None
    conditional: re.Pattern[str] = _NEVER
    corporate: re.Pattern[str] = _NEVER
