"""Link the names an article states in words: "known as" prose and labelled field blocks."""

from __future__ import annotations

import re

from service.extract.aliases import BRAND_TOKEN, FORM_TAIL, LOWER_INN, union_all
from service.extract.chinese_names import chinese_kind
from service.extract.company_codes import code_like
from service.extract.name_clusters import Clusters
from service.extract.names import Name

_NAME = r"[A-Z][\w-]+(?: \d{3,})?"
# The market a name is used in: "in Japan", "in the United States".
_IN_MARKET = r"\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
# The verb before " as Name" that makes Name another name of the drug just named ("known
# in early development as" gives its code, "known there as" its name in another market).
_AS_VERB = re.compile(
    # (Or "known in the clinic as", "known in trials as": the code its studies used.)
    r"(?:\bknown(?:\s+(?:in|during)\s+(?:the\s+)?(?:(?:early|late|clinical|preclinical)\s+){0,2}"
    r"(?:development|clinic|trials?|studies|testing)"
    r"|\s+(?:there|locally|elsewhere|abroad|internally))?|"
    # (Or "sold in the United States as", "marketed in Japan as": its name in one market.)
    rf"\b(?:sold|marketed)(?:\s+elsewhere|{_IN_MARKET})?|"
    # (Or "discovered by Acme Therapeutics of San Diego as": the originator's code.)
    r"\b(?:developed|discovered)(?:\s+the\s+\w+|\s+it"
    r"|\s+by(?:\s+[A-Z][\w&.-]*){1,3}(?:\s+of(?:\s+[A-Z][\w.]*){1,2})?)?|"
    r"\b(?:approved|cleared|launched|registered|sells|markets)\s+(?:it|the\s+(?:drug|medicine|"
    rf"product))(?:{_IN_MARKET})?)$"
)
_AS_NAME = re.compile(_NAME)
# A disease's other name: "type IIIB, also known as Sanfilippo syndrome" names no drug.
_DISEASE_AFTER = re.compile(r"\s+(?:syndrome|disease|disorder|deficiency)\b", re.IGNORECASE)
_PAREN_BEFORE = re.compile(r"\(([^()]{3,40})\),?(?:\s+\w+){1,4}$")
# "developed under the code X", "sold under the name X", "under the code name X",
# "developed in Japan under its own code X".
_UNDER = re.compile(
    rf"\b(?:developed|sold|marketed|known)(?:\s+(?:it|the\s+\w+))?"
    rf"(?:{_IN_MARKET})?"
    rf"\s+under\s+(?:the|its(?:\s+own)?)\s+"
    rf"(?:development\s+|research\s+)?"
    rf"(?:code|name|brand|trade)(?:\s+name)?\s+({_NAME})"
)
# A translated brand may run to several capitalised syllables ("trade name Bao Li Na").
_BRAND_NAMED = re.compile(rf"\b(?:brand|trade)(?:\s+name)?\s+({_NAME}(?: [A-Z][a-z]+){{0,2}})")
_GENERIC_NAMED = re.compile(
    r"(?:generic|proprietary)\s+name\s+(?:of\s+the\s+\w+\s+)?is\s+([a-z][a-z-]{4,})"
)
# A spelling of the name another text gives, quoted: "英文版误作“Tolreciclibe”", "媒体写作
# “Torreciclib”" (a typo, a transliteration) names the same drug, not a second one.
_ZH_SPELT = re.compile(
    r"(?:误作|误写[为作成]?|误拼[为作成]?|错写[为作成]|错拼[为作成]|写作|写为|拼作|拼写为)\s*"
    r"[“\"「]([A-Za-z][\w-]{2,40})[”\"」]"
)
_SPELT_HINTS = ("误", "错", "写作", "写为", "拼")
_ZH_BRAND = re.compile(r"商品名[为：:]?\s*[“\"「]?([^”\"」，。（）\s]{2,12})")
# A block of labelled lines ("Brand name: …", "Development code: …") describes one product.
_FIELD = re.compile(
    r"^[ \t]*(?P<label>(?:brand|trade|proprietary|non-?proprietary|generic|international "
    r"nonproprietary)\s+name|inn|(?:development|research|project|product)\s+code|code name|"
    r"商品名|通用名|英文名|研发代号)[ \t]*[:：][ \t]*(?P<value>[^\n]{1,100})$",
    re.IGNORECASE | re.MULTILINE,
)
_FIELD_SPLIT = re.compile(r"[/,，;；、]")


def link_known_as(
    source: str,
    clusters: Clusters,
    names: list[Name],
    subject: list[bool],
    biosimilars: frozenset[str] = frozenset(),
) -> None:
    """ "X, also known as Y", "sold as Y", "developed as Y", "the generic name is x": the
    alias joins the last subject name written before it, or the text's one biosimilar
    (`biosimilars`) its sentence calls "the biosimilar"."""
    for start, alias, kind in _prose_aliases(source):
        # "（英文名：x/ritonavir，商品名：Brand）": a brand its parenthesis already tied stays
        # with that name, not with the last name written inside the parenthesis.
        if source.startswith("商品名", start) and _tied(clusters, alias.lower()):
            continue
        before = [
            n.text.lower()
            for n, own in zip(names, subject, strict=True)
            if n.start < start and n.text.lower() != alias.lower() and own
        ]
        target = _glossed(source, clusters, start) or _biosimilar_meant(source, start, biosimilars)
        target = target or (before[-1] if before else None)
        target = target or _last_linked(source, clusters, start)
        if target:
            clusters.union(clusters.add(alias, kind), target)


def _biosimilar_meant(source: str, start: int, biosimilars: frozenset[str]) -> str | None:
    """ "The company developed the biosimilar under the code X": the name it refers to
    is the biosimilar's, though the reference product's was written last."""
    if len(biosimilars) != 1:
        return None
    opening = max(source.rfind(". ", 0, start), source.rfind("\n", 0, start)) + 1
    return next(iter(biosimilars)) if "the biosimilar" in source[opening:start] else None


def _last_linked(source: str, clusters: Clusters, start: int) -> str | None:
    """The name written last before `start` among those a parenthesis already linked ("The
    FDA approved Brand (inn). Brand, previously known as X, …"): a brand or INN read only
    by its link is no name of the text's own, but still the drug the alias glosses."""
    lowered = source[:start].lower()
    found = [(lowered.rfind(key), key) for key in clusters.parent if _tied(clusters, key)]
    found = [(at, key) for at, key in found if at >= 0]
    return max(found)[1] if found else None


def _glossed(source: str, clusters: Clusters, start: int) -> str | None:
    """ "Brand (inn), long known as X": the name in the parenthesis just before is the one
    glossed, though its form alone did not make it a name."""
    found = _PAREN_BEFORE.search(source, max(0, start - 60), start)
    key = found.group(1).lower() if found else ""
    return key if key in clusters.parent else None


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
        if name and _DISEASE_AFTER.match(source, name.end()):
            name = None
        if name and _AS_VERB.search(source, max(0, position - 60), position):
            found.append((position, name.group(), ""))
        position = source.find(" as ", position + 4)
    if " under " in source:
        found += [(m.start(1), m.group(1), "") for m in _UNDER.finditer(source)]
    if "brand" in source or "trade" in source:
        found += [(m.start(), m.group(1), "") for m in _BRAND_NAMED.finditer(source)]
    if " name " in source:
        found += [(m.start(), m.group(1), "inn") for m in _GENERIC_NAMED.finditer(source)]
    if any(hint in source for hint in _SPELT_HINTS):
        found += [(m.start(), m.group(1), "") for m in _ZH_SPELT.finditer(source)]
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
        union_all(clusters, block[1:], block[0])


def _field_names(label: str, value: str) -> list[tuple[str, str]]:
    found = []
    for part in _FIELD_SPLIT.split(value.split("(")[0].split("（")[0]):
        surface = FORM_TAIL.sub("", part.strip()).strip("“”\"' ")
        if not surface:
            continue
        if "code" in label or "代号" in label:
            kind = "code" if code_like(surface) else ""
        elif "non" in label or "generic" in label or label in ("inn", "通用名"):
            kind = "inn" if LOWER_INN.match(surface.lower()) else ""
        elif not surface.isascii():
            kind = chinese_kind(surface)
        else:
            kind = "brand" if BRAND_TOKEN.match(surface.split()[0]) else ""
            surface = surface.split()[0]
        if kind:
            found.append((surface, kind))
    return found


# A notice's numbered item: its heading names the brand before the dosage form ("2. Brand
# Tablets 200 mg"), a field below it the active ingredient ("Active ingredient: inn").
_ITEM_BRAND = re.compile(
    r"^[ \t]*\d{1,2}[.)][ \t]+(?P<brand>[A-Z][A-Za-z0-9-]{2,})[ \t]+(?:tablets?|capsules?"
    r"|injection|subcutaneous|intravenous|oral|for|granules|powder|solution|cream|infusion)\b"
    r"[^\n]*\n(?P<fields>(?:[ \t]+\S[^\n]*\n?){1,8})",
    re.IGNORECASE | re.MULTILINE,
)
_ITEM_INGREDIENT = re.compile(
    r"^[ \t]+(?:active|medicinal)[ \t]+(?:ingredient|substance)s?[ \t]*:[ \t]*"
    r"(?P<inn>[a-z][a-z-]{3,})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def link_item_headings(source: str, clusters: Clusters) -> None:
    """A numbered item's brand and the ingredient its indented fields name are one product."""
    if "ngredient" not in source and "ubstance" not in source:
        return
    for item in _ITEM_BRAND.finditer(source):
        field = _ITEM_INGREDIENT.search(item["fields"])
        if field is not None and field["inn"].islower():
            union_all(clusters, [(item["brand"], "brand")], (field["inn"], "inn"))
