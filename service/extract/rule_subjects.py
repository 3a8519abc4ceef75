"""An event told of an indefinite, generic subject states a rule, not a drug's history:
"a sponsor that receives approval of a marketing application may be eligible for a
voucher", "any company whose product is approved must report …". The subject is whoever
meets the condition; no one drug's event happened."""

from __future__ import annotations

import re

# Who acts in the rule: any sponsor, company or applicant; or any one drug ("any drug that
# is approved under …": "a drug that …" may be an appositive naming the article's drug).
_AGENTS = (
    r"(?:sponsor|compan(?:y|ie)|applicant|developer|manufacturer|firm|holder|biotech"
    r"|marketing authori[sz]ation holder)s?"
)
_PRODUCTS = r"(?:drug|product|medicine|therap(?:y|ie)|biologic|candidate)s?"
# Its relative clause, up to the trigger, in the present: "that receives", "whose drug is",
# "who then obtains". (Not "a company that received approval in 2019": that one happened.)
_RELATIVE = (
    r"\s+(?:(?:that|which|who)\s+|whose\s+(?:[\w-]+\s+){1,2}?)(?:(?:then|later|also|subsequently"
    r"|first|successfully)\s+)?(?:(?:receives?|obtains?|gets?|wins?|gains?|secures?|earns?"
    r"|(?:is|are)(?:\s+(?:later|then|also|subsequently|first))?(?:\s+(?:granted|given"
    r"|awarded|approved|cleared|accepted))?)(?:\s+(?:an?|the|its|their|FDA|EMA|U\.S\.)){0,2}\s+)?$"
)
_RULE_SUBJECT = re.compile(
    rf"(?:\b(?:an?|any|every|each)\s+(?:[\w-]+\s+){{0,2}}?{_AGENTS}"
    rf"|\b(?:any|every|each)\s+(?:[\w-]+\s+){{0,2}}?{_PRODUCTS}"
    # A plural agent, bare: "sponsors that receive approval for a rare pediatric disease".
    rf"|(?:(?<![^\n.!?,:;(])\s*|\b(?:all|only|most|many|some)\s+)(?:[\w-]+\s+)?"
    rf"(?:sponsors|companies|applicants|developers|manufacturers|holders)){_RELATIVE}",
    re.IGNORECASE,
)
# The trigger's own verb in the past: the relative clause tells what one subject did.
_PAST_VERB = re.compile(
    r"(?:received|obtained|got|won|gained|secured|earned|was|were|had|has|have)\b", re.IGNORECASE
)
# Literals of which every match holds one, lower-cased (most clauses hold none).
_HINTS = ("that", "which", "who")
_REACH = 120


def rule_subject(text: str, floor: int, start: int, end: int) -> bool:
    """The trigger at text[start:end] has a generic subject (see `_RULE_SUBJECT`), in a
    relative clause that runs up to it, or that the trigger's own verb opens."""
    low = max(floor, start - _REACH)
    if not any(hint in text[low:start].lower() for hint in _HINTS):
        return False
    found = _RULE_SUBJECT.search(text, low, start)
    return found is not None and not _PAST_VERB.match(text, start, end)
