"""An event named again only to say what it does or does not change: "the CRL will not
affect sales in China", "the approval has no impact on the US filing". The definite noun
refers back to an event told before; the clause states its effect and reports none. So does
an event named as any one of its kind, the subject of what it would do: "A complete response
letter would hurt us", "An approval could come next year" (a hypothetical, not a report)."""

from __future__ import annotations

import re

# The noun made definite: "the CRL", "this letter", "the agency's approval".
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:[\w.'’-]+['’]s?\s+)?$", re.IGNORECASE
)
# Its predicate: a (negated) effect on something else.
_EFFECT_AFTER = re.compile(
    r"(?:\s+letter)?\s+(?:will|would|does|did|do|should|could|may|might|is not expected to|"
    r"is unlikely to)\s+(?:not\s+)?(?:materially\s+|significantly\s+)?"
    r"(?:affect|impact|alter|change|delay|disrupt|influence)\b"
    r"|(?:\s+letter)?\s+(?:has|had|have|will have)\s+no\s+(?:material\s+)?"
    r"(?:effect|impact|bearing|influence)\b",
    re.IGNORECASE,
)


# Chinese writes the noun bare, straight before its negated effect: "撤回上市申请不会对公司
# 生产经营产生重大影响", "本次撤回事项不影响…" (a company's boilerplate after its news).
# (The trigger may stop short of the noun's last word: "撤回上市|申请".)
_EFFECT_AFTER_ZH = re.compile(
    r"(?:(?:许可)?申请)?(?:事项|一事)?(?:预计)?并?(?:不会|不|未)(?:对|影响)"
)


def states_an_effect(text: str, floor: int, start: int, end: int) -> bool:
    """Whether the trigger text[start:end] is a definite noun whose clause (from `floor`)
    only says what the event it names back to will or will not change."""
    if _EFFECT_AFTER_ZH.match(text, end) is not None:
        return True
    if _EFFECT_AFTER.match(text, end) is None:
        return False
    return _DEFINITE_BEFORE.search(text, max(floor, start - 40), start) is not None


# An indefinite noun opening its clause (a quote mark at most before it), then a modal.
_INDEFINITE_OPENING = re.compile(r"\W{0,3}(?:an?|any)\s+$", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:an?|any)\s", re.IGNORECASE)
_MODAL_AFTER = re.compile(
    # (What it is for may stand between: "a CRL for the drug would hurt".)
    # (Or what it would ask: "a CRL asking for another study would not surprise us"; the
    # modal perhaps opening a quote.)
    r"(?:\s+letter)?(?:\s+(?:for|of|on)\s+[^,.;:]{1,40}?|\s+\w+ing\s+[^,.;:]{1,60}?)?"
    r"\s+[\"“‘']?(?:would|could|might|may|will|can)\b"
    r"(?!\s+have\s+been\b)",
    re.IGNORECASE,
)


# Or opening a clause reported after "that": "one analyst wrote that a CRL would …".
_REPORTED_INDEFINITE = re.compile(r"\bthat\s+[\"“‘']?(?:an?|any)\s+$", re.IGNORECASE)
_REPORTED_THAT = re.compile(r"\bthat\s+[\"“‘']?$", re.IGNORECASE)


def hypothetical(text: str, floor: int, start: int, end: int) -> bool:
    """Whether the trigger text[start:end] is an indefinite noun opening its clause (from
    `floor`), or a reported clause in it, as the subject of a modal: the event as a
    hypothetical."""
    if _MODAL_AFTER.match(text, end) is None:
        return False
    # (The trigger's own words may open with the article: "A complete response".)
    article = _ARTICLE.match(text, start, end)
    if start - floor > 8:
        low = max(floor, start - 12)
        if article is not None:
            return _REPORTED_THAT.search(text, low, start) is not None
        return _REPORTED_INDEFINITE.search(text, low, start) is not None
    if article is not None:
        return not text[floor:start].strip(" \t\n\"“‘'(")
    return _INDEFINITE_OPENING.fullmatch(text, floor, start) is not None
