"""What a milestone table's row tells: which milestone, of which drug, where and when.

The steps of a decision document's table are its regulator's, about its product: the row
names neither, so the drug is the one the document's product fields (or its heading) name,
else its main drug, and the regulator the one the row names, else the document's. Only the
steps that are milestones count: a grant of priority status (Health Canada grants it before
the filing), the filing, the acceptance of the file for review and the decision; not the
requests, meetings, review steps, notices and letters around them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

from service.extract.agencies import Regulator
from service.extract.dates import DateMention
from service.extract.decisions import page_refused
from service.extract.implied_regulators import issuer_of
from service.extract.milestone_tables import Row, step_head
from service.extract.vocabulary import APPLICATION_TYPES, DESIGNATIONS

if TYPE_CHECKING:
    from service.extract.context import Context

# A step that is not the milestone its words suggest: met about, worked on or scheduled, a
# notice of what is still missing, an answer to one, a step of a clinical trial's file; a
# committee's recommendation ("Positive opinion recommending approval"), which decides nothing.
_NOT_A_MILESTONE = re.compile(
    r"pre-?submission|meeting|complet|qualifying|\bqn\b|undertaking|deficien|respons|\bnon\b|"
    r"clarifica|advisory|commitment|expected|planned|anticipated|target|goal|pdufa|\bnot\b|"
    r"\bden(?:y|ied)\b|declin|voucher|recommend|positive opinion|"
    # A licence renewed or passed to another holder: granted before, by another step; an
    # administrative change to it ("Change of product name", "Change of holder").
    r"\brenew|\btransfer|\bchanges? of\b"
)
# Steps of a trial or a programme, which a timeline may list too: the sentence reader knows
# them ("IND cleared", "First patient dosed", "Accepted into Project Orbis").
_ELSEWHERE = re.compile(
    r"\b(?:ind|cta)\b|clinical trial|\bphase\b|patient|subject|dos(?:ed|ing)|enrol|"
    r"project orbis|\borbis\b|real-time oncology|\brtor\b"
)
# A refusal: of the file (a rejection), or of a request (no grant of it).
_REFUSED = re.compile(r"^(?:complete response letter|crl)\b|refus|reject|negative opinion")
_GRANTED = re.compile(r"\b(?:approv|grant|determin|designat|accept|award)")
_ACCEPTED = re.compile(r"\baccept|\bvalidat|\bfiling (?:date|communication|letter)")
_SUBMITTED = re.compile(
    r"\b(?:submission|application|dossier|s?nds|s?nda|s?bla|maa)\b.*\b(?:filed|submitted|"
    r"received|lodged)\b|\b(?:date of submission|submission date)\b|\b(?:s?nds|s?nda|s?bla|maa)"
    r" submi"
)
_APPROVED = re.compile(
    r"\bnoc\b|notice of compliance|registration decision|\bregistered\b|registration on the "
    r"artg|\bapprov|authori[sz]ation (?:granted|issued)|\bauthori[sz]ed\b"
    # The licence itself named as the step: "Marketing authorisation (European Commission)".
    r"|\bmarketing authori[sz]ations?\b(?! applications?)"
    # A register's entry named as a list's date column: "ARTG date", "Registration date".
    r"|\bartg (?:date|entry)\b|\bregistration date\b|\bdate of registration\b"
    r"|\bauthori[sz]ation date\b|\bdate of authori[sz]ation\b"
    # A list of new uses: "Extensions of indication"; a row's "New indication: …".
    r"|\bextensions? of (?:the )?(?:therapeutic )?indications?\b|^(?:new|additional) indications?$"
)
# Who asked for a step, not a request of its own: "withdrawn at the request of the holder",
# "ARTG cancellations (at the sponsor's request)".
_AT_REQUEST = re.compile(r"\b(?:at|on|upon)\s+(?:the\s+)?(?:request\s+of\b|[\w'’]+\s+request\b)")
# A licence cancelled is withdrawn; a status removed or revoked is no grant of it.
_CANCELLED = re.compile(r"\bcancel")
_REMOVED = re.compile(r"\b(?:remov|revok|revoc|cancel|lapse|expir)")
_PATHWAYS = (
    ("conditional", re.compile(r"\bnoc/c\b|with conditions|conditional")),
    ("accelerated", re.compile(r"\baccelerated\b")),
    ("full", re.compile(r"\b(?:full|traditional|regular)\b")),
)
# Labelled lines naming the document's product: "Medicinal ingredient(s): x", "Product: X".
_PRODUCT_FIELD = re.compile(
    r"^[ \t]*(?:medicinal ingredients?(?:\(s\))?|active (?:ingredients?|substances?)(?:\(s\))?"
    r"|proper name|established name|proprietary name|brand name|product(?: name)?)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


class TableEvent(NamedTuple):
    type: str
    row: Row
    # The sentence holding the row's date: the event's evidence.
    sentence: int
    date: DateMention | None
    drug: int
    regulator: Regulator
    attributes: dict[str, object]


def owns(label: str) -> bool:
    """Whether a step is this reader's to tell: a milestone of the file, or a step around
    one (a request, a meeting, a review step, a notice). Others, a trial's for one, are left
    to the sentence reader."""
    if row_type(label) is not None:
        return True
    lowered = step_head(label).lower()
    return not _ELSEWHERE.search(lowered) and (
        "priorit" in lowered or "request" in lowered or bool(_NOT_A_MILESTONE.search(lowered))
    )


def row_type(label: str) -> str | None:
    """The milestone a step's label tells, if any (read before who acted: "… issued by
    Director, Centre for Evaluation of …")."""
    head = step_head(label)
    lowered = _AT_REQUEST.sub(" ", head.lower())
    if _ELSEWHERE.search(lowered):
        return None
    if "priorit" in lowered:
        # "Request for priority status: approval issued": the grant of priority review.
        said = lowered.replace("request", "")
        refused = _REFUSED.search(said) or _NOT_A_MILESTONE.search(said) or "withdr" in said
        return "priority_review" if _GRANTED.search(lowered) and not refused else None
    if "request" in lowered:
        return None  # a request, or its answer, is not the file's milestone
    if _REFUSED.search(lowered):
        return "rejection"
    if _NOT_A_MILESTONE.search(lowered):
        return None
    if "withdr" in lowered:
        return "withdrawal"
    if any(pattern.search(head) for _, pattern in DESIGNATIONS):
        granted = _GRANTED.search(lowered) and not _REMOVED.search(lowered)
        return "designation" if granted else None
    if _CANCELLED.search(lowered):
        return "withdrawal"
    if _ACCEPTED.search(lowered):
        return "application_acceptance"
    if _SUBMITTED.search(lowered):
        return "application_submission"
    return "approval" if _APPROVED.search(lowered) else None


def action_type(label: str) -> str | None:
    """The milestone a field naming the product's event tells ("Action: NDA approval"): a
    step's label, where a status named alone ("Priority review", "Fast Track") was granted,
    unless the label asks for it."""
    kind = row_type(label)
    if kind is None and "request" not in label.lower():
        kind = row_type(f"{label} granted")
    return kind


def table_events(ctx: Context) -> list[TableEvent]:
    """The milestones of the article's milestone tables, in order."""
    events: list[TableEvent] = []
    starts = [s.start for s in ctx.sentences]
    for row in ctx.tables.rows:
        kind = row_type(row.label)
        date = _date(ctx, row)
        if kind is None or date is None:
            continue
        drug = _drug(ctx, row)
        named = ctx.regulators_in(row.start, row.date_start)
        # A letter only one regulator issues names it ("Complete response letter").
        acting = named[0] if named else issuer_of(row.label) or ctx.default_regulator
        if drug is None or acting is None:
            continue
        if kind == "approval" and "decision" in row.label.lower() and page_refused(ctx):
            kind = "rejection"  # the decision the page's outcome field tells a refusal
        sentence = bisect_right(starts, row.date_start) - 1
        attributes = step_attributes(kind, row.label, ctx.text)
        events.append(TableEvent(kind, row, sentence, date, drug, acting, attributes))
    return events


def _date(ctx: Context, row: Row) -> DateMention | None:
    found = ctx.dates_in(row.date_start, row.date_end)
    if not found or found[0].kind != "absolute" or found[0].value is None:
        return None  # no date the finder reads, or a date after publication (a plan)
    return found[0]


def _drug(ctx: Context, row: Row) -> int | None:
    """The drug the row names, else its table's heading, else the document's."""
    for start, end in ((row.start, row.date_start), row.heading):
        named = next((m.drug for m in ctx.mentions_in(start, end) if not m.comparator), None)
        if named is not None:
            return named
    if "table_drug" not in ctx.memo:
        ctx.memo["table_drug"] = _document_drug(ctx)
    found = ctx.memo["table_drug"]
    return found if isinstance(found, int) else None


def _document_drug(ctx: Context) -> int | None:
    """The drug the document's product fields name, else its main drug."""
    for field in _PRODUCT_FIELD.finditer(ctx.text):
        end = ctx.text.find("\n", field.end())
        named = ctx.mentions_in(field.end(), end if end >= 0 else len(ctx.text))
        subjects = [m.drug for m in named if not m.comparator]
        if subjects:
            return subjects[0]
    return ctx.drugs.main


def step_attributes(kind: str, label: str, around: str) -> dict[str, object]:
    """What a step's label tells of its kind; an application's type may be named only in
    the text `around` it."""
    head = step_head(label)
    if kind == "approval":
        lowered = head.lower()
        pathway = next((name for name, pattern in _PATHWAYS if pattern.search(lowered)), None)
        return {"pathway": pathway} if pathway else {}
    if kind == "designation":
        return {"designation": next(n for n, p in DESIGNATIONS if p.search(head))}
    if kind in ("application_submission", "application_acceptance"):
        found = _application(label) or _application(around)
        return {"application": found} if found else {}
    return {}


def _application(text: str) -> str | None:
    """The application type the text names first."""
    found = [
        (match.start(), name)
        for name, pattern in APPLICATION_TYPES
        for match in [pattern.search(text)]
        if match
    ]
    return min(found)[1] if found else None
