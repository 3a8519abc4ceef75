"""Targets written like company codes ("CDH17", "GPRC5D"): a gene or protein, not a product.

A code names a product in one article and its target in another, so no list can tell
them apart; the article's own wording can. A product is never "CDH17-positive", nor
"targeting CDH17", nor "CDH17阳性"; a target is, somewhere in the text.
"""

from __future__ import annotations

import re

# Read only around each occurrence of a code: a scan of every token would cost more than
# the rest of the name finding.
_BEFORE = re.compile(r"(?:\b(?:targeting|targeted against|directed against)\s+|靶向)$", re.I)
# (Not a plan: "targeting XY-101 filing in 2026".)
_PLAN_AFTER = re.compile(r"['’]s|\s+(?:filing|approval|submission|launch|data)\b", re.I)
_AFTER = re.compile(
    # A product may be "XY-101 high-dose" or "XY-101 targeting Z": those words only hyphenated.
    r"-(?:high|low|directed|targeted|targeting)\b"
    r"|[- ](?:positive|negative|expressing|mutated|mutant)\b"
    # A protein's deposits in disease: "TDP-43 aggregates" (no product aggregates).
    r"|\s+(?:aggregates?|aggregation|proteinopathy|pathology|deposits?|fibrils?|oligomers?"
    r"|inclusions?)\b"
    r"|\s*(?:阳性|阴性|高表达|突变|靶点)",
    re.I,
)
_REACH = 26  # "targeted against " and a space or two
# The endings of a text `_BEFORE` matches (the Chinese one before a line's end too), tested
# before its search: most codes follow none of them.
_ZH_BEFORE_ENDS = ("靶向", "靶向\n")
_EN_BEFORE_ENDS = ("targeting", "against")


def target_codes(source: str, codes: set[str]) -> set[str]:
    """The codes of `codes` (upper-cased) that the source uses as a target at least once."""
    if not codes:
        return set()
    return {code.upper() for code in codes if _used_as_target(source, code)}


def _used_as_target(source: str, code: str) -> bool:
    start = source.find(code)
    while start >= 0:
        end = start + len(code)
        if _alone(source, start, end) and (
            _AFTER.match(source, end)
            or (_targeted(source, start) and not _PLAN_AFTER.match(source, end))
        ):
            return True
        start = source.find(code, end)
    return False


def _targeted(source: str, start: int) -> bool:
    """`_BEFORE` ends at `start`."""
    window = source[max(0, start - _REACH) : start]
    if not (window.endswith(_ZH_BEFORE_ENDS) or window.rstrip().lower().endswith(_EN_BEFORE_ENDS)):
        return False
    return _BEFORE.search(source, max(0, start - _REACH), start) is not None


def _alone(source: str, start: int, end: int) -> bool:
    """Not part of a longer token ("XCDH17", "CDH17-2")."""
    before = source[start - 1 : start]
    after = source[end : end + 1]
    return not (before.isascii() and (before.isalnum() or before == "-")) and not (
        after.isascii() and after.isalnum()
    )
