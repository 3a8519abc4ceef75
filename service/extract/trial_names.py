"""Tell a trial's name ("XR-22", "ORCHID-301") from a company code of a product.

Both are capitals and digits; a trial is written next to the word "study" or "trial", or
carries a long word for its name, where a product code carries a short company prefix.
"""

from __future__ import annotations

import re

from service.extract.keywords import holds_one_of
from service.extract.names import Name

_STUDY_WORDS = ("study", "trial", "研究", "试验")
_STUDY_BEFORE = re.compile(r"(?:\bstudy|\btrial|研究|试验)[ \t]*\Z", re.IGNORECASE)
_STUDY_AFTER = re.compile(
    r"[ \t]*(?:studies|study|trials|trial|研究|试验)(?![A-Za-z])"
    # "XR-22, a randomised, double-blind phase 3 study": the apposition says what it is
    # (not "AB-1, a drug in a phase 3 trial": a product in a trial).
    r"|,\s+an?\s+(?:(?!(?:of|in|with|for|drug|antibody|inhibitor|therapy|candidate|molecule|"
    r"compound|vaccine|agonist|antagonist|conjugate|treatment)\b)[\w-]+,?\s+){0,6}"
    r"(?:study|trial)\b",
    re.IGNORECASE,
)
_LONG_PREFIX = re.compile(r"[A-Z]{6,}-\d")
# A phase written before a code with a word-long prefix names a trial ("the pivotal Ph2
# TALON-19", "Phase 3 VERA-2 initiated"): product codes take short company prefixes.
_PHASE_BEFORE = re.compile(r"(?:\bphase\s*|\bph)(?:[1-4]|i{1,3}|iv)[ab]?(?:/\w+)?\s+\Z")
_WORD_PREFIX = re.compile(r"[A-Z]{4,}-\d")
# A code set off after "study," or "study (" names the study: "the planned Phase 2b study,
# CALM-X2, allowing…" (not "In the trial, AB-101 met its endpoint": no closing mark).
_STUDY_APPOSITION = re.compile(r"(?:\bstudy|\btrial)[ \t]*[,(][ \t]*\Z", re.IGNORECASE)
_APPOSITION_CLOSE = re.compile(r"[ \t]*[,)]")
# "a trial of NYR-404" names the code as what the trial tests: a product, even where the
# text goes on to call the trial by it ("the NYR-404 trial").
_TESTED = re.compile(r"\b(?:trials?|stud(?:y|ies))\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)


def trial_codes(source: str, names: list[Name]) -> frozenset[str]:
    """Lower-cased codes the article uses as the name of a trial."""
    found: set[str] = set()
    tested: set[str] = set()
    for name in names:
        if name.kind != "code":
            continue
        end = name.start + len(name.text)
        before = source[max(0, name.start - 12) : name.start].lower()
        if _TESTED.search(source[max(0, name.start - 20) : name.start]):
            tested.add(name.text.lower())
        elif (
            _LONG_PREFIX.match(name.text)
            or (holds_one_of(before, _STUDY_WORDS) and _STUDY_BEFORE.search(before))
            or (_WORD_PREFIX.match(name.text) and _PHASE_BEFORE.search(before))
            or _STUDY_AFTER.match(source, end)
            or (_STUDY_APPOSITION.search(before) and _APPOSITION_CLOSE.match(source, end))
        ):
            found.add(name.text.lower())
    return frozenset(found - tested)
