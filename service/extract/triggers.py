"""Find the words in a sentence that report an event, and drop the hedged or negated ones."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from service.extract.hedging import hedged, qualifies_a_class, sought
from service.extract.listings import in_routes_field
from service.extract.repeats import listed_times
from service.extract.rules import Language, Rule
from service.extract.sentences import Segment
from service.extract.trigger_scan import SentenceMatches
from service.extract.vocabulary import LISTED_PLACE

_VOUCHER_AFTER = re.compile(r"^[\w\s-]{0,30}?vouchers?\b", re.IGNORECASE)
_SELECTION = re.compile(r"select|picked(?! up)", re.IGNORECASE)
# A list's next item ("\n- MHRA: …", "\n3) …"): a programme named before it is not its.
_NEXT_ITEM = re.compile(r"\n\s*(?:[-–•*▪·]|\d{1,2}[.)])\s")
# "was included into breakthrough therapy": the designation named as a list the drug entered.
# Translated copy may name the regulator between: "was included by the CDE into".
_ENTERED_BEFORE = re.compile(
    r"\b(?:included|placed|listed|entered)\s+(?:by\s+[^.;,]{2,80}?\s+)?(?:in|into|on)\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A list of what a drug holds, each with where and when: "Orphan Drug Designation (US,
# 2023); PRIME (EU, March 2024)" in a pipeline table says it was granted, with no verb.
_LISTED_HELD = re.compile(
    rf"(?:\s+(?:drug\s+)?(?:designation|status))?\s*{LISTED_PLACE}"
    r"(?:(?:[A-Z][a-z]{2,8}\.?|Q[1-4]|[1-4]Q|H[12])\s+)?(?:19|20)\d\d[)）]",
    re.IGNORECASE,
)
# A participle after a determiner is an adjective: "the/its resubmitted application".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|this|that|a|an)\s$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:re-?)?(?:submitted|filed)\b", re.IGNORECASE)
# The FDA "files" an application it accepts: "the FDA has filed the NDA" (see the wordings).
_REGULATOR_FILED = re.compile(r"\b(?:FDA|agency)\s+(?:has\s+|had\s+)?$", re.IGNORECASE)
# (Not "the application was submitted by Acme", which says who filed, not that it happened.)
_REPORTED = re.compile(
    r"\b(?:was|were|been|which)\s(?:[^.;]*\s)?(?:re-?)?(?:submitted|filed)\s+(?:to|in|on|with)\b",
    re.IGNORECASE,
)
# A designation naming a kind of product: "纳入突破性治疗药物程序的品种，申请人可…" states a
# rule about such products, not an event.
_KIND_OF = re.compile(
    r"(?:药物|疗法)?(?:审评)?(?:工作)?(?:程序|品种|资格|认定)?的(?:品种|药物|药品|产品|上市申请|申请)"
)

# "纳入“星光计划”的品种将获得…": the products a programme holds, a rule about them.
_PROGRAMME_KIND = re.compile(
    r"[”」\"]?(?:[（(][^）)]{0,40}[）)])?的(?:品种|药物|药品|产品)(?!名单|清单)"
)

# An application for a designation ("孤儿药资格认定申请已获受理") is neither the
# designation nor a marketing application, unless the clause tells it granted.
_APPLIED_FOR = re.compile(
    r"\s*(?:drug\s+)?(?:资格)?(?:认定)?(?:designation\s+)?(?:申请|application|request)",
    re.IGNORECASE,
)
_DESIGNATION_APPLICATION = re.compile(
    r"(?:认定|资格|称号)申请|designation (?:application|request)", re.IGNORECASE
)
_GRANTED = re.compile(r"批准|获批|授予|通过|granted|approved", re.IGNORECASE)

Match = re.Match[str]


@dataclass(frozen=True)
class Trigger:
    type: str
    start: int
    end: int
    clause: Segment
    attributes: dict[str, str] = field(default_factory=dict)
    bare: bool = False
    distinct: bool = False
    follow: bool = False
    sentence_start: int = 0


def find_triggers(
    text: str,
    sentence: Segment,
    clauses: list[Segment],
    lang: Language,
    programmes: tuple[tuple[int, int, str], ...],
    matches: SentenceMatches,
) -> list[Trigger]:
    """Event triggers of one sentence, in order, already filtered for negation and plans."""
    found: list[Trigger] = []
    for rule, match in matches.rules:
        trigger = _from_rule(text, rule, match, sentence, clauses, lang)
        if trigger and not any(_overlaps(trigger, other) for other in found):
            found.append(trigger)
    if matches.designations:
        found.extend(_designations(text, sentence, clauses, lang, matches.designations))
    if matches.priority:
        found.extend(_priority_reviews(text, sentence, clauses, lang, matches.priority))
    if matches.programme_verbs:
        found.extend(_inclusions(text, sentence, clauses, lang, programmes, matches))
    kept = [t for t in found if not hedged(text, t.clause, t.start, t.end, t.sentence_start, lang)]
    # Times of an event listed after a colon: a copy for each, dated by its own clause.
    kept += [
        replace(t, clause=c) for t in kept for c in listed_times(text, t.clause, t.end, clauses)
    ]
    return sorted(kept, key=lambda t: t.start)


def clause_of(clauses: list[Segment], position: int) -> Segment:
    for clause in clauses:
        if clause.start <= position < clause.end:
            return clause
    return clauses[-1]


def _from_rule(
    text: str,
    rule: Rule,
    match: re.Match[str],
    sentence: Segment,
    clauses: list[Segment],
    lang: Language,
) -> Trigger | None:
    kind = rule.type
    if kind == "application_submission" and (
        _names_a_filing(text, match.start(), match.end())
        or _REGULATOR_FILED.search(text, max(0, match.start() - 12), match.start())
    ):
        return None
    if _DESIGNATION_APPLICATION.search(text, max(sentence.start, match.start() - 20), match.end()):
        return None  # the designation's own trigger reports it
    if kind == "approval" and not rule.distinct and _names_a_trial(text, match, sentence, lang):
        kind = "ind_clearance"
    clause = clause_of(clauses, match.start())
    if _refused(text, kind, match, sentence, clause, lang):
        return None
    return Trigger(
        kind,
        match.start(),
        match.end(),
        clause,
        bare=rule.bare,
        distinct=rule.distinct,
        follow=rule.follow,
        sentence_start=sentence.start,
    )


def _names_a_trial(text: str, match: Match, sentence: Segment, lang: Language) -> bool:
    """An approval whose object is a clinical trial: a trial clearance."""
    window = text[max(sentence.start, match.start() - 40) : min(sentence.end, match.end() + 40)]
    return bool(
        lang.ind_context.search(window)
        or lang.trial_subject.search(text, sentence.start, match.start())
    )


def _refused(
    text: str, kind: str, match: Match, sentence: Segment, clause: Segment, lang: Language
) -> bool:
    """A match of its kind's words that reports no regulatory event of that kind."""
    if kind in ("approval", "withdrawal") and _corporate(text, clause, match, lang):
        return True
    if kind == "rejection" and lang.advisory.search(text, clause.start, match.start()):
        return True
    if kind in ("approval", "rejection") and qualifies_a_class(text, clause, match.start()):
        return True
    return kind in ("application_submission", "application_acceptance") and _not_marketing(
        text, match, sentence, lang
    )


def _corporate(text: str, clause: Segment, match: Match, lang: Language) -> bool:
    """Not a regulatory milestone; in Chinese, only the phrase up to the verb tells (a
    roundup's "A获批上市，B的变更生产场地补充申请获批" reports A's approval)."""
    if not lang.comma_phrases:
        return bool(lang.corporate.search(text, clause.start, clause.end))
    start = max(clause.start, text.rfind("，", clause.start, match.start()) + 1)
    return bool(lang.corporate.search(text, start, match.end()))


def _names_a_filing(text: str, start: int, end: int) -> bool:
    """ "the resubmitted application", "its resubmitted new drug application": the filing
    named as a thing (a participle after a determiner), not a report that it was made
    ("the NDA was submitted in June", "the NDA, which Acme submitted in July")."""
    if text.endswith("the ", 0, start):
        return not _REPORTED.search(text, start, end + 6)
    participle = _PARTICIPLE.match(text, start)
    return bool(participle and _DETERMINER_BEFORE.search(text, max(0, start - 7), start))


def _not_marketing(text: str, match: re.Match[str], sentence: Segment, lang: Language) -> bool:
    """A filing that is a clinical-trial application (IND/CTA), or, in Chinese, not a
    marketing application at all."""
    if lang.ind_context.search(text, max(sentence.start, match.start() - 40), match.end()):
        return True
    if lang.application_context is None:
        return False
    sentence_text = text[sentence.start : sentence.end]
    return not lang.application_context.search(sentence_text) or "临床试验申请" in sentence_text


def _designations(
    text: str,
    sentence: Segment,
    clauses: list[Segment],
    lang: Language,
    matches: list[tuple[str, Match]],
) -> list[Trigger]:
    body = text[sentence.start : sentence.end]
    named = bool(lang.designation_verbs.search(body) and lang.designation_nouns.search(body))
    found = []
    for name, match in matches:
        if _VOUCHER_AFTER.match(text, match.end()):
            continue
        if not (
            named
            or _ENTERED_BEFORE.search(text, sentence.start, match.start())
            or _LISTED_HELD.match(text, match.end())
            or in_routes_field(text, match.start())
        ):
            continue
        if _in_title(text, sentence.start, match.start()) or _KIND_OF.match(text, match.end()):
            continue
        clause = clause_of(clauses, match.start())
        if (_APPLIED_FOR.match(text, match.end()) or sought(text, clause, match.start())) and (
            not _GRANTED.search(text, match.end(), clause.end)
        ):
            continue
        found.append(
            Trigger(
                "designation", match.start(), match.end(), clause, {"designation": name},
                sentence_start=sentence.start,
            )
        )  # fmt: skip
    return found


def _in_title(text: str, start: int, at: int) -> bool:
    """Inside a document's title: "《突破性治疗药物审评工作程序（试行）》" names the rules."""
    return text.rfind("《", start, at) > text.rfind("》", start, at)


def _priority_reviews(
    text: str, sentence: Segment, clauses: list[Segment], lang: Language, matches: list[Match]
) -> list[Trigger]:
    if not lang.priority_verbs.search(text, sentence.start, sentence.end) and not any(
        in_routes_field(text, m.start()) for m in matches
    ):
        return []
    return [
        Trigger(
            "priority_review", m.start(), m.end(), clause_of(clauses, m.start()),
            sentence_start=sentence.start,
        )
        for m in matches
    ]  # fmt: skip


def _inclusions(
    text: str,
    sentence: Segment,
    clauses: list[Segment],
    lang: Language,
    programmes: tuple[tuple[int, int, str], ...],
    matches: SentenceMatches,
) -> list[Trigger]:
    found = []
    for match in matches.programme_verbs:
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
    if earlier and _NEXT_ITEM.search(text, earlier[-1][1], match.start()):
        return None
    clause_text = text[clause.start : clause.end]
    if earlier and (lang.programme_anaphor.search(clause_text) or _SELECTION.search(match.group())):
        return earlier[-1][2]
    return None


def _names_a_kind(text: str, clause: Segment, programmes: tuple[tuple[int, int, str], ...]) -> bool:
    return any(
        clause.start <= start < clause.end and _PROGRAMME_KIND.match(text, end)
        for start, end, _ in programmes
    )


def _overlaps(a: Trigger, b: Trigger) -> bool:
    return a.start < b.end and b.start < a.end
