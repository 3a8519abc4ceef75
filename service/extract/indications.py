"""The indication a milestone is for: the disease (and population) the text names near it.

News names the disease once, often in the lead, and then writes "the approval" or "the
application": so the evidence sentence is read first, then the sentences just before it,
then the headline, then the lead. A reading that names a disease beats one that names only
a population ("patients aged 12 and older"), which is kept only from the evidence sentence
itself. An acronym the article spells out ("short bowel syndrome (SBS)") is given in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from service.domain.indications import DISEASE_MARKS_ZH
from service.extract.keywords import holds_one_of
from service.extract.leads import by_first_character
from service.extract.sentences import Segment

# A word ending like a disease name (-oma, -emia, -itis, -osis, -pathy …) with a letter before
# the ending. The word is taken whole and its ending checked behind it, which is far cheaper
# than trying each ending after each letter; as the word always follows a word boundary, the
# letter checked before the ending is the word's own.
DISEASE_ENDINGS = (
    "omas", "oma", "aemias", "aemia", "emias", "emia", "itis", "osis", "oses", "pathy", "plasia",
    "trophy", "ism", "paresis", "philia",
)  # fmt: skip
# (Its last letter first: one test rejects the words that end in none of the endings' letters.)
_LAST_LETTERS = "".join(sorted({ending[-1] for ending in DISEASE_ENDINGS}))
_BY_ENDING = (
    f"[a-z]++(?<=[{_LAST_LETTERS}])(?:"
    + "|".join(f"(?<=[a-z]{ending})" for ending in DISEASE_ENDINGS)
    + ")"
)
# Disease words: common nouns, a few names without a telling ending, acronyms (NSCLC, AML),
# and the endings most disease names carry (-oma, -emia, -itis, -osis, -pathy …).
_NAMES = (
    r"disease|cancer|carcinoma|tumou?rs?|neoplasms?|syndrome|deficiency|disorder|infection|"
    r"failure|impairment|dementia|pain|asthma|obesity|overweight|diabetes(?: mellitus)?|"
    r"depression|schizophrenia|epilepsy|seizures|migraine|eczema|acne(?: vulgaris)?|"
    r"lupus(?: erythematosus)?|hypertension|ha?emophilia [AB]|hepatitis [BCD]?"
)
# (A letter first, and the names grouped by their first letter: under IGNORECASE the regex
# engine has no letter to skip ahead to, and tries each branch at each place a disease may
# start; one branch for each letter fails at once on the others.)
_DISEASE = (
    rf"(?=[a-z])(?:{by_first_character(_NAMES)}|"
    r"(?-i:(?!(?:FDA|NMPA|CDE|EMA|CHMP|PMDA|MHRA|MFDS|TGA|IND|s?NDA|s?BLA|MAA|CTA|USA?|UK|EU|EC|EEA)\b)c?[A-Z]{2,6})|"
    rf"{_BY_ENDING})"
)
_DISEASE_WORD = re.compile(rf"\b{_DISEASE}\b", re.IGNORECASE)
_POPULATION = r"(?:adults?|adult patients|patients|children|people|women|men|adolescents|infants)"
# Where a reading stops: punctuation, or a word that starts what follows the indication.
_STOP = (
    r"(?=[,.;(]|\s+(?:who|whose|based|under|in combination|and has|after|that|from|on|at|"
    r"making|marking|following|in|by|since|during|has|have|is|are|was|were|will)\b|$)"
)
# What may follow a disease inside the indication: "solid tumors harboring NTRK fusions".
_QUALIFIED = r"(?:\s+(?:harbou?ring|carrying|bearing|with)\s+[\w'/-]+(?:\s+[\w'/-]+){0,3}?)?"
# A character of the span from a population to its disease: never into another phrase
# ("..., the first medicine for X", "..., making it ...").
_SPAN = r"(?:(?!,\s+(?:the|a|an|making|marking|which|and the)\b|\s(?:for|to treat)\s)[^.;()])"
# "for", "to treat" or "in" starting a word, found by its first letter: a set of letters lets
# the regex engine skip ahead, a leading \b under IGNORECASE does not. The letters are those
# IGNORECASE matches f, t and i with (the dotted and dotless i too).
_CUE = r"(?-i:[FITfit\u0130\u0131])(?<!\w.)(?:(?<=f)or|(?<=t)o treat|(?<=i)n)"
_INDICATION_EN = re.compile(
    rf"{_CUE}\s+(?:the\s+)?(?:treatment of\s+)?(?P<ind>"
    # A population, then (across commas) the disease it has: "adults with unresectable,
    # locally advanced or metastatic ... carcinoma".
    rf"{_POPULATION}\b{_SPAN}{{0,120}}?\b{_DISEASE}\b"
    rf"|(?:(?!(?:to|for|in|the FDA)\b)[\w'/-]+\s+){{0,6}}?[\w'/-]*\b{_DISEASE}\b{_QUALIFIED}"
    rf"|{_POPULATION}\b[^.;()]{{3,100}}?){_STOP}",
    re.IGNORECASE,
)
_INDICATION_ZH = re.compile(
    r"(?:适)?用于(?:治疗)?(?P<ind>[^，。；（]{2,40}?)"
    r"(?=的(?:新)?适应症|的(?:新药|生物制品)?(?:注册|上市)|已|获|被|，|。|；|（|$)"
)
# "short bowel syndrome (SBS)": the words before the brackets whose initials spell it.
_DEFINED = re.compile(r"\(([A-Za-z][A-Za-z0-9]{1,7})\)")
_ACRONYM = re.compile(r"\b[a-z]?[A-Z][A-Z0-9]+[a-z]?\b")
_WORDS = re.compile(r"[\w']+(?:-[\w']+)*")
_BOTH = re.compile(r"^both\s+", re.IGNORECASE)
Reading = tuple[str | None, str | None]  # (naming a disease, naming only a population)
_LEAD_SENTENCES = 2
_BEFORE = 2  # sentences before the evidence read for its indication


def indication_for(
    text: str,
    sentences: tuple[Segment, ...],
    at: int,
    chinese: bool,
    title: str = "",
    others: frozenset[int] = frozenset(),
    readings: dict[str, Reading] | None = None,
) -> str | None:
    """The indication of the milestone whose evidence is `sentences[at]`.

    `others` are the evidence sentences of the article's other milestones: what they
    name is theirs (a second approval for another disease), so they are not read here.
    `readings` keeps what each text read gave, for the article's other milestones.
    """
    readings = {} if readings is None else readings
    fallback: str | None = None
    for n, body in enumerate(_places(text, sentences, at, title, others)):
        found = readings.get(body)
        if found is None:
            found = readings[body] = _read(body, chinese)
        disease, population = found
        if disease is not None:
            return _spelled_out(disease, text) if not chinese else disease
        if n == 0:
            fallback = population
    return fallback


def _read(body: str, chinese: bool) -> Reading:
    """(the first reading naming a disease, the first naming only a population)."""
    population: str | None = None
    for match in (_INDICATION_ZH if chinese else _INDICATION_EN).finditer(body):
        found = match.group("ind").strip()
        if _names_a_disease(found, chinese):
            return found, population
        population = population or found
    return None, population


def _places(
    text: str, sentences: tuple[Segment, ...], at: int, title: str, others: frozenset[int]
) -> Iterator[str]:
    yield text[sentences[at].start : sentences[at].end]
    before = range(at - 1, max(-1, at - 1 - _BEFORE), -1)
    lead = [n for n in range(min(_LEAD_SENTENCES, at)) if n < at - _BEFORE]
    for n in before:
        if n not in others:
            yield text[sentences[n].start : sentences[n].end]
    yield title
    for n in lead:
        if n not in others:
            yield text[sentences[n].start : sentences[n].end]


def _names_a_disease(found: str, chinese: bool) -> bool:
    if chinese:
        return holds_one_of(found, DISEASE_MARKS_ZH)
    return _DISEASE_WORD.search(found) is not None


def _spelled_out(found: str, text: str) -> str:
    """Acronyms the article defines, in full: "advanced cSCC" as the article spelled it."""
    for acronym in set(_ACRONYM.findall(found)):
        full = _definition(acronym, text)
        if full:
            found = re.sub(rf"\b{re.escape(acronym)}\b", full, found)
    return _BOTH.sub("", found)


def _definition(acronym: str, text: str) -> str | None:
    for match in _DEFINED.finditer(text):
        if match.group(1) == acronym:
            before = _WORDS.findall(text[max(0, match.start() - 120) : match.start()])
            full = _initials_match(acronym.lower(), before)
            if full:
                return full
    return None


def _initials_match(letters: str, words: list[str]) -> str | None:
    """The shortest run of trailing words whose initials spell `letters`.

    Hyphenated words count each part, and one word may be skipped ("transfusion-dependent
    beta thalassaemia" for TDT), but the run must start on the acronym's first letter.
    """
    for size in range(1, min(len(words), len(letters) + 1) + 1):
        run = words[-size:]
        initials = "".join(part[0].lower() for word in run for part in word.split("-") if part)
        fits = initials[0] == letters[0] and len(initials) <= len(letters) + 1
        if fits and _subsequence(letters, initials):
            return " ".join(run)
    return None


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(letter in rest for letter in short)
