"""Company codes as drug names: "ABC-123", spaced "BI 456906", "mRNA-1010", "CartiCell-B";
not an identifier's, a unit's, a score's or a stock listing's prefix ("NCT0123", "EASI-75",
"DAS28", "HK 2269")."""

from __future__ import annotations

import re

# One leading character class lets the regex engine skip to capitals quickly. Company codes
# ("ABC-123") and spaced ones ("ABC 123", marked by the empty group), in one pass; "mRNA-1010"
# in a second one, run only when the text holds "mRNA-" (an "m" is too common a letter to
# stop at). No code spans an "m", so the two passes find what one pass over both would.
# A code followed by ".2" is a gene or protein isoform ("CLDN18.2-positive"), a target.
# A code may interleave a letter ("XY-B02C1"), or end its letter group after the hyphen
# with a single digit ("ABC-RSV1": the letters carry the code, as vaccine and cell lines do).
_CODE = re.compile(
    r"[A-Z](?:[A-Z]{1,5}(?:-[A-Z]{0,3}|[A-Z]?)\d{2,6}(?:[A-Z]\d{1,3})?[A-Z]?(?![A-Za-z0-9]|-\w|\.\d)"
    r"|[A-Z]{1,5}-[A-Z]{2,3}\d(?![A-Za-z0-9]|-\w|\.\d)"
    r"|[A-Z]{2,5} \d{3}(?P<spaced>)(?![A-Za-z0-9.,]\d|[A-Za-z0-9]))"
)
_MRNA_CODE = re.compile(r"mRNA-\d{3,5}(?![A-Za-z0-9]|-\w|\.\d)")
# Prefixes of identifiers, units and scores ("EASI-75", "ACR20"), not of products.
_CODE_PREFIX_STOP = frozenset((
    "NCT", "CTR", "COVID", "IL", "PD", "GLP", "CTLA", "CYP", "TNF", "HLA", "SARS", "MERS",
    "CAR", "ISO", "FY", "ASCO", "ESMO", "ASH", "AACR", "EHA", "ADA", "EASL", "IND", "NDA",
    "BLA", "MAA", "SEC", "USD", "RMB", "EUR", "GBP", "JPY", "NASDAQ", "NYSE",
    "PDUFA", "EASI", "PASI", "ACR",
    # Drugs@FDA numbers an application's supplements: "SUPPL-14".
    "SUPPL",
    # Clinical scores and questionnaires, never products: "DAS28", "ASAS40", "HAMD-17",
    # "SNOT-22", "QLQ-C30".
    "DAS", "ASAS", "HAMD", "SNOT", "QLQ",
))  # fmt: skip
# Stock exchanges' prefixes and how many digits their listings carry: Shanghai and Shenzhen
# tickers have six ("SH 600276"), Hong Kong's four or five ("HK 2269"). A prefix before fewer
# names a product's code ("SH-210", "SZ-2741").
_LISTING_DIGITS = {"HK": 4, "SH": 6, "SZ": 6}
# A code made of a capitalised compound and a letter ("CartiCell-B"), read leftwards
# from the hyphen.
_LETTERED = re.compile(r"(?<![\w-])[A-Z][a-z]+[A-Z][a-z]+$")
_LONE_LETTER = re.compile(r"-[A-Z](?![\w-])")
_CODE_PARTS = re.compile(r"(mRNA-|[A-Z]+)(?:-([A-Z]{0,3})|[ ]?([A-Z]?))(\d+)")


def code_like(token: str) -> bool:
    match = _CODE_PARTS.match(token)
    if not match:
        return False
    prefix, digits = match.group(1).rstrip("-"), match.group(4)
    if len(digits) >= _LISTING_DIGITS.get(prefix, 99):
        return False
    if prefix in _CODE_PREFIX_STOP or prefix == "mRNA":
        return prefix == "mRNA"
    if match.group(2) and len(match.group(2)) >= 2:
        return len(prefix) >= 2  # "ABC-XYZ1": the lettered part carries the code
    if "-" in token or " " in token or match.group(2) or match.group(3):
        return len(prefix) >= 2 and len(digits) >= 2
    return (len(prefix) >= 3 and len(digits) >= 2) or (len(prefix) >= 2 and len(digits) >= 3)


def codes_in(source: str) -> list[tuple[int, str, bool]]:
    """(start, text, spaced) of each token shaped like a company code, in order."""
    found = [(m.start(), m.group(), m.group("spaced") is not None) for m in _CODE.finditer(source)]
    if "mRNA-" in source:
        found += [(m.start(), m.group(), False) for m in _MRNA_CODE.finditer(source)]
        found.sort()
    return found


# A code of one digit ("AGT-6") is too like a gene's or a protein's name ("IL-6", "PD-1") to
# read alone; named right after its owner ("Acme Therapeutics, AGT-6", "Acme Bio's AGT-6") it
# is the company's product.
_OWNED_CODE = re.compile(
    r"\b(?:Therapeutics|Pharma(?:ceuticals?)?|Bio(?:sciences|tech|pharma|logics)?|Oncology|"
    r"Medicines|Inc\.?|Ltd\.?)(?:,|['’]s?)[ \t]+([A-Z]{2,5}-\d)(?![\w-]|\.\d)"
)


def owned_codes(source: str) -> list[tuple[str, int]]:
    """(text, start) of the one-digit codes named after their owner (see `_OWNED_CODE`)."""
    return [
        (m.group(1), m.start(1))
        for m in _OWNED_CODE.finditer(source)
        if m.group(1).split("-")[0] not in _CODE_PREFIX_STOP
    ]


def lettered_codes(source: str) -> list[tuple[str, int]]:
    """(text, start) of codes like "CartiCell-B": a lone capital after a hyphen first (a
    pattern opening with a literal is quick to search), then the compound before it."""
    found = []
    for letter in _LONE_LETTER.finditer(source):
        match = _LETTERED.search(source, max(0, letter.start() - 30), letter.start())
        if match:
            found.append((source[match.start() : letter.end()], match.start()))
    return found


def free_left(source: str, start: int) -> bool:
    """No letter, digit or hyphen glued to the left of a code (lookbehinds are slow)."""
    if start == 0:
        return True
    before = source[start - 1]
    return not (before.isascii() and (before.isalnum() or before == "-"))
