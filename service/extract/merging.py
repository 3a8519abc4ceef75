"""Collapse repeated mentions of one event into one milestone per drug and event."""

from __future__ import annotations

import datetime as dt

from service.extract import calendar as cal
from service.extract.assembly import Candidate

# Finer dates first: a coarser one then folds into a finer one it holds.
_FINENESS = {"day": 0, "month": 1, "quarter": 2, "year": 3, "unknown": 4}
# How many days before the news a mention's own day may be, to date the news's event.
_RETOLD_RANGE = range(1, 61)


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per (drug, type, jurisdiction, designation/programme, date).

    Undated mentions fold into a dated mention of the same event; a coarser date folds
    into a finer one it contains, unless worded as before it ("earlier this year").
    Mentions flagged distinct ("an earlier approval") stay, and undated ones told before
    a mention of the drug's first time ("首次获批") do not fold into it.
    """
    groups: dict[tuple[object, ...], list[Candidate]] = {}
    for candidate in candidates:
        groups.setdefault(_key(candidate), []).append(candidate)
    merged: list[Candidate] = []
    for members in groups.values():
        merged.extend(_merge_group(members))
    return sorted(merged, key=lambda c: (c.sentence.start, c.trigger.start))


def _key(candidate: Candidate) -> tuple[object, ...]:
    attributes = candidate.attributes
    return (
        candidate.drug,
        candidate.type,
        candidate.jurisdiction,
        attributes.get("designation"),
        attributes.get("program"),
        # A resubmission is a filing of its own: the first one's mentions do not absorb it.
        candidate.trigger.again,
    )


def _merge_group(members: list[Candidate]) -> list[Candidate]:
    dated = [c for c in members if c.date is not None and c.date.value is not None]
    retold = _retold_on_own_day(dated)
    dated = [c for c in dated if c not in retold]
    undated = [c for c in members if c not in dated]
    by_value: dict[str, Candidate] = {}
    for candidate in sorted(dated, key=lambda c: _FINENESS[cal.precision_of(_value(c))]):
        value = _value(candidate)
        finer = next(
            (v for v in by_value if _holds(value, v) and not candidate.prior),
            None,
        )
        if finer is not None:
            by_value[finer] = _enrich(by_value[finer], candidate)
        elif value in by_value:
            by_value[value] = _enrich(by_value[value], candidate)
        else:
            by_value[value] = candidate
    result = list(by_value.values())
    distinct = [c for c in undated if c.trigger.distinct]
    plain = [c for c in undated if not c.trigger.distinct]
    host = next((i for i, c in enumerate(result) if not c.first), 0 if result else None)
    if host is not None and result[host].first:
        plain = _split_lead(result, result[host], plain)
    if plain and host is not None:
        result[host] = _enrich(result[host], *plain)
    elif plain:
        result.append(_enrich(plain[0], *plain[1:]))
    if distinct:
        result.append(_enrich(distinct[0], *distinct[1:]))
    return result


def _retold_on_own_day(dated: list[Candidate]) -> list[Candidate]:
    """Mentions dated by the day the news was told, where another mention gives the event
    a day of its own shortly before: that day dates the event, and they fold into it."""
    told = [c for c in dated if c.told]
    own = [
        _value(c) for c in dated if not c.told and c.date is not None and c.date.precision == "day"
    ]
    return [c for c in told if any(_days_between(day, _value(c)) in _RETOLD_RANGE for day in own)]


def _days_between(earlier: str, later: str) -> int:
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _split_lead(
    result: list[Candidate], first: Candidate, plain: list[Candidate]
) -> list[Candidate]:
    """Today's undated news told before the drug's dated first time (a lead, then "该药
    首次获批于…") is another event, added to `result`; the undated mentions after it refer
    back to it and are returned."""
    lead = [c for c in plain if c.sentence.start < first.sentence.start]
    if lead:
        result.append(_enrich(lead[0], *lead[1:]))
    return [c for c in plain if c not in lead]


def _holds(coarse: str, fine: str) -> bool:
    """Whether a coarser date value holds a finer one ("2025" and "2025-Q1" hold "2025-02")."""
    return fine != coarse and cal.truncate(fine, cal.precision_of(coarse)) == coarse


def _value(candidate: Candidate) -> str:
    assert candidate.date is not None and candidate.date.value is not None
    return candidate.date.value


def _enrich(base: Candidate, *others: Candidate) -> Candidate:
    """Keep the base mention's evidence and date; fill attributes it lacks from the others."""
    attributes = dict(base.attributes)
    confidence = base.confidence
    for other in others:
        for key, value in other.attributes.items():
            attributes.setdefault(key, value)
        confidence = max(confidence, other.confidence)
    return Candidate(
        base.drug, base.type, base.agency, base.jurisdiction, base.date, base.sentence,
        base.trigger, attributes, min(0.99, confidence + 0.02 * len(others)), base.prior,
        base.first, base.told,
    )  # fmt: skip
