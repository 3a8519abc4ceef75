"""Events told of a product by its kind alone: "it submitted a BLA for the biosimilar".

A roundup or feature names a biosimilar once, with its reference product beside it
("registered Delmira (PVB-12), Pavlova's biosimilar of Deltiva"), then calls it "the
biosimilar". That phrase refers to the product the text described as one, not to the name
told last (often the reference product's).
"""

from __future__ import annotations

import re

from service.extract.context import Context
from service.extract.sentences import Segment

# "the biosimilar", not "the biosimilar of X" / "to X" (which names the reference product;
# "a BLA for the biosimilar to the FDA" names the regulator it went to).
_KIND_ANAPHOR = re.compile(r"\b[Tt]he\s+biosimilar\b(?!\s+of\b)(?!\s+to\s+[A-Z])")
# The word that describes a product as a biosimilar, singular ("biosimilars" is a class).
_KIND_WORD = re.compile(r"\bbiosimilar\b(?!s)", re.IGNORECASE)
# How far before the kind word its product is named: an apposition ("X (code), Acme's").
_REACH = 60


def kind_referent(ctx: Context, clause: Segment, before: int) -> int | None:
    """The one drug described as a biosimilar before `before`, when the clause refers to
    "the biosimilar"; None when it does not, or when none or several were described."""
    if "biosimilar" not in ctx.lowered[clause.start : clause.end]:
        return None
    if _KIND_ANAPHOR.search(ctx.text, clause.start, clause.end) is None:
        return None
    described: set[int] = set()
    for word in _KIND_WORD.finditer(ctx.text, 0, before):
        if word.start() >= clause.start:
            break
        named = ctx.mentions_in(max(0, word.start() - _REACH), word.start())
        if not named:
            continue
        last = named[-1]
        gap = ctx.text[last.end : word.start()]
        # (Not past a sentence's end, nor a reference product's "first Deltiva biosimilar".)
        if not last.comparator and not any(mark in gap for mark in ".;\n"):
            described.add(last.drug)
    return described.pop() if len(described) == 1 else None
