"""Comparators and combination partners: a name the words around it make no subject of its
event ("in combination with X", "versus X", "tocilizumab biosimilar BAT1806", a control arm,
the patients' earlier therapy, the rest of a list whose first item is one)."""

from __future__ import annotations

import re

from service.extract.comparator_arms import named_as_owned_partner, told_as_context
from service.extract.names import SALT_WORDS
from service.extract.prior_therapies import prior_therapy

# The partner may be named with its owner ("plus Merck's Keytruda"). Translated copy may
# put a salt before the name ("combined with mesylate X tablets").
# Chinese glues the name to its word ("X联合西妥昔单抗").
_UP_TO_NAME = (
    rf"(?:\s+|(?<=[合比])\s*)(?:the\s+)?(?:[A-Z][\w&-]*['’]s\s+)?(?:(?:{SALT_WORDS})\s+)?$"
)
# (A company that "followed with X", "came next with X" brings X as its own entrant.)
_COMPARATOR_BEFORE = re.compile(
    r"(?:(?<!followed )(?<!follows )(?<!followed up )(?<!next )\bwith"
    r"|\bplus|\bversus|\bvs\.?|\bthan|\bagainst|\bincluded|\badded\s+to|"
    r"\badd-on\s+to|联合|对比"
    # A trial's control arm: "compared to the control drug x", "the comparator x",
    # "non-inferiority to x", "superiority over x".
    r"|\bcompared\s+to|\b(?:active\s+)?control(?:\s+(?:drug|arm|group|medication))?"
    r"|\b(?:superiority|inferiority)\s+(?:over|to)"
    r"|\bcomparators?(?:\s+(?:drug|arm))?|\breference\s+(?:drug|product))" + _UP_TO_NAME
)
# The control arm told by what its patients got: "compared with 19% of those given x",
# "versus 12% of patients receiving x" (a longer reach than the words right before a name).
_ARM_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+[^.;,]{0,40}?"
    r"\b(?:given|receiving|treated\s+with|taking)\s+(?:the\s+)?$"
)
_ARM_REACH = 70
_REFERENCE_AFTER = ("-based", " biosimilar", "生物类似药", "的生物类似药")
# "A片/B片组合包装": B is the co-packed partner (ritonavir boosting A), not a subject.
_CO_PACK_AFTER = re.compile(r"(?:片|胶囊)?组合包装")
_COMPARATOR_WORDS = (
    "with", "plus", "vs", "than", "against", "included", "added", "add-on", "联合", "对比",
    "compared", "control", "comparator", "reference", "riority",
)  # fmt: skip
# Words that make a name the established partner of a combination ("RP-9 plus x", "added
# to x"), not merely a comparator ("versus x", "compared with x").
_PARTNER_BEFORE = re.compile(
    r"(?:\bplus|\bcombin(?:ed?|ation)\s+with|\btogether\s+with|\badded\s+to|\badd-on\s+to|联合)"
    + _UP_TO_NAME
)
# "the A-B combination": B, glued by a hyphen after another word, is A's partner.
_COMBINATION_AFTER = re.compile(r"\s+(?:combination|regimen|doublet)\b")
# What joins the items of one list ("with cisplatin and gemcitabine"): a comparator's
# list partners are comparators too.
_LIST_GAP = re.compile(r"\s*(?:,|、|/|\+|,?\s*and|,?\s*or|和|及)?\s*")
# "with X tablets (x)": the name in the parenthesis after a partner is the partner's.
_PAREN_GAP = re.compile(r"\s*(?:tablets?|capsules?|injection|片|胶囊|注射液)?\s*[(（]")


def comparator_flags(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Whether each name (in order) is a comparator or combination partner, not a subject:
    "in combination with X", "tocilizumab biosimilar BAT1806", the patients' earlier
    therapy, and the rest of a list whose first item is one ("with cisplatin and
    gemcitabine")."""
    flags: list[bool] = []
    for position, (start, end) in enumerate(spans):
        before = text[max(0, start - 25) : start]
        # "tocilizumab biosimilar BAT1806": the reference product is not the subject.
        flag = (
            _comparator_before(before)
            or text.startswith(_REFERENCE_AFTER, end)
            or prior_therapy(text, start, end)
            or _control_arm(text, start)
            or told_as_context(text, start)
        )
        if not flag and text[start - 1 : start] == "/":
            flag = _CO_PACK_AFTER.match(text, end) is not None
        if not flag and text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalnum():
            flag = _COMBINATION_AFTER.match(text, end) is not None
        if not flag and position and flags[-1]:
            gap_start = spans[position - 1][1]
            flag = start - gap_start < 12 and bool(
                _LIST_GAP.fullmatch(text, gap_start, start)
                or _PAREN_GAP.fullmatch(text, gap_start, start)
            )
        flags.append(flag)
    return flags


def _control_arm(text: str, start: int) -> bool:
    window = text[max(0, start - _ARM_REACH) : start]
    hinted = any(word in window for word in ("compared", "versus", "vs"))
    return hinted and _ARM_BEFORE.search(window) is not None


def named_as_partner(text: str, start: int) -> bool:
    """The words before a name make it a combination's partner ("plus", "combined with")."""
    if _PARTNER_BEFORE.search(text[max(0, start - 25) : start]) is not None:
        return True
    return named_as_owned_partner(text, start)


def _comparator_before(before: str) -> bool:
    """The text just before a name makes it a comparator ("in combination with")."""
    for word in _COMPARATOR_WORDS:  # (a loop: cheaper than any() over a generator)
        if word in before:
            return _COMPARATOR_BEFORE.search(before) is not None
    return False
