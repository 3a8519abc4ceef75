"""The names one drug goes by, as linked so far: a union-find over their forms, and the
forms of one name that join them without a parenthesis to say so."""

from __future__ import annotations

import re

from service.extract.two_word_names import ALFA

# Salts Chinese writes before a name ("枸橼酸X片" is X citrate).
_ZH_SALT = re.compile(
    "^(?:枸橼酸|盐酸|甲磺酸|苯磺酸|对甲苯磺酸|甲苯磺酸|马来酸|富马酸|琥珀酸|酒石酸|磷酸|硫酸|氢溴酸)"
)
_FDA_SUFFIX = re.compile(r"-[a-z]{4}$")
# A glycoprotein's Greek letter, which copy drops after the first mention ("x alfa", "x").
_GREEK_TAIL = re.compile(ALFA + "$")
# Canonical preference: INN, company code, Chinese generic name, then brand.
KIND_RANK = {"inn": 0, "code": 1, "zh": 2, "brand": 3}


class Clusters:
    """Union-find over lower-cased surface forms, remembering each form's kind."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.surface: dict[str, str] = {}
        self.kind: dict[str, str] = {}

    def add(self, text: str, kind: str) -> str:
        key = text.lower()
        self.parent.setdefault(key, key)
        self.surface.setdefault(key, text)
        if KIND_RANK[kind] < KIND_RANK.get(self.kind.get(key, "brand"), 9):
            self.kind[key] = kind
        return key

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[str]]:
        grouped: dict[str, list[str]] = {}
        for key in self.parent:
            grouped.setdefault(self.find(key), []).append(key)
        return list(grouped.values())


def link_forms(clusters: Clusters, apart: frozenset[str] = frozenset()) -> None:
    """Forms of one name are one drug: with and without the FDA's suffix of a biologic
    ("x-qxvb") or a glycoprotein's Greek letter ("x alfa"), a salt written before a Chinese
    name ("枸橼酸X"), a code with and without its hyphen; not a biosimilar's own name
    (`apart`) and its reference product's INN."""
    codes: dict[str, str] = {}
    for key in list(clusters.parent):
        if key[:1] >= "\u4e00":
            base = _ZH_SALT.sub("", key)
        else:
            base = _GREEK_TAIL.sub("", _FDA_SUFFIX.sub("", key))
        if base != key and base in clusters.parent and key not in apart:
            clusters.union(key, base)
        if clusters.kind.get(key) == "code":
            # Copy drops or adds a code's hyphen ("XY1234", "XY-1234"): one product.
            bare = key.replace("-", "").replace(" ", "")
            if codes.setdefault(bare, key) != key:
                clusters.union(codes[bare], key)
