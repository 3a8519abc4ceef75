"""Targets written like company codes ("CDH17", "GPRC5D"): a gene or protein, not a product.

A code names a product in one article and its target in another, so no list can tell
them apart; the article's own wording can. A product is never "CDH17-positive", nor
"targeting CDH17", nor "CDH17阳性"; a target is, somewhere in the text.
"""

from __future__ import annotations

import re

_TOKEN = r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
# One pattern for every article: the tokens next to a target's words, then kept if a code.
_TARGET_USE = re.compile(
    r"(?:\b(?:targeting|targeted against|directed against)\s+|靶向)"
    # (Not a plan: "targeting XY-101 filing in 2026".)
    rf"(?P<a>{_TOKEN})(?![A-Za-z0-9-]|['’]s|\s+(?:filing|approval|submission|launch|data)\b)"
    rf"|(?<![A-Za-z0-9-])(?P<b>{_TOKEN})"
    # A product may be "XY-101 high-dose" or "XY-101 targeting Z": those words only hyphenated.
    r"(?:-(?:high|low|directed|targeted|targeting)\b"
    r"|[- ](?:positive|negative|expressing|mutated|mutant)\b"
    r"|\s*(?:阳性|阴性|高表达|突变|靶点))",
    re.IGNORECASE,
)
_CUES = ("target", "directed", "positive", "negative", "express", "mutat", "mutant", "-high",
         "-low", "靶", "阳性", "阴性", "表达", "突变")  # fmt: skip


def target_codes(source: str, codes: set[str]) -> set[str]:
    """The codes of `codes` (upper-cased) that the source uses as a target at least once."""
    if not codes:
        return set()
    lowered = source.lower()
    if not any(cue in lowered for cue in _CUES):
        return set()
    wanted = {code.upper() for code in codes}
    used = {(m.group("a") or m.group("b")).upper() for m in _TARGET_USE.finditer(source)}
    return used & wanted
