"""Link the names an article gives one drug: parentheses, "known as" prose, labelled fields."""

from __future__ import annotations

import re

from service.extract.names import (
    SALT_WORDS,
    Name,
    chinese_kind,
    code_like,
    strip_dosage,
    trim_chinese,
)

_PARENS = re.compile(r"[(（]([^()（）]{1,120})[)）]")
# One qualifier word may precede the label ("English trade name:", "research code:").
# A Chinese label may name its component first ("甲替韦英文通用名：x" in a co-pack).
_LABEL = re.compile(
    r"^(?:[A-Za-z&.-]+\s+|[\u4e00-\u9fff]{2,8}(?=英文|通用|研发|商品))?"
    r"(?:generic name|inn|international nonproprietary name|non-?proprietary name|"
    r"project code|code name|code|brand name|trade name|also known as|"
    r"formerly|英文通用名|通用名|研发代号|项目代号|代号|商品名|英文名)\s*[:：]?\s*",
    re.IGNORECASE,
)
_LOWER_INN = re.compile(r"^[a-z][a-z-]{3,}(?: [a-z][a-z-]{3,}){0,2}(?: HCl| hydrochloride)?$")
# "x hydrobromide": the salt's INN names the same drug as the bare x.
_SALT = re.compile(rf"\s+(?:{SALT_WORDS})$", re.IGNORECASE)
_BRAND_TOKEN = re.compile(r"^[A-Z][A-Za-z0-9-]{2,}$")
_LEFT_CAPITAL = re.compile(r"([A-Z][A-Za-z-]{1,}(?:\s[A-Z][A-Za-z-]{1,}){0,2})[™®]?$")
_LEFT_CJK = re.compile(r"[\u4e00-\u9fff]{2,20}$")
# "A片/B片组合包装": a co-pack is named after its first component (the second boosts it).
_CO_PACK = re.compile(r"([\u4e00-\u9fff]{2,20})/[\u4e00-\u9fff]{2,12}组合包装$")
# Strength and dosage form written after a name ("Brand Intravenous Infusion 250 mg",
# "Name monoclonal antibody injection"): the name is what precedes them.
_FORM_TAIL = re.compile(
    r"(?:\s+(?:tablets?|capsules?|injection|for injection|intravenous|infusion|oral solution|"
    r"monoclonal antibody|\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|iu)(?:/\w+)?))+$",
    re.IGNORECASE,
)
_FORM_WORDS = (
    "tablet",
    "tablets",
    "capsule",
    "capsules",
    "injection",
    "infusion",
    "solution",
    "antibody",
    "mg",
    "g",
)
_NAME = r"[A-Z][\w-]+(?: \d{3,})?"
# The verb before " as Name" that makes Name another name of the drug just named.
_AS_VERB = re.compile(
    r"(?:\bknown|\bsold(?:\s+elsewhere)?|\bmarketed|\bdeveloped(?:\s+the\s+\w+|\s+it)?|"
    r"\b(?:approved|cleared|launched|registered)\s+(?:it|the\s+(?:drug|medicine|product)))$"
)
_AS_NAME = re.compile(_NAME)
_BRAND_NAMED = re.compile(rf"\b(?:brand|trade)(?:\s+name)?\s+({_NAME})")
_GENERIC_NAMED = re.compile(
    r"(?:generic|proprietary)\s+name\s+(?:of\s+the\s+\w+\s+)?is\s+([a-z][a-z-]{4,})"
)
_ZH_BRAND = re.compile(r"商品名[为：:]?\s*[“\"「]?([^”\"」，。（）\s]{2,12})")
# A block of labelled lines ("Brand name: …", "Development code: …") describes one product.
_FIELD = re.compile(
    r"^[ \t]*(?P<label>(?:brand|trade|proprietary|non-?proprietary|generic|international "
    r"nonproprietary)\s+name|inn|(?:development|research|project|product)\s+code|code name|"
    r"商品名|通用名|英文名|研发代号)[ \t]*[:：][ \t]*(?P<value>[^\n]{1,100})$",
    re.IGNORECASE | re.MULTILINE,
)
_FIELD_SPLIT = re.compile(r"[/,，;；、]")
_COMMON = frozenset(
    ["with", "patients", "adults", "children", "aged", "years", "weighing", "least", "from", "that"]
)
_PART_SPLIT = re.compile(r"[,，;；、]|\band\b")
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


def link_parentheses(source: str, clusters: Clusters, ends: dict[int, Name]) -> None:
    for match in _PARENS.finditer(source):
        window = max(0, match.start() - 80)
        left_text = _strip_form(source[window : match.start()].rstrip().rstrip("™®"))
        parts = [p.strip() for p in _PART_SPLIT.split(match.group(1)) if p.strip()]
        left = _left_name(left_text, window, ends, match.group(1))
        if left is None and len(parts) < 2:
            continue
        labelled = [bool(_LABEL.match(part)) for part in parts]
        if left is None and sum(labelled) < 2:
            continue
        linked = []
        for part, label in zip(parts, labelled, strict=True):
            surface = _LABEL.sub("", part).strip("“”\"' ")
            if label and "/" in surface:
                surface = surface.split("/")[0]  # a combination ("x/ritonavir") is led by x
            kind = _classify(surface, clusters, label or (left is not None and left[1]))
            if kind:
                linked.append((surface, kind))
        if left is None:
            # "injection (trade name: X, research code: Y)": the labels tie X to Y even
            # when the name before the parenthesis is not one we can read.
            if len(linked) >= 2:
                _union_all(clusters, linked, linked[0])
            continue
        left_surface, left_known, left_kind = left
        if left_known or any(k in ("inn", "code") for _, k in linked):
            _union_all(clusters, linked, (left_surface, left_kind))


def _union_all(clusters: Clusters, linked: list[tuple[str, str]], anchor: tuple[str, str]) -> None:
    anchor_key = clusters.add(*anchor)
    for surface, kind in linked:
        clusters.union(clusters.add(surface, kind), anchor_key)
        for base in (strip_dosage(surface), _SALT.sub("", surface)):
            if base != surface and base.lower() in clusters.parent:
                clusters.union(base.lower(), anchor_key)


def _strip_form(left_text: str) -> str:
    if not left_text.lower().endswith(_FORM_WORDS):
        return left_text  # the common case: no costly search
    return _FORM_TAIL.sub("", left_text)


def _left_name(
    left_text: str, offset: int, ends: dict[int, Name], content: str
) -> tuple[str, bool, str] | None:
    """The name written just before a parenthesis, whether it is a known drug, and its kind."""
    known = ends.get(offset + len(left_text))
    if known is not None:
        return known.text, True, known.kind
    last = left_text[-1:]
    if left_text.endswith("组合包装"):
        pack = _CO_PACK.search(left_text)
        if pack is not None:
            left_text = pack.group(1)
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


def _classify(surface: str, clusters: Clusters, trusted: bool) -> str | None:
    base = strip_dosage(surface)
    if base.lower() in clusters.kind:
        return clusters.kind[base.lower()]
    if _LOWER_INN.match(surface) and not set(surface.split()) & _COMMON:
        return "inn"
    if base and all("\u4e00" <= ch <= "\u9fff" for ch in base) and len(base) >= 2 and trusted:
        return chinese_kind(base)
    if trusted and code_like(surface):
        return "code"
    if (trusted and _BRAND_TOKEN.match(surface) and not surface.isupper()) or (
        trusted and _BRAND_TOKEN.match(surface) and len(surface) >= 5
    ):
        return "brand"
    return None


def link_known_as(source: str, clusters: Clusters, names: list[Name], subject: list[bool]) -> None:
    """ "X, also known as Y", "sold as Y", "developed as Y", "the generic name is x": the
    alias joins the last subject name written before it."""
    for start, alias, kind in _prose_aliases(source):
        # "（英文名：x/ritonavir，商品名：Brand）": a brand its parenthesis already tied stays
        # with that name, not with the last name written inside the parenthesis.
        if source.startswith("商品名", start) and _tied(clusters, alias.lower()):
            continue
        before = [
            n
            for n, own in zip(names, subject, strict=True)
            if n.start < start and n.text.lower() != alias.lower() and own
        ]
        if before:
            clusters.union(clusters.add(alias, kind), before[-1].text.lower())


def _tied(clusters: Clusters, key: str) -> bool:
    if key not in clusters.parent:
        return False
    root = clusters.find(key)
    return any(clusters.find(other) == root for other in clusters.parent if other != key)


def _prose_aliases(source: str) -> list[tuple[int, str, str]]:
    """(offset, alias, kind) of each alias given in prose; literal look-ups first, since
    a pattern of alternatives run over the whole text is costly."""
    found = []
    position = source.find(" as ")
    while position >= 0:
        name = _AS_NAME.match(source, position + 4)
        if name and _AS_VERB.search(source, max(0, position - 40), position):
            found.append((position, name.group(), ""))
        position = source.find(" as ", position + 4)
    if "brand" in source or "trade" in source:
        found += [(m.start(), m.group(1), "") for m in _BRAND_NAMED.finditer(source)]
    if " name " in source:
        found += [(m.start(), m.group(1), "inn") for m in _GENERIC_NAMED.finditer(source)]
    if "商品名" in source:
        found += [(m.start(), m.group(1), "brand") for m in _ZH_BRAND.finditer(source)]
    return [
        (start, alias, kind or ("code" if any(ch.isdigit() for ch in alias) else "brand"))
        for start, alias, kind in found
        # An all-capital word without digits is an acronym ("known as ADC"), not a name.
        if kind or not alias.isupper() or any(ch.isdigit() for ch in alias)
    ]


def link_fields(source: str, clusters: Clusters) -> None:
    """Labelled lines of one block ("Brand name: X" then "Non-proprietary name: y") name
    one product; a blank-line-free run of them is linked together."""
    if ":" not in source and "：" not in source:
        return
    block: list[tuple[str, str]] = []
    last_end = -1
    for match in _FIELD.finditer(source):
        if block and source.count("\n", last_end, match.start()) > 2:
            _union_block(clusters, block)
            block = []
        block.extend(_field_names(match["label"].lower(), match["value"]))
        last_end = match.end()
    _union_block(clusters, block)


def _union_block(clusters: Clusters, block: list[tuple[str, str]]) -> None:
    if len(block) >= 2:
        _union_all(clusters, block[1:], block[0])


def _field_names(label: str, value: str) -> list[tuple[str, str]]:
    found = []
    for part in _FIELD_SPLIT.split(value.split("(")[0].split("（")[0]):
        surface = _FORM_TAIL.sub("", part.strip()).strip("“”\"' ")
        if not surface:
            continue
        if "code" in label or "代号" in label:
            kind = "code" if code_like(surface) else ""
        elif "non" in label or "generic" in label or label in ("inn", "通用名"):
            kind = "inn" if _LOWER_INN.match(surface.lower()) else ""
        elif not surface.isascii():
            kind = chinese_kind(surface)
        else:
            kind = "brand" if _BRAND_TOKEN.match(surface.split()[0]) else ""
            surface = surface.split()[0]
        if kind:
            found.append((surface, kind))
    return found
