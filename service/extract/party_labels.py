"""A roundup paragraph's run-in label that names the party its item is about: "CRL for
Hollyfen. Hollyfen Pharma said the FDA issued …", "Breakthrough at Marrick. …". Its event
word is the item's, told again below; it is not the drug of the paragraph above, whose
text never names that party."""

from __future__ import annotations

import re

from service.extract.context import Context
from service.extract.sentences import Segment

# A verbless label: a few words naming the event, then the party, capitalised, and a stop.
_LABEL = re.compile(
    r"(?:[\w-]+\s+){1,3}?(?:for|at|from)\s+(?P<party>[A-Z][\w&'’-]+)(?:\s+[A-Z][\w&'’-]+){0,2}\.$"
)
# Words a statement has and a label does not.
_STATEMENT_WORDS = frozenset(("the", "a", "an", "it", "its", "is", "are", "was", "were", "has"))


def labels_another_party(ctx: Context, sentence: Segment) -> bool:
    """The sentence is a paragraph's label naming a party that the sentence after it names
    and the paragraph of the last drug named before it (the one an unnamed event would
    fall back to) does not."""
    if sentence.start and ctx.text[sentence.start - 1] != "\n":
        return False
    before = [m for m in ctx.mentions_in(0, sentence.start) if not m.comparator]
    if not before:
        return False
    label = _LABEL.fullmatch(ctx.text[sentence.start : sentence.end].rstrip())
    if label is None or _STATEMENT_WORDS.intersection(label[0].lower().split()):
        return False
    named = re.compile(rf"\b{re.escape(label['party'])}\b")
    below = ctx.text[sentence.end : _line_end(ctx.text, sentence.end)]
    last = before[-1]
    above = ctx.text[ctx.text.rfind("\n", 0, last.start) + 1 : _line_end(ctx.text, last.end)]
    return named.search(below) is not None and named.search(above) is None


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return end if end >= 0 else len(text)
