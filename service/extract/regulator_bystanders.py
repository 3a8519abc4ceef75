"""Regulators named beside the one that acted in an event, which did not act themselves:
partners reviewing alongside it, filed with in the same work-sharing review or coordinating
its programme, and regulators named only as running a scheme. (Partners taking part in the
programme an inclusion names are in it too: `programme_partners`.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.extract.agencies import Regulator
from service.extract.event_words import Trigger
from service.extract.keywords import holds_one_of

# Regulators named as taking part alongside the acting one ("reviewed together with
# regulators in Canada and Australia") did not act themselves.
# Other countries' files in the same work-sharing review ("alongside submissions in the U.S.
# and Canada") and the programme's coordinator ("coordinated by the FDA's Oncology Center of
# Excellence") did not act either.
_PARTNER_BEFORE = re.compile(
    r"(?:(?:together with|alongside|jointly with|in (?:collaboration|partnership|cooperation|"
    r"parallel) with)\s+(?:the\s+|its\s+)?(?:(?:fellow\s+|partner\s+)?(?:regulators?|"
    r"authorities|agencies|counterparts|health authorities|submissions|applications|filings|"
    r"reviews)\s+(?:in|of|from|to|with)\s+(?:the\s+)?)?|coordinated by\s+(?:the\s+)?)"
)
# How far back a regulator's partner cue may stand: a list of full names with their
# bracketed abbreviations runs long ("the United States Food and Drug Administration (FDA)
# and Australia's Therapeutic Goods Administration (TGA)").
_LIST_REACH = 160
# One of which each cue holds: most regulators follow none.
PARTNER_WORDS = ("with", "alongside", "coordinated by")

# The list of places after such a cue: capitalised names joined by commas and "and", so a
# place the table does not know ("Brazil") does not end it.
# A name may hold "of" ("the Drug Regulatory Authority of Pakistan and Swissmedic"). A word
# ends with a dot only as an abbreviation ("U.S."): a sentence's full stop ends the list.
_NAME_WORD = r"[A-Z](?:(?:\.[A-Za-z])+\.?|[\w'-]*)"
# A name may carry its abbreviation in brackets: "the Food and Drug Administration (FDA) and".
_PLACE_LIST = re.compile(
    rf"(?:(?:the\s+)?{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD})*(?:\s+\([A-Z][\w.]*\))?"
    rf"(?:,?\s+and\s+|,\s*)?)+"
)


# A list of regulators told as taking part in a shared review: "with Australia's TGA and
# Health Canada taking part as partner agencies", "Health Canada and Swissmedic participated",
# or doing their share of it: "with the TGA and Health Canada each reviewing modules".
_TAKING_PART = re.compile(
    r"\s+(?:(?:were|are|was|is|also)\s+)?(?:(?:taking|took|take|takes)\s+part|"
    r"participat(?:ing|ed|es?))\b|\s+as\s+(?:[\w-]+\s+)?partner\s+(?:agencies|regulators|"
    r"authorities)\b"
    r"|\s+(?:(?:each|both|also|jointly)\s+)?(?:reviewing|assessing|evaluating)\b"
)
_TAKING_PART_WORDS = ("part", "participat", "partner", "reviewing", "assessing", "evaluating")
# The regulator leading a work-share takes part in it too: "the MHRA acted as lead reviewer",
# or a listing's label before it, "(lead agency: Health Canada; partner agency: HSA)".
_LEADING = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?\)?\s+(?:(?:acted|acting|acts|served|serving|serves)\s+as\s+(?:the\s+)?lead"
    r"|as\s+(?:the\s+)?lead\s+(?:agency|reviewer|regulator|authority))\b"
)
# (Or its place, bracketed after it: "lead agency: TGA (Australia)".)
_ROLE_LABEL = re.compile(
    r"(?i:lead|partner)\s+(?i:agency|agencies|reviewer|regulator|authority)\s*:\s*(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}?(?:\(\s*)?$"
)


def with_programme_partners(
    text: str, regulators: list[Regulator], pool: tuple[Regulator, ...], runner: str | None
) -> list[Regulator]:
    """A programme inclusion's regulators, with those of its sentence (`pool`) named in a
    list told as taking part in the shared review (see `_TAKING_PART`), or as leading it
    when not the programme's `runner`: each is in the programme too, one per place."""
    found = list(regulators)
    places = {r.jurisdiction for r in regulators}
    for regulator in pool:
        if regulator.jurisdiction in places:
            continue
        if _takes_part(text, regulator) or (regulator.agency != runner and _leads(text, regulator)):
            found.append(regulator)
            places.add(regulator.jurisdiction)
    return found


def _leads(text: str, regulator: Regulator) -> bool:
    """The regulator is told as the work-share's lead (see `_LEADING`, `_ROLE_LABEL`)."""
    return labelled_role(text, regulator) or _LEADING.match(text, regulator.end) is not None


def _takes_part(text: str, regulator: Regulator) -> bool:
    """The regulator is in a list of names told as taking part (see `_TAKING_PART`)."""
    listed = _PLACE_LIST.match(text, regulator.start)
    end = listed.end() if listed else regulator.end
    return holds_one_of(text[end : end + 40].lower(), _TAKING_PART_WORDS) and bool(
        _TAKING_PART.match(text, end)
    )


def labelled_role(text: str, regulator: Regulator) -> bool:
    """A listing's field names the regulator by its role in a work-share ("lead agency:")."""
    return bool(_ROLE_LABEL.search(text, max(0, regulator.start - 60), regulator.start))


def acting(text: str, regulators: list[Regulator]) -> list[Regulator]:
    """The regulators left once partners named alongside the acting one are set aside;
    all of them when every one is a partner."""
    return partners_set_aside(text, regulators) or regulators


def partners_set_aside(text: str, regulators: list[Regulator]) -> list[Regulator]:
    """The regulators not named as partners of the acting one (none when all are)."""
    return [r for r in regulators if not _listed_as_partner(text, r)]


def _listed_as_partner(text: str, regulator: Regulator) -> bool:
    """In the list of names after a partner cue, which may begin with a regulator the table
    does not know ("together with the Health Sciences Authority and the TGA"), or in one
    told as taking part beside the acting regulator."""
    if _takes_part(text, regulator):
        return True
    low = max(0, regulator.start - _LIST_REACH)
    window = text[low : regulator.start]
    if not holds_one_of(window, PARTNER_WORDS):
        return False
    for cue in _PARTNER_BEFORE.finditer(text, low, regulator.start):
        listed = _PLACE_LIST.match(text, cue.end())
        if listed and listed.end() >= regulator.end:
            return True
    return False


# "under Project Orbis, the FDA-coordinated framework", "…, an initiative of the FDA's
# oncology centre": a programme described by the regulator that runs it.
_DESCRIBED_BY = re.compile(r"[^,;.]{0,40},\s+(?:the|an?)\s+((?:[\w.'’-]+\s+){0,6})")
_OWNED = re.compile(r"-|['’]s\b")
# Or the regulator's name as the scheme noun's modifier: "Project Orbis, the U.S. Food and
# Drug Administration initiative that lets partner regulators review …".
_SCHEME_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:initiative|program(?:me)?|framework|scheme|project|pilot"
    r"|collaboration)\b",
    re.IGNORECASE,
)


def _runs_programme(text: str, regulator: Regulator, trigger: Trigger) -> bool:
    """The regulator is named in the description of the programme an inclusion event names,
    which other regulators join; it did not act."""
    if regulator.start <= trigger.end:
        return False
    described = _DESCRIBED_BY.fullmatch(text, trigger.end, regulator.start)
    return described is not None and (
        bool(described.group(1))
        or _OWNED.match(text, regulator.end) is not None
        or _SCHEME_NOUN_AFTER.match(text, regulator.end) is not None
    )


# "the FDA-led programme", "an EMA-coordinated procedure": the regulator names who runs a
# scheme, as an adjective; it is no actor of the sentence's events.
_LEADS_A_SCHEME = re.compile(r"-(?:led|run|coordinated|managed|chaired|sponsored)\b")


def leads_a_scheme(text: str, regulator: Regulator) -> bool:
    """The regulator is named only as the adjective of a scheme it runs ("the FDA-led
    scheme"), as no actor is: no later sentence's event is its."""
    return text.startswith("-", regulator.end) and bool(_LEADS_A_SCHEME.match(text, regulator.end))


# "the Food and Drug Administration (FDA)": the abbreviation of a name set aside goes too.
_ABBREVIATED = re.compile(r"\s*\($")


def _country_before(text: str, before: Regulator, regulator: Regulator) -> bool:
    """`before` is the country of `regulator`, written just before its name ("the U.S. FDA's
    initiative"): set aside with it."""
    return (
        before.strength == 1
        and before.agency == regulator.agency
        and not text[before.end : regulator.start].strip()
    )


def scheme_runners_set_aside(text: str, pool: list[Regulator], trigger: Trigger) -> list[Regulator]:
    """The pool without the regulators that only describe a scheme (see `_LEADS_A_SCHEME`,
    `_runs_programme`) and the abbreviations that follow their names."""
    kept: list[Regulator] = []
    dropped: Regulator | None = None
    inclusion = trigger.type == "program_inclusion"
    for regulator in pool:
        if (
            leads_a_scheme(text, regulator)
            or (inclusion and _runs_programme(text, regulator, trigger))
            or (
                dropped is not None
                and dropped.agency == regulator.agency
                and _ABBREVIATED.fullmatch(text, dropped.end, regulator.start)
            )
        ):
            if kept and _country_before(text, kept[-1], regulator):
                kept.pop()
            dropped = regulator
        else:
            kept.append(regulator)
    return kept


# An aside set off by commas just before the event's verb, opened by a lower-case word:
# "Britain's MHRA, using the US decision as reference, followed in September". A regulator
# named in it is what the subject drew on, not who acted.
_ASIDE_CLOSED = re.compile(r",\s*(?:(?:soon|later|then|quickly|also)\s+)?$")
# Opened by a participle, a preposition or a relative pronoun ("using", "citing", "after",
# "which"), not by a subject of its own (", the FDA has issued").
_ASIDE_OPENED = re.compile(
    r",\s+(?:[a-z]+ing|[a-z]+ed|with|after|under|like|as|in|on|through|via|despite|"
    r"which|who|whose)\s"
)


def aside_before(text: str, start: int, position: int) -> tuple[int, int] | None:
    """(its opening comma, its closing comma) of the aside closing just before `position`,
    within text from `start`; None when none does."""
    closed = _ASIDE_CLOSED.search(text, max(start, position - 12), position)
    if closed is None:
        return None
    opening = text.rfind(",", start, closed.start())
    if opening < 0 or not _ASIDE_OPENED.match(text, opening):
        return None
    if text.count("(", opening, closed.start()) != text.count(")", opening, closed.start()):
        return None  # a comma inside brackets: "(CRL, complete response letter)"
    return opening, closed.start()


def aside_regulators_set_aside(
    text: str, pool: list[Regulator], named: Sequence[Regulator], start: int, trigger: Trigger
) -> list[Regulator]:
    """The pool without the regulators named in an aside between the subject and the verb,
    when one of the sentence's regulators (`named`, from `start`) stands before it."""
    aside = aside_before(text, start, trigger.start)
    if aside is None or not any(r.end <= aside[0] for r in named):
        return pool
    return [r for r in pool if not aside[0] < r.start < aside[1]]
