"""Names told by their description: "fosdarine, Acme's oral dopamine modulator".

A product whose name carries no known stem is still a name when the text defines it in an
apposition by its owner's possessive or an article and its pharmacological class: the word
before the comma is what the description is of.
"""

from __future__ import annotations

import re

from service.extract.names import Name

# Classes a medicine is defined by (not "therapy" or "treatment": "chemotherapy, a standard
# treatment" defines no product).
_CLASSES = (
    "inhibitor", "antibody", "agonist", "antagonist", "modulator", "degrader", "conjugate",
    "blocker", "analogue", "activator", "stimulator", "oligonucleotide", "sirna",
    "antifungal", "antibiotic", "antiviral", "antidepressant", "antipsychotic",
    "anticoagulant", "vaccine", "analgesic",
)  # fmt: skip
# The apposition before a class noun, after the comma closing the name: "<Owner>'s <up to
# five words> " or "an <up to five words> " (no preposition: "a class effect of inhibitors").
_OWNER = r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*"
_FREE_WORD = r"(?!(?:of|for|with|and|or|to|in|on|by|from)\s)[\w-]+\s+"
_APPOSITION = re.compile(rf"(?:{_OWNER}['’]s?|an?)\s+(?:{_FREE_WORD}){{0,5}}")
_NAME_BEFORE = re.compile(r"(?<![\w-])[a-z]{7,}$")
# A common noun takes the article a coined name goes without: "low levels of the receptor,
# a group the approved conjugate does not reach" describes no product called "receptor".
_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_VOWELS = re.compile(r"[aeiou]+")
# Ordinary words that an apposition may follow ("the candidate, an oral inhibitor").
_NOT_NAMES = frozenset((
    "candidate", "compound", "molecule", "medicine", "product", "therapy", "treatment",
    "antibody", "inhibitor", "agonist", "antagonist", "modulator", "degrader", "conjugate",
    "blocker", "analogue", "vaccine", "program", "programme", "portfolio", "pipeline",
    "formulation", "meanwhile", "separately", "however", "therefore", "franchise", "business",
    "platform", "division", "peptide", "polypeptide",
))  # fmt: skip
# English word endings no nonproprietary name has.
_ENGLISH_ENDINGS = (
    "ed", "ing", "ly", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ous", "ive",
    "able", "ible", "ship", "ful", "less", "ward", "wise", "ist", "ism", "ary", "ery", "ure",
    "therapy",
)  # fmt: skip
# A coined word its owner's possessive and a route or stage describe: "its oral fosdarine",
# "Acme's investigational lumerovant" (how a product is written, not an English noun), the
# phrase ending there: "its oral allosteric inhibitor" names a class by its adjective.
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their)|[A-Z][\w&.-]*['’]s?)\s+\Z")
_OWNED_AFTER = re.compile(r"\s+([a-z]{7,})(?=\s+(?:for|in|to)\s|\s*[,(])")
_FORM_WORDS = ("oral", "injectable", "inhaled", "topical", "intravenous", "subcutaneous",
               "intranasal", "investigational", "experimental", "once-daily", "once-weekly",
               "once-monthly")  # fmt: skip
_OWNER_REACH = 60
_REACH = 120
# A coined word its kind introduces and its brand follows: "approved the medicine
# pradivoxtor (Selvoryn)", "the drug fenlumab (Brandex)" (a regulator's release).
_KINDS = ("medicine", "drug", "medication", "therapy", "treatment")
_KIND_AFTER = re.compile(r"\s+([a-z]{7,})(?=\s*[(（][A-Z][a-z])")
_SYLLABLES = 3


def described_names(source: str, lowered: str) -> list[Name]:
    """Names defined by an apposition naming their class (`lowered`: the source
    lower-cased), found from the class nouns, which few texts hold."""
    found: dict[int, Name] = {}
    for noun in _CLASSES:
        at = lowered.find(noun)
        while at >= 0:
            name = _described(source, at)
            if name is not None:
                found.setdefault(name.start, name)
            at = lowered.find(noun, at + len(noun))
    owned = (*_owned_forms(source), *_branded_kinds(source), *_owned_kinds(source))
    for name in (*owned, *_owned_classes(source, lowered)):
        found.setdefault(name.start, name)
    return sorted(found.values(), key=lambda n: n.start)


def _owned_forms(source: str) -> list[Name]:
    """Coined words after an owner's possessive and a route or stage ("its oral fosdarine
    for", "Acme's investigational lumerovant,"): found from the form words, since a scan
    for the possessive would stop at every capitalised word."""
    names = []
    for form in _FORM_WORDS:
        at = source.find(form)
        while at >= 0:
            end = at + len(form)
            after = _OWNED_AFTER.match(source, end)
            if (
                after is not None
                and _name_like(after.group(1))
                and _OWNER_BEFORE.search(source, max(0, at - _OWNER_REACH), at) is not None
            ):
                names.append(Name(after.group(1), "inn", after.start(1)))
            at = source.find(form, end)
    return names


def _branded_kinds(source: str) -> list[Name]:
    """Coined words after a kind noun and before a brand (see `_KIND_AFTER`)."""
    names = []
    for kind in _KINDS:
        at = source.find(kind)
        while at >= 0:
            end = at + len(kind)
            after = _KIND_AFTER.match(source, end)
            if after is not None and _name_like(after.group(1)):
                names.append(Name(after.group(1), "inn", after.start(1)))
            at = source.find(kind, end)
    return names


# An owner's kind noun in the apposition, no class: "orvanide, the company's once-daily
# treatment for gout" (an owner's treatment is a product; "chemotherapy, a standard
# treatment" has none).
_OWNER_APPOSITION = re.compile(
    rf"(?:the\s+(?:company|firm|group|developer|drugmaker)|{_OWNER})['’]s?\s+(?:{_FREE_WORD}){{0,4}}"
)
_OWNED_KINDS = (" treatment", " therapy", " medicine", " drug", " candidate")


def _owned_kinds(source: str) -> list[Name]:
    """Coined words an owner's kind noun describes (see `_OWNER_APPOSITION`)."""
    names = []
    for kind in _OWNED_KINDS:
        at = source.find(kind)
        while at >= 0:
            comma = source.rfind(", ", max(0, at - _REACH), at + 1)
            if comma >= 0 and _OWNER_APPOSITION.fullmatch(source, comma + 2, at + 1):
                word = _NAME_BEFORE.search(source, max(0, comma - 30), comma)
                if word is not None and _name_like(word.group()):
                    names.append(Name(word.group(), "inn", word.start()))
            at = source.find(kind, at + len(kind))
    return names


# A coined word right after its owner's class noun: "Acme's orexin 2 receptor agonist
# fosdarine for narcolepsy", "its HER3-directed ADC velotamig,". The owner's possessive opens
# the description, without a preposition in it ("Acme's data on inhibitors …" is no name's).
_OWNED_CLASSES = (*_CLASSES, "adc", "bispecific")
_CLASS_OWNER = re.compile(
    rf"(?:(?<![\w.-])[A-Z][\w&.-]*['’]s?|\b(?:its|their))\s+(?:{_FREE_WORD}){{0,6}}\Z"
)
_CLASSED_NAME = re.compile(
    r"\s+([a-z]{7,})(?=\s+(?:for|in|to|on|as|at|last|this|was|is)\s|\s*[,.;:(（])"
)


def _owned_classes(source: str, lowered: str) -> list[Name]:
    """Coined words named by their owner's class noun (see `_CLASS_OWNER`)."""
    names = []
    for noun in _OWNED_CLASSES:
        at = lowered.find(noun)
        while at >= 0:
            end = at + len(noun)
            after = _CLASSED_NAME.match(source, end)
            if (
                after is not None
                and (at == 0 or not lowered[at - 1].isalnum())
                and _name_like(after.group(1))
                and not after.group(1).endswith("s")  # "its kinase inhibitor molecules,"
                and _CLASS_OWNER.search(source, max(0, at - _REACH), at) is not None
            ):
                names.append(Name(after.group(1), "inn", after.start(1)))
            at = lowered.find(noun, end)
    return names


# A pipeline update heads each product's entry with a line "Name, class, indication", no
# article before the class: "Fosdarine, oral dopamine modulator, Parkinson's disease".
_HEADING_NAME = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[-*•][ \t]+)?([A-Z][a-z]{6,})$")
_HEADING_CLASS = re.compile(r"(?:[\w-]+[ \t]+){0,5}")
_HEADING_CLASS_END = re.compile(r"[a-z]*,[ \t][^\n.]*(?:\n|$)")


def _headed(source: str, at: int, comma: int) -> Name | None:
    """The name opening an entry's heading line whose class noun starts at `at` (see
    `_HEADING_NAME`)."""
    if _HEADING_CLASS.fullmatch(source, comma + 2, at) is None:
        return None
    if _HEADING_CLASS_END.match(source, at) is None:
        return None
    word = _HEADING_NAME.search(source, max(0, comma - 30), comma)
    if word is None or not _name_like(word.group(1).lower()):
        return None
    return Name(word.group(1), "inn", word.start(1))


def _described(source: str, at: int) -> Name | None:
    """The name an apposition ending at `at` (a class noun's start) describes."""
    comma = source.rfind(", ", max(0, at - _REACH), at)
    if comma < 0:
        return None
    if _APPOSITION.fullmatch(source, comma + 2, at) is None:
        return _headed(source, at, comma)
    word = _NAME_BEFORE.search(source, max(0, comma - 30), comma)
    if word is None or not _name_like(word.group()):
        return None
    if _ARTICLE_BEFORE.search(source, max(0, word.start() - 5), word.start()):
        return None
    return Name(word.group(), "inn", word.start())


def _name_like(word: str) -> bool:
    """Not an English word: none of its endings, and the three syllables or more that coined
    names have ("control, an ACE inhibitor" is blood pressure's)."""
    # (Nor a class noun itself: "Acme's oral antiviral for dengue" names no product.)
    return (
        word not in _NOT_NAMES
        and word not in _CLASSES
        and not word.endswith(_ENGLISH_ENDINGS)
        and len(_VOWELS.findall(word)) >= _SYLLABLES
    )
