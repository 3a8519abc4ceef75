"""Which indication a milestone is for: two sources' texts compared, and the id it gets.

One drug can be approved in one jurisdiction for several indications, years apart; each
approval is a milestone of its own. The first milestone under a key keeps the plain key
(so sources that omit the indication corroborate it), later ones `<key>~<indication>`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence

from service.domain.drugs import latin_slug


def indication_key(base: str, indication: str) -> str:
    """The id of a second milestone under `base` for another indication (slugs never hold "~")."""
    label = latin_slug(indication)[:60].strip("-")
    if not label:
        # A Chinese indication alone: a digest, since a prefix of its bytes would collide.
        label = "i-" + hashlib.sha256(indication.strip().encode()).hexdigest()[:12]
    return f"{base}~{label}"


def indication_suffix(milestone_id: str) -> str:
    """The "~label" part of a milestone id ("" for the first milestone under its key)."""
    at = milestone_id.find("~")
    return milestone_id[at:] if at >= 0 else ""


def milestone_for(
    keys: Sequence[str],
    indication: str | None,
    known: Sequence[tuple[str, str | None]],
    date: str | None = None,
    dates: Mapping[str, str | None] | None = None,
) -> tuple[str, bool]:
    """(id, whether it is known) of the milestone under `keys` for `indication`.

    `keys` are one milestone's keys (one per slug of the drug, the live one first);
    `known` pairs each known milestone id with its indication. A known one for the
    same indication is the milestone; else the first under the keys gets the plain
    key and any later one `<key>~<indication>`.

    With `dates` (known ids' dates; a source's report, whose indication was read from
    copy and may be a neighbour's), another indication is another milestone only when
    the dates disagree too: a report whose date fits a known one is that milestone
    however its indication is worded ("NSCLC", "EGFR-mutated lung cancer"). Of several
    that fit, one with the same indication and a fitting date comes first. Without
    `dates` (an analyst's explicit indication) the indication alone decides.
    """
    under = _known_under(keys, indication, known)
    ranked = []
    for mid, stated in under:
        same = same_indication(stated, indication)
        fits = dates is not None and compatible_dates(date, dates.get(mid))
        if same or fits:
            ranked.append((not (same and fits), not same, mid))
    if ranked:
        return min(ranked, key=lambda item: item[:2])[2], True
    return (indication_key(keys[0], indication or "") if under else keys[0]), False


def _known_under(
    keys: Sequence[str], indication: str | None, known: Sequence[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """The known milestones under `keys`, in the order they are preferred."""
    under = [
        (mid, stated)
        for key in keys
        for mid, stated in known
        if mid == key or mid.startswith(key + "~")
    ]
    # Plain keys first: a source silent about the indication corroborates the first one.
    under.sort(key=lambda item: "~" in item[0])
    if _stated(indication):
        # One naming the same indication before one naming none (which matches any).
        under.sort(key=lambda item: not _stated(item[1]))
    return under


def compatible_dates(first: str | None, second: str | None) -> bool:
    """Whether two reported dates can be one date (one unknown, or one within the other)."""
    return not first or not second or first.startswith(second) or second.startswith(first)


def _stated(indication: str | None) -> bool:
    return bool(indication and indication.strip())


# Words that say who is treated or link the rest, not which disease: they never decide.
_FILLER = frozenset(
    {"a", "an", "and", "or", "the", "of", "for", "in", "with", "to", "by", "who", "whose"}
    | {"that", "is", "are", "have", "has", "treatment", "therapy", "patient", "adult"}
    | {"previously", "treated", "harboring", "bearing", "adolescent", "children", "child"}
    | {"aged", "year", "older"}
)
# Words that qualify the disease without naming it: a rewording may add them on both sides.
_GENERIC = frozenset(
    {"cancer", "tumor", "carcinoma", "disease", "gene", "mutation", "mutated", "advanced"}
    | {"metastatic", "locally", "unresectable", "recurrent", "relapsed", "refractory"}
    | {"positive", "negative"}
)
# Qualifiers that reverse each other: HER2-positive and HER2-negative are two indications.
_OPPOSITES = (("positive", "negative"), ("resistant", "sensitive"), ("high", "low"))
_WORD = re.compile(r"[0-9a-z]+|[^\W\x00-\x7f]+")
_HAN = re.compile(r"[\u3400-\u9fff]")
# What names a disease: an acronym, a disease noun, or a disease name's ending.
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
_DISEASE_NOUNS = frozenset(
    {"cancer", "carcinoma", "tumor", "neoplasm", "syndrome", "disease", "deficiency"}
    | {"disorder", "infection", "failure", "impairment", "dementia", "pain", "asthma"}
    | {"obesity", "overweight", "diabetes", "depression", "schizophrenia", "epilepsy"}
    | {"seizure", "migraine", "eczema", "acne", "lupus", "hypertension", "hepatitis"}
)
_DISEASE_ENDINGS = ("oma", "emia", "itis", "osis", "pathy", "plasia", "trophy", "philia", "ism")
# Characters and words that mark a Chinese text as naming a disease (the extractor reads
# indications by them too).
DISEASE_MARKS_ZH = ("癌", "瘤", "病", "症", "炎", "综合征", "感染", "缺乏", "肥胖", "超重", "痤疮")


def same_indication(first: str | None, second: str | None) -> bool:
    """Whether two sources' indication texts can name one indication (unknown counts as yes).

    Equal or nested word sets, an acronym of the other's words (NSCLC), or a Jaccard
    of at least 0.5 where at most one side adds a word that names something: "breast"
    against "gastric", or "EGFR" against "ALK", is two indications however much else
    the texts share; so is "positive" against "negative".
    """
    first, second = first or "", second or ""
    if bool(_HAN.search(first)) != bool(_HAN.search(second)):
        return True  # Chinese against English (acronyms in both, like LCH): can't tell
    a, b = _indication_words(first), _indication_words(second)
    if not (_names_a_disease(first, a) and _names_a_disease(second, b)):
        return True  # "patients aged 12 and older" says who, not what: can't tell
    if not a or not b or _latin(a) != _latin(b):
        return True  # one side is silent, or the two are in different scripts: can't tell
    ta, tb = _terms(a, b), _terms(b, a)
    if any(_reversed(ta, tb, *pair) or _reversed(tb, ta, *pair) for pair in _OPPOSITES):
        return False
    if ta <= tb or tb <= ta:
        return True
    if len(ta & tb) * 2 < len(ta | tb):
        return False
    return not ((ta - tb) - _GENERIC and (tb - ta) - _GENERIC)


def _names_a_disease(text: str, words: list[str]) -> bool:
    """Whether a text (whose `_indication_words` are `words`) names a disease, not only a
    population: only then can two differ."""
    if _HAN.search(text):
        return any(mark in text for mark in DISEASE_MARKS_ZH)
    if _ACRONYM.search(text):  # NSCLC, AML, HER2, MPS IIIA
        return True
    return any(w in _DISEASE_NOUNS or w.endswith(_DISEASE_ENDINGS) for w in words)


def _reversed(ta: set[str], tb: set[str], one: str, other: str) -> bool:
    return one in ta and other not in ta and other in tb and one not in tb


def _indication_words(text: str) -> list[str]:
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )
    words = (_us_spelling(_singular(w)) for w in _WORD.findall(plain))
    return [w for w in words if w not in _FILLER]


def _singular(word: str) -> str:
    # Short words keep their "s": acronyms (MDS) and words like "bus" are not plurals.
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _us_spelling(word: str) -> str:
    """British spellings the US way: tumour, harbouring, leukaemia, oesophageal."""
    if "our" in word[3:]:  # not in "four" or "course"
        word = word[:3] + word[3:].replace("our", "or")
    word = word.replace("aem", "em")
    return word[1:] if word.startswith("oe") and len(word) > 4 else word


def _latin(words: list[str]) -> bool:
    return any(w.isascii() for w in words)


def _terms(words: list[str], other: list[str]) -> set[str]:
    """The word set, an acronym of a run of `other`'s words spelled out, "non" bound on."""
    spelled: list[str] = []
    for word in words:
        spelled.extend(_expansion(word, other) or [word])
    terms: set[str] = set()
    glue = ""
    for word in spelled:
        if word == "non":
            glue = "non"
            continue
        terms.add(glue + word)
        glue = ""
    return terms


def _expansion(word: str, other: list[str]) -> list[str] | None:
    if len(word) < 2 or not word.isalpha() or not word.isascii() or word in other:
        return None
    # Hyphenated words are split already, so "non-small cell" gives N, S and C.
    at = "".join(w[0] for w in other).find(word)
    return other[at : at + len(word)] if at >= 0 else None
