"""Garbled spellings of one name in machine-translated copy ("Fulvetinib", "Fulveitinib").

Translation from Chinese transliterates a drug's name afresh each time it occurs, and
capitalises it like a brand. Real English copy writes a nonproprietary name in small
letters inside a sentence, so a capitalised INN-shaped word there marks translated text,
where two near spellings of one stem name one drug. It also spaces the syllables at will
("Rui Ta Zuo Tinib Tablets (CODE)", "Ruitazuo tini tablets (English name: x)"): two
syllable groups glossed by parentheses, one spelling the other's letters, name one drug.
"""

from __future__ import annotations

import re
from itertools import combinations

from service.extract.name_clusters import Clusters
from service.extract.names import Name

# Edits two spellings of one transliteration may differ by, and the shortest name read.
_MAX_EDITS = 2
_SHORTEST = 8
_FORM = r"(?:[Tt]ablets?|[Cc]apsules?|[Ii]njection)\b"
# Syllable groups, the first capitalised, then perhaps a dosage form, before a parenthesis.
_SYLLABLES = re.compile(
    rf"(?<![\w-])((?:[A-Z][a-z]{{1,8}} )(?:[A-Za-z][a-z]{{1,8}} ){{0,2}}"
    rf"(?!{_FORM})[A-Za-z][a-z]{{1,9}})(?: {_FORM})? ?$"
)
_GLOSS = re.compile(r"[(（]([^()（）]{1,60})[)）]")


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


def link_syllable_groups(source: str, clusters: Clusters) -> None:
    """Join the names glossing two syllable groups spaced apart differently that spell one
    transliteration, case aside (one may drop a last letter: "tini", "Tinib"). The same
    words written twice ("Acme Bio (X)", "Acme Bio (Y)") are a company's, not a respelling."""
    spelled: list[tuple[str, str]] = []
    for gloss in _GLOSS.finditer(source):
        named = gloss.group(1).replace("：", ":").split(":")[-1].strip().lower()
        if named not in clusters.parent:
            continue  # (before the search for syllables, tried at each place before it)
        group = _SYLLABLES.search(source, max(0, gloss.start() - 60), gloss.start())
        if group:
            spelled.append((group.group(1).lower(), named))
    for (words, named), (other, other_named) in combinations(spelled, 2):
        short, long = sorted((words.replace(" ", ""), other.replace(" ", "")), key=len)
        if words.split() == other.split() or len(short) < _SHORTEST:
            continue
        if len(long) - len(short) <= 1 and long.startswith(short):
            clusters.union(named, other_named)


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
