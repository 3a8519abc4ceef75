"""What a folded line and a drug look like to a reader: effective fields, conflicts, status.

Pure functions of fold state, shared by the projector (which stores their results in
columns) and by every answer computed straight from the log.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from service.projections.fold import Line

JSON = dict[str, Any]
PRECISION_RANK = {"day": 4, "month": 3, "quarter": 2, "year": 1, "unknown": 0}
STAGE_RANK = {
    "ind_clearance": 10,
    "trial_initiation": 20,
    "application_submission": 30,
    "application_acceptance": 40,
    "priority_review": 50,
    "approval": 60,
}
PHASE_RANK = {"1": 1, "1/2": 2, "2": 3, "2/3": 4, "3": 5}
DESIGNATION_TYPES = ("designation", "program_inclusion")
SETBACK_TYPES = ("rejection", "withdrawal")
TYPE_ORDER = {
    name: i
    for i, name in enumerate(
        (
            "ind_clearance",
            "trial_initiation",
            "designation",
            "program_inclusion",
            "application_submission",
            "application_acceptance",
            "priority_review",
            "approval",
            "rejection",
            "withdrawal",
        )
    )
}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?$")
UNKNOWN_LAST = "9999-12-31"


@lru_cache(maxsize=65536)
def date_from(value: str | None) -> str | None:
    """The first day a (possibly coarse) date can mean, or None when it is not a date."""
    match = _DATE.match(value or "")
    if not match:
        return None
    year, month, day, quarter = match.groups()
    if quarter:
        month = f"{(int(quarter) - 1) * 3 + 1:02d}"
    return f"{year}-{month or '01'}-{day or '01'}"


def _compatible(fine: str, coarse: str) -> bool:
    """Whether a coarser date contains a finer one (2025-05 holds 2025-05-02)."""
    if fine.startswith(coarse):
        return True
    match = _DATE.match(coarse)
    if match and match.group(4):
        start = date_from(coarse) or ""
        month = int(start[5:7])
        return fine[:4] == coarse[:4] and len(fine) >= 7 and month <= int(fine[5:7]) < month + 3
    return False


def _report_lag(value: str, published: str | None) -> int:
    """Days from a date to the report of it; a report before the date cannot be right."""
    start, seen = date_from(value), date_from((published or "")[:10])
    if start is None or seen is None:
        return 10**6
    lag = (date.fromisoformat(seen) - date.fromisoformat(start)).days
    return lag if lag >= 0 else 10**7


def _unanimous(sources: list[JSON]) -> JSON | None:
    """The usual case, checked first: every source gives the same valid date."""
    if not sources:
        return None
    first = sources[0].get("date")
    if first is None or date_from(first) is None:
        return None
    if any(s.get("date") != first for s in sources):
        return None
    return {"date": first, "precision": sources[0]["date_precision"]}


def _candidates(dated: list[JSON]) -> dict[str, JSON]:
    """Each date given, with the sources compatible with it, the first and the promptest."""
    candidates: dict[str, JSON] = {}
    for s in dated:
        candidates.setdefault(s["date"], {"date": s["date"], "precision": s["date_precision"]})
    for value, cand in candidates.items():
        backers = [s for s in dated if _compatible(value, s["date"]) or value == s["date"]]
        cand["support"] = len(backers)
        cand["event_ids"] = [s["event_id"] for s in backers]
        cand["first"] = min(s["position"] for s in backers)
        cand["lag"] = min(_report_lag(value, s.get("published")) for s in backers)
    return candidates


def _vote_dates(sources: list[JSON]) -> tuple[JSON | None, list[JSON]]:
    """The date most sources support, and the dates that disagree with it."""
    agreed = _unanimous(sources)
    if agreed is not None:
        return agreed, []
    dated = [s for s in sources if date_from(s.get("date"))]
    if not dated:
        return None, []
    if all(s["date"] == dated[0]["date"] for s in dated):  # the usual case: all agree
        return {"date": dated[0]["date"], "precision": dated[0]["date_precision"]}, []
    candidates = _candidates(dated)
    # Most sources first; on a tie, the report written closest after the event, then the
    # finer date, then the first report.
    winner = max(
        candidates.values(),
        key=lambda c: (
            c["support"],
            -c["lag"],
            PRECISION_RANK.get(c["precision"], 0),
            -c["first"],
        ),
    )
    conflicts = [
        {
            "field": "date",
            "value": c["date"],
            "date_precision": c["precision"],
            "sources": c["support"],
            "event_ids": c["event_ids"],
        }
        for c in candidates.values()
        if not (_compatible(winner["date"], c["date"]) or _compatible(c["date"], winner["date"]))
    ]
    return winner, sorted(conflicts, key=lambda c: str(c["value"]))


def effective(line: Line) -> JSON:
    """The line's fields after voting on the date and applying analysts' corrections."""
    r = line.recorded
    fields: JSON = {
        "type": r["milestone_type"],
        "jurisdiction": r["jurisdiction"],
        "agency": r.get("agency"),
        "indication": r.get("indication"),
        "attributes": dict(r.get("attributes") or {}),
        "date": r.get("date"),
        "date_precision": r.get("date_precision") or "unknown",
    }
    winner, conflicts = _vote_dates(line.sources)
    if winner is not None:
        fields["date"], fields["date_precision"] = winner["date"], winner["precision"]
    for correction in line.corrections:
        for name, value in correction["changes"].items():
            target = "type" if name == "milestone_type" else name
            if target == "attributes" and isinstance(value, dict):
                fields["attributes"].update(value)
            elif target in fields:
                fields[target] = value
    if date_from(fields["date"]) is None:
        fields["date"], fields["date_precision"] = None, "unknown"
    fields["conflicts"] = conflicts
    attributes = fields["attributes"]
    if not attributes.get("date_conflict"):
        for s in line.sources:
            stated = s.get("date_conflict")
            if stated:
                attributes["date_conflict"] = stated
                break
    fields["date_conflict"] = bool(conflicts) or bool(attributes.get("date_conflict"))
    return fields


def sort_key(fields: JSON, line: Line) -> str:
    """Known dates in order; an unknown date sits at its first report (no later than that)."""
    rank = TYPE_ORDER.get(fields["type"], 99)
    start = date_from(fields["date"])
    if start is not None:
        return f"{start}|{rank:02d}"
    published = sorted(d for s in line.sources if (d := date_from(s.get("published"))))
    return f"{published[0] if published else UNKNOWN_LAST}|{rank:02d}|u"


def corroboration(line: Line) -> int:
    return len({s.get("article_id") or s.get("url") or s["event_id"] for s in line.sources})


def render_line(line: Line) -> JSON:
    """One timeline entry as the API shows it."""
    fields = effective(line)
    known = fields["date"] is not None
    return {
        "milestone_id": line.line_id,
        "drug": line.slug,
        **fields,
        "date_known": known,
        "placed_by": "date" if known else "first_report",
        "status": "active" if line.retraction is None else "retracted",
        "corrected": bool(line.corrections),
        "corrections": line.corrections,
        "retraction": line.retraction,
        "corroboration": corroboration(line),
        "confidence": max([float(s.get("confidence") or 0.0) for s in line.sources], default=0.0),
        "sources": line.sources,
        "merged_ids": line.members,
        "first_position": line.first_position,
        "last_position": line.last_position,
    }


def ordered(lines: list[Line]) -> list[tuple[Line, JSON]]:
    """Lines in timeline order, rendered; each item keeps its `sort_key` for the tables."""
    rendered = []
    for line in lines:
        item = render_line(line)
        rendered.append((sort_key(item, line), line.line_id, line, item))
    rendered.sort(key=lambda entry: (entry[0], entry[1]))
    for key, _, _, item in rendered:
        item["sort_key"] = key
    return [(line, item) for _, _, line, item in rendered]


def _stage_rank(item: JSON) -> int:
    rank = STAGE_RANK[item["type"]]
    if item["type"] == "trial_initiation":
        rank += PHASE_RANK.get(str(item["attributes"].get("phase") or ""), 0)
    return rank


def _furthest(best: dict[Any, JSON], slot: Any, item: JSON) -> None:
    current = best.get(slot)
    if current is None or _stage_rank(item) > _stage_rank(current):
        best[slot] = item


def drug_status(items: list[JSON]) -> JSON:
    """Per jurisdiction the furthest stage reached and when, and per indication where known."""
    by_jurisdiction: dict[str, JSON] = {}
    by_indication: dict[tuple[str, str], JSON] = {}
    designations, setbacks = [], []
    for item in items:
        if item["status"] != "active":
            continue
        if item["type"] in STAGE_RANK:
            _furthest(by_jurisdiction, item["jurisdiction"], item)
            if (item["indication"] or "").strip():
                _furthest(by_indication, (item["jurisdiction"], item["indication"].strip()), item)
        elif item["type"] in DESIGNATION_TYPES:
            designations.append(_brief(item))
        elif item["type"] in SETBACK_TYPES:
            setbacks.append(_brief(item))
    stages = []
    for jurisdiction, item in sorted(by_jurisdiction.items()):
        indications = [
            {"indication": ind, "stage": it["type"], **_brief(it)}
            for (j, ind), it in sorted(by_indication.items())
            if j == jurisdiction
        ]
        stages.append(
            {
                "jurisdiction": jurisdiction,
                "stage": item["type"],
                **_brief(item),
                "indications": indications,
            }
        )
    return {"stages": stages, "designations": designations, "setbacks": setbacks}


def _brief(item: JSON) -> JSON:
    attrs = item["attributes"]
    return {
        "milestone_id": item["milestone_id"],
        "type": item["type"],
        "jurisdiction": item["jurisdiction"],
        "agency": item["agency"],
        "date": item["date"],
        "date_precision": item["date_precision"],
        "detail": attrs.get("designation") or attrs.get("program") or attrs.get("phase"),
    }
