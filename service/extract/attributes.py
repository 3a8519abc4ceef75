"""Type-specific attributes and the company, read from the trigger's surroundings."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.chinese_names import without_leading_word
from service.extract.keywords import holds_one_of
from service.extract.sentences import Segment
from service.extract.vocabulary import APPLICATION_HINTS, APPLICATION_TYPES, application_type

if TYPE_CHECKING:
    from service.extract.context import Context
    from service.extract.dates import DateMention
    from service.extract.event_words import Trigger

_PATHWAY = (
    # A conversion names both: "converted its accelerated approval to full approval".
    ("full", re.compile(
        r"\bto (?:a )?(?:full|traditional|regular) approval\b|转为?(?:常规|完全|正式)批准", re.I
    )),
    # (Or by its route's name: "reached the market under the accelerated pathway".)
    ("accelerated", re.compile(r"\baccelerated (?:approval|pathway)\b|加速批准", re.IGNORECASE)),
    ("conditional", re.compile(
        r"\bconditional (?:early |marketing )?(?:approval|authori[sz]ation)\b"
        r"|\bconditionally (?:approved|authori[sz]ed)\b|附条件批准"
        # Canada's licence with conditions (NOC/c); Australia's provisional registration.
        r"|\bnoc/c\b|\b(?:noc|notice of compliance) with conditions\b"
        r"|\bprovisional(?:ly)? (?:registration|registered|approval|approved)\b", re.I
    )),
    ("full", re.compile(r"\b(?:full|traditional|regular) (?:\w+ )?approval\b", re.IGNORECASE)),
)  # fmt: skip
_PATHWAY_WORDS = (
    "accelerated", "conditional", "full", "traditional", "regular", "附条件", "noc/c",
    "with conditions", "provisional", "常规批准", "完全批准", "正式批准", "加速批准",
)  # fmt: skip
# (Slides and posts shorten it: "Ph2", "ph3"; no space, so a pH value is not read.)
_PHASE = re.compile(
    r"\b(?:phase\s*|ph(?=[1-3]\b|[1-3]/[1-3]\b))(?P<en>1/2|2/3|1b/2|I/II|II/III|III|II|I|1|2|3|4)\b|(?P<zh>Ⅰ/Ⅱ|Ⅱ/Ⅲ|Ⅲ|Ⅱ|Ⅰ|III|II|I|1|2|3)期",
    re.IGNORECASE,
)
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "ⅰ": "1", "ⅱ": "2", "ⅲ": "3"}
_COMPANY_EN = re.compile(
    r"\b(?P<c>(?:[A-Z][\w&.-]*\s){0,3}(?:Pharma(?:ceuticals?)?|Therapeutics|BioTherapeutics|"
    r"Biotherapeutics|BioMed|Biotech|Biosciences|Bio|Inc\.|Group|Laboratories|Pharmaceutical|plc|"
    r"Holdings|Biologics|PharmaTech|Pharmatech))(?![\w])"
)
_COMPANY_EN_WORDS = ("Pharma", "Therapeutics", "Bio", "Inc.", "Group", "Laboratories", "plc",
                     "Holdings")  # fmt: skip
_COMPANY_ZH_WORDS = ("制药", "医药", "生物", "药业")
# (A generic, 仿制药, is no maker.)
_COMPANY_ZH = re.compile(r"(?P<c>[\u4e00-\u9fff]{2,6}(?:(?<!仿)制药|医药|生物|药业))")


def describe(
    ctx: Context, trigger: Trigger, sentence: Segment, date: DateMention | None
) -> dict[str, object]:
    attributes: dict[str, object] = dict(trigger.attributes)
    clause_text = ctx.text[trigger.clause.start : trigger.clause.end]
    lowered = clause_text.lower()
    if trigger.type == "approval" and holds_one_of(lowered, _PATHWAY_WORDS):
        for name, pattern in _PATHWAY:
            if pattern.search(clause_text):
                attributes["pathway"] = name
                break
    if trigger.type in ("application_submission", "application_acceptance"):
        found = _application(ctx, trigger, sentence)
        if found:
            attributes["application"] = found
    if trigger.type in ("ind_clearance", "trial_initiation"):
        phase = _phase(clause_text) or _phase(ctx.text[sentence.start : sentence.end])
        if phase:
            attributes["phase"] = phase
    if date is not None and date.conflict is None:
        conflict = _conflict(ctx, sentence, date)
        if conflict:
            attributes["date_conflict"] = conflict
    elif date is not None and date.conflict is not None:
        attributes["date_conflict"] = dict(date.conflict)
    return attributes


def company_for(title: str, text: str, chinese: bool) -> str | None:
    pattern, words, reach = (_COMPANY_ZH, _COMPANY_ZH_WORDS, 8) if chinese else (
        _COMPANY_EN, _COMPANY_EN_WORDS, 160
    )  # fmt: skip
    for source in (title, text[:1500]):
        # A name ends in one of these words: start just before the first one found.
        found = [at for at in (source.find(w) for w in words) if at >= 0]
        match = pattern.search(source, max(0, min(found) - reach)) if found else None
        if match and chinese:
            name = without_leading_word(match.group("c"))
            if len(name) > 2:  # not a bare "生物" left of a glued phrase
                return name
            continue
        if match:
            return match.group("c").strip().rstrip(".").removeprefix("The ").strip()
    return None


def _application(ctx: Context, trigger: Trigger, sentence: Segment) -> str | None:
    clause_text = ctx.text[trigger.clause.start : trigger.clause.end]
    found = application_type(clause_text) or application_type(
        ctx.text[sentence.start : sentence.end]
    )
    if found:
        return found
    # Every application-type mention of the article, found once and shared by its triggers.
    mentions = ctx.memo.get("application_types")
    if not isinstance(mentions, list):
        mentions = ctx.memo["application_types"] = sorted(
            (m.end(), -m.start(), name)
            for (name, pattern), hints in zip(APPLICATION_TYPES, APPLICATION_HINTS, strict=True)
            if holds_one_of(ctx.lowered, hints)
            for m in pattern.finditer(ctx.text)
        )
    earlier = [(-neg_start, name) for end, neg_start, name in mentions if end <= trigger.start]
    return max(earlier, key=lambda item: item[0])[1] if earlier else None


def _phase(text: str) -> str | None:
    if "期" not in text and "ph" not in text.lower():
        return None  # the pattern is slow (case-insensitive Roman numerals)
    match = _PHASE.search(text)
    if not match:
        return None
    raw = (match.group("en") or match.group("zh")).lower()
    parts = [_ROMAN.get(p, p) for p in raw.split("/")]
    return "/".join(p.lstrip("b") if p[0].isdigit() else p for p in parts).replace("1b", "1")


def _conflict(ctx: Context, sentence: Segment, date: DateMention) -> dict[str, str] | None:
    for other in ctx.dates:
        if not (sentence.start <= other.start < sentence.end) or other.conflict is None:
            continue
        if other.value and date.value and date.value.startswith(other.value[:7]):
            return dict(other.conflict)
    return None
