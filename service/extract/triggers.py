"""Find the words in a sentence that report an event, and drop the hedged or negated ones.

Events told by a rule's verb are found here; statuses granted (designations, priority
review) in `grants`; programmes entered in `programme_inclusions`; which filings report a
marketing application, in `filings`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.extract.approved_documents import approved_document
from service.extract.decisions import refused
from service.extract.drug_committees import committee_judgement
from service.extract.event_objects import (
    approved_to_start,
    device_route,
    label_change,
    left_a_deal,
    licence_asked_for,
    licence_recommended,
    routine_care,
    signed_off,
    status_refused,
)
from service.extract.event_words import Match, Trigger, clause_of
from service.extract.filings import (
    asks_for_designation,
    designation_application,
    filed_one_named,
    names_a_filing,
    not_marketing,
)
from service.extract.grants import arrival_verb, designations, priority_reviews
from service.extract.hedging import hedged
from service.extract.named_patient_imports import named_patient_import
from service.extract.non_drug_approvals import non_drug_approval
from service.extract.non_events_zh import licence_change, named_only
from service.extract.payer_filings import payer_filing
from service.extract.product_classes import qualifies_a_class
from service.extract.programme_inclusions import inclusions, without_entry_tokens
from service.extract.reference_approvals import reference_condition
from service.extract.repeats import listed_times
from service.extract.rolling_filings import rolling_begun
from service.extract.rules import Language, Rule
from service.extract.sentences import Segment
from service.extract.trigger_scan import SentenceMatches
from service.extract.withdrawn_objects import withdrew_other

# The FDA "files" an application it accepts: "the FDA has filed the NDA" (see the wordings).
_REGULATOR_FILED = re.compile(
    r"\b(?:FDA|agency)\s+(?:has\s+|had\s+)?(?:formally\s+|officially\s+)?$", re.IGNORECASE
)
# A filing made again after a refusal: another submission than the first.
_RESUBMITTED = re.compile(r"\bre-?(?:submi|fil)|\bresubmission", re.IGNORECASE)


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
        granted = designations(text, sentence, clauses, lang, matches.designations)
        verbs = {arrival_verb(text, g) for g in granted}
        found = [t for t in found if not (t.follow and t.start in verbs)]
        found.extend(granted)
    if matches.priority:
        found.extend(priority_reviews(text, sentence, clauses, lang, matches.priority))
    if matches.programme_verbs:
        entries = inclusions(text, sentence, clauses, lang, programmes, matches)
        # "A second Orbis review followed": the entry's own verb, no decision following.
        found = [t for t in found if not (t.follow and any(_overlaps(t, e) for e in entries))]
        found = without_entry_tokens([*found, *entries])
    kept = [t for t in found if not hedged(text, t.clause, t.start, t.end, t.sentence_start, lang)]
    # Times of an event listed after a colon: a copy for each, dated by its own clause.
    kept += [
        replace(t, clause=c) for t in kept for c in listed_times(text, t.clause, t.end, clauses)
    ]
    return sorted(kept, key=lambda t: t.start)


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
        names_a_filing(text, match.start(), match.end())
        or _REGULATOR_FILED.search(text, max(0, match.start() - 24), match.start())
        or (lang.comma_phrases and filed_one_named(text, match.start(), lang))
        or rolling_begun(text, match.start())
    ):
        return None
    if designation_application(text, max(sentence.start, match.start() - 20), match.end()):
        return None  # the designation's own trigger reports it
    if kind == "application_submission" and asks_for_designation(text, match):
        return None
    if kind == "approval" and not rule.distinct and _names_a_trial(text, match, sentence, lang):
        kind = "ind_clearance"
    start = _event_start(match)
    clause = clause_of(clauses, start)
    if _refused(text, kind, match, sentence, clause, lang):
        return None
    if kind == "approval" and _decision_refused(text, match):
        kind = "rejection"
    return Trigger(
        kind,
        start,
        match.end(),
        clause,
        bare=rule.bare,
        distinct=rule.distinct,
        follow=rule.follow,
        sentence_start=sentence.start,
        again=kind == "application_submission" and _RESUBMITTED.search(match.group()) is not None,
    )


def _event_start(match: re.Match[str]) -> int:
    """Where the match tells its event.

    A rule may read the words before its event ("the BLA …, and it was accepted"): its
    group "event" says where the event itself is told, and so which clause dates it. (A
    group of one alternative only: the others match without it, at -1.)
    """
    start = match.start("event") if "event" in match.re.groupindex else -1
    return start if start >= 0 else match.start()


def _decision_refused(text: str, match: Match) -> bool:
    """A page's decision named by its field ("Registration decision: 17 April 2025") on a
    page whose outcome field tells a refusal: a rejection."""
    found = match.group()
    return "decision" in found and ":" in found and refused(text.lower())


_LATIN_WORD_END = re.compile(r"[A-Za-z0-9]")
_LATIN_WORD_REST = re.compile(r"[A-Za-z0-9]*")


def _names_a_trial(text: str, match: Match, sentence: Segment, lang: Language) -> bool:
    """An approval whose object is a clinical trial: a trial clearance. Not one whose own
    words name the market ("本品为附条件批准上市，…应完成确证性临床试验": the trial after it
    is the licence's condition)."""
    start = max(sentence.start, match.start() - 40)
    end = match.start() if "上市" in match.group() else min(sentence.end, match.end() + 40)
    # (The window's edge is no word's end: "the liver cancer ind|ication" names no IND.)
    if _LATIN_WORD_END.match(text, end - 1, end):
        end = _LATIN_WORD_REST.match(text, end, sentence.end).end()  # type: ignore[union-attr]
    return bool(
        lang.ind_context.search(text, start, end)
        or lang.trial_subject.search(text, sentence.start, match.start())
        or approved_to_start(text, match, sentence)
    )


def _refused(
    text: str, kind: str, match: Match, sentence: Segment, clause: Segment, lang: Language
) -> bool:
    """A match of its kind's words that reports no regulatory event of that kind."""
    if named_only(text, kind, match.start(), match.end()):
        return True
    if _not_a_drug_licence(text, kind, match, clause, lang):
        return True
    if kind == "approval" and (
        licence_asked_for(text, match, clause)
        or label_change(text, match)
        or licence_recommended(text, match)
        or committee_judgement(text, match, clause.start)
    ):
        return True
    if kind == "withdrawal" and (left_a_deal(text, match) or withdrew_other(text, match)):
        return True
    if kind == "rejection" and (
        lang.advisory.search(text, clause.start, match.start())
        or status_refused(text, sentence, match)
    ):
        return True
    if kind == "trial_initiation" and routine_care(text, sentence):
        return True
    if kind in ("approval", "rejection") and qualifies_a_class(text, clause, match.start()):
        return True
    if kind == "approval" and (
        reference_condition(text, clause, match)
        or named_patient_import(text, clause, match, sentence)
    ):
        return True
    return kind in ("application_submission", "application_acceptance") and (
        not_marketing(text, match, sentence, lang) or payer_filing(text, match, sentence)
    )


def _not_a_drug_licence(
    text: str, kind: str, match: Match, clause: Segment, lang: Language
) -> bool:
    """The match tells of something other than a drug's regulatory step: a company's own
    decision, a product that is no drug, a trial document, a device's route or a sign-off."""
    if kind in ("approval", "withdrawal") and _corporate(text, clause, match, lang):
        return True
    if kind in ("approval", "ind_clearance") and non_drug_approval(
        text, clause, match, lang.comma_phrases, kind
    ):
        return True
    return kind in ("approval", "ind_clearance") and (
        approved_document(text, match) or device_route(text, clause) or signed_off(text, match)
    )


# A regulator as the subject, its verb's time between them: "The Commission on Monday".
_REGULATOR_ACTS = re.compile(
    r"\b(?:FDA|EMA|NMPA|PMDA|MHRA|TGA|European Commission|Commission|Health Canada|agency"
    r"|regulator)\b(?:\s+(?:on|in|last|this)(?:\s+\w+){1,2})?,?\s*$",
)


def _corporate(text: str, clause: Segment, match: Match, lang: Language) -> bool:
    """Not a regulatory milestone; in Chinese, only the phrase up to the verb tells (a
    roundup's "A获批上市，B的变更生产场地补充申请获批" reports A's approval)."""
    if not lang.comma_phrases:
        found = lang.corporate.search(text, clause.start, clause.end)
        # "The European Commission withdrew the authorisation, implementing a court
        # ruling": a regulator acting before the verb; the court after it only caused it.
        if found and found.start() >= match.end():
            return not _REGULATOR_ACTS.search(text, clause.start, match.start())
        return found is not None
    start = max(clause.start, text.rfind("，", clause.start, match.start()) + 1)
    phrase = lang.corporate.search(text, start, match.end())
    return phrase is not None or licence_change(text, match.end())


def _overlaps(a: Trigger, b: Trigger) -> bool:
    return a.start < b.end and b.start < a.end
