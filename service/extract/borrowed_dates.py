"""Whether an event may take a date its own clause does not state: from a neighbouring
clause, from the sentence after a lead, or from a later sentence retelling it."""

from __future__ import annotations

import datetime as dt
import re

from service.extract import clause_retellings as clauses
from service.extract import late_years
from service.extract.acronym_retellings import acronym_kind
from service.extract.context import Context
from service.extract.dates import DateMention, find_dates
from service.extract.event_words import Trigger
from service.extract.keywords import holds_one_of
from service.extract.sentences import Segment

# "is approved in Japan" describes a state, not the news the next sentence dates.
_STATIVE = re.compile(r"\b(?:is|are|remains|remain)\s+(?:already\s+|also\s+|now\s+)?$")
# So does a status held ("it also holds orphan drug designation", "还拥有FDA孤儿药资格"),
# not one conferred ("has designated", "has accepted").
_HELD = re.compile(r"\b(?:holds?|has|have)\s+(?:(?:already|also)\s+)?(?:an?\s+)?$|[拥持]有\w{0,6}$")
_PARTICIPLE = re.compile(r"\w+(?:ed|en)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|announc\w*|disclos\w*|stated)\b")
_RETOLD_DAYS = 14
# The lead's event told again by its kind alone, with its day: "The designation was granted
# on 15 August", "The approval was issued on May 2".
# Or by the letter that told it: "The agency's letter conferring the status was dated …".
_RETELLING = re.compile(
    # Or with its participle set off: "The licence, issued on 1 July under the name …".
    # Or with its place before it: "The UK licence, dated 29 August, came through …".
    # Or as a wire brief's bullet has the company tell it: "* X says designation was granted
    # on January 9".
    r"(?:(?:The|This|That)|[*•]\s+(?:[A-Z][\w&.'’-]*\s+){0,3}?(?:says|said)\s+(?:that\s+)?"
    r"(?:the\s+|this\s+)?) ?(?:(?:U\.?K|U\.?S|EU|European|British|Japanese|Chinese|Canadian) )?"
    # (New Zealand's licence is a consent: "The consent was given on 7 November"; set apart
    # from its telling by "itself": "The approval itself was granted on …".)
    r"(?:designation|status|approval|authori[sz]ation|licen[cs]e|clearance|consent|"
    r"decision|registration|acceptance)(?: itself)?(?:(?: (?:was|were)|,) (?:\w+ly )?"
    r"(?:granted|issued|given|"
    r"awarded|made|"
    # (A date is read with its "dated": "The licence, dated 2 May" ends at the comma.)
    r"received|confirmed)\b[^.;]{0,40}|, )$"
    # Or by the day it took effect, which the announcement came after: "The designation
    # took effect on 2 May", "The authorisation became effective as of May 2".
    r"|(?:The|This|That) (?:designation|status|approval|authori[sz]ation|licen[cs]e|clearance|"
    r"decision|registration|acceptance) (?:(?:took|takes|has taken) effect|became effective|"
    r"(?:is|was) effective)\s+(?:on|from|as of)\s+$"
    # (Health Canada's licence is a notice: "The NOC itself is dated October 9"; a national
    # regulator's is its licence or registration: "The licence is dated 17 October".)
    # (Or a register's record of it, its weekday maybe named: "The ARTG entry is dated
    # Thursday, 29 August".)
    r"|(?:The|This|That|Its|Their)\s+(?:[\w.'’-]+\s+){0,3}?(?:letter|notice|notification|"
    r"certificate|communication|NOC(?:/c)?|licen[cs]e|registration|consent|entry|record)\b"
    r"[^.;]{0,80}?\b(?:is|was)\s+dated\s+(?:on\s+)?(?:\w+day,?\s+)?$"
    # Or by its arrival: "The letter arrived on Friday, March 7", "The notice came on May 2",
    # "The decision reached Acme late Friday" (the regulator's day; the company's clock may
    # already show the next).
    r"|(?:The|This|That|Its|Their)\s+(?:[\w.'’-]+\s+){0,3}?(?:letter|notice|notification|"
    r"communication)\s+(?:arrived|came|was\s+received)\s+(?:on\s+)?(?:\w+day,?\s+)?$"
    r"|(?:The|This|That|Its|Their)\s+(?:[\w.'’-]+\s+){0,3}?(?:letter|notice|notification|"
    r"decision)\s+reached\s+(?:the\s+company|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+"
    r"(?:on\s+|late\s+|early\s+)?(?:\w+day,?\s+)?$"
    # Or by the company receiving it: "The company received the FDA's formal notification
    # letter on March 3" (not a request for more data, which tells no grant).
    r"|(?:The|It|We|[A-Z][\w&.-]*)\s+(?:[\w&.-]+\s+){0,2}?received\s+(?:the|its|an?|their)\s+"
    r"(?:(?!request|information)[\w.'’-]+\s+){0,4}?(?:letter|notice|notification|communication)"
    r"\s+(?:from\s+(?:the\s+)?[\w.]+\s+)?(?:on\s+)?(?:\w+day,?\s+)?$"
    # Or with its participle set off: "The agency's filing communication, received May 2, …".
    r"|(?:The|This|That|Its|Their)\s+(?:[\w.'’-]+\s+){0,3}?(?:letter|notice|notification|"
    r"certificate|communication),\s+(?:received|dated|issued|sent)\s+(?:on\s+)?$"
    # Or by the letter it came in: "The agency conveyed its decision in a letter dated …".
    r"|(?:The|This|That|Its|Their)\s+[^.;]{0,60}?\b(?:in|by|via|through)\s+(?:a|an|the|its|their)"
    r"\s+(?:[\w.'’-]+\s+){0,3}?(?:letter|notice|notification)\b[^.;]{0,40}?\bdated\s+(?:on\s+)?$"
    # Or by the regulator's act on it: "The agency granted the designation on …", "The CDE
    # then formally included the product on …" (a list's inclusion, told after its notice).
    # Or by a rolling filing's last part: "The final module went in on Friday".
    r"|(?:The|Its|Their)\s+(?:final|last)\s+(?:[\w-]+\s+)?(?:modules?|portions?|parts?|"
    r"components?|sections?)\s+(?:went in|was (?:submitted|filed|sent|delivered))\s+(?:on\s+)?$"
    # Or by the regulator's list showing it: "The CDE website updated the product's status
    # to "included" on June 3".
    r"|(?:The|Its|Their)\s+[^.;]{0,40}?\bupdated\s+(?:the|its)\s+(?:[\w'’-]+\s+)?status\s+"
    r"(?:of\s+[^.;]{0,40}?\s+)?to\s+[\"“'‘]?(?:included|granted|approved|designated)[\"”'’]?"
    r"\s+on\s+$"
    # Or by the company telling the regulator of it: "X informed the EMA of the withdrawal on
    # Monday", "The company notified the TGA of the withdrawal on Tuesday" (the notice is the
    # withdrawal; the news came after).
    r"|(?:(?:[A-Z][\w&.'’-]*|company|group|firm|sponsor)\s+){1,3}?(?:informed|notified)\s+"
    r"[^.;]{0,60}?\bof\s+(?:the|its|their)\s+"
    r"(?:withdrawal|decision\s+to\s+withdraw(?:\s+\w+){0,3}?)\s+(?:on\s+)?$"
    # Or by its arrival, as the company told it: "The company said only that the designation
    # arrived during the week of Oct. 28".
    r"|(?:(?:The|This|That)|(?:The|It|[A-Z][\w&.'’-]*)\s+[^.;]{0,40}?\b(?:said|says|disclosed|"
    r"stated)\s+(?:only\s+)?that\s+the)\s+(?:designation|status|approval|clearance|decision)"
    r"\s+(?:arrived|came(?:\s+through)?)\s+(?:on\s+|in\s+|during\s+(?:the\s+)?)?$"
    r"|(?:The|This)\s+(?:[\w.'’-]+\s+){1,3}?(?:granted|issued|awarded|included|added)\s+"
    r"(?:the|this|that)\s+(?:designation|status|approval|authori[sz]ation|clearance|product|"
    r"drug|candidate|therapy)\s+(?:on\s+)?$"
    # Or by the regulator's decision document, as European copy cites it by its own day: "The
    # Determination AIFA n. 412/2024 of 24 June 2024 has been published", "The decision, dated
    # from 2 May, …", "The resolution has date of the past 28 of January" (tiene fecha del),
    # "The agency … emitted the resolution of authorisation the 20/05/2025"
    # (not "The TGA decision was dated June 11 and Swissmedic's June 12": each its own).
    r"|(?:The|This|Its|Their)\s+(?:[\w.'’-]+\s+){0,2}?(?i:decision|resolution|determination|"
    r"decree|ruling)\b(?:\s+\([^()]{1,30}\))?(?:\s+(?!(?:was|is)\b)[^\s;,]+){0,4}?(?:,\s+dated(?:\s+from)?"
    r"|\s+of|\s+has\s+(?:the\s+)?date\s+of)\s+(?:the\s+)?$"
    r"|(?:The|Its|Their)\s+[^.;]{0,100}?\b(?:issued|emitted|adopted|signed|dictated)\s+(?:the|its)"
    r"\s+(?i:decision|resolution|determination|decree)(?:\s+of\s+(?:the\s+)?[\w-]+)?"
    r"\s+(?:on\s+|the\s+)?$"
)
# How many sentences after the lead a retelling may come, and how much earlier its day.
_RETELLING_REACH = 3
_RETELLING_DAYS = 120
# Literals of which every retelling holds one.
_RETOLD = (
    "dated", "granted", "issued", "given", "awarded", "made", "received", "confirmed", "included",
    "added", "went in", "submitted", "filed", "sent", "delivered", "updated", "effect",
    "arrived", "came", "reached", "informed", "notified", "收到", "decision", "resolution",
    "determination", "decree", "ruling",
)  # fmt: skip


def stative(text: str, trigger: Trigger) -> bool:
    """A state ("it is also approved in Japan") borrows no neighbour's date."""
    if _STATIVE.search(text, max(0, trigger.start - 20), trigger.start):
        return True
    held = _HELD.search(text, max(0, trigger.start - 20), trigger.start)
    return held is not None and not _PARTICIPLE.match(text, trigger.start)


def retold(ctx: Context, index: int, trigger: Trigger) -> bool:
    """The sentence tells the lead's event again ("The agency granted the authorisation
    yesterday, X said on Wednesday"): its own date, not the day it was told, dates both."""
    matches = ctx.scan.by_sentence.get(index)
    if matches is None:
        return False
    # A status is told by its name, not by a rule's verb ("was granted Breakthrough Therapy
    # Designation by the FDA on the 3rd"): the same name retells it.
    if trigger.type == "designation":
        named = trigger.attributes.get("designation")
        return any(name == named for name, _ in matches.designations)
    if trigger.type == "priority_review":
        return bool(matches.priority)
    return any(
        rule.type == trigger.type and not clauses.names_letter(ctx.text, match.end())
        for rule, match in matches.rules
    )


def neighbours_own(
    ctx: Context, clause: Segment, date: DateMention, trigger: Trigger, ends: tuple[int, ...]
) -> bool:
    """English dates an event after its verb: a neighbour clause's date told after its own
    event ("granted it priority review last July, and the file was handled under …") is
    that event's. Priority review shares the acceptance's date, as in assembly's `_claimed`."""
    if ctx.lang.negation_window < 10 or trigger.type == "priority_review":
        return False
    return any(clause.start <= end <= date.start for end in ends)


def retelling_date(
    ctx: Context, sentence: Segment, dates: tuple[DateMention, ...] | None = None
) -> DateMention | None:
    """The day of a sentence that retells the lead's event by its kind alone (`dates`: the
    sentence's, where the context read none there)."""
    for date in late_years.retold_days(ctx, sentence, dates):
        if date.kind == "absolute" and (
            _RETELLING.match(ctx.text, sentence.start, date.start)
            or clauses.RETOLD_AFTER_DAY.match(ctx.text, date.end, sentence.end)
            or clauses.clause_retelling(ctx.text, sentence.start, date.start)
            or acronym_kind(ctx.text, sentence.start, date.start) is not None
        ):
            return date
    return None


# The event retold by its noun in a later clause of its sentence, with its day: "…; the
# clearance came Wednesday", "…, and the approval was issued on May 2", also as someone
# tells it, the regulator's acronym before the noun ("…; company says NMPA decision came 7/18").
_RETOLD_AFTER = re.compile(
    r"[;,]\s+(?:and\s+)?(?:(?:the\s+)?[\w-]+\s+(?:says|said)\s+(?:that\s+)?)?"
    r"(?:the\s+|this\s+)?(?:[A-Z]{2,6}\s+)?(?:clearance|approval|authori[sz]ation|designation|"
    r"decision|acceptance)\s+(?:came|arrived|was (?:granted|issued|given))\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def retold_after(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    """The day a later clause of the event's sentence retells it with (see `_RETOLD_AFTER`)."""
    sentence = ctx.sentences[index]
    for date in ctx.dates_in(trigger.clause.end, sentence.end):
        low = max(trigger.end, date.start - 50)
        if date.kind == "absolute" and _RETOLD_AFTER.search(ctx.text, low, date.start):
            return date
    return None


_ANNOUNCE_BEFORE = ("announc", "disclos", "said", "decision", "statement", "effect")


# The teller named between the verb and the day: "announced by the Cambridge-based company
# on Monday".
_ANNOUNCED_BY = re.compile(
    r"\b(?:announced|disclosed|reported)\s+by\s+(?:[\w.&'’-]+\s+){1,5}?(?:on\s+)?$",
    re.IGNORECASE,
)


def announcement_date(ctx: Context, sentence: Segment) -> DateMention | None:
    """The day the sentence after a lead says the news was announced."""
    for date in ctx.dates_in(sentence.start, sentence.end):
        if date.kind == "absolute":
            before = ctx.text[max(sentence.start, date.start - 40) : date.start].lower()
            if holds_one_of(before, _ANNOUNCE_BEFORE) or _ANNOUNCED_BY.search(
                ctx.text, max(sentence.start, date.start - 80), date.start
            ):
                return date
    return None


_ANNOUNCING = ("announc", "公告", "宣布", " said", "disclos")
_ANNOUNCED_AFTER = 40
# A dateline's day, its dash maybe after a full stop ("Barcelona, 26/05/2025. – X has …"), is
# the telling's, as an announcing verb's is.
_DATELINE_DASH = re.compile(r"\.?\s*(?:--|–|—|-)\s")


def retold_day(ctx: Context, index: int, trigger: Trigger, told: DateMention) -> DateMention | None:
    """ "X today announced that it has withdrawn its MAA. X notified the EMA on May 13 and
    withdrew the UK application the same day": the day the lead announced is not the
    event's when the next sentence retells the event with an earlier day of its own; nor
    when a sentence soon after retells it by its kind or its letter ("The designation was
    granted on May 2", "The agency's letter conferring the status was dated May 2")."""
    if told.value is None or told.precision != "day":
        return None
    # Told before the event ("X today announced that …", "X said on May 9 that …") or after
    # it ("…, X announced on Wednesday").
    after = ctx.lowered[max(trigger.end, told.start - _ANNOUNCED_AFTER) : told.start]
    before = ctx.lowered[max(0, told.start - _ANNOUNCED_AFTER) : told.start]
    if told.end > trigger.start or not holds_one_of(before, _ANNOUNCING):
        before = ""
    dateline = told.end < trigger.start and _DATELINE_DASH.match(ctx.text, told.end)
    if not holds_one_of(ctx.lowered[told.end : trigger.start], _ANNOUNCING) and not (
        holds_one_of(after, _ANNOUNCING) or before or dateline
    ):
        return None
    by_kind = _kind_retold_day(ctx, index, trigger, told.value)
    if by_kind is not None or not retold(ctx, index, trigger):
        return by_kind
    sentence = ctx.sentences[index]
    for date in ctx.dates_in(sentence.start, sentence.end):
        if date.kind != "absolute" or date.precision != "day" or date.value is None:
            continue
        said = _SAID_BEFORE.search(ctx.lowered, max(sentence.start, date.start - 30), date.start)
        age = dt.date.fromisoformat(told.value) - dt.date.fromisoformat(date.value)
        if said is None and 0 < age.days <= _RETOLD_DAYS:
            return date
    return None


def _kind_retold_day(ctx: Context, index: int, trigger: Trigger, told: str) -> DateMention | None:
    """The earlier day of a sentence soon after that retells the event (see `retold_day`)."""
    for sentence in ctx.sentences[index : index + _RETELLING_REACH]:
        date = kind_retelling_day(ctx, sentence, trigger)
        if date is not None and date.value is not None:
            age = dt.date.fromisoformat(told) - dt.date.fromisoformat(date.value)
            if 0 < age.days <= _RETELLING_DAYS:
                return date
    return None


def kind_retelling_day(ctx: Context, sentence: Segment, trigger: Trigger) -> DateMention | None:
    """The day of a sentence retelling the event by its kind, or by a record naming no
    kind ("The letter is dated May 2"), not another kind's."""
    # Dates are read only near events: a retelling further on is read here, if worded so.
    dates = ctx.dates_in(sentence.start, sentence.end)
    if not dates and holds_one_of(ctx.lowered[sentence.start : sentence.end], _RETOLD):
        span = [(sentence.start, sentence.end)]
        dates = tuple(d for d in find_dates(ctx.text, ctx.article.published, span) if not d.blocked)
    date = retelling_date(ctx, sentence, dates)
    if date is None or date.precision != "day" or date.value is None:
        return None
    words = clauses.retelling_words(ctx, sentence, date)
    words += " " + (acronym_kind(ctx.text, sentence.start, date.start) or "")
    return None if clauses.names_other_kind(words, trigger.type) else date
