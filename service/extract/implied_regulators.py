"""Regulators an event names without naming them in its sentence: "the agency" told after
one named shortly before, and the issuer of a letter or scheme only one regulator has."""

from __future__ import annotations

import re

from service.extract.agencies import Regulator

# "The agency had accepted the NDA in January": the regulator last named by its name (or
# "the authority", as copy calls the many regulators named one: the Saudi Food and Drug
# Authority, Singapore's Health Sciences Authority).
# Translated Japanese and Korean copy calls the MHLW or the MFDS, once named, "the Ministry"
# (not "the Ministry of …", a name in full).
_AGENCY_ANAPHOR = re.compile(
    r"\b(?:[Tt]he|[Tt]hat) (?:agency|regulator|authority|[Mm]inistry(?!\s+of\b))\b"
)
_ANAPHOR_REACH = 600
# A committee advises an agency: "the agency" is never the CHMP named before it.
_COMMITTEE = re.compile(r"CHMP\b|Committee\b|(?:an? |the )?advisory committee\b", re.IGNORECASE)


def named_before(
    text: str, regulators: tuple[Regulator, ...], start: int, end: int
) -> Regulator | None:
    """The regulator "the agency" in text[start:end] refers to: the last one named by its
    name shortly before, rather than the one the article names most."""
    if not any(word in text[start:end] for word in ("agency", "regulator", "authority", "inistry")):
        return None
    if not _AGENCY_ANAPHOR.search(text, start, end):
        return None
    earlier = [
        r
        for r in regulators
        if start - _ANAPHOR_REACH <= r.start < start
        and r.strength == 2
        and not _COMMITTEE.match(text, r.start)
    ]
    return earlier[-1] if earlier else None


# "Both reviews ran under Project Orbis", "The two assessments were run through …", "Both
# agencies' reviews", "Each of the approvals": the reviews are those of the regulators the
# sentence before told deciding, each of them.
_REVIEWS_TOLD = re.compile(
    r"\s*(?:both|the two|the three|all three|these|those|each)\s+(?:of\s+the(?:se)?\s+)?"
    r"(?:(?:agencies|regulators|authorities)['’]\s+)?"
    r"(?:reviews|assessments|evaluations|applications|submissions|filings|dossiers|decisions"
    r"|approvals)"
    r"\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?",
    re.IGNORECASE,
)


def reviews_before(
    text: str,
    regulators: tuple[Regulator, ...],
    sentence: tuple[int, int],
    prior: tuple[int, int],
    verb: int,
) -> list[Regulator]:
    """The regulators of the sentence before, one each, when the sentence's subject is their
    reviews told together (see `_REVIEWS_TOLD`) just before the verb at `verb`."""
    if not _REVIEWS_TOLD.fullmatch(text, sentence[0], verb):
        return []
    found: dict[str, Regulator] = {}
    for regulator in regulators:
        if prior[0] <= regulator.start < prior[1] and regulator.strength == 2:
            found.setdefault(regulator.jurisdiction, regulator)
    return list(found.values()) if len(found) > 1 else []


# Letters only the FDA issues: a complete response letter or a refusal to file names its
# regulator where the sentence names none ("received a complete response letter last Friday").
_FDA_LETTER = re.compile(r"complete (?:response|reply)|\bCRL\b|refus\w* to file|\bRTF\b", re.I)


# Canada's own names: only Health Canada receives a New Drug Submission and issues a Notice of
# Compliance (or of Non-compliance): "had filed its New Drug Submission in 2024".
_CANADA_WORDS = re.compile(
    r"\bnew drug submission|\bs?NDS\b|\bnotice of (?:non-?)?compliance\b|\bNO[CN](?:/c)?\b",
    re.IGNORECASE,
)


# The scheme only the EMA runs: "PRIME: Yes" on a page that names no regulator is the EMA's.
_EMA_SCHEME = re.compile(r"\bPRIME\b|(?i:priority medicines)")


# An application numbered as only the FDA numbers them ("NDA 219877", "BLA 761204"): a
# record headed by one is the FDA's, whatever other regulators its notes name.
_FDA_NUMBER = re.compile(r"\b(?:A?NDA|BLA)[ \t]*(?:No\.?[ \t]*)?#?[ \t]*\d{6}\b")


def numbered_issuer(line: str) -> Regulator | None:
    """The regulator whose way of numbering applications the line uses."""
    return Regulator(0, 0, "FDA", "US", 1) if _FDA_NUMBER.search(line) else None


def issuer_of(trigger: str) -> Regulator | None:
    """The regulator a trigger's own words name: the FDA for its letters, the EMA for its
    PRIME scheme, Health Canada for its submissions and notices."""
    if _FDA_LETTER.search(trigger):
        return Regulator(0, 0, "FDA", "US", 1)
    if _CANADA_WORDS.search(trigger):
        return Regulator(0, 0, "HC", "CA", 1)
    return Regulator(0, 0, "EMA", "EU", 1) if _EMA_SCHEME.search(trigger) else None
