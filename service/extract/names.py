"""Recognise drug names by their form: INN stems, company codes, brands, Chinese names."""

from __future__ import annotations

import re
from typing import NamedTuple

# WHO INN stems (and common USAN ones) that end a drug's nonproprietary name.
INN_SUFFIXES = (
    "nib", "mab", "ciclib", "parib", "lisib", "zomib", "degib", "tide", "clax", "gene", "cel",
    "vec", "tecan", "platin", "taxel", "rsen", "siran", "gliflozin", "gliptin", "sartan",
    "prazole", "vir", "cept", "stim", "kinra", "bart", "tug", "mig", "stat", "mesine", "camten",
    "glucagon", "domide", "lutamide", "gepant", "ciguat", "fungin", "conazole", "dotin",
    "tansine", "pegol", "sertib", "teplase", "dustat", "fiban", "grel", "kacin", "mycin",
    "cillin", "oxacin", "lukast", "semide", "parin", "dronate", "vastatin", "strant", "xaban",
    "gatran", "limus", "rubicin", "citabine", "mustine", "imod", "setron", "triptan", "afil",
    "pril", "olol", "bactam", "penem", "cycline", "racetam", "relin", "relix", "rasib", "olone",
    "entan", "orexant", "caftor", "fusp", "trexed", "trexate", "zolid", "oxetine", "dipine",
)  # fmt: skip
# Last three letters of every stem: a set look-up rejects most words before `endswith`.
_TAILS = frozenset(suffix[-3:] for suffix in INN_SUFFIXES)
# Ordinary words that happen to end like an INN stem.
_STOPWORDS = frozenset((
    "peptide", "nucleotide", "polypeptide", "oligonucleotide", "dinucleotide", "polynucleotide",
    "phosphoinositide", "inositide", "riptide", "eventide", "yuletide", "oncogene", "transgene",
    "antigene", "cancel", "excel", "parcel", "thermostat", "hemostat", "rheostat", "cryostat",
    "concept", "except", "accept", "intercept", "precept", "percept", "survivor", "reservoir",
))  # fmt: skip
_INN_WORD = re.compile(
    r"(?<![A-Za-z0-9-])([A-Za-z][a-z]{4,}(?:-[a-z]{4}(?![a-z]))?)(?![A-Za-z0-9])"
)
# Candidate words: a capital or small letter, then small letters (biosimilar suffix kept).
_WORD = re.compile(r"[A-Za-z][a-z]{4,}(?:-[a-z]{4}(?![a-z]))?")
_SECOND_WORD = re.compile(r"\s+([A-Za-z][a-z]{4,})(?![A-Za-z0-9])")
# Second words of two-word INNs (antibody-drug conjugates, pegylated proteins, cell and gene
# therapies: "trastuzumab deruxtecan", "lisocabtagene maraleucel", "onasemnogene abeparvovec").
_SECOND_SUFFIXES = ("tecan", "dotin", "tansine", "pegol", "vec", "cel", "amide")
# One leading character class lets the regex engine skip to capitals (and "m") quickly.
# Company codes ("ABC-123", "mRNA-1010") and spaced ones ("ABC 123", marked by the empty
# group), in one pass.
# A code followed by ".2" is a gene or protein isoform ("CLDN18.2-positive"), a target.
_CODE = re.compile(
    r"[mA-Z](?:(?<=m)RNA-\d{3,5}(?![A-Za-z0-9]|-\w|\.\d)"
    r"|(?<=[A-Z])[A-Z]{1,5}-?[A-Z]?\d{2,6}[A-Z]?(?![A-Za-z0-9]|-\w|\.\d)"
    r"|(?<=[A-Z])[A-Z]{2,5} \d{3}(?P<spaced>)(?![A-Za-z0-9.,]\d|[A-Za-z0-9]))"
)
_CODE_PREFIX_STOP = frozenset(
    [
        "NCT",
        "CTR",
        "COVID",
        "IL",
        "PD",
        "GLP",
        "CTLA",
        "CYP",
        "TNF",
        "HLA",
        "SARS",
        "MERS",
        "CAR",
        "ISO",
        "FY",
        "ASCO",
        "ESMO",
        "ASH",
        "AACR",
        "EHA",
        "ADA",
        "EASL",
        "IND",
        "NDA",
        "BLA",
        "MAA",
        "HK",
        "SH",
        "SZ",
        "SEC",
        "USD",
        "RMB",
        "EUR",
        "GBP",
        "JPY",
        "NASDAQ",
        "NYSE",
        "PDUFA",
    ]
)
# The salts a drug's name may carry ("x hydrochloride", "mesylate x tablets", "x sodium"):
# one list for every rule that strips or skips them around a name.
SALTS = (
    "hydrochloride", "dihydrochloride", "hydrobromide", "mesylate", "besylate", "tosylate",
    "maleate", "fumarate", "succinate", "tartrate", "citrate", "sulfate", "phosphate",
    "acetate", "sodium", "potassium", "hcl",
)  # fmt: skip
SALT_WORDS = "|".join(sorted(SALTS, key=len, reverse=True))
# Two-word nonproprietary names: an acid ("zoledronic acid") or a salt ("x hydrochloride")
# whose first word carries no INN stem. Only salts that make such a name on their own:
# not cations ("serum sodium") nor the anions of plain compounds ("calcium phosphate").
_ACID_OR_SALT = re.compile(
    r"(?<![A-Za-z0-9-])([A-Za-z][a-z]{5,}ic acid|[A-Za-z][a-z]{5,} (?:hydrochloride|"
    r"mesylate|besylate|tosylate|maleate|fumarate|succinate|tartrate|dihydrochloride))"
    r"(?![A-Za-z0-9-])"
)
_ACID_OR_SALT_WORDS = (" acid", "chloride", "ylate", "maleate", "fumarate", "succinate", "tartrate")
# Acids of biochemistry and chemistry, not medicines; short ones ("folic") are too
# common to read at all, hence the length floor of nine letters for an acid's first word.
_NON_DRUG_ACIDS = frozenset((
    "ribonucleic", "deoxyribonucleic", "hydrochloric", "arachidonic", "hyaluronic",
    "docosahexaenoic", "eicosapentaenoic", "glucuronic", "pantothenic", "phosphoric",
    "salicylic", "linolenic", "palmitoleic", "hydrofluoric", "lysergic", "nucleic",
))  # fmt: skip
_CODE_PARTS = re.compile(r"(mRNA-|[A-Z]+)[- ]?([A-Z]?)(\d+)")
_TRADEMARK = re.compile(r"([A-Z][A-Za-z0-9-]{2,})\s?[™®]")
_ZH_STEMS = ("替尼", "单抗", "西利", "帕利", "司他", "韦", "肽")
_ZH_STEM = re.compile("(?:" + "|".join(_ZH_STEMS) + r")(?![-\d])")
_ZH_BOUNDARY = set('的其为就将剂体药物款种个司与和及、是由在对把被向从用了以该此款「“"（(：:，,')
# Chinese writes no spaces: a verb or function word glued before a name ("研究显示X在…",
# "联合X") is no part of it. Two characters, so a name's own first syllable is kept.
_LEADING_WORD = re.compile(
    "^(?:显示|表明|表示|宣布|获得|使用|接受|包括|联合|评估|研究|通过|开发|推出|完成|批准|获批|"
    "治疗|支持|针对|基于|以及|提交|递交|启动|申报|上市|发现|证实|证明|其中|服用|比较|对比|"
    "采用|口服|注射|产品|新药|药品|公司|此次|本次|该项|这款|一款)+(?=..)"
)
_ZH_DOSAGE = re.compile(r"(?:注射液|注射剂|片|胶囊|颗粒|口服溶液|混悬液)$")
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
    return len(base) >= 7 and base.endswith(INN_SUFFIXES)


def code_like(token: str) -> bool:
    match = _CODE_PARTS.match(token)
    if not match:
        return False
    prefix, digits = match.group(1).rstrip("-"), match.group(3)
    if prefix in _CODE_PREFIX_STOP or prefix == "mRNA":
        return prefix == "mRNA"
    if "-" in token or " " in token or match.group(2):
        return len(prefix) >= 2 and len(digits) >= 2
    return (len(prefix) >= 3 and len(digits) >= 2) or (len(prefix) >= 2 and len(digits) >= 3)


def find_names(source: str) -> list[Name]:
    """Every drug-like surface form in the source, in order of appearance."""
    names: list[Name] = []
    consumed = 0
    for match in _inn_words(source):
        word = match.group(1)
        if match.start() < consumed:
            continue
        if inn_like(word) and not _inside_bigger_word(source, match.start()):
            name = Name(_with_second_word(source, match), "inn", match.start())
            consumed = match.start() + len(name.text)
            names.append(name)
    for match in _CODE.finditer(source):
        code = match.group()
        if match.group("spaced") is not None and source.count(code) < 2:
            continue  # a spaced code ("BI 456906") must recur to tell it from "ASCO 202"
        if _free_left(source, match.start()) and code_like(code):
            names.append(Name(code, "code", match.start()))
    for match in _TRADEMARK.finditer(source) if ("™" in source or "®" in source) else ():
        names.append(Name(match.group(1), "brand", match.start()))
    names.extend(_chinese_stem_names(source))
    if any(word in source for word in _ACID_OR_SALT_WORDS):
        names.extend(_acid_or_salt_names(source, {n.start for n in names}))
    return sorted(names, key=lambda n: n.start)


def _acid_or_salt_names(source: str, taken: set[int]) -> list[Name]:
    names = []
    for match in _ACID_OR_SALT.finditer(source):
        first = match.group(1).split(" ", 1)[0].lower()
        if match.start() in taken or first in _NON_DRUG_ACIDS:
            continue
        if match.group(1).endswith(" acid") and len(first) < 9:
            continue
        names.append(Name(match.group(1), "inn", match.start()))
    return names


def _free_left(source: str, start: int) -> bool:
    """No letter, digit or hyphen glued to the left of a code (lookbehinds are slow)."""
    if start == 0:
        return True
    before = source[start - 1]
    return not (before.isascii() and (before.isalnum() or before == "-"))


def _inn_words(source: str) -> list[re.Match[str]]:
    """Words shaped like an INN, in order.

    One C-level `findall` of candidate words and a tuple `endswith` filter, then a look-up
    of the few survivors: far cheaper than testing every token in Python.
    """
    candidates = {w for w in _WORD.findall(source) if w[-3:] in _TAILS or "-" in w}
    found = []
    for word in candidates:
        if not inn_like(word):
            continue
        position = source.find(word)
        while position >= 0:
            end = position + len(word)
            match = _INN_WORD.match(source, position)
            if match and match.end() == end and _token_end(source, end):
                found.append(match)
            position = source.find(word, end)
    return sorted(found, key=lambda m: m.start())


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
        return _ZH_DOSAGE.sub("", name.text)
    return _DOSAGE_WORDS.sub("", name.text)


def trim_chinese(run: str) -> str:
    """The drug name ending a run of Chinese characters (激动剂玛仕度肽注射液 → 玛仕度肽)."""
    run = _ZH_DOSAGE.sub("", run)
    for index in range(len(run) - 1, -1, -1):
        if run[index] in _ZH_BOUNDARY:
            return _LEADING_WORD.sub("", run[index + 1 :])
    return _LEADING_WORD.sub("", run[-6:])


def chinese_kind(name: str) -> str:
    """A Chinese name with a generic-name stem (替尼, 单抗 …) is a generic name, else a brand."""
    return "zh" if _ZH_STEM.search(name) else "brand"


def strip_dosage(text: str) -> str:
    return _ZH_DOSAGE.sub("", _DOSAGE_WORDS.sub("", text)).strip()


def _with_second_word(source: str, match: re.Match[str]) -> str:
    second = _SECOND_WORD.match(source, match.end())
    if second and second.group(1).lower().endswith(_SECOND_SUFFIXES):
        return source[match.start() : second.end()].strip()
    return match.group(1)


def _inside_bigger_word(source: str, start: int) -> bool:
    return start > 0 and (source[start - 1] == "'" or source[start - 1].isalpha())


def _chinese_stem_names(source: str) -> list[Name]:
    if not any(stem in source for stem in _ZH_STEMS):
        return []
    names = []
    for match in _ZH_STEM.finditer(source):
        left = match.start()
        while left > 0 and match.start() - left < 5 and _is_cjk(source[left - 1]):
            left -= 1
        name = trim_chinese(source[left : match.end()])
        if len(name) >= 3 and all(_is_cjk(ch) for ch in name):
            names.append(Name(name, "zh", match.end() - len(name)))
    return names


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"
