"""Names given by a roundup's section headings ("Name (Brand) - Company", "3. X胶囊（公司）"),
by a tracker's entry headers ("- Inn (CODE-1) | Company", "Product: Brand (inn) | …") and by
a regulator's list items ("- Inn (CODE-1). Sponsor: Company.").

A roundup names each product once, in the heading of its section, and its paragraph may
then say only "the agency approved it": the heading's name must be read even when its
form carries no known stem.
"""

from __future__ import annotations

import re

from service.extract.chinese_names import chinese_kind
from service.extract.company_codes import code_like
from service.extract.names import Name
from service.extract.places import find_places

# "Pexorantel (Zalvio) - Acme Biosciences": a name, its brand, its owner.
_ENGLISH = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]+)?(?P<name>[A-Z][A-Za-z0-9-]*(?:/[A-Za-z][A-Za-z0-9-]*)*)"
    r"[ \t]+\([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}\)[ \t]+[-–—][ \t]+[A-Z][^\n]{0,60}$",
    re.MULTILINE,
)
# "3. 洛达西尼胶囊（康源药业）": a numbered Chinese heading, a product and its owner.
_CHINESE = re.compile(
    r"^[ \t]*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,2}、)[ \t]*"
    r"(?P<name>[\u4e00-\u9fff]{2,10}?)(?:注射液|肠溶胶囊|胶囊|片|颗粒)[ \t]*"
    r"[（(][^（）()\n]{2,30}[）)][ \t]*$",
    re.MULTILINE,
)
# "- Inn (CODE-1) | Company", "Product: Brand (inn) | Sponsor: X": a bullet or a product's
# label, a name with the names it also goes by, a bar, and its owner. (The parenthesis holds
# a code, a small-letter name or a Chinese one: not "Revenue (USD m) | …".)
_ENTRY = re.compile(
    r"^[ \t]*(?:[-•*▪–·][ \t]+(?:(?i:proposed|proposal)[ \t]*:[ \t]*)?"
    r"|(?i:product|drug|medicine|candidate|asset|compound)(?:[ \t]+name)?[ \t]*:[ \t]*)"
    r"(?P<name>[A-Za-z][A-Za-z0-9-]{2,}(?:/[A-Za-z][A-Za-z0-9-]*)*)"
    r"(?:[ \t]+\((?P<also>[^()\n]{0,80}?(?:[A-Z]{2,}-?\d|\b[a-z]{5,}|[\u4e00-\u9fff])"
    r"[^()\n]{0,80})\))"
    r"[ \t]+\|[ \t]+[A-Z][^\n]{0,80}$",
    re.MULTILINE,
)
_ENTRY_CLOSER = re.compile(r"\) \| ")
# "- Elzunoglase alfa. Sponsor: Tenby Rare Pty Ltd.": a regulator's list item, the product
# alone in its first sentence (maybe with a code in brackets), then its owner's field.
_ITEM = re.compile(
    r"^[ \t]*[-•*▪–·][ \t]+(?P<name>[A-Z][a-z][a-z-]{3,}(?:[ \t][a-z]{3,})?)"
    r"(?:[ \t]+\([^()\n]{1,40}\))?\.[ \t]+(?:Sponsor|Applicant|Company|Holder)[ \t]*:",
    re.MULTILINE,
)
_ITEM_CLOSER = re.compile(r"\. (?:Sponsor|Applicant|Company|Holder) ?:")
# What closes a heading, found by one quick scan each: a pattern opening with a literal,
# or literal searches (a pattern opening with a character class is slow to search).
_ENGLISH_CLOSER = re.compile(r"\) [-–—] ")
# "ROZAVITUG (Acme Bio)", "**FALCOTINIB / Falqara (Acme)**", "ZNT-818 | Acme Therapeutics":
# a roundup's section heading, the product in capitals (maybe its brand after a slash), then
# its owner in brackets or after a bar. An owner is written in small letters too and holds
# no digit: "UNITED STATES (FDA)" and "EUROPE DESK | 20 June 2025" head no product.
_SHOUTED = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<name>[A-Z][A-Z0-9-]{3,}(?:[ \t][A-Z][A-Z-]{3,})?)"
    r"(?:[ \t]*/[ \t]*(?P<brand>[A-Z][A-Za-z0-9-]+))?(?:\*\*|__)?"
    r"[ \t]+(?:\((?P<owner>[A-Z][^()\n\d]{1,60})\)|\|[ \t]+(?P<holder>[A-Z][^\n\d|]{1,60}))"
    r"[ \t]*(?:\*\*|__)?[ \t]*$",
    re.MULTILINE,
)
_SHOUTED_OPENING = re.compile(r"(?:^|\n)(?:\*\*|__)?[A-Z][A-Z0-9-]{3}")
_CHINESE_CLOSERS = ("）\n", ")\n")


def heading_names(source: str) -> list[Name]:
    """Product names of the section headings, in order (each found from the text that
    closes a heading: a parenthesis before a dash, or one ending a Chinese line)."""
    names = []
    for match in _headings(source, _ENGLISH_CLOSER, _ENGLISH):
        text = match.group("name")
        names.append(Name(text, "code" if code_like(text) else "inn", match.start("name")))
    for match in _headings(source, _CHINESE_CLOSERS, _CHINESE):
        text = match.group("name")
        names.append(Name(text, chinese_kind(text), match.start("name")))
    for match in _headings(source, _ENTRY_CLOSER, _ENTRY):
        names.append(_entry_name(match))
    for match in _headings(source, _ITEM_CLOSER, _ITEM):
        names.append(Name(match.group("name"), "inn", match.start("name")))
    for match in shouted_headings(source):
        text = match.group("name")
        names.append(Name(text, "code" if code_like(text) else "inn", match.start("name")))
        if match.group("brand"):
            names.append(Name(match.group("brand"), "brand", match.start("brand")))
    return sorted(names, key=lambda n: n.start)


def shouted_headings(source: str) -> list[re.Match[str]]:
    """Section headings naming their product in capitals, and its owner (see `_SHOUTED`)."""
    found = []
    for opening in _SHOUTED_OPENING.finditer(source):
        match = _SHOUTED.match(source, opening.start() + (source[opening.start()] == "\n"))
        if match is None or find_places(match.group("name").title(), 0, len(match["name"])):
            continue
        if any(c.islower() for c in match.group("owner") or match.group("holder")):
            found.append(match)
    return found


def _entry_name(match: re.Match[str]) -> Name:
    """An entry's name is a brand when a small-letter name follows it ("Brand (inn)")."""
    text = match.group("name")
    if code_like(text):
        return Name(text, "code", match.start("name"))
    brand = match.group("also")[:1].islower()
    return Name(text, "brand" if brand else "inn", match.start("name"))


def _headings(
    source: str, closer: re.Pattern[str] | tuple[str, ...], pattern: re.Pattern[str]
) -> list[re.Match[str]]:
    found = []
    for position in _positions(source, closer):
        match = pattern.match(source, source.rfind("\n", 0, position) + 1)
        if match:
            found.append(match)
    return found


def _positions(source: str, closer: re.Pattern[str] | tuple[str, ...]) -> list[int]:
    if isinstance(closer, re.Pattern):
        return [m.start() for m in closer.finditer(source)]
    positions = []
    for literal in closer:
        position = source.find(literal)
        while position >= 0:
            positions.append(position)
            position = source.find(literal, position + 1)
    return positions
