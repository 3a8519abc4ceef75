"""What a table header's column label names: the drug's, the company's, the regulator's,
the action's or the date's column (see `tracker_tables`).

A label is read by its head word first: the last word ("Action date" is a date's column,
"Regulatory action" an action's), or the word before "of" ("Date of decision" is a date's
column, though "decision" names an action; "Type of decision" has no head the roles know and
is read by its other words). A column of a product's legal class ("Legal status": POM, OTC)
tells no action, though "status" does in a tracker ("Status: Approved"); nor does a column of
identifiers ("Decision number").
"""

from __future__ import annotations

_ROLE_WORDS = (
    ("date", frozenset(("date", "dated", "when", "day", "month"))),
    ("company", frozenset(("company", "sponsor", "applicant", "developer", "holder", "mah",
                           "manufacturer", "marketer", "licensee", "firm", "owner"))),
    ("agency", frozenset(("agency", "regulator", "authority", "jurisdiction", "country",
                          "region", "market"))),
    ("action", frozenset(("action", "decision", "event", "milestone", "outcome", "status",
                          "development", "update", "step", "news"))),
    # A nonproprietary name's column is the drug's before a brand's ("Drug Name | Active
    # Ingredient"): the name finder knows its form.
    ("ingredient", frozenset(("ingredient", "ingredients", "substance", "substances"))),
    ("drug", frozenset(("drug", "product", "medicine", "therapy", "candidate", "asset",
                        "compound", "molecule", "agent", "inn", "brand", "name"))),
)  # fmt: skip
# Target dates ("PDUFA date", "Goal date") date plans, no action: their column is none.
_PLANNED = frozenset(("pdufa", "target", "goal", "expected", "anticipated", "planned"))
# Words before "status" that make it a product's class, not what was done to it.
_CLASS_WORDS = frozenset(("legal", "supply", "prescription", "schedule", "scheduling"))
# Heads of a column of identifiers ("Decision number", "EU number", "Licence No."): no role,
# whatever the word before names.
_NUMBER_HEADS = frozenset(("number", "numbers", "no", "nr", "id", "ref", "reference"))


def label_role(words: list[str]) -> str | None:
    """The role a short label's (lower-case) words name, if any."""
    if _PLANNED & set(words):
        return None
    if words[-1] == "status" and _CLASS_WORDS & set(words):
        return None
    of = words.index("of", 1) if "of" in words[1:] else 0
    head = words[of - 1] if of else words[-1]
    if head in _NUMBER_HEADS:
        return None
    for word in (head, *words):
        for role, names in _ROLE_WORDS:
            if word in names:
                return role
    return None
