"""Recognise drug names by their form: INN stems, company codes, brands, Chinese names."""

from __future__ import annotations

import re
from typing import NamedTuple

from service.extract.chinese_names import ZH_DOSAGE, chinese_stem_names
from service.extract.company_codes import (
    code_like,
    codes_in,
    free_left,
    lettered_codes,
    owned_codes,
)
from service.extract.inn_stems import INN_SUFFIXES
from service.extract.sponsor_items import sponsored_words
from service.extract.targets import target_codes
from service.extract.transliterations import transliterated_start
from service.extract.two_word_names import ALFA, two_word_names

# Enzyme inhibitors' stems all end "-ib" ("-tinib", "-ciclib", "-coxib", "-trapib", "-rasib",
# "-catib" ...), and no English word of seven letters does: the ending alone marks the name.
_INHIBITOR_END = "ib"
# Stems' last letters (three for a three-letter stem, else four): set look-ups reject most
# words before `endswith`.
_SHORT_STEMS = frozenset(suffix for suffix in INN_SUFFIXES if len(suffix) == 3)
_TAILS = frozenset(suffix[-4:] for suffix in INN_SUFFIXES if len(suffix) > 3)
# A stem written alone names the drugs' class ("a fast-acting triptan"), not one of them: an
# INN puts its own syllables before the stem. (Glucagon, a stem of its analogues, is an INN.)
_CLASS_NAMES = frozenset(INN_SUFFIXES) - {"glucagon"}
# Ordinary words that happen to end like an INN stem.
_STOPWORDS = frozenset((
    "peptide", "nucleotide", "polypeptide", "oligonucleotide", "dinucleotide", "polynucleotide",
    "phosphoinositide", "inositide", "riptide", "eventide", "yuletide", "oncogene", "transgene",
    "antigene", "cancel", "excel", "parcel", "thermostat", "hemostat", "rheostat", "cryostat",
    "concept", "except", "accept", "intercept", "precept", "percept", "survivor", "reservoir",
    "defrost", "hoarfrost", "permafrost",
    "globulin", "immunoglobulin", "thyroglobulin", "interleukin", "magazine", "hydrazine",
    "piperazine", "triazine", "pyrazine", "pyridazine", "phenothiazine", "phenazine",
    # Enzyme classes, a drug's target rather than its name ("a dipeptidyl peptidase 1
    # inhibitor").
    "peptidase", "aminopeptidase", "endopeptidase", "carboxypeptidase", "dipeptidase",
    "oxidase", "peroxidase", "myeloperoxidase", "glucosidase", "galactosidase", "glycosidase",
    "mannosidase", "glucuronidase", "neuraminidase", "sialidase", "amidase", "nucleotidase",
))  # fmt: skip
# A name may carry a one-letter part ("dorastemcel-L") and the FDA's four-letter suffix of a
# biologic ("-pxwz").
_WORD_BODY = r"[A-Za-z][a-z]{4,}(?:-[A-Z](?![A-Za-z]))?(?:-[a-z]{4}(?![a-z]))?"
_INN_WORD = re.compile(rf"(?<![A-Za-z0-9-])({_WORD_BODY})(?![A-Za-z0-9])")
# Candidate words: a capital or small letter, then small letters (suffixes kept).
_WORD = re.compile(_WORD_BODY)
_LETTER_PART = re.compile(r"-[a-z]$")
# Second parts of hyphenated English words, never an FDA suffix ("progression-free").
_ENGLISH_SECOND = frozenset((
    "free", "drug", "line", "like", "type", "term", "wide", "fold", "time", "dose", "week",
    "year", "care", "site", "only", "long", "high", "host", "with", "from", "news", "cure",
    "aged", "upon", "says", "gets", "gain", "step", "walk", "back", "beta", "anti", "rare",
    "cell", "lung", "base", "naive", "risk", "rich", "less", "wise", "ward",
))  # fmt: skip
# A word before a company's noun names the company: "Halvorsen Therapeutics" (-rsen). It
# names the company wherever else the text writes it ("Halvorsen said", "Halvorsen's
# gene therapy"): a company's name is never a drug's.
_COMPANY_AFTER = re.compile(
    r"[ \t]+(?:Therapeutics|Pharma(?:ceuticals?)?|Biopharma(?:ceuticals?)?|Biosciences|"
    r"Biotherapeutics|Biotech(?:nology)?|Biologics|Bio\b|Oncology|Neurosciences?|Sciences|"
    r"Medicines|Laboratories|Holdings|Inc\b|Ltd\b|Limited|Corp(?:oration)?\b|GmbH|AG\b|plc\b)"
)
# "corvatrogon-hbxe (Plenvia)": a suffixed name before its brand needs no known stem.
_BRAND_AFTER = re.compile(r"\s*[(（][A-Z][a-z]")
_SECOND_WORD = re.compile(r"\s+([A-Za-z][a-z]{4,})(?![A-Za-z0-9])")
# Second words of two-word INNs (antibody-drug conjugates, pegylated proteins, cell and gene
# therapies: "trastuzumab deruxtecan", "lisocabtagene maraleucel", "onasemnogene abeparvovec").
_SECOND_SUFFIXES = ("tecan", "dotin", "tansine", "pegol", "vec", "cel", "amide")
# A glycoprotein's Greek letter in its INN spelling, no English word ("lenrafusp alfa",
# "eftrenonacog alfa-2b"): a stemmed first word takes it, as the stem-less ones do.
_ALFA_SECOND = re.compile(ALFA + r"(?![A-Za-z0-9-])")
# The salts a drug's name may carry ("x hydrochloride", "mesylate x tablets", "x sodium"):
# one list for every rule that strips or skips them around a name.
SALTS = (
    "hydrochloride", "dihydrochloride", "hydrobromide", "mesylate", "besylate", "tosylate",
    "maleate", "fumarate", "succinate", "tartrate", "citrate", "sulfate", "phosphate",
    "acetate", "sodium", "potassium", "hcl",
)  # fmt: skip
SALT_WORDS = "|".join(sorted(SALTS, key=len, reverse=True))
_TRADEMARK = re.compile(r"([A-Z][A-Za-z0-9-]{2,})\s?[™®]")
_DOSAGE_WORDS = re.compile(
    rf"\s+(?:tablets?|capsules?|injection|for injection|oral solution|{SALT_WORDS})\b.*$",
    re.IGNORECASE,
)
_BIOSIMILAR_SUFFIX = re.compile(r"-[a-z]{4}$")


class Name(NamedTuple):
    """A surface form found in the article and what kind of name it looks like."""

    text: str
    kind: str  # "inn", "code", "brand", "zh"
    start: int


def inn_like(word: str) -> bool:
    lower = word.lower()
    if lower in _STOPWORDS or len(lower) < 6:
        return False
    base = lower[:-5] if _BIOSIMILAR_SUFFIX.search(lower) else lower
    base = base[:-2] if _LETTER_PART.search(base) else base
    return (
        len(base) >= 7
        and (base.endswith(INN_SUFFIXES) or base.endswith(_INHIBITOR_END))
        and base not in _CLASS_NAMES
    )


def find_names(source: str) -> list[Name]:
    """Every drug-like surface form in the source, in order of appearance."""
    names = _combined(source, _inn_names(source))
    codes = [
        Name(code, "code", start)
        for start, code, spaced in codes_in(source)
        # A spaced code ("BI 456906") must recur to tell it from "ASCO 202".
        if not (spaced and source.count(code) < 2) and free_left(source, start) and code_like(code)
    ]
    targets = target_codes(source, {n.text for n in codes})
    names.extend(n for n in codes if n.text.upper() not in targets)
    names.extend(Name(text, "code", start) for text, start in lettered_codes(source))
    names.extend(Name(text, "code", start) for text, start in owned_codes(source))
    for match in _TRADEMARK.finditer(source) if ("™" in source or "®" in source) else ():
        names.append(Name(match.group(1), "brand", match.start()))
    names.extend(Name(text, "zh", start) for text, start in chinese_stem_names(source))
    taken = {n.start for n in names}
    names.extend(Name(text, "inn", start) for text, start in two_word_names(source, taken))
    names.sort(key=lambda n: n.start)
    return _co_formulated(source, names) if "hyaluronidase" in source else names


def _inn_names(source: str) -> list[Name]:
    names: list[Name] = []
    consumed = 0
    for match in _inn_words(source):
        if match.start() < consumed or _inside_bigger_word(source, match.start()):
            continue
        start = transliterated_start(source, match.start())
        text = source[start : match.start()] + _with_second_word(source, match)
        name = Name(text, "inn", start)
        consumed = start + len(name.text)
        names.append(name)
    return names


def _combined(source: str, names: list[Name]) -> list[Name]:
    """A fixed combination written with slashes ("a/b/c") is one name."""
    if "/" not in source:
        return names
    joined: list[Name] = []
    for name in names:
        last = joined[-1] if joined else None
        end = last.start + len(last.text) if last else -1
        if last and source.startswith("/", end) and end + 1 == name.start and " " not in name.text:
            joined[-1] = Name(f"{last.text}/{name.text}", "inn", last.start)
        else:
            joined.append(name)
    return joined


def _co_formulated(source: str, names: list[Name]) -> list[Name]:
    """A subcutaneous co-formulation's nonproprietary name joins the active drug and the
    enzyme that spreads it with "and" ("x and hyaluronidase-oysk", "x and vorhyaluronidase
    alfa"): one name, for a product that is neither of its parts."""
    joined: list[Name] = []
    for name in names:
        last = joined[-1] if joined else None
        end = last.start + len(last.text) if last else -1
        if name.start < end:
            continue  # a part of the joined name, found again on its own
        if (
            last
            and "hyaluronidase" in name.text.lower()
            and "hyaluronidase" not in last.text.lower()
            and source.startswith(" and ", end)
            and end + 5 == name.start
        ):
            joined[-1] = Name(f"{last.text} and {name.text}", "inn", last.start)
        else:
            joined.append(name)
    return joined


def _inn_words(source: str) -> list[re.Match[str]]:
    """Words shaped like an INN, in order.

    One C-level `findall` of candidate words and a tuple `endswith` filter, then a look-up
    of the few survivors: far cheaper than testing every token in Python.
    """
    listed = sponsored_words(source)
    listed |= {word.capitalize() for word in listed}  # the name opening a sentence
    candidates = listed | {
        w
        for w in _WORD.findall(source)
        if w[-4:] in _TAILS or w[-3:] in _SHORT_STEMS or "-" in w or w.endswith(_INHIBITOR_END)
    }
    found = []
    for word in candidates:
        stem_known = inn_like(word) or word in listed
        if not stem_known and not _suffixed(word):
            continue
        found.extend(_word_matches(source, word, stem_known))
    return sorted(found, key=lambda m: m.start())


def _word_matches(source: str, word: str, stem_known: bool) -> list[re.Match[str]]:
    """The word's whole-token occurrences; none when one of them names a company (see
    `_COMPANY_AFTER`)."""
    found = []
    position = source.find(word)
    while position >= 0:
        end = position + len(word)
        match = _INN_WORD.match(source, position)
        if (company := _COMPANY_AFTER.match(source, end) is not None) and word[0].isupper():
            return []
        if (
            match
            and not company
            and match.end() == end
            and _token_end(source, end)
            and (stem_known or _BRAND_AFTER.match(source, end))
        ):
            found.append(match)
        position = source.find(word, end)
    return found


def _suffixed(word: str) -> bool:
    """A word carrying what may be the FDA's suffix of a biologic ("corvatrogon-hbxe")."""
    return (
        len(word) >= 11
        and word[-5] == "-"
        and word[0].islower()
        and word[-4:] not in _ENGLISH_SECOND
        and word[:-5].isalpha()
    )


def _token_end(source: str, end: int) -> bool:
    """A word ends its token: not glued to letters, digits or a hyphenated suffix."""
    if end == len(source):
        return True
    after = source[end]
    if after == "-":
        return end + 1 == len(source) or not source[end + 1].isalnum()
    return not (after.isascii() and after.isalnum())


def canonical_form(name: Name) -> str:
    """How a name is written as a canonical drug name (INNs lower-case, forms stripped)."""
    if name.kind == "inn":
        base = _DOSAGE_WORDS.sub("", name.text).lower()
        return _BIOSIMILAR_SUFFIX.sub("", base) if " " not in base else base
    if name.kind == "zh" or not name.text.isascii():
        return ZH_DOSAGE.sub("", name.text)
    return _DOSAGE_WORDS.sub("", name.text)


def strip_dosage(text: str) -> str:
    return ZH_DOSAGE.sub("", _DOSAGE_WORDS.sub("", text)).strip()


def _with_second_word(source: str, match: re.Match[str]) -> str:
    alfa = _ALFA_SECOND.match(source, match.end())
    if alfa:
        return source[match.start() : alfa.end()]
    second = _SECOND_WORD.match(source, match.end())
    if second and second.group(1).lower().endswith(_SECOND_SUFFIXES):
        return source[match.start() : second.end()].strip()
    return match.group(1)


def _inside_bigger_word(source: str, start: int) -> bool:
    return start > 0 and (source[start - 1] == "'" or source[start - 1].isalpha())
