"""A decision dated before its own application's steps: a year typed one too low.

An application is submitted, then accepted, then given priority review, then decided. When
an article dates a drug's approval (or rejection) in one jurisdiction before the
acceptance it told for the same application ("approved on 18 March 2025 … the NDA had
been accepted in May 2025"), and the next year would put the decision after every step and
no later than publication, the year is a typo: it is moved on, the stated value kept as a
conflict, as for a lead whose year contradicts the publication date (`lead_years`). Another
mention of a decision there, dated only by a year or a quarter that holds the moved date
("the first approval of 2026"), retells the same one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from service.extract import calendar as cal
from service.extract.assembly import Candidate
from service.extract.merging import merge

_STEPS = frozenset({"application_submission", "application_acceptance", "priority_review"})
_DECISIONS = frozenset({"approval", "rejection"})
_REASON = "the decision is dated before its own application's steps; its year is one too low"
_FOLLOWED = "dated from a day whose year was corrected"
# How long after a decision its news may be told (as `merging` folds a telling into it).
_TOLD_WITHIN = 60


def order_decisions(candidates: list[Candidate], published: dt.date | None) -> list[Candidate]:
    """`candidates` with each impossible decision's year corrected (see the module), and
    merged again when one was: a mention of the decision dated only by the year or the
    quarter (a retelling) may then be the same decision."""
    decided = [c for c in candidates if c.type in _DECISIONS]
    if published is None or not decided:
        return candidates
    # Decisions dated by their day or month; the others may be one of them retold. (One
    # dated by the day its news was told, "X has approved it, the company said on Monday",
    # is one of them retold.)
    dated: dict[tuple[int, str], int] = {}
    for c in decided:
        if c.told:
            continue
        key = (c.drug, c.jurisdiction)
        dated[key] = dated.get(key, 0) + (_value(c) is not None)
    latest: dict[tuple[int, str], str] = {}
    for c in candidates:
        key = (c.drug, c.jurisdiction)
        # Only a jurisdiction's one decision is surely the decision on its steps; a
        # supplement's steps follow the first approval: they are another application's.
        if c.type not in _STEPS or dated.get(key) != 1:
            continue
        value = _value(c)
        if value is not None and not str(c.attributes.get("application", "")).startswith("s"):
            latest[key] = max(latest.get(key, value), value)
    if not latest:
        return candidates
    ordered = [
        _reordered(c, latest, published, decided) if c.type in _DECISIONS else c for c in candidates
    ]
    return remerged(candidates, _anaphors_follow(candidates, ordered))


def _anaphors_follow(candidates: list[Candidate], ordered: list[Candidate]) -> list[Candidate]:
    """`ordered` with each event dated from a corrected decision's day ("At the same day, the
    company filed …") moved into the year that decision was moved to: the anaphor names the
    day the event really happened, not the slip of its year."""
    moved = {
        new.date.start: new.date
        for old, new in zip(candidates, ordered, strict=True)
        if old is not new and new.date is not None and new.date.value is not None
    }
    if not moved:
        return ordered
    followed = []
    for c in ordered:
        date = c.date
        source = moved.get(date.antecedent) if date is not None and date.antecedent else None
        if source is None or date is None or date.value is None or date.conflict is not None:
            followed.append(c)
            continue
        stated = str((source.conflict or {}).get("stated", ""))
        years = int(str(source.value)[:4]) - int(stated[:4]) if stated[:4].isdigit() else 0
        value = f"{int(date.value[:4]) + years:04d}{date.value[4:]}"
        followed.append(redated(c, value, _FOLLOWED) if years else c)
    return followed


def _reordered(
    candidate: Candidate,
    latest: dict[tuple[int, str], str],
    published: dt.date,
    decided: list[Candidate],
) -> Candidate:
    value = _value(candidate)
    step = latest.get((candidate.drug, candidate.jurisdiction))
    date = candidate.date  # (dated, when it has a value)
    if value is None or step is None or date is None or date.conflict is not None:
        return candidate
    if candidate.type not in _DECISIONS or not cal.before(value, step):
        return candidate
    moved = cal.year_on(value, published)
    if moved is None or cal.before(moved, step) or not _retellings(candidate, decided, moved):
        return candidate
    return redated(candidate, moved, _REASON)


def redated(candidate: Candidate, value: str, reason: str) -> Candidate:
    """The candidate dated `value` instead, its stated date kept as the conflict."""
    assert candidate.date is not None
    corrected = candidate.date.corrected(value, reason)
    attributes = {**candidate.attributes, "date_conflict": dict(corrected.conflict or {})}
    return replace(candidate, date=corrected, attributes=attributes)


def moved_past(
    candidate: Candidate, value: str, step: str, published: dt.date, reason: str
) -> Candidate:
    """The candidate a year on when its date `value` precedes a step it must follow (a
    clearance its application, a grant its request), if that puts it past the step without
    passing publication; else as it was."""
    if not cal.before(value, step):
        return candidate
    moved = cal.year_on(value, published)
    if moved is None or cal.before(moved, step):
        return candidate
    return redated(candidate, moved, reason)


def remerged(candidates: list[Candidate], ordered: list[Candidate]) -> list[Candidate]:
    """`ordered` (`candidates`, some redated), merged again when one was."""
    changed = any(a is not b for a, b in zip(candidates, ordered, strict=True))
    return merge(ordered) if changed else ordered


def _retellings(candidate: Candidate, decided: list[Candidate], moved: str) -> bool:
    """Whether the drug's other decisions in the jurisdiction, dated by no day or month,
    are this one retold: undated, or dated by a year or quarter that holds its moved date
    ("今年首个在美获批的…" after the day of the approval), or by the day the news was told
    soon after it."""
    key = (candidate.drug, candidate.jurisdiction)
    for other in decided:
        if other is candidate or (other.drug, other.jurisdiction) != key:
            continue
        value = other.date.value if other.date is not None else None
        if other.told and value is not None and _told_soon_after(moved, value):
            continue
        if value is not None and cal.truncate(moved, cal.precision_of(value)) != value:
            return False
    return True


def _told_soon_after(day: str, told: str) -> bool:
    if len(day) != 10 or len(told) != 10:
        return False
    return 0 < (dt.date.fromisoformat(told) - dt.date.fromisoformat(day)).days <= _TOLD_WITHIN


def _value(candidate: Candidate) -> str | None:
    date = candidate.date
    if date is None or date.kind != "absolute" or date.precision not in ("day", "month"):
        return None
    return date.value
