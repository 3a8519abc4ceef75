"""A designation granted before it was requested: a year typed one too low.

A sponsor requests a designation (Fast Track, Breakthrough Therapy, orphan drug …), then the
regulator grants it. The request is no milestone, but its date bounds the grant: when an
article dates a drug's one grant of a designation in a jurisdiction before the request it
tells for it there ("FDA已于2025年2月27日授予…快速通道资格" then "公司于2026年1月向FDA递交了
快速通道资格申请"; "granted Fast Track designation on 3 March 2024 … submitted the request
for Fast Track designation in January 2025"), and the next year would put the grant after
the request and no later than publication, the year is a typo: it is moved on, the stated
value kept as a conflict, as for a trial's clearance dated before its application
(`trial_applications`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from service.extract.assembly import Candidate
from service.extract.chronology import moved_past, remerged
from service.extract.context import Context
from service.extract.trial_applications import step_date, step_jurisdiction
from service.extract.vocabulary import DESIGNATIONS

# The request told as sent: "递交了快速通道资格申请", "提交孤儿药认定申请", "submitted a
# request for Fast Track designation", "requested Breakthrough Therapy designation".
_REQUEST_ZH = re.compile(
    r"(?:递交|提交|申报)了?[^，。；]{0,16}?(?:资格|认定|称号)[^，。；]{0,4}?申请"
)
_REQUEST_EN = re.compile(
    r"\b(?:submitted|filed|sent|made)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,4}?request\s+for\s+"
    r"(?:[\w-]+\s+){1,4}?designation\b"
    r"|\brequested\s+(?:[\w-]+\s+){1,4}?designation\b",
    re.IGNORECASE,
)
# The grant told between the date and the request: the date is the grant's.
_GRANTED = re.compile(r"授予|获得|获批|批准|granted|received|awarded", re.IGNORECASE)
_REASON = "the designation is dated before it was requested; its year is one too low"

_Key = tuple[int, str, str]


def order_grants(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with an impossible grant's year corrected (see the module), merged again
    when one was."""
    published = ctx.article.published
    if published is None or ("申请" not in ctx.text and "request" not in ctx.lowered):
        return candidates
    dated: dict[_Key, int] = {}
    for c in candidates:
        key = _key(c)
        if key is not None:
            dated[key] = dated.get(key, 0) + 1
    requests = _requests(ctx) if 1 in dated.values() else {}
    if not requests:
        return candidates
    # Only a jurisdiction's one grant of the designation is surely the one requested.
    ordered = [
        _reordered(c, requests[key], published)
        if (key := _key(c)) is not None and key in requests and dated[key] == 1
        else c
        for c in candidates
    ]
    return remerged(candidates, ordered)


def _requests(ctx: Context) -> dict[_Key, str]:
    """The latest date of each drug's request for each designation in each jurisdiction, for
    a request whose sentence (or, naming none, the one before) names one drug."""
    starts = [s.start for s in ctx.sentences]
    latest: dict[_Key, str] = {}
    pattern = _REQUEST_ZH if ctx.lang.comma_phrases else _REQUEST_EN
    for match in pattern.finditer(ctx.text):
        kinds = {name for name, pattern in DESIGNATIONS if pattern.search(match.group())}
        index = bisect_right(starts, match.start()) - 1
        if len(kinds) != 1 or index < 0:
            continue
        sentence = ctx.sentences[index]
        drugs = _drugs(ctx, index) or (_drugs(ctx, index - 1) if index > 0 else set())
        date = step_date(ctx, sentence.start, sentence.end, match.start(), _GRANTED)
        jurisdiction = step_jurisdiction(ctx, sentence.start, sentence.end)
        if len(drugs) != 1 or date is None or jurisdiction is None:
            continue
        key = (drugs.pop(), jurisdiction, kinds.pop())
        latest[key] = max(latest.get(key, date), date)
    return latest


def _drugs(ctx: Context, index: int) -> set[int]:
    sentence = ctx.sentences[index]
    return {m.drug for m in ctx.mentions_in(sentence.start, sentence.end) if not m.comparator}


def _reordered(candidate: Candidate, request: str, published: dt.date) -> Candidate:
    value = candidate.date.value if candidate.date is not None else None
    if value is None:
        return candidate
    return moved_past(candidate, value, request, published, _REASON)


def _key(candidate: Candidate) -> _Key | None:
    """A dated designation's drug, jurisdiction and kind (None for any other candidate)."""
    date = candidate.date
    if candidate.type != "designation" or date is None or date.kind != "absolute":
        return None
    if date.precision not in ("day", "month") or date.conflict is not None:
        return None
    kind = candidate.attributes.get("designation")
    return (candidate.drug, candidate.jurisdiction, kind) if isinstance(kind, str) else None
