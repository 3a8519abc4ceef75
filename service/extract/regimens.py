"""Combination regimens of two of the article's own products: one decision, both drugs.

"The agency approved X in combination with Y" gives Y the approval too when Y is a product
the article introduces as its own (named by a company code, and the subject of other
sentences), not an established partner told as background ("in combination with
fulvestrant"). The regimen is then what "the combination" and "both medicines" refer to.
"""

from __future__ import annotations

import re

from service.extract.company_codes import code_like
from service.extract.comparators import named_as_partner
from service.extract.context import Context
from service.extract.drugs import DrugMention
from service.extract.sentences import Segment

# An unnamed reference to a regimen of two drugs: "the combination was approved", "the
# all-oral regimen", "applications for both medicines", "the two drugs were reviewed".
_REGIMEN_REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:combination|regimen|doublet)\b(?!\s+(?:of|with)\b)"
    r"|\bboth\s+(?:of\s+the\s+)?(?:medicines|drugs|products|therapies|agents|treatments"
    r"|applications|filings|submissions)\b"
    r"|\b(?:the|these)\s+two\s+(?:medicines|drugs|products|therapies|agents|treatments"
    r"|applications)\b",
    re.IGNORECASE,
)
_REFERENCE_WORDS = ("combination", "regimen", "doublet", "both", "two")
# "the combination of X and Y": Y is a member as X is.
_COMBINATION_OF = re.compile(r"\bcombination\s+of\s+(?:[\w-]+['’]s\s+)?$", re.IGNORECASE)
_AND_GAP = re.compile(r"(?:\s*[(（][^)）]{1,40}[)）])?\s+and\s+(?:[\w-]+['’]s\s+)?")
_SENTENCE_END = re.compile(r"[.;]\s|\n")
# How far before its partner the regimen's first drug may be named.
_REACH = 200


def with_partners(ctx: Context, clause: Segment, drugs: list[int]) -> list[int]:
    """The event's drugs with the article's own products named in its clause as their
    combination partners ("approved X, Acme's …, in combination with Y (AB-101)")."""
    mentions = ctx.mentions_in(clause.start, clause.end)
    found = list(drugs)
    for position, mention in enumerate(mentions):
        if mention.drug in found or not _co_subject(ctx, mention.drug):
            continue
        if any(m.drug in drugs for m in _members_before(ctx, mentions[:position], mention)):
            found.append(mention.drug)
    return sorted(found) if len(found) > len(drugs) else drugs


def referred(ctx: Context, clause: Segment) -> list[int]:
    """The regimen named before a clause that refers to it without a name ("the combination
    was approved by the FDA in March"): its two drugs, or none."""
    words = ctx.lowered[clause.start : clause.end]
    if not any(word in words for word in _REFERENCE_WORDS):
        return []
    if _REGIMEN_REFERENCE.search(ctx.text, clause.start, clause.end) is None:
        return []
    mentions = ctx.mentions_in(0, clause.start)
    for position in range(len(mentions) - 1, 0, -1):
        partner = mentions[position]
        if not _co_subject(ctx, partner.drug):
            continue
        members = _members_before(ctx, mentions[:position], partner)
        if members:
            return sorted({members[-1].drug, partner.drug})
    return []


def _members_before(
    ctx: Context, earlier: tuple[DrugMention, ...], partner: DrugMention
) -> list[DrugMention]:
    """The subject names a partner is joined to, nearest last: "X … in combination with
    Y", "X plus Y", "the combination of X and Y"."""
    text = ctx.text
    if partner.comparator and named_as_partner(text, partner.start):
        return [
            m
            for m in earlier
            if not m.comparator
            and m.drug != partner.drug
            and partner.start - m.end <= _REACH
            and not _SENTENCE_END.search(text, m.end, partner.start)
        ]
    if not earlier or partner.comparator:
        return []
    last = earlier[-1]
    joined = _AND_GAP.fullmatch(text, last.end, partner.start) is not None
    opening = _COMBINATION_OF.search(text, max(0, last.start - 40), last.start)
    if joined and not last.comparator and opening is not None:
        return [last]
    return []


def _co_subject(ctx: Context, drug: int) -> bool:
    """A product of the article's own: named by a company code, and a subject somewhere
    (an established partner is named by its INN or brand, and only beside the new drug)."""
    if drug in ctx.drugs.comparator_only:
        return False
    entity = ctx.drugs.drugs[drug]
    return any(code_like(name) for name in (entity.canonical, *entity.aliases))
