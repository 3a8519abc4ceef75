"""An event word qualifying a class of products, or a product's standing among its kind,
rather than reporting an event."""

from __future__ import annotations

import re

from service.extract.keywords import holds_one_of
from service.extract.sentences import Segment

# A class of products the event qualifies, not an event: "trials for drugs granted
# accelerated approval", "medicines that have received approval" (counted ones, "two drugs
# approved this week", are a roundup's events).
# (Capitalised only opening its clause: "Acme Medicines received approval" names a company.)
_CLASS_BEFORE = re.compile(
    r"(?<![\w-])(?P<count>(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|both|several)\s+)?"
    r"(?:\w+\s+)?(?P<noun>(?i:d)rugs|(?i:m)edicines|(?i:p)roducts|(?i:t)herapies|(?i:t)reatments|"
    r"(?i:b)iologics|(?i:v)accines|(?i:m)olecules)\s+"
    r"(?:(?:that|which)\s+(?:have\s+|had\s+)?(?:been\s+|were\s+|are\s+)?)?"
    # (A route's condition: "an abridged review of products already approved by …".)
    r"(?:(?:already|previously)\s+)?$"
)
# The nouns' letters after their first, one of which each match holds: most windows hold none.
CLASS_NOUNS = (
    "rugs", "edicines", "roducts", "herapies", "reatments", "iologics", "accines", "olecules",
)  # fmt: skip


# A product's standing among its kind, told as the consequence of an event already
# reported: "approved X on Friday, making it the first therapy approved for the disease".
# Only after "making it": "X became the first drug approved in China on 3 June" and
# "X is now the only treatment approved by the Commission" report the approval itself.
_STANDING_BEFORE = re.compile(
    r"\b(?:making|makes|made)\s+(?:it|them)\s+(?:the\s+)?(?:first|only|sole)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:drug|medicine|therapy|treatment|biologic|vaccine|agent)\s+$",
    re.IGNORECASE,
)


def qualifies_a_class(text: str, clause: Segment, start: int) -> bool:
    """The event qualifies a class of products (see `_CLASS_BEFORE`), or tells a product's
    standing among its kind (see `_STANDING_BEFORE`), as no event does."""
    low = max(clause.start, start - 60)
    if _STANDING_BEFORE.search(text, low, start):
        return True
    window = text[low:start]
    if not holds_one_of(window, CLASS_NOUNS):
        return False
    found = _CLASS_BEFORE.search(text, low, start)
    if found is None or found["count"] is not None:
        return False
    return found["noun"].islower() or not text[clause.start : found.start("noun")].strip()


# Other products of the drug's own class, the event's subject: "目前国内已有同类产品获批上市",
# "已有两款同靶点药物获FDA批准", "去年已有竞品获批" (the rivals' approvals, not the drug's). Not
# the drug's standing among them: "是同类产品中首个获批的" (a drug named in the clause is the
# subject then, and 中 follows the class).
_KIN_PRODUCTS = re.compile(
    r"(?:同类|同靶点|同一靶点|相同靶点|同机制|相同机制|同类型)的?[A-Za-z0-9-]{0,10}"
    r"(?:品种|产品|药品|药物|疗法|新药|抑制剂|抗体|竞品)(?![中里内])"
    r"|竞品(?![中里内])|竞争(?:产品|品种|药物)(?![中里内])"
)
_KIN_WORDS = ("同类", "同靶点", "同一靶点", "相同靶点", "同机制", "相同机制", "竞品", "竞争")
# Products of a kind said to exist, named by their class alone: "目前国内已有FLT3抑制剂获批",
# "已有多款PD-1单抗获批上市" (there are such products; none of them is named, so none is the
# article's drug). The class noun ends just before the event, an adverb at most between.
_EXISTING_KIND = re.compile(
    r"(?:已|已经|均|也|现|尚)有(?:[^，。；、有]{0,16}?)"
    r"(?:品种|产品|药品|药物|疗法|新药|抑制剂|单抗|抗体|双抗|偶联药物|ADC|激动剂|拮抗剂)"
    r"(?:先后|相继|陆续|已|均)?$"
)


def kin_products_subject(text: str, phrase_start: int, start: int) -> bool:
    """The phrase before the event names other products of the drug's class (see
    `_KIN_PRODUCTS`, `_EXISTING_KIND`): their event, not the drug named elsewhere."""
    window = text[phrase_start:start]
    if "有" in window and _EXISTING_KIND.search(text, phrase_start, start):
        return True
    if not holds_one_of(window, _KIN_WORDS):
        return False
    return _KIN_PRODUCTS.search(text, phrase_start, start) is not None
