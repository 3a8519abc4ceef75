"""Whether an event a trigger names is negated or not yet real."""

from __future__ import annotations

import re

from service.extract.claims import retold_claim
from service.extract.criteria_met import criteria_met
from service.extract.effect_statements import hypothetical, states_an_effect
from service.extract.granted_asides import granted_after
from service.extract.hedges_en import negated_object
from service.extract.keywords import holds_one_of
from service.extract.questions import asked
from service.extract.rule_subjects import rule_subject
from service.extract.rules import Language
from service.extract.sentences import Segment
from service.extract.time_clauses import past_clause_start, spliced_clause_start

# A Chinese time phrase ends in one of these ("在…后，", "获批之前，").
_TIME_END = ("后", "前", "时", "之际")
# A Chinese phrase opening with a verb of effort has no subject of its own: it goes on with
# the plan before it ("公司将力争实现A获批，推动B进入Ⅱ期临床，并…").
# So does one opening with the means it would go by ("将以欧盟决定为参照，通过IRP向MHRA递交").
_EFFORT = re.compile(
    r"(?:并|同时|以及|及)?(?:推动|推进|加快|加速|力争|争取|确保|促进|通过|经由|借助|凭借)"
    # Or with a conjunction alone: "公司将继续推进研究，并在条件成熟时重新提交上市申请" (the
    # future reaches the coordinated phrase); not one told as done ("，并已于3月提交").
    r"|(?:并且?|同时|而且|且)(?!已|曾|业已|于|随即|当即|立即)"
    r"(?![^，。；]*?(?:已|曾|此前|去年|前年|上月|\d{4}年|\d{1,2}月|\d{1,2}日))"
)
# The scheme as the subject of a definition: "Priority review is one of the four accelerated
# channels", "突破性治疗药物程序是…" (nothing before it in its clause but an article).
_SUBJECT_ONLY = re.compile(r"\W*(?:(?:the|an?)\s+)?(?:\w+['’]s\s+)?", re.IGNORECASE)
# A long match may hold its modal between subject and verb: "the application is expected to
# be accepted", "the NDA could be accepted".
_MODAL_INSIDE = re.compile(
    r"\b(?:will|would|could|should|may|might|shall|can|to)\s+(?:not\s+)?be\s+(?:\w+\s+){0,2}?\w+$",
    re.IGNORECASE,
)
# A status as a verb phrase the sentence is about, not a drug's: "获得突破性治疗认定意味着可…";
# a programme's trigger is the verb itself ("入选‘星光计划’意味着…"). A speaker may frame it
# ("公司表示：“入选…").
_GERUND_SUBJECT = re.compile(
    r"(?:[^，。；：]{0,20}[：:])?\W*(?:获得|取得|获|被纳入|纳入|进入|入选|被选入|列入)?"
)
_MEANS_AFTER = re.compile(r"[^，。；]{0,12}?(?:意味着|代表着)")
# "…只是审评的起点": what the step only is, said of the step itself.
_ONLY_A_STEP = ("只是", "仅是", "仅仅是", "只不过是", "不过是")
# English puts the status as a gerund before its predicate: "Being approved at home is a
# particular moment", "Winning approval would mean …" (the trigger opens its clause).
_ENGLISH_GERUND = re.compile(
    r"\W*(?:being|getting|winning|receiving|gaining|securing|obtaining)\s+", re.IGNORECASE
)
_PREDICATE_AFTER = re.compile(
    r"[^,.;:]{0,40}?\s(?:is|was|means|meant|marks|marked|would|will|can|could)\s", re.IGNORECASE
)
_DEFINED = re.compile(
    r"(?:\s+(?:designation|status|pathway|program(?:me)?|procedure|process))?\s+(?:is|are)\s+"
    r"(?:one of|an?\s|set up|designed|intended)"
    r"|(?:审评)?(?:审批)?(?:药物)?(?:程序|制度|通道)?是(?!否)",
    re.IGNORECASE,
)

# Who the patients are, told by what they lack or did not do, in a phrase of its own before
# the event: "X, for adults who did not respond to Y, won approval", "X, for patients with no
# other option, was approved". (Not "patients who have no approved option": no comma closes
# the phrase before the trigger.)
_PATIENTS_BEFORE = re.compile(
    r"\b(?:patients|adults|children|adolescents|people|individuals|participants|infants|those)"
    r"\b[^.;:,]{0,60}?\b(?:who|whose|with|that)\s+(?:(?:have|has|had|did|do|does|are|were|"
    r"can|could)\s+)?$",
    re.IGNORECASE,
)
_PATIENT_WORDS = (
    "patients", "adults", "children", "adolescents", "people", "individuals", "participants",
    "infants", "those",
)  # fmt: skip


def hedged(
    text: str, clause: Segment, start: int, end: int, sentence_start: int, lang: Language
) -> bool:
    """Negated ("has not been approved") or not yet real ("expects to submit")."""
    floor = _phrase_start(text, clause, start, lang)
    low = max(floor, start - lang.negation_window)
    # (Chinese far negation may sit inside the event's words, which can span a comma:
    # "临床试验申请，但尚未获得批准".)
    if _negated(text, low, start, lang) or lang.negation_far.search(text, floor, end):
        return True
    if lang.negation_after.search(text[end : clause.end]):
        return True
    if not lang.comma_phrases and negated_object(text, start, end):
        return True
    if retold_claim(text, clause, start, end) or states_an_effect(text, floor, start, end):
        return True
    if hypothetical(text, floor, start, end) or criteria_met(text, floor, start, end, clause.end):
        return True
    if not lang.comma_phrases and rule_subject(text, floor, start, end):
        return True
    if _names_a_step(text, clause, start, lang):
        return True
    if _SUBJECT_ONLY.fullmatch(text, clause.start, start) and _DEFINED.match(text, end):
        return True
    # (A modal needs "be" after it: most spans hold none, and the test is cheaper.)
    if "be" in text[start:end].lower() and _MODAL_INSIDE.search(text, start, end):
        return True
    if _step_as_subject(text, floor, start, end):
        return True
    if lang.conditional.search(text[sentence_start:start]):
        return True
    if "?" in text[end : clause.end + 2] and asked(text, sentence_start, start, end):
        return True
    return _planned(text, clause, floor, start, end, lang)


def _phrase_start(text: str, clause: Segment, start: int, lang: Language) -> int:
    """Where the trigger's phrase starts in its clause: a negation or plan before it is
    another statement's."""
    if lang.comma_phrases:
        return max(clause.start, text.rfind("，", clause.start, start) + 1)
    # "is not new to the EU: it has been authorised since…": the colon opens a statement
    # of its own, which a negation before it does not reach.
    # So does a table's cell break: "NOC with conditions: No | Priority review: Yes".
    floor = max(clause.start, text.rfind(": ", clause.start, start) + 1)
    return max(floor, text.rfind("|", clause.start, start) + 1)


def _step_as_subject(text: str, floor: int, start: int, end: int) -> bool:
    """The step as the subject of a statement about it ("获得突破性治疗认定意味着…", "Winning
    approval would mean …", "受理只是审评的起点"): what having it means, not the drug's news."""
    # (Both words of `_MEANS_AFTER` end in 着, which few texts hold.)
    if (
        "着" in text[end : end + 15]
        and _GERUND_SUBJECT.fullmatch(text, floor, start)
        and _MEANS_AFTER.match(text, end)
    ):
        return True
    if _gerund_subject(text, floor, start, end):
        return True
    # The step as a bare noun: "受理只是审评的起点".
    return text.startswith(_ONLY_A_STEP, end) and bool(
        _GERUND_SUBJECT.fullmatch(text, floor, start)
    )


def _gerund_subject(text: str, floor: int, start: int, end: int) -> bool:
    """The event as a gerund, the subject of a statement (see `_ENGLISH_GERUND`), told
    without a year ("Winning approval in May 2023 was …" tells one that happened)."""
    if start - floor > 20 or not _ENGLISH_GERUND.fullmatch(text, floor, start):
        return False
    predicate = _PREDICATE_AFTER.match(text, end)
    return predicate is not None and not any(c.isdigit() for c in predicate.group())


# A negated effect on a standing licence: "does not affect its fully approved indication",
# "won't change the existing approval", "has no effect on the US approval" (the licence
# stays; the negation is the effect's); "has no effect in the US, where the FDA approved it".
_UNTOUCHED = re.compile(
    r"\s+(?:affect|alter|change|impact|touch)\b|\s+(?:effect|bearing|impact)\s+(?:on|upon|in)\b",
    re.IGNORECASE,
)


def _negated(text: str, low: int, start: int, lang: Language) -> bool:
    """A negation in text[low:start] that is not the patients' own (see `_PATIENTS_BEFORE`)."""
    window = text[low:start]
    at = 0
    while (found := lang.negation.search(window[at:])) is not None:
        position = low + at + found.start()
        untouched = _UNTOUCHED.match(text, low + at + found.end(), start) is not None
        if not untouched and not _describes_patients(text, position, start):
            return True
        at += found.end()
    return False


def _describes_patients(text: str, position: int, start: int) -> bool:
    """The negation at `position` tells who the patients are, in a phrase closed before the
    trigger at `start` (see `_PATIENTS_BEFORE`)."""
    if "," not in text[position:start]:
        return False
    before = text[max(0, position - 100) : position]
    return holds_one_of(before.lower(), _PATIENT_WORDS) and bool(_PATIENTS_BEFORE.search(before))


# The drug a plan is about, described in an appositive by its earlier licence: "seeking to
# expand the use of X, its antibody first approved in 2023 for …" (the licence is had).
_DESCRIBED_BY_LICENCE = re.compile(
    r",\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+){0,4}?(?:first|originally|initially"
    r"|previously|already)\s+$",
    re.IGNORECASE,
)


def _planned(text: str, clause: Segment, floor: int, start: int, end: int, lang: Language) -> bool:
    """A plan word before the trigger, in its phrase, or closing the phrase before."""
    plan_start = max(floor, start - lang.plan_window)
    if not lang.comma_phrases:
        plan_start = past_clause_start(text, plan_start, start)
        plan_start = spliced_clause_start(text, plan_start, start, end)
    if lang.plan_exempt.search(text[plan_start : end + 12]):
        return False
    if not lang.comma_phrases and _DESCRIBED_BY_LICENCE.search(text, plan_start, start):
        return False
    if not lang.comma_phrases and granted_after(text, end, clause.end):
        return False
    # (From just before the phrase's comma: the expectation may end the phrase before it.)
    # Chinese puts the expectation inside a long match too: "Ⅲ期临床研究预计于下半年启动".
    return (
        bool(lang.plan.search(text[plan_start : end if lang.comma_phrases else start]))
        or lang.plan_far.search(text, max(clause.start, floor - 4), start) is not None
        or _planned_before(text, clause, floor, lang)
        or _effort_in_plan(text, clause, floor, lang)
        or (
            lang.plan_after.search(text[end : clause.end]) is not None
            and lang.dated.search(text, floor, start) is None
        )
    )


def _names_a_step(text: str, clause: Segment, start: int, lang: Language) -> bool:
    """The trigger names one of the steps a duration is measured between (see `step_span`)."""
    low = max(clause.start, start - 60)
    found = lang.step_span.search(text, low, min(clause.end, start + 100))
    return found is not None and found.start() <= start < found.end()


def _planned_before(text: str, clause: Segment, floor: int, lang: Language) -> bool:
    """ "公司计划在与FDA沟通后，就…递交": a plan whose time phrase ends before the comma
    governs the phrase after it, which cannot stand alone."""
    comma = floor - 1
    if not lang.comma_phrases or comma <= clause.start or not text.endswith(_TIME_END, 0, comma):
        return False
    start = text.rfind("，", clause.start, comma) + 1
    return bool(lang.plan.search(text, max(start, clause.start), comma))


def _effort_in_plan(text: str, clause: Segment, floor: int, lang: Language) -> bool:
    """The trigger's phrase opens with a verb of effort after a plan in its clause (see
    `_EFFORT`): one more aim of that plan."""
    if not lang.comma_phrases or floor <= clause.start or not _EFFORT.match(text, floor):
        return False
    return lang.plan.search(text, clause.start, floor) is not None
