"""Statuses a regulator grants, as a sentence reports them: designations and priority review
(each found by its noun, with or without a verb); a programme entered is in
`programme_inclusions`."""

from __future__ import annotations

import re

from service.extract.agencies import find_regulators
from service.extract.case_forms import found_in
from service.extract.datelines import timeline_entry
from service.extract.decisions import dated_record
from service.extract.event_objects import compared_status
from service.extract.event_words import Match, Trigger, clause_of
from service.extract.listings import in_routes_field
from service.extract.non_events_zh import revoked
from service.extract.review_routes import told_as_route
from service.extract.rules import Language
from service.extract.sentences import Segment
from service.extract.status_lines import told_by_day
from service.extract.status_requests import sought, status_asked_for
from service.extract.vocabulary import LISTED_PLACE, TICK

# (Chinese copy: "罕见儿科疾病优先审评券".)
_VOUCHER_AFTER = re.compile(r"[\w\s-]{0,30}?(?:vouchers?\b|优先审[评查]券)", re.IGNORECASE)
# "was included into breakthrough therapy": the designation named as a list the drug entered.
# Translated copy may name the regulator between: "was included by the CDE into".
# A scheme is entered too: "was accepted into PRIME", "admitted to", "supported through", and
# the committee's "granted access to PRIME"; the EMA grants PRIME as eligibility, so a drug
# that "became eligible for PRIME" (not one that "is eligible", a plan) holds it.
_ENTERED_BEFORE = re.compile(
    r"\b(?:(?:included|placed|listed|entered|accepted|admitted)\s+(?:by\s+[^.;,]{2,80}?\s+)?"
    r"(?:in|into|on|to)|supported\s+(?:through|under)|(?:granted|given|gained|gives|grants)\s+"
    r"(?:\w+\s+)?(?:access|eligibility)\s+to|(?:became|become|becomes|(?:was|were|been)\s+"
    r"(?:deemed|found|confirmed|judged))\s+eligible\s+for)\s+(?:the\s+)?(?:\w+(?:['’]s)?\s+)?$",
    re.IGNORECASE,
)
# Spoken copy names the scheme straight after a verb of getting it, with no noun such as
# "designation": "we got breakthrough back in March", "they landed FDA Fast Track".
_GOT_BEFORE = re.compile(
    r"\b(?:got|gets|won|wins|landed|lands|received|receives|secured|picked up|earned)\s+"
    r"(?:(?:the|an?)\s+)?(?:(?:FDA|EMA|PMDA|MHRA|NMPA|TGA)(?:['’]s)?\s+)?$",
    re.IGNORECASE,
)
# A regulator naming the drug the status itself, with no noun such as "designation": "the
# FDA had named X, known as AB-1, a breakthrough therapy", "X was named an orphan drug".
# Translated Chinese renders 被认定为 as "recognized (identified, certified) as", article or
# not: "the drug has been recognized as breakthrough therapy drug by the CDE".
_NAMED_BEFORE = re.compile(
    r"\b(?:named|names|naming|declared|declares)\s+(?!after\b)(?:[^.;]{0,80}?\s)?(?:as\s+)?an?\s+$"
    r"|\b(?:recogni[sz]ed|identified|certified)\s+(?:[^.;]{0,80}?\s)?as\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# A field holding the status, with no verb: "PRIME: Yes", "Orphan drug designation: 14
# November 2023" (the name opens its line; "Orphan medicine: No" holds none).
# The designation as the subject of its arrival, as a history tells the next step:
# "Breakthrough therapy designation followed in March 2018", "Fast Track came a year later",
# "orphan status for X arrived in 2013", "orphan designation in South Korea followed in
# October" (not "followed by", which names what came after it, nor "came with", what it
# brings).
_ARRIVED_AFTER = re.compile(
    r"(?:\s+(?:drug\s+)?(?:designations?|status))?(?:\s+(?:for|of)\s+[\w-]+)?"
    r"(?:\s+(?:in|from)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?)?"
    r"\s+(?P<verb>followed|came|arrived)\b(?!\s+(?:by|with)\b)",
    re.IGNORECASE,
)
# A slide's or tracker's tick on the designation's line says it is done, with no verb:
# "- X: FDA Fast Track designation [done] (May 2024)", "✅ EU orphan designation (2023)".
_TICKED_AFTER = re.compile(rf"[^\n.;]{{0,40}}?{TICK}", re.IGNORECASE)
# (A markdown checklist puts its bullet before the tick: "- [x] Fast Track designation".)
_TICKED_LINE = re.compile(rf"(?:^|\n)[ \t]*(?:[-*•·][ \t]*)?{TICK}[^\n]*$", re.IGNORECASE)
_HELD_FIELD = re.compile(
    r"(?:[ \t]+(?:drug|medicine|medicinal product))?(?:[ \t]+(?:designation|status|scheme))?"
    r"(?:[ \t]+(?:granted|held))?[ \t]*:[ \t]*(?:yes\b|(?:granted[ \t]+)?(?:on[ \t]+)?"
    r"(?:[0-3]?\d[ \t]+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?[ \t]+[0-3]?\d,|(?:19|20)\d\d-[01]\d))",
    re.IGNORECASE,
)
# A list of what a drug holds, each with where and when: "Orphan Drug Designation (US,
# 2023); PRIME (EU, March 2024)" in a pipeline table says it was granted, with no verb.
_LISTED_HELD = re.compile(
    rf"(?:\s+(?:drug\s+)?(?:designation|status))?\s*{LISTED_PLACE}"
    r"(?:(?:[A-Z][a-z]{2,8}\.?|Q[1-4]|[1-4]Q|H[12])\s+)?(?:19|20)\d\d[)）]",
    re.IGNORECASE,
)

# A designation naming a kind of product: "纳入突破性治疗药物程序的品种，申请人可…" states a
# rule about such products, not an event.
_KIND_OF = re.compile(
    r"(?:药物|疗法)?(?:审评)?(?:工作)?(?:程序|品种|资格|认定)?的(?:品种|药物|药品|产品|上市申请|申请)"
)

# The designation as a count that changes: "近期血液肿瘤领域的突破性治疗认定明显增多" (a trend
# in how many are granted, no drug's status).
_TREND_AFTER = re.compile(
    r"(?:认定|资格|品种)?(?:的?数量|数)?(?:明显|显著|大幅|持续|快速|逐年|进一步)?"
    r"(?:增多|增加|减少|上升|下降|激增|攀升)"
)

# An application for a designation ("孤儿药资格认定申请已获受理") is neither the
# designation nor a marketing application, unless the clause tells it granted.
_APPLIED_FOR = re.compile(
    r"\s*(?:drug\s+|药物|药品)?(?:资格)?(?:认定)?(?:designation\s+)?(?:申请|application|request)",
    re.IGNORECASE,
)

# (Not a grant denied: "requested priority review, which was not granted".)
_GRANTED = re.compile(
    r"(?<!未)(?<!没有)(?:批准|获批|授予|通过)"
    r"|(?<!not )(?<!never )(?<!not been )(?<!never been )"
    # (Nor one told as a condition: "requested the designation, which, if granted, …".)
    r"(?<!if )(?<!once )(?<!unless )(?<!until )(?:granted|approved)",
    re.IGNORECASE,
)

# The name restated in brackets, in the other language: "快速通道资格（Fast Track Designation）".
_RESTATED_GAP = re.compile(r"[^，。；,.;（()]{0,6}[（(]\s*")


def designations(
    text: str,
    sentence: Segment,
    clauses: list[Segment],
    lang: Language,
    matches: list[tuple[str, Match]],
) -> list[Trigger]:
    body = text[sentence.start : sentence.end]
    named = found_in(lang.designation_verbs, body) and found_in(lang.designation_nouns, body)
    found: list[Trigger] = []
    for name, match in matches:
        if _VOUCHER_AFTER.match(text, match.end()):
            continue
        held = named or _held(text, sentence, match)
        # Told only by its arrival, it needs its clause's date, as a bare verb does (a
        # question's "Fast Track came later?" tells no step).
        arrived = not held and _ARRIVED_AFTER.match(text, match.end()) is not None
        if not (held or arrived):
            continue
        if _no_grant(text, sentence, match):
            continue
        if found and _restates(text, found[-1], name, match):
            continue
        clause = clause_of(clauses, match.start())
        if compared_status(text, clause, match.start()):
            continue
        asked = sought(text, clause, _named_from(text, clause, match.start()))
        if (_APPLIED_FOR.match(text, match.end()) or asked) and (
            not _GRANTED.search(text, match.end(), clause.end)
        ):
            continue
        found.append(
            Trigger(
                "designation", match.start(), match.end(), clause, {"designation": name},
                bare=arrived, sentence_start=sentence.start,
            )
        )  # fmt: skip
    return found


def _no_grant(text: str, sentence: Segment, match: Match) -> bool:
    """A designation named in a title, as a kind of product, as a trend (how many are
    granted) or as a status taken away: no one grant."""
    return bool(
        _in_title(text, sentence.start, match.start())
        or _KIND_OF.match(text, match.end())
        or _TREND_AFTER.match(text, match.end())
        or revoked(text, sentence.start, match.start())
    )


def arrival_verb(text: str, designation: Trigger) -> int | None:
    """Where the verb of the designation's arrival starts ("… designation followed in …"),
    which tells that designation, not the event before it repeated elsewhere."""
    arrived = _ARRIVED_AFTER.match(text, designation.end)
    return arrived.start("verb") if arrived else None


# A scheme's acronym whose bracketed expansion holds the match: "the GIFT (Global Innovative
# products on Fast Track) designation" names GIFT, from where a request for it is read.
_EXPANDED_ACRONYM = re.compile(r"\b[A-Z]{2,8}\s*[(（][^()（）]*$")


def _named_from(text: str, clause: Segment, start: int) -> int:
    """Where the status whose name starts at `start` is named (see `_EXPANDED_ACRONYM`)."""
    expanded = _EXPANDED_ACRONYM.search(text, max(clause.start, start - 60), start)
    return expanded.start() if expanded else start


def _restates(text: str, before: Trigger, name: str, match: Match) -> bool:
    """The match names again, in brackets, the designation just before it (see `_RESTATED_GAP`)."""
    return (
        before.attributes.get("designation") == name
        and _RESTATED_GAP.fullmatch(text, before.end, match.start()) is not None
    )


def _held(text: str, sentence: Segment, match: Match) -> bool:
    """The designation is told as held: entered, listed or in a field of routes."""
    return bool(
        _ENTERED_BEFORE.search(text, sentence.start, match.start())
        or _GOT_BEFORE.search(text, max(sentence.start, match.start() - 30), match.start())
        or _NAMED_BEFORE.search(text, max(sentence.start, match.start() - 100), match.start())
        or _LISTED_HELD.match(text, match.end())
        or in_routes_field(text, match.start())
        or _held_field(text, match)
        or _TICKED_AFTER.match(text, match.end())
        or _TICKED_LINE.search(text, max(0, match.start() - 200), match.start())
        or _timeline_held(text, match)
        or told_by_day(text, sentence, match.start(), match.end())
    )


def _timeline_held(text: str, match: Match) -> bool:
    """A timeline's entry naming a regulator and the designation, with no verb ("2023 - FDA
    breakthrough therapy designation"): the line tells what happened at its opening date."""
    if not timeline_entry(text, match.start()):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return any(r.strength == 2 for r in find_regulators(line))


def _held_field(text: str, match: Match) -> bool:
    """The designation's name opens a field line that says it is held (see `_HELD_FIELD`)."""
    opens = match.start() == 0 or text[match.start() - 1] == "\n"
    held = opens and _HELD_FIELD.match(text, match.end()) is not None
    return held or dated_record(text, match.start())


def _in_title(text: str, start: int, at: int) -> bool:
    """Inside a document's title: "《突破性治疗药物审评工作程序（试行）》" names the rules."""
    return text.rfind("《", start, at) > text.rfind("》", start, at)


def priority_reviews(
    text: str, sentence: Segment, clauses: list[Segment], lang: Language, matches: list[Match]
) -> list[Trigger]:
    if not lang.priority_verbs.search(text, sentence.start, sentence.end) and not any(
        in_routes_field(text, m.start()) or told_as_route(text, sentence.start, m.start(), m.end())
        for m in matches
    ):
        return []
    found = []
    for m in matches:
        if _in_title(text, sentence.start, m.start()):
            continue  # "《…优先审评审批工作程序》" names the rules, as a designation's title does
        clause = clause_of(clauses, m.start())
        # Asked for, or one a product may ask for, as a designation can be: "can apply for
        # priority review when the application is submitted", "requested priority review".
        asked = status_asked_for(text, clause, m.start())
        if asked and not _GRANTED.search(text, m.end(), _answer_end(text, m.end(), clause)):
            continue
        found.append(
            Trigger("priority_review", m.start(), m.end(), clause, sentence_start=sentence.start)
        )
    return found


def _answer_end(text: str, start: int, clause: Segment) -> int:
    """Where a grant answering a request at `start` may be told: Chinese joins the next
    request by a comma in one clause ("可申请适用优先审评，并有资格申请附条件批准"), whose
    批准 answers nothing."""
    comma = text.find("，", start, clause.end)
    return clause.end if comma < 0 else comma
