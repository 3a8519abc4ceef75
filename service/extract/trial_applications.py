"""A trial's clearance dated before its own application was filed: a year typed one too low.

A clinical-trial application (an IND, a CTA, 临床试验申请) is filed, accepted, then cleared.
Its filing or acceptance is no milestone, but its date bounds the clearance: when an article
dates a drug's one clearance in a jurisdiction before the filing or acceptance it tells of
the drug's trial application there ("临床试验申请于2024年3月获得受理" after a licence "于
2023年6月7日" received; "the IND was submitted in March 2024" after a clearance in June
2023), and the next year would put the clearance after that step and no later than
publication, the year is a typo: it is moved on, the stated value kept as a conflict, as
for a decision dated before its marketing application's steps (`chronology`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from service.extract.assembly import Candidate
from service.extract.chronology import moved_past, remerged
from service.extract.context import Context
from service.extract.dates import DateMention, find_dates

# The application told as filed or accepted: "临床试验申请于3月获得受理", "IND申请已递交",
# "the IND was submitted in March", "filed a CTA".
_STEP = re.compile(
    r"(?:临床试验申请|IND申请|IND)[^，。；]{0,30}?(?:受理|递交|提交)(?!的)"
    r"|\b(?:IND|CTA|clinical trial application)s?\b[^.;,]{0,40}?\b(?:submitted|filed|accepted)\b"
    r"|\b(?:submitted|filed)\s+(?:an?|the|its)\s+(?:IND|CTA|clinical trial application)\b",
    re.IGNORECASE,
)
_HINTS = ("临床试验申请", "IND", "CTA", "clinical trial application")
# A clearance told between the date and the step: the date is the clearance's, not the step's.
_CLEARED = re.compile(r"批准|许可|获批|clear|approv|proceed", re.IGNORECASE)
_REASON = "the clearance is dated before its own application was filed; its year is one too low"


def order_clearances(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with an impossible clearance's year corrected (see the module), merged
    again when one was."""
    published = ctx.article.published
    if published is None or not any(h in ctx.text for h in _HINTS):
        return candidates
    dated: dict[tuple[int, str], int] = {}
    for c in candidates:
        if c.type == "ind_clearance" and _value(c) is not None:
            dated[(c.drug, c.jurisdiction)] = dated.get((c.drug, c.jurisdiction), 0) + 1
    # Only a dated clearance can be out of order: the application steps are read after.
    steps = _steps(ctx) if 1 in dated.values() else {}
    if not steps:
        return candidates
    ordered = [
        _reordered(c, steps, published) if dated.get((c.drug, c.jurisdiction)) == 1 else c
        for c in candidates
    ]
    return remerged(candidates, ordered)


def _steps(ctx: Context) -> dict[tuple[int, str], str]:
    """The latest date of a filing or acceptance of each drug's trial application in each
    jurisdiction, for a step whose sentence names one drug and one date before its verb."""
    starts = [s.start for s in ctx.sentences]
    latest: dict[tuple[int, str], str] = {}
    for match in _STEP.finditer(ctx.text):
        index = bisect_right(starts, match.start()) - 1
        if index < 0:
            continue
        sentence = ctx.sentences[index]
        drugs = {m.drug for m in ctx.mentions_in(sentence.start, sentence.end) if not m.comparator}
        date = step_date(ctx, sentence.start, sentence.end, match.end())
        jurisdiction = step_jurisdiction(ctx, sentence.start, sentence.end)
        if len(drugs) != 1 or date is None or jurisdiction is None:
            continue
        key = (drugs.pop(), jurisdiction)
        latest[key] = max(latest.get(key, date), date)
    return latest


def step_date(
    ctx: Context, start: int, end: int, verb: int, done: re.Pattern[str] = _CLEARED
) -> str | None:
    """The day or month nearest the step's verb ("于2024年3月获得受理", "submitted in May
    2025"), with no clearance (`done`: the step's outcome) told between."""
    found: tuple[DateMention, ...] | list[DateMention] = ctx.dates_in(start, end)
    if not found:
        published = ctx.article.published
        found = [d for d in find_dates(ctx.text, published, [(start, end)]) if not d.blocked]
    dated = [d for d in found if d.kind == "absolute" and d.precision in ("day", "month")]
    if not dated:
        return None
    near = min(dated, key=lambda d: abs(d.start - verb))
    low, high = sorted((near.end, verb))
    if near.value is None or done.search(ctx.text, low, high):
        return None
    return near.value


def step_jurisdiction(ctx: Context, start: int, end: int) -> str | None:
    named = {r.jurisdiction for r in ctx.regulators_in(start, end)}
    if len(named) == 1:
        return named.pop()
    default = ctx.default_regulator
    return default.jurisdiction if not named and default is not None else None


def _reordered(
    candidate: Candidate, steps: dict[tuple[int, str], str], published: dt.date
) -> Candidate:
    value = _value(candidate)
    step = steps.get((candidate.drug, candidate.jurisdiction))
    date = candidate.date
    if value is None or step is None or date is None or date.conflict is not None:
        return candidate
    return moved_past(candidate, value, step, published, _REASON)


def _value(candidate: Candidate) -> str | None:
    date = candidate.date
    if candidate.type != "ind_clearance" or date is None or date.kind != "absolute":
        return None
    return date.value if date.precision in ("day", "month") else None
