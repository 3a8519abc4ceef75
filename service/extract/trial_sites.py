"""Where a trial started, when its sentence puts the dosing or the study at a place: "dosed
the first patient at a site in Boston", "the study carried out in Australia", "a Melbourne
hospital", "在墨尔本某医院完成首例给药".

A trial runs where its sites are, whichever regulators the article names for other events
(an earlier clearance in China, a designation from the FDA), so such a place decides a
trial start's jurisdiction. Only a place the wording ties to the trial counts: a company's
home ("Boston-based", "headquartered in Seoul") or its own facilities do not.
"""

from __future__ import annotations

import re

from service.extract.agencies import Regulator, agency_of
from service.extract.places import Place, find_places
from service.extract.sentences import Segment

_FACILITY = (
    r"(?i:sites?|hospitals?|cent(?:re|er)s?|clinics?|institutes?|universit(?:y|ies)|infirmary)"
)
# What the words just before an English place name say of it: the trial's site ("at a site
# in", "at the Royal Park Hospital in"), the study run there ("the study conducted in", "a
# Phase 2 study in"), or the dosing done there ("dosed in", "the first patient in").
_BEFORE = re.compile(
    # (Or told as a clause of its own: "the first site was in the US".)
    rf"\b{_FACILITY}(?:\s+(?:was|were|is|are))?(?:\s+(?:located|based))?\s+in\s+(?:the\s+)?\Z"
    r"|\bat\s+(?:\S+\s+){0,6}?in\s+(?:the\s+)?\Z"
    r"|\b(?i:stud(?:y|ies)|trials?)\b[^,;]{0,40}?\b(?:carried out|conducted|run|running|performed"
    r"|held|taking place|under\s?way)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?\Z"
    r"|\b(?i:stud(?:y|ies)|trials?)(?:\s+of\s+[\w-]+)?\s+in\s+(?:the\s+)?\Z"
    r"|\b(?:dosed|[Dd]osing|enrolled|enrol(?:l)?ment|randomi[sz]ed|treated|administration"
    r"|administered|started|initiated|began|commenced|launched|patients?|participants?"
    r"|subjects?|volunteers?)\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?\Z"
)
_BEFORE_REACH = 80
# A company's own buildings are not a trial's sites: "its manufacturing site in Boston".
_COMPANY_FACILITY = frozenset(
    ("manufacturing", "production", "R&D", "innovation", "commercial", "operations", "office")
)
_COMPANY_SITE = re.compile(
    rf"(?i:{'|'.join(map(re.escape, sorted(_COMPANY_FACILITY)))})\s+{_FACILITY}"
    r"(?:\s+(?:located|based))?\s+in\s+(?:the\s+)?\Z"
)
# The place names the site: "a Melbourne site", "five Australian sites", "Seoul National
# University Hospital", "Boston's children's hospital".
_AFTER = re.compile(rf"(?:['’]s)?(?:\s+[\w'’.&-]+){{0,3}}?\s+(?:([\w&]+)\s+)?{_FACILITY}\b")
# "the first U.S. patient", "the first Australian participant".
_PERSON = re.compile(r"\s+(?:patients?|participants?|subjects?|volunteers?)\b")
# Chinese: 在 (or 于, not as part of 位于, 由于, 对于 …) before a place, and the study run or
# dosing done there after it; or the place opens a hospital's name.
_CHINESE_BEFORE = re.compile(r"(?:在|(?<![位关对由属基等至用])于)\Z")
_CHINESE_ACTION = re.compile(r"[市省州]?(?:开展|进行|启动|完成|顺利完成|首例)")
_CHINESE_FACILITY = re.compile(
    r"[市省州]?[^，。；、]{0,15}?(?:医院|医学院|(?:临床|医学|研究|试验)中心|临床试验机构|研究所)"
)
# Wording that sends the place into a plan ("will open sites in Japan"), not today's trial.
_PLANNED = re.compile(
    r"\b(?:will|expects?|expected|plans?|planned|intends?|to open|to add)\b|将|计划|预计|拟"
)


# The sentence after a first dosing that retells it by its patient, to say where (and
# when): "The patient was dosed at a clinical site in London", "Dosing took place at a Seoul
# hospital", "The participant received the first dose on 6 May at a site in Lyon".
RETOLD_DOSING = re.compile(
    r"(?:The|This|That|Its|Our)\s+(?:first\s+)?(?:patient|participant|subject|volunteer)s?\s+"
    r"(?:(?:was|were)\s+(?:dosed|treated|enrolled|randomi[sz]ed)|received\s+(?:the|its|their|a)"
    r"\s+first\s+(?:dose|infusion|injection))\b"
    r"|(?:The\s+first\s+)?[Dd]os(?:ing|e)\s+(?:took\s+place|was\s+(?:given|administered))\b"
)


def site_regulator(
    text: str, clause: Segment, trigger: Segment, after: tuple[Segment, ...] = ()
) -> Regulator | None:
    """The regulator of the place the trigger's clause puts the trial at: the one nearest the
    trigger, or the region a city is written with ("San Antonio, Texas"). Only the clause:
    another clause of the sentence may tell of a site opened later or of another event.
    Failing that, the place the sentence `after` it puts the dosing at, when it retells the
    dosing (see `RETOLD_DOSING`)."""
    found = _clause_site(text, clause, trigger)
    if found is not None or not after:
        return found
    retold = RETOLD_DOSING.match(text, after[0].start, after[0].end)
    if retold is None:
        return None
    return _clause_site(text, after[0], Segment(retold.start(), retold.end()))


def _clause_site(text: str, clause: Segment, trigger: Segment) -> Regulator | None:
    places = find_places(text, clause.start, clause.end)
    tied = [p for p in places if _tied(text, clause, p, trigger)]
    if not tied:
        return None
    place = _region_after(text, min(tied, key=lambda p: _distance(p, trigger)), places)
    return Regulator(place.start, place.end, agency_of(place.jurisdiction), place.jurisdiction, 1)


def _tied(text: str, clause: Segment, place: Place, trigger: Segment) -> bool:
    """The words around the place put the trial there, and no plan comes between."""
    if place.start >= trigger.end and _PLANNED.search(text, trigger.end, place.start):
        return False
    before = text[max(clause.start, place.start - _BEFORE_REACH) : place.start]
    after_end = min(clause.end, place.end + 60)
    if "\u4e00" <= text[place.start] <= "\u9fff":
        return bool(_CHINESE_FACILITY.match(text, place.end, after_end)) or bool(
            _CHINESE_BEFORE.search(before) and _CHINESE_ACTION.match(text, place.end, after_end)
        )
    if _BEFORE.search(before):
        return not _COMPANY_SITE.search(before)
    if before.endswith("first ") and _PERSON.match(text, place.end, after_end):
        return True
    after = _AFTER.match(text, place.end, after_end)
    return after is not None and after.group(1) not in _COMPANY_FACILITY


def _region_after(text: str, place: Place, places: list[Place]) -> Place:
    """ "London, Ontario": a city followed by the state, province or country it lies in (not
    a country followed by another: "in the US, EU sites came later" is a list)."""
    if place.region:
        return place
    for other in places:
        if other.start == place.end + 2 and other.region and text[place.end] == ",":
            return other
    return place


def _distance(place: Place, trigger: Segment) -> int:
    if place.end <= trigger.start:
        return trigger.start - place.end
    return max(0, place.start - trigger.end)
