"""The shape of one trigger rule shared by the English and Chinese pattern tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    type: str
    source: str
    # Lower-case literals of which at least one must occur for the pattern to be worth running.
    keywords: tuple[str, ...] = ()
    # A bare verb ("Stealth refiled") only counts when its own clause dates it.
    bare: bool = False
    # Names an earlier event ("an earlier approval") that must not merge into today's news.
    distinct: bool = False
    # "…, and Japan followed": repeats the previous event of the sentence elsewhere.
    follow: bool = False
    pattern: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # "[^.;]" means "within the sentence"; abbreviation dots (U.S.) do not end it.
        source = self.source.replace("[^.;]", r"(?:[^.;]|(?<=\b[A-Za-z])\.)")
        object.__setattr__(self, "pattern", re.compile(source, re.IGNORECASE))

    def scan(self, text: str, lowered: str) -> list[re.Match[str]]:
        if self.keywords and not any(k in lowered for k in self.keywords):
            return []
        return list(self.pattern.finditer(text))


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
    negation_after: re.Pattern[str] = _NEVER
    generic_object: re.Pattern[str] = _NEVER
    application_context: re.Pattern[str] | None = None
    conditional: re.Pattern[str] = _NEVER
