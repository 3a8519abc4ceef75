"""A month named without its year that lies just after publication's month.

Read alone it is this year's and still to come (`calendar.infer_month_year` leaves it
unresolved, a plan's date). Told in the past tense it is last year's: "Acme submitted its
application in June" in a March story is the June before, while "expects a decision in
June" is the June ahead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention

# The mention's own text: a month, maybe a day before or after it ("June", "on 9 June",
# "June 9").
_BARE = re.compile(
    r"(?:(?:on|in)\s+)?(?:the\s+)?(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?P<mon>(?:{cal.MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\.?"
    r"(?:\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?[.,]?",
    re.IGNORECASE,
)
# A regulator's or a sponsor's act told done, the verb of the month's clause.
_PAST_ACT = re.compile(
    r"\b(?:submitted|filed|lodged|accepted|validated|approved|authori[sz]ed|registered|"
    r"granted|cleared|designated|issued|received|dosed|enrolled|initiated|started|began|"
    r"withdrew|withdrawn)\b",
    re.IGNORECASE,
)
# A plan, a hope or a condition anywhere before it in the sentence: the month is ahead.
_AHEAD = re.compile(
    r"\b(?:will|would|shall|should|could|may|might|expects?|expected|expecting|plans?|"
    r"planned|planning|intends?|intended|aims?|anticipates?|anticipated|hopes?|seeks?|"
    r"targets?|targeted|scheduled|due|goal|to be|if|once|until|next)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(?:[.!?;]\s+|\n)(?=[A-Z\"“(])")


def past_months(
    text: str, mentions: list[DateMention], published: dt.date | None
) -> list[DateMention]:
    """`mentions` with each yearless month just ahead told in the past tense made last
    year's."""
    if published is None:
        return mentions
    return [_last_year(text, m, published) if _unresolved(m) else m for m in mentions]


def _unresolved(mention: DateMention) -> bool:
    return mention.kind == "future" and mention.value is None and not mention.blocked


def _last_year(text: str, mention: DateMention, published: dt.date) -> DateMention:
    bare = _BARE.fullmatch(text, mention.start, mention.end)
    if bare is None:
        return mention
    clause = _clause_before(text, mention.start)
    if not (_told_done(clause) or _opens_done(text, clause, mention.end)):
        return mention
    year, month = published.year - 1, cal.month_number(bare["mon"])
    day = bare["d1"] or bare["d2"]
    value = cal.month_value(year, month) + (f"-{int(day):02d}" if day else "")
    if not cal.exists(value):
        return mention
    return replace(mention, value=value, precision="day" if day else "month", kind="absolute")


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 240) : start]
    opening = [m.end() for m in _SENTENCE_START.finditer(window)]
    return window[opening[-1] :] if opening else window


def _told_done(clause: str) -> bool:
    """Whether the clause before the month tells a past act and nothing still ahead."""
    return _PAST_ACT.search(clause) is not None and _AHEAD.search(clause) is None


# What may stand before a month that opens its sentence, and the rest of that sentence.
_OPENING = re.compile(r"\s*(?:(?:in|during|by)\s+)?", re.IGNORECASE)
_AFTER_OPENING = re.compile(r"[^.;!?]{0,160}")


def _opens_done(text: str, clause: str, end: int) -> bool:
    """Whether the month opens its sentence, and the act it dates is told done: the first
    verb of tense after it is past ("In April the ministry granted …", not "In April the
    company will file …")."""
    if not _OPENING.fullmatch(clause):
        return False
    rest = _AFTER_OPENING.match(text, end)
    assert rest is not None
    done, ahead = _PAST_ACT.search(rest.group()), _AHEAD.search(rest.group())
    return done is not None and (ahead is None or done.start() < ahead.start())
