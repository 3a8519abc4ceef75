"""Link the names an article gives one drug in parentheses ("Brand (inn, code: X)")."""

from __future__ import annotations

import re

from service.extract.chinese_names import ZH_DOSAGE, ZH_FORM_ENDS, chinese_kind, trim_chinese
from service.extract.company_codes import code_like
from service.extract.indications import DISEASE_ENDINGS
from service.extract.leads import minimal_leads, scan_at_leads
from service.extract.name_clusters import Clusters
from service.extract.names import SALT_WORDS, SALTS, Name, inn_like, strip_dosage
from service.extract.vocabulary import DESIGNATIONS, PROGRAMMES

# Opened by either bracket, written as literals so that string search finds the openings.
_PARENS = re.compile(r"(?:\(|（)([^()（）]{1,120})[)）]")
_PARENS_LEADS = minimal_leads(_PARENS.pattern) or ()
# Qualifier words may precede the label ("English trade name:", "partner's code X").
# A Chinese label may name its component or owner first ("甲替韦英文通用名：x", "原研代号").
_LABEL = re.compile(
    r"^(?:(?:[A-Za-z&.-]+\s+){1,3}|[\u4e00-\u9fff]{2,8}(?=英文|通用|研发|商品|代号))?"
    r"(?:generic name|inn|international nonproprietary name|non-?proprietary name|"
    # Machine translation renders 通用名 word by word: "English general name x".
    r"general name|common name|"
    r"english name|chinese name|project code|code name|code|brand name|trade name|also known as|"
    # Korean copy's 개발명 is rendered "development name".
    r"development name|"
    # Korean and Japanese copy label the ingredient (성분명) and the sales name (販売名).
    r"(?:active )?ingredient name|ingredient|sales name|product name|"
    r"formerly|英文通用名|通用名|研发代号|项目代号|代号|商品名|英文名)\s*[:：]?\s*",
    re.IGNORECASE,
)
LOWER_INN = re.compile(r"^[a-z][a-z-]{3,}(?: [a-z][a-z-]{3,}){0,2}(?: HCl| hydrochloride)?$")
# "x hydrobromide": the salt's INN names the same drug as the bare x.
_SALT = re.compile(rf"\s+(?:{SALT_WORDS})$", re.IGNORECASE)
BRAND_TOKEN = re.compile(r"^[A-Z][A-Za-z0-9-]{2,}$")
_LEFT_CAPITAL = re.compile(r"([A-Z][A-Za-z-]{1,}(?:\s[A-Z][A-Za-z-]{1,}){0,2})[™®]?$")
_LEFT_CJK = re.compile(r"[\u4e00-\u9fff]{2,20}$")
# "A片/B片组合包装": a co-pack is named after its first component (the second boosts it).
_CO_PACK = re.compile(r"([\u4e00-\u9fff]{2,20})/[\u4e00-\u9fff]{2,12}组合包装$")
# Strength and dosage form written after a name ("Brand Intravenous Infusion 250 mg",
# "Name monoclonal antibody injection"): the name is what precedes them.
FORM_TAIL = re.compile(
    r"(?:\s+(?:tablets?|capsules?|injection|for injection|intravenous|infusion|oral solution|"
    # Japanese and Korean brands carry the route and device ("Subcutaneous Injection 5 mg
    # Syringe", "Tab.", "Inj.").
    r"subcutaneous|intramuscular|drip|syringes?|pens?|tab\.|inj\.|cap\.|"
    r"enteric(?:-coated)?|film-coated|(?:extended|delayed|sustained)-release|"
    r"monoclonal antibody|\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|iu)(?:/\w+)?|"
    # Skin's forms, strengths given in per cent ("x cream 1.5%").
    r"cream|ointment|gel|lotion|foam|topical|\d+(?:\.\d+)?\s?%))+$",
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
    "syringe",
    "syringes",
    "pen",
    "pens",
    "tab.",
    "inj.",
    "cap.",
    "cream",
    "ointment",
    "gel",
    "lotion",
    "foam",
    "topical",
    "%",
)
_COMMON = frozenset(
    ["with", "patients", "adults", "children", "aged", "years", "weighing", "least", "from", "that"]
)
# Japan's nonproprietary names of biologics keep how they are made, in a parenthesis.
_QUALIFIER = re.compile(
    r"\s*[(（](?:genetical recombination|genetic recombination|recombinant)[)）]", re.I
)
# A designation's or programme's own name, glossed by a parenthesis after it (one pattern:
# names are tested by the thousand).
_STATUS_NAME = re.compile("|".join(f"(?:{p.pattern})" for _, p in (*DESIGNATIONS, *PROGRAMMES)))
# (Not the "and" of a co-formulation's one name: "x and hyaluronidase-oysk".)
_PART_SPLIT = re.compile(r"[,，;；、]|(?<!research )\band\b(?!\s+\w*hyaluronidase)")
# English words, not names, when a parenthesis gives them without a label
# ("(CRL, complete response letter)", "(machine translation)").
_ENGLISH_WORDS = frozenset((
    "research", "complete", "response", "letter", "machine", "placebo", "study", "trial",
    "phase", "data", "results", "approval", "review", "priority", "company", "oral", "once",
    "twice", "dose", "daily", "drug", "product", "therapy", "treatment", "cancer", "disease",
    # A scope glossing a table's indication: "NSCLC (global)", "(worldwide)", "(overall)".
    "global", "worldwide", "international", "regional", "national", "overall", "pooled",
    "interim", "final", "total",
    # A pack or presentation glossing a product line: "Brand 25 mg tablets (hospital pack)",
    # "(starter pack)", "(multi-dose vial)": no nonproprietary name is made of these words.
    "pack", "packs", "blister", "bottle", "vial", "vials", "sachet", "carton", "kit",
    "hospital", "starter", "sample", "presentation",
))  # fmt: skip
_ENGLISH_ENDINGS = (
    "tion", "sion", "ment", "ness", "ity", "ing", "ed", "ly", "ous", "ive", "ful", "able",
    "ible", "ance", "ence", "ship", "ism", "ical",
    # "Indication (summary)", "(primary)", "(advisory)": no nonproprietary stem ends so.
    "ary", "ory",
)  # fmt: skip
# Small words that join an English compound's parts ("best-in-class", "off-the-shelf",
# "add-on"): no nonproprietary name has them among its parts.
_JOINING_WORDS = frozenset(("in", "of", "the", "on", "off", "to", "for", "at", "by", "and", "too"))
# A company in parentheses after a Chinese name ("X胶囊（某某药业）") is no alias of it.
_ZH_COMPANY = ("公司", "药业", "制药", "医药", "生物", "集团", "科技", "股份")
# A brand's mark of a new formulation ("Brand SC (x and hyaluronidase)") is part of it.
_FORM_MARK = re.compile(r"SC|IV|XR|ER|SR|CR|XL|LA|ODT")


def link_parentheses(source: str, clusters: Clusters, ends: dict[int, Name]) -> None:
    source = _without_qualifiers(source)
    for match in scan_at_leads(_PARENS, _PARENS_LEADS, source):
        window = max(0, match.start() - 80)
        # A brand in quotes: "'Brand Tab.' (ingredient name: x)".
        left_text = _strip_form(source[window : match.start()].rstrip().rstrip("™®\"'”’"))
        parts = [p.strip() for p in _PART_SPLIT.split(match.group(1)) if p.strip()]
        left = _left_name(left_text, window, ends, match.group(1))
        if (left is None or not left[1]) and left_text[-12:].lower().endswith(SALTS):
            bare = _SALT.sub("", left_text)  # "X hydrochloride capsule (…)"
            if window + len(bare) in ends:
                left = _left_name(bare, window, ends, match.group(1))
        if left is None and len(parts) < 2:
            continue
        labelled = [bool(_LABEL.match(part)) for part in parts]
        if left is None and sum(labelled) < 2:
            continue
        linked = _linked_parts(parts, labelled, left, clusters)
        if left is None:
            # "injection (trade name: X, research code: Y)": the labels tie X to Y even
            # when the name before the parenthesis is not one we can read.
            if len(linked) >= 2:
                union_all(clusters, linked, linked[0])
            continue
        left_surface, left_known, left_kind = left
        if left_known or any(k in ("inn", "code") for _, k in linked):
            union_all(clusters, linked, (left_surface, left_kind))


def _linked_parts(
    parts: list[str], labelled: list[bool], left: tuple[str, bool, str] | None, clusters: Clusters
) -> list[tuple[str, str]]:
    """The names a parenthesis's parts give, with their kinds, as aliases of `left`."""
    linked = []
    for part, label in zip(parts, labelled, strict=True):
        surface = _LABEL.sub("", part).strip("“”\"' ")
        if left and left[0].lower() in surface.lower().split("/")[1:]:
            continue  # "… of x and y (x/y)": a combination is no name of its part
        if label and "/" in surface:
            if surface.lower() in clusters.parent:
                linked.append((surface, "inn"))
            surface = surface.split("/")[0]  # a combination ("x/ritonavir") is led by x
        trusted = label or (left is not None and left[1])
        kind = _classify(surface, clusters, trusted, label, left is not None and left[2] == "inn")
        if kind:
            linked.append((surface, kind))
        elif label and _spelled_apart(surface, clusters):
            linked.append((surface, "inn"))
    return linked


# A transliteration written in syllable groups ("Lepa Pristat"): capitalised words, the last
# one shaped like an INN.
_SPELLED_APART = re.compile(r"(?:[A-Z][a-z]{1,8} ){1,3}([A-Z][a-z]{4,})")


def _spelled_apart(surface: str, clusters: Clusters) -> bool:
    """A labelled name spelled apart (see `_SPELLED_APART`) whose last word was read as an
    INN: the words are one name (its part alone names nothing: it is no alias)."""
    found = _SPELLED_APART.fullmatch(surface)
    return found is not None and clusters.kind.get(found.group(1).lower()) == "inn"


def _without_qualifiers(source: str) -> str:
    """The text with Japan's qualifiers of a nonproprietary name blanked (offsets kept): in
    "x (genetical recombination)" the parenthesis belongs to the name, and blanking it lets
    the one around both read whole ("Brand (generic name: x (genetical recombination))")."""
    if "recombina" not in source:
        return source
    return _QUALIFIER.sub(lambda m: " " * len(m.group()), source)


def union_all(clusters: Clusters, linked: list[tuple[str, str]], anchor: tuple[str, str]) -> None:
    anchor_key = clusters.add(*anchor)
    for surface, kind in linked:
        clusters.union(clusters.add(surface, kind), anchor_key)
        for base in (strip_dosage(surface), _SALT.sub("", surface)):
            if base != surface and base.lower() in clusters.parent:
                clusters.union(base.lower(), anchor_key)


def _english(word: str) -> bool:
    return word in _ENGLISH_WORDS or (word.endswith(_ENGLISH_ENDINGS) and not inn_like(word))


# Second words that make a two-word nonproprietary name of a first word with no known stem
# ("x alfa", "x acid", "x hydrochloride").
_NAME_SECONDS = frozenset(("alfa", "beta", "acid", *SALTS))


def _plain_phrase(words: list[str]) -> bool:
    """What an unlabelled parenthesis after an INN glosses is its disease, not a second
    nonproprietary name (a brand's gloss is its INN): a word ending like a disease ("x
    (gastroparesis)"), or several words, none an INN's stem nor a two-word name's second word
    ("x (spinocerebellar ataxia)"), as a name of several words has one of those."""
    if len(words) == 1:
        return words[0].endswith(DISEASE_ENDINGS) and not inn_like(words[0])
    return not any(inn_like(w) or w in _NAME_SECONDS for w in words)


def _strip_form(left_text: str) -> str:
    if not left_text.lower().endswith(_FORM_WORDS):
        return left_text  # the common case: no costly search
    return FORM_TAIL.sub("", left_text)


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
        return _named_before_form(left_text, offset, ends)
    if not (left_text[-1:].isalpha() or left_text.endswith("-")):
        return None  # a name ends in a letter (the pattern below is costly to search)
    # Three capitalised words at most: the last 60 characters hold them.
    capital = _LEFT_CAPITAL.search(left_text, max(0, len(left_text) - 60))
    if capital is None:
        return None
    words = capital.group(1).split()
    if len(words) > 1 and not _LABEL.match(content.strip()):
        words = words[-2:] if _FORM_MARK.fullmatch(words[-1]) else words[-1:]
    name = " ".join(words)
    if _STATUS_NAME.fullmatch(name):
        return None  # a status glossed ("SAKIGAKE (pioneer)"), not a product named
    return name, False, "brand"


def _named_before_form(
    left_text: str, offset: int, ends: dict[int, Name]
) -> tuple[str, bool, str] | None:
    """ "X注射液（CODE）": an unlabelled code is the product's, a known name before its form."""
    if not left_text.endswith(ZH_FORM_ENDS):
        return None
    known = ends.get(offset + len(ZH_DOSAGE.sub("", left_text)))
    return (known.text, True, known.kind) if known is not None else None


def _classify(
    surface: str, clusters: Clusters, trusted: bool, labelled: bool, after_inn: bool = False
) -> str | None:
    """The kind of name a parenthesis part is, or None; `after_inn`: it glosses an INN."""
    base = strip_dosage(surface)
    if base.lower() in clusters.kind:
        return clusters.kind[base.lower()]
    if LOWER_INN.match(surface) and not set(surface.split()) & _COMMON:
        if _JOINING_WORDS.intersection(surface.replace("-", " ").split()):
            return None  # a compound gloss of a Chinese phrase ("同类最佳（best-in-class）")
        if labelled:
            return "inn"
        words = base.split()
        if any(map(_english, words)) or (after_inn and _plain_phrase(words)):
            return None
        return "inn"
    if base and all("\u4e00" <= ch <= "\u9fff" for ch in base) and len(base) >= 2 and trusted:
        return None if base.endswith(_ZH_COMPANY) else chinese_kind(base)
    if trusted and code_like(surface):
        return "code"
    if (trusted and BRAND_TOKEN.match(surface) and not surface.isupper()) or (
        trusted and BRAND_TOKEN.match(surface) and len(surface) >= 5
    ):
        return "brand"
    return None
