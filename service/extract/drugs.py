"""Group an article's drug names into entities (INN, codes, brands, translations)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from service.extract.names import (
    Name,
    canonical_form,
    chinese_kind,
    find_names,
    strip_dosage,
    trim_chinese,
)

_PARENS = re.compile(r"[(（]([^()（）]{1,120})[)）]")
_LABEL = re.compile(
    r"^(?:generic name|inn|international nonproprietary name|project code|code name|code|"
    r"brand name|trade name|also known as|formerly|英文通用名|通用名|研发代号|项目代号|代号|"
    r"商品名|英文名)\s*[:：]?\s*",
    re.IGNORECASE,
)
_LOWER_INN = re.compile(r"^[a-z][a-z-]{3,}(?: [a-z][a-z-]{3,}){0,2}(?: HCl| hydrochloride)?$")
_BRAND_TOKEN = re.compile(r"^[A-Z][A-Za-z0-9-]{2,}$")
_LEFT_CAPITAL = re.compile(r"([A-Z][A-Za-z-]{1,}(?:\s[A-Z][A-Za-z-]{1,}){0,2})[™®]?$")
_LEFT_CJK = re.compile(r"[\u4e00-\u9fff]{2,20}$")
# Literal-first so the scan is cheap; the word boundary is checked where it is used.
_KNOWN_AS = re.compile(
    r"known\s+as\s+(?P<a>[A-Z][\w-]+(?: \d{3})?)|sold(?:\s+elsewhere)?\s+as\s+"
    r"(?P<b>[A-Z][\w-]+)|marketed\s+as\s+(?P<c>[A-Z][\w-]+)|brand(?:\s+name)?\s+"
    r"(?P<d>[A-Z][\w-]+)|developed\s+(?:the\s+\w+\s+|it\s+)as\s+(?P<e>[A-Z][\w-]+)"
    r"|商品名[为：:]?\s*[“\"「]?(?P<f>[^”\"」，。（）\s]{2,12})"
)
_KNOWN_AS_HINTS = ("known as", "sold", "marketed", "brand", "developed", "商品名")
_COMMON = frozenset(
    ["with", "patients", "adults", "children", "aged", "years", "weighing", "least", "from", "that"]
)
_COMPARATOR_BEFORE = re.compile(
    r"(?:\bwith|\bplus|\bversus|\bvs\.?|\bthan|\bagainst|\bincluded|联合|对比)\s+(?:the\s+)?$"
)
_REFERENCE_AFTER = ("-based", " biosimilar", "生物类似药", "的生物类似药")
_COMPARATOR_WORDS = ("with", "plus", "vs", "than", "against", "included", "联合", "对比")
_PART_SPLIT = re.compile(r"[,，;；、]|\band\b")
# Canonical preference: INN, company code, Chinese generic name, then brand.
_KIND_RANK = {"inn": 0, "code": 1, "zh": 2, "brand": 3}


@dataclass(frozen=True)
class Drug:
    canonical: str
    aliases: tuple[str, ...]


class DrugMention(NamedTuple):
    start: int
    end: int
    drug: int
    comparator: bool


@dataclass(frozen=True)
class DrugIndex:
    drugs: tuple[Drug, ...]
    mentions: tuple[DrugMention, ...]
    comparator_only: frozenset[int]
    main: int | None


class _Clusters:
    """Union-find over lower-cased surface forms, remembering each form's kind."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.surface: dict[str, str] = {}
        self.kind: dict[str, str] = {}

    def add(self, text: str, kind: str) -> str:
        key = text.lower()
        self.parent.setdefault(key, key)
        self.surface.setdefault(key, text)
        if _KIND_RANK[kind] < _KIND_RANK.get(self.kind.get(key, "brand"), 9):
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


def index_drugs(title: str, text: str) -> DrugIndex:
    source = f"{title}\n{text}"
    names = find_names(source)
    clusters = _Clusters()
    ends = {}
    for name in names:
        clusters.add(name.text, name.kind)
        ends[name.start + len(name.text)] = name
    _link_parentheses(source, clusters, ends)
    _link_known_as(source, clusters, names)
    drugs = _build_drugs(source, clusters)
    mentions = _find_mentions(text, drugs)
    return _finish(title, drugs, mentions)


def _link_parentheses(source: str, clusters: _Clusters, ends: dict[int, Name]) -> None:
    for match in _PARENS.finditer(source):
        window = max(0, match.start() - 80)
        left_text = source[window : match.start()].rstrip().rstrip("™®")
        left = _left_name(left_text, window, ends, match.group(1))
        if left is None:
            continue
        left_surface, left_known, left_kind = left
        parts = [p for p in _PART_SPLIT.split(match.group(1)) if p.strip()]
        linked = []
        for part in parts:
            labelled = bool(_LABEL.match(part.strip()))
            surface = _LABEL.sub("", part.strip()).strip("“”\"' ")
            kind = _classify(surface, clusters, labelled or left_known)
            if kind:
                linked.append((surface, kind))
        if not left_known and not any(k in ("inn", "code") for _, k in linked):
            continue
        left_key = clusters.add(left_surface, left_kind)
        for surface, kind in linked:
            clusters.union(clusters.add(surface, kind), left_key)
            base = strip_dosage(surface)
            if base != surface and base.lower() in clusters.parent:
                clusters.union(base.lower(), left_key)


def _left_name(
    left_text: str, offset: int, ends: dict[int, Name], content: str
) -> tuple[str, bool, str] | None:
    """The name written just before a parenthesis, whether it is a known drug, and its kind."""
    known = ends.get(offset + len(left_text))
    if known is not None:
        return known.text, True, known.kind
    last = left_text[-1:]
    cjk = (
        _LEFT_CJK.search(left_text, max(0, len(left_text) - 20))
        if "\u4e00" <= last <= "\u9fff"
        else None
    )
    if cjk:
        name = trim_chinese(cjk.group())
        if len(name) >= 2 and re.search(r"通用名|代号|商品名|[a-z]{5,}", content):
            return name, False, chinese_kind(name)
        return None
    if not (left_text[-1:].isalpha() or left_text.endswith("-")):
        return None  # a name ends in a letter (the pattern below is costly to search)
    # Three capitalised words at most: the last 60 characters hold them.
    capital = _LEFT_CAPITAL.search(left_text, max(0, len(left_text) - 60))
    if capital is None:
        return None
    words = capital.group(1).split()
    if len(words) > 1 and not _LABEL.match(content.strip()):
        words = words[-1:]
    return " ".join(words), False, "brand"


def _classify(surface: str, clusters: _Clusters, trusted: bool) -> str | None:
    base = strip_dosage(surface)
    if base.lower() in clusters.kind:
        return clusters.kind[base.lower()]
    if _LOWER_INN.match(surface) and not set(surface.split()) & _COMMON:
        return "inn"
    if base and all("\u4e00" <= ch <= "\u9fff" for ch in base) and len(base) >= 2 and trusted:
        return chinese_kind(base)
    if (trusted and _BRAND_TOKEN.match(surface) and not surface.isupper()) or (
        trusted and _BRAND_TOKEN.match(surface) and len(surface) >= 5
    ):
        return "brand"
    return None


def _link_known_as(source: str, clusters: _Clusters, names: list[Name]) -> None:
    if not any(k in source for k in _KNOWN_AS_HINTS):
        return
    for match in _KNOWN_AS.finditer(source):
        if match.start() > 0 and source[match.start() - 1].isalpha() and match["f"] is None:
            continue
        alias = next(g for g in match.groups() if g)
        if alias.isupper() and not any(ch.isdigit() for ch in alias) and match["f"] is None:
            continue
        before = [
            n
            for n in names
            if n.start < match.start()
            and n.text.lower() != alias.lower()
            and not _comparator_before(source[max(0, n.start - 25) : n.start])
        ]
        if not before:
            continue
        kind = "code" if any(ch.isdigit() for ch in alias) else "brand"
        clusters.union(clusters.add(alias, kind), before[-1].text.lower())


def _build_drugs(source: str, clusters: _Clusters) -> list[Drug]:
    drugs = []
    lowered = source.lower()
    for group in clusters.groups():
        best = group[0] if len(group) == 1 else min(
            group,
            key=lambda k: (_KIND_RANK[clusters.kind.get(k, "brand")], -lowered.count(k), k),
        )  # fmt: skip
        name = Name(clusters.surface[best], clusters.kind.get(best, "brand"), 0)
        canonical = canonical_form(name)
        aliases = _aliases(source, [clusters.surface[k] for k in group], canonical)
        drugs.append(Drug(canonical, aliases))
    return drugs


def _aliases(source: str, surfaces: list[str], canonical: str) -> tuple[str, ...]:
    seen = {canonical.lower()}
    aliases = []
    for surface in surfaces:
        forms = [surface] + [surface + s for s in (" tablets", "片") if surface + s in source]
        for form in forms:
            if form.lower() not in seen:
                seen.add(form.lower())
                aliases.append(form)
    return tuple(aliases)


def _find_mentions(text: str, drugs: list[Drug]) -> list[DrugMention]:
    hits = []
    lowered = text.lower()
    for index, drug in enumerate(drugs):
        for form in {drug.canonical.lower(), *(a.lower() for a in drug.aliases)}:
            for start in _occurrences(lowered, form):
                hits.append((start, start + len(form), index))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    mentions: list[DrugMention] = []
    for start, end, index in hits:
        if mentions and start < mentions[-1].end:
            continue
        before = text[max(0, start - 25) : start]
        # "tocilizumab biosimilar BAT1806": the reference product is not the subject.
        comparator = _comparator_before(before) or text.startswith(_REFERENCE_AFTER, end)
        mentions.append(DrugMention(start, end, index, comparator))
    return mentions


def _comparator_before(before: str) -> bool:
    """The text just before a name makes it a comparator ("in combination with")."""
    return any(w in before for w in _COMPARATOR_WORDS) and bool(_COMPARATOR_BEFORE.search(before))


def _occurrences(lowered: str, form: str) -> list[int]:
    """Start offsets of a name, whole-word for Latin names (no regex compile per name)."""
    found = []
    start = lowered.find(form)
    while start >= 0:
        end = start + len(form)
        if not form.isascii() or (
            (start == 0 or not lowered[start - 1].isalnum() or not lowered[start - 1].isascii())
            and (end == len(lowered) or not lowered[end].isalnum() or not lowered[end].isascii())
        ):
            found.append(start)
        start = lowered.find(form, start + 1)
    return found


def _finish(title: str, drugs: list[Drug], mentions: list[DrugMention]) -> DrugIndex:
    subject_of = {m.drug for m in mentions if not m.comparator}
    comparator_only = frozenset(range(len(drugs))) - subject_of
    weights: Counter[int] = Counter(m.drug for m in mentions if not m.comparator)
    lowered_title = title.lower()
    for index, drug in enumerate(drugs):
        forms = (drug.canonical, *drug.aliases)
        weights[index] += 3 * sum(lowered_title.count(f.lower()) for f in forms)
    main = max(weights, key=lambda i: (weights[i], -i)) if weights else None
    return DrugIndex(tuple(drugs), tuple(mentions), comparator_only, main)
