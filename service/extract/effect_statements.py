"""An event named again only to say what it does or does not change: "the CRL will not
affect sales in China", "the approval has no impact on the US filing". The definite noun
refers back to an event told before; the clause states its effect and reports none."""

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


def states_an_effect(text: str, floor: int, start: int, end: int) -> bool:
    """Whether the trigger text[start:end] is a definite noun whose clause (from `floor`)
    only says what the event it names back to will or will not change."""
    if _EFFECT_AFTER.match(text, end) is None:
        return False
    return _DEFINITE_BEFORE.search(text, max(floor, start - 40), start) is not None
