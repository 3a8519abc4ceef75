"""Garbled spellings of one name in machine-translated copy ("Fulvetinib", "Fulveitinib").

Translation from Chinese transliterates a drug's name afresh each time it occurs, and
capitalises it like a brand. Real English copy writes a nonproprietary name in small
letters inside a sentence, so a capitalised INN-shaped word there marks translated text,
where two near spellings of one stem name one drug.
"""

from __future__ import annotations

from service.extract.aliases import Clusters
from service.extract.names import Name

# Edits two spellings of one transliteration may differ by, and the shortest name read.
_MAX_EDITS = 2
_SHORTEST = 8


def link_variants(source: str, body_start: int, names: list[Name], clusters: Clusters) -> None:
    """Join near spellings of an INN when the text capitalises one inside a sentence."""
    inns = [n for n in names if n.kind == "inn" and " " not in n.text]
    marked = {n.text.lower() for n in inns if _capitalised_inside(source, n, body_start)}
    if not marked:
        return
    words = sorted({n.text.lower() for n in inns})
    for word in sorted(marked):
        for other in words:
            if other != word and _variants(word, other):
                clusters.union(word, other)


def _capitalised_inside(source: str, name: Name, body_start: int) -> bool:
    """A capitalised name after a small letter or a comma, in the body (titles capitalise).
    Chinese copy writes no capitals of its own: after a Chinese character or comma, a
    capitalised name is inside its sentence too ("批准Torecitinib上市", "，Tolrecetinib早在")."""
    if name.start < body_start or not name.text[:1].isupper():
        return False
    before = source[max(0, name.start - 2) : name.start].rstrip()
    return bool(before) and (
        before[-1].islower() or before[-1] in ",，、" or "\u4e00" <= before[-1] <= "\u9fff"
    )


def _variants(a: str, b: str) -> bool:
    if min(len(a), len(b)) < _SHORTEST or abs(len(a) - len(b)) > 1 or a[:2] != b[:2]:
        return False
    if a[-4:] != b[-4:]:
        return False  # one stem ends both ("-tinib")
    return _distance(a, b) <= _MAX_EDITS


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (both words are short)."""
    row = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, other in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (char != other))
    return row[-1]
