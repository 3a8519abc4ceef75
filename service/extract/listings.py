"""A regulator's listing page: entries of labelled fields, one product each.

The FDA's novel-approvals page, Health Canada's monthly decisions and its list of submissions
under review set each product out as a block of lines: a heading that names it ("No. 38 -
Brand (inn) tablets", "1. BRAND (inn)") or a first field that does ("Medicinal ingredient:
inn"), then fields ("Approval date: 10/3/2025", "Review pathway: Priority Review"). Every field
of the block is about that product, whatever else a field names ("after prior imatinib
therapy"); a field listing the routes the product took ("Expedited programs: Orphan Drug;
Fast Track") states designations held, with no verb. The page's own prose speaks of products
in general ("the submissions accepted into review"): its unnamed events are none of theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from service.extract import tracker_events
from service.extract.keywords import holds_one_of
from service.extract.names import Name
from service.extract.rules import Rule

if TYPE_CHECKING:
    from service.extract.context import Context
    from service.extract.sentences import Segment

# "Approval date: 10/3/2025", "Review pathway: Priority Review": a short capitalised label,
# which may hold its own date written with points ("Ruling of 19.03.2026: …").
_FIELD = re.compile(r"[ \t]*[A-Z][\w/()-]*(?:[ \t](?:[\w/()-]|\.(?=\d))+){0,5}[ \t]*:(?:[ \t]|$)")
# A block needs this many fields to be an entry (a line of prose may hold one colon); one
# will do right under a heading that names a product ("Brand®, tablets (inn)", "Applicant:
# X", then the decision told in a sentence).
_FIELDS = 2
# A listing sets out this many products at least (one product's summary may be entries too).
_PRODUCTS = 2
# Fields that list the routes a product took: each route named there was granted.
_ROUTES = re.compile(
    r"[ \t]*(?:(?:expedited|special|regulatory)[ \t]+(?:programs?|programmes?|pathways?|status"
    r"|designations?)|review[ \t]+(?:pathway|designation|status|type|category)"
    r"|designations?(?:[ \t]+(?:held|granted))?"
    # An item closes on its remarks, the statuses it held ("Remarks: orphan drug; …").
    r"|remarks)[ \t]*:",
    re.IGNORECASE,
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")

# "Medicinal ingredient: inn": the field naming a product in its nonproprietary name, which
# is a name whatever its form (a new substance may carry no stem the name finder knows); a
# record may set several fields on one line, between cell breaks ("Brand name: X |
# Medicinal ingredient: inn | Dosage form: …").
_INGREDIENT = re.compile(
    r"(?:^|(?<=\|))[ \t]*(?:medicinal|active)[ \t]+(?:ingredients?|substances?)[ \t]*:[ \t]*"
    r"(?P<name>[a-z][a-z-]{3,}(?:[ \t][a-z][a-z-]{3,})?)[ \t]*(?:$|\|)",
    re.IGNORECASE | re.MULTILINE,
)
_INGREDIENT_WORDS = ("ingredient", "substance")
# A field for a product's name, whatever it holds.
_PRODUCT_LABEL = re.compile(
    r"^[ \t]*(?:(?:medicinal|active)[ \t]+(?:ingredients?|substances?)|(?:brand|proper|product|"
    r"proprietary|established)[ \t]+name|product)(?:\(s\))?[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
# What such a field says of a product it does not name.
_UNNAMED = frozenset(("disclosed", "undisclosed", "withheld", "confidential", "pending"))


@dataclass(frozen=True)
class Entry:
    start: int
    end: int
    # Where the entry's first line ends: the heading (or first field) naming the product.
    head_end: int
    drug: int | None
    # Whether a field of it is for the product's name ("Medicinal ingredient: not disclosed").
    product_field: bool = False


def entries(ctx: Context) -> tuple[Entry, ...]:
    """The page's entries, found once per article."""
    found = ctx.memo.get("listing_entries")
    if not isinstance(found, tuple):
        found = ctx.memo["listing_entries"] = tuple(_entries(ctx))
    return found


def _entries(ctx: Context) -> list[Entry]:
    text = ctx.text
    # (Each field holds a colon: counting them is cheaper than counting two-character strings.)
    if text.count(":") < 2 * _FIELDS or text.count(":\n") + text.count(": ") < 2 * _FIELDS:
        return []
    found = []
    for start, end in _blocks(text):
        lines = text[start:end].split("\n")
        if len(lines) < 2:
            continue
        head_end = start + len(lines[0])
        heading = [m for m in ctx.mentions_in(start, head_end) if not m.comparator]
        fields = sum(bool(_FIELD.match(line)) for line in lines)
        # (Below a heading that names the product, one field will do: "X (Acme)", "US: …".)
        if (fields < _FIELDS or len(lines) <= _FIELDS) and not (
            fields and heading and _FIELD.match(lines[1])
        ):
            continue
        # A heading without a name ("No. 3") leaves it to the fields ("Brand name: X").
        named = heading or [m for m in ctx.mentions_in(start, end) if not m.comparator]
        if named:
            found.append(Entry(start, end, head_end, named[0].drug))
        else:
            labelled = _PRODUCT_LABEL.search(text, start, end) is not None
            found.append(Entry(start, end, head_end, None, labelled))
    return found


def _blocks(text: str) -> list[tuple[int, int]]:
    """Runs of non-blank lines, as (start, end) offsets."""
    blocks = []
    at = 0
    for gap in (*_BLANK_LINES.finditer(text), None):
        end = gap.start() if gap else len(text)
        if text[at:end].strip():
            blocks.append((at, end))
        at = gap.end() if gap else end
    return blocks


def ingredient_names(source: str, lowered: str) -> list[Name]:
    """The names of the entries' ingredient fields (`lowered`: the source lower-cased)."""
    if not holds_one_of(lowered, _INGREDIENT_WORDS):
        return []
    return [
        Name(m.group("name"), "inn", m.start("name"))
        for m in _INGREDIENT.finditer(source)
        if m.group("name").islower() and not _UNNAMED & set(m.group("name").split())
    ]


def owner(ctx: Context, sentence: Segment) -> tuple[bool, int | None]:
    """Whether the sentence is a field of an entry (below its first line), and the entry's
    product; (False, None) elsewhere. A block that names no product and has no field for
    one, on a page that lists no products (one product's decision page setting out its steps
    as fields: "Submission filed: …", "Registration decision: …"), is about the page's
    product, found as prose's."""
    found = entries(ctx)
    for entry in found:
        if entry.head_end < sentence.start < entry.end:
            if entry.drug is None and not entry.product_field and not _lists_products(found):
                return False, None
            return True, entry.drug
    return False, None


def _lists_products(found: tuple[Entry, ...]) -> bool:
    return len({e.drug for e in found if e.drug is not None}) >= _PRODUCTS


def page_prose(ctx: Context, sentence: Segment) -> bool:
    """A sentence of a listing page outside its entries. A listing is mostly entries, about
    two products or more: one product's summary may set its facts and its milestones out as
    two, and a press release may end on a pipeline table, its prose telling the news."""
    found = entries(ctx)
    if _lists_products(found):
        spans = [(e.start, e.end) for e in found]
    else:
        spans = _rows_told_last(ctx, sentence)
    if 2 * sum(end - start for start, end in spans) < len(ctx.text):
        return False
    return not any(start <= sentence.start < end for start, end in spans)


def _rows_told_last(ctx: Context, sentence: Segment) -> list[tuple[int, int]]:
    """The lines of a list set out as a table, a row a product, when the last name told
    before the sentence is a row's: a note below the table ("Nos. 1 to 13 (approved on
    …)") speaks of none of them, though a note that names one may go on about it ("X was
    reviewed under …. The FDA approved the antibody in August")."""
    spans, products = tracker_events.product_rows(ctx)
    before = ctx.mentions_in(0, sentence.start)
    if products < _PRODUCTS or not before:
        return []
    last = before[-1].start
    return spans if any(start <= last < end for start, end in spans) else []


def field_line(text: str, start: int) -> bool:
    """Whether a labelled field ("Approval date: …") opens at `start`, a line's start."""
    return (start == 0 or text[start - 1] == "\n") and _FIELD.match(text, start) is not None


def in_routes_field(text: str, at: int) -> bool:
    """The position lies in the first sentence of a field listing the routes a product took
    ("Expedited programs: Orphan Drug; Priority Review")."""
    line = text.rfind("\n", 0, at) + 1
    label = _ROUTES.match(text, line)
    return label is not None and "." not in text[label.end() : at]


# What the fields of a decision list say in a few words (the regulator named by the page).
FIELD_RULES: tuple[Rule, ...] = (
    # Health Canada's licence: "Decision: NOC issued 2025-03-02", "issued a NOC/c for X",
    # "received a Notice of Compliance". (Not its Qualifying Notice, which tells that a file
    # could qualify for a NOC/c.)
    Rule(
        "approval",
        r"\bnotice of compliance\b(?:(?!qualif)[^.;:]){0,40}?\bissued\b|\bnoc(?:/c)?\)?\s+issued\b"
        # (A register's entry is one issued: "the Drug Product Database listed a NOC for X".)
        r"|\b(?:issued|granted|received|listed|posted)\b(?:\s+\S+){0,4}?\s+notice of compliance\b"
        r"(?!\s+(?:with conditions\s+)?(?:\(noc/c\)\s+)?(?:-\s*)?qualifying)"
        r"|\b(?:issued|granted)\s+(?:an?\s+|the\s+|its\s+)?noc(?:/c)?(?![\w/-]|\s+(?:qn\b|qualif))",
        keywords=("notice of compliance", "noc"),
    ),
    # A register's record of it, one field dating the licence ("Date of NOC: 2025-05-09"), one
    # telling its route ("NOC with conditions: Yes"; not "No", a licence without them).
    Rule(
        "approval",
        r"(?<![^\n])[ \t]*(?:date of (?:noc|notice of compliance)|(?:noc|notice of compliance) "
        r"(?:issue )?date)[ \t]*:"
        r"|(?<![^\n])[ \t]*(?:noc|notice of compliance) with conditions[ \t]*:[ \t]*yes\b",
        keywords=("noc", "notice of compliance"),
    ),
    # Health Canada's refusal, as a complete response letter is the FDA's: "issued a Notice of
    # Non-compliance (NON) for X", "received a NON".
    Rule(
        "rejection",
        r"\bnotice of non[- ]?compliance\b(?!\s*[-–—:]\s*withdrawal\b)"
        # (Lower-cased text: the bare "non" must stand alone, not "non-small".)
        r"|\b(?:issued|received|receives|receiving|issues|got)\s+(?:an?\s+|the\s+)?non"
        r"(?=\s+(?:from|for|on|in)\b|[.,;)])",
        keywords=("non-compliance", "non compliance", "noncompliance", "non "),
    ),
    # An item of the European Commission's decisions, closing on the act that licensed it:
    # "X (inn), Company: marketing authorisation for …. Commission decision of 2 July 2025."
    # (Not "designated … by Commission decision of", nor an act that withdraws or refuses.)
    Rule(
        "approval",
        r"(?<![a-z] )\bcommission decision of\b"
        r"(?![^.;]{0,60}\b(?:withdr|refus|suspen|revok|reject|designat|orphan))",
        keywords=("commission decision of",),
    ),
    # "Notice of Non-compliance - Withdrawal (NON-W)": the sponsor withdrew; no refusal.
    Rule(
        "withdrawal",
        r"\bnotice of non[- ]?compliance\s*[-–—:]\s*withdrawal\b|\bnon-w\b",
        keywords=("withdrawal", "non-w"),
    ),
    # "Status: Submission withdrawn on 2025-05-14"; an item's line may describe the application
    # before its participle and date: "- application for a new biological entity (atopic
    # dermatitis) withdrawn on 17 Jun 2025".
    Rule(
        "withdrawal",
        r"\b(?:submission|application|filing|nds|nda|bla|maa)\s+withdrawn\b"
        r"|\b(?:submission|application|filing|nds|nda|bla|maa)\b[^.;:]{0,100}?[^.;:\s]\s+"
        r"withdrawn\s+(?:on|in)\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
        keywords=("withdrawn",),
    ),
    # A decision summary's steps, each a label and its date: "Filing of the New Drug
    # Submission (NDS): 2024-01-05", "Screening 1: Acceptance letter issued: 2024-02-20",
    # "Request for priority status: Filed …; approval issued by the Director: 2023-12-01"
    # (the request's approval, not its filing, is the status granted; an "approval letter",
    # "granted", a "priority review status" say the same).
    Rule(
        "application_submission",
        r"(?<![^\n])[ \t]*(?:date of )?(?:filing|receipt) of (?:the |an? )?"
        r"(?:(?:supplemental )?new drug submission|new drug application"
        r"|biologics? licen[cs]e application|marketing authori[sz]ation application"
        r"|s?nds|nda|bla|maa)\b(?:\s*\([^)\n]{1,12}\))?\s*:"
        # The field told with its verb: "Date submission filed: 2023-12-08".
        r"|(?<![^\n])[ \t]*(?:date (?:the )?)?(?:submission|application|s?nds|nda|bla|maa)\s+"
        r"(?:filed|received|submitted)\s*:",
        keywords=("filing of", "receipt of", "filed", "received", "submitted"),
    ),
    # A register's yes-or-no field: "Priority review: Yes" (its day is not given), on a line
    # of its own or after another field of the record's line ("NOC with conditions: No |
    # Priority review: Yes").
    Rule(
        "priority_review",
        r"(?:(?<![^\n])|(?<=\|))[ \t]*priority (?:review|status)[ \t]*:[ \t]*(?:yes|granted)\b",
        keywords=("priority review", "priority status"),
    ),
    Rule(
        "application_acceptance",
        r"\bacceptance letter (?:was )?issued\b",
        keywords=("acceptance letter",),
    ),
    Rule(
        "priority_review",
        r"\b(?:approval (?:letter )?issued|granted)\b[^.;\n]{0,80}?:",
        # Only on the line of a request for the status, whose date is the approval's.
        keywords=("priority status", "priority review status"),
    ),
    # A field's label: "Accepted into review: May 2025", "Date accepted for filing: …",
    # Australia's "Submission dossier accepted and …: …", Canada's "Screening acceptance: …".
    Rule(
        "application_acceptance",
        r"\b(?:accepted (?:into|for) (?:review|filing|evaluation)|acceptance date"
        r"|date (?:of )?(?:screening )?acceptance)\s*:"
        r"|(?<![^\n])[ \t]*screening acceptance(?: date)?\s*:"
        r"|\b(?:submission|dossier|application)\s+(?:dossier\s+)?accepted\b[^.;:\n]{0,80}:",
        keywords=("accepted", "acceptance"),
    ),
)
