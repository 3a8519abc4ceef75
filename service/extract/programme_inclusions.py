"""A programme a sentence tells the drug entered ("入选“星光计划”"), found by the verb of
entering and the programme named in its clause or just before it."""

from __future__ import annotations

import re

from service.extract.event_words import Trigger, clause_of
from service.extract.rules import Language
from service.extract.sentences import Segment
from service.extract.trigger_scan import SentenceMatches
from service.extract.vocabulary import ENTRY_TOKENS

_SELECTION = re.compile(r"select|picked(?! up)", re.IGNORECASE)
# A list's next item ("\n- MHRA: …", "\n3) …"): a programme named before it is not its
# (a paragraph after the list may still refer back to it: "entered the programme").
_NEXT_ITEM = re.compile(r"\n\s*(?:[-–•*▪·]|\d{1,2}[.)])\s")

# "纳入“星光计划”的品种将获得…": the products a programme holds, a rule about them.
_PROGRAMME_KIND = re.compile(
    r"[”」\"]?(?:[（(][^）)]{0,40}[）)])?的(?:品种|药物|药品|产品)(?!名单|清单)"
)


def inclusions(
    text: str,
    sentence: Segment,
    clauses: list[Segment],
    lang: Language,
    programmes: tuple[tuple[int, int, str], ...],
    matches: SentenceMatches,
) -> list[Trigger]:
    found = []
    for match in matches.programme_verbs:
        if text.endswith("的", 0, match.start()):
            continue  # the verb as a noun ("“星光计划”的入选对公司…"): talked about, not told
        clause = clause_of(clauses, match.start())
        programme = _programme_for(text, clause, match, lang, programmes)
        if programme and not _names_a_kind(text, clause, programmes):
            found.append(
                Trigger(
                    "program_inclusion", match.start(), match.end(), clause,
                    {"program": programme}, sentence_start=sentence.start,
                )
            )  # fmt: skip
    return found


def without_entry_tokens(found: list[Trigger]) -> list[Trigger]:
    """The sentence's triggers less each designation that is the ticket into a programme the
    sentence tells the drug entered (see `ENTRY_TOKENS`)."""
    entered = {t.attributes.get("program") for t in found if t.type == "program_inclusion"}
    return [
        t
        for t in found
        if t.type != "designation"
        or ENTRY_TOKENS.get(str(t.attributes.get("designation"))) not in entered
    ]


def _programme_for(
    text: str,
    clause: Segment,
    match: re.Match[str],
    lang: Language,
    programmes: tuple[tuple[int, int, str], ...],
) -> str | None:
    inside = [p for p in programmes if clause.start <= p[0] < clause.end]
    if inside:
        return min(inside, key=lambda p: abs(p[0] - match.start()))[2]
    earlier = [p for p in programmes if p[0] < clause.start]
    if earlier and _in_next_item(text, earlier[-1][1], match.start()):
        return None
    clause_text = text[clause.start : clause.end]
    if earlier and (lang.programme_anaphor.search(clause_text) or _SELECTION.search(match.group())):
        return earlier[-1][2]
    return None


def _in_next_item(text: str, named_end: int, at: int) -> bool:
    """The verb at `at` is in a list's item opened after the programme's name ending at
    `named_end` (see `_NEXT_ITEM`)."""
    line = text.rfind("\n", named_end, at)
    return line >= 0 and _NEXT_ITEM.match(text, line) is not None


def _names_a_kind(text: str, clause: Segment, programmes: tuple[tuple[int, int, str], ...]) -> bool:
    return any(
        clause.start <= start < clause.end and _PROGRAMME_KIND.match(text, end)
        for start, end, _ in programmes
    )
