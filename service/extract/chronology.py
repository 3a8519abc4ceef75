"""A decision dated before its own application's steps: a year typed one too low.

An application is submitted, then accepted, then given priority review, then decided. When
an article dates a drug's approval (or rejection) in one jurisdiction before the
acceptance it told for the same application ("approved on 18 March 2025 … the NDA had
been accepted in May 2025"), and the next year would put the decision after every step and
no later than publication, the year is a typo: it is moved on, the stated value kept as a
conflict, as for a lead whose year contradicts the publication date (`datelines`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from service.extract.assembly import Candidate

_STEPS = frozenset({"application_submission", "application_acceptance", "priority_review"})
_DECISIONS = frozenset({"approval", "rejection"})
_REASON = "the decision is dated before its own application's steps; its year is one too low"


def order_decisions(candidates: list[Candidate], published: dt.date | None) -> list[Candidate]:
    """`candidates` with each impossible decision's year corrected (see the module)."""
    decided = [c for c in candidates if c.type in _DECISIONS]
    if published is None or not decided:
        return candidates
    counts: dict[tuple[int, str], int] = {}
    for c in decided:
        counts[(c.drug, c.jurisdiction)] = counts.get((c.drug, c.jurisdiction), 0) + 1
    latest: dict[tuple[int, str], str] = {}
    for c in candidates:
        key = (c.drug, c.jurisdiction)
        # Only a jurisdiction's one decision is surely the decision on its steps; a
        # supplement's steps follow the first approval: they are another application's.
        if c.type not in _STEPS or counts.get(key) != 1:
            continue
        value = _value(c)
        if value is not None and not str(c.attributes.get("application", "")).startswith("s"):
            latest[key] = max(latest.get(key, value), value)
    if not latest:
        return candidates
    return [_reordered(c, latest, published) if c.type in _DECISIONS else c for c in candidates]


def _reordered(
    candidate: Candidate, latest: dict[tuple[int, str], str], published: dt.date
) -> Candidate:
    value = _value(candidate)
    step = latest.get((candidate.drug, candidate.jurisdiction))
    if candidate.type not in _DECISIONS or value is None or step is None:
        return candidate
    if not _before(value, step):
        return candidate
    date = candidate.date
    assert date is not None
    if date.conflict is not None or date.precision not in ("day", "month"):
        return candidate
    moved = f"{int(value[:4]) + 1:04d}{value[4:]}"
    if _before(moved, step) or moved[:7] > f"{published:%Y-%m}":
        return candidate
    if len(moved) == 10 and moved > published.isoformat():
        return candidate
    conflict = {"stated": value, "reason": _REASON}
    attributes = {**candidate.attributes, "date_conflict": dict(conflict)}
    return replace(
        candidate, date=replace(date, value=moved, conflict=conflict), attributes=attributes
    )


def _value(candidate: Candidate) -> str | None:
    date = candidate.date
    if date is None or date.kind != "absolute" or date.precision not in ("day", "month"):
        return None
    return date.value


def _before(value: str, other: str) -> bool:
    """Earlier at the precision both share ("2025-05" is not before "2025-05-20")."""
    size = min(len(value), len(other))
    return value[:size] < other[:size]
