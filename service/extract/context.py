"""Everything about one article that trigger resolution needs, computed once."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from service.extract.agencies import Regulator, dominant, find_regulators
from service.extract.approval_lists import ApprovalList, approval_lists
from service.extract.dates import DateMention, find_dates
from service.extract.drugs import DrugIndex, DrugMention, index_drugs
from service.extract.entry_blocks import NO_BLOCKS, Blocks, read_blocks
from service.extract.fiscal_years import fiscal_dates
from service.extract.milestone_rows import owns
from service.extract.milestone_tables import NO_TABLES, Tables, read_tables
from service.extract.models import Article
from service.extract.page_issuers import issuer as page_issuer
from service.extract.patterns_en import ENGLISH
from service.extract.patterns_zh import CHINESE
from service.extract.referred_tables import referred_names
from service.extract.report_periods import period_dates
from service.extract.row_names import cell_names
from service.extract.rules import Language
from service.extract.sentences import Segment, split_clauses, split_sentences
from service.extract.tracker_tables import NO_TRACKERS, TrackerTables, read_trackers, told_lines
from service.extract.trigger_scan import Scan, scan_text
from service.extract.vocabulary import find_programmes

_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Context:
    article: Article
    lowered: str
    lang: Language
    sentences: tuple[Segment, ...]
    # Clauses of the sentences holding a match, by sentence index.
    clauses: dict[int, tuple[Segment, ...]]
    dates: tuple[DateMention, ...]
    regulators: tuple[Regulator, ...]
    default_regulator: Regulator | None
    drugs: DrugIndex
    programmes: tuple[tuple[int, int, str], ...]
    scan: Scan
    # Start offsets of mentions, regulators and dates, for range look-ups by bisection.
    mention_starts: tuple[int, ...] = ()
    regulator_starts: tuple[int, ...] = ()
    date_starts: tuple[int, ...] = ()
    # Milestone tables' dated rows, and the sentences of their lines the table reader tells.
    tables: Tables = NO_TABLES
    table_sentences: frozenset[int] = frozenset()
    # Entry blocks of a tracker: a header naming a product, the lines telling its events.
    blocks: Blocks = NO_BLOCKS
    # A tracker's rows: a drug, its action and its date each, under regulators' headings.
    trackers: TrackerTables = NO_TRACKERS
    # Per-article results computed on first use (indications by sentence, for example).
    memo: dict[object, object] = field(default_factory=dict, compare=False)
    # The regulator that issued the page, by its byline or title line (see `page_issuers`).
    issuer: Regulator | None = None
    # The notices' numbered lists of approvals (see `approval_lists`), read once.
    approved_lists: tuple[ApprovalList, ...] = ()
    # The article's text (a field, not a property: it is read some sixty times an article).
    text: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.article.text)

    def mentions_in(self, start: int, end: int) -> tuple[DrugMention, ...]:
        items = self.drugs.mentions
        return items[
            bisect_left(self.mention_starts, start) : bisect_left(self.mention_starts, end)
        ]

    def regulators_in(self, start: int, end: int) -> tuple[Regulator, ...]:
        items = self.regulators
        low = bisect_left(self.regulator_starts, start)
        return items[low : bisect_left(self.regulator_starts, end)]

    def dates_in(self, start: int, end: int) -> tuple[DateMention, ...]:
        return self.dates[bisect_left(self.date_starts, start) : bisect_left(self.date_starts, end)]


def build_context(article: Article) -> Context:
    text = article.text
    sentences = split_sentences(text)
    lang = CHINESE if is_chinese(article) else ENGLISH
    lowered = lower_same_length(text)
    scan = scan_text(text, lowered, lang, sentences)
    tables = read_tables(text, lowered)
    blocks = read_blocks(text)
    trackers = _outside(read_trackers(text), tables)
    told, dated = _field_sentences(text, sentences, blocks)
    approved = tuple(approval_lists(text))
    lines = [*_table_lines(tables), *told_lines(text, trackers), *_list_leads(approved)]
    in_tables = _sentences_in(sentences, lines) | told
    dates = _dates_in(article, _date_spans(sentences, scan.active, in_tables | dated))
    regulators = find_regulators(text)
    issuer = page_issuer(text, regulators)
    default = issuer or _default_regulator(article, regulators, lang)
    drugs = _index_drugs(article, trackers)
    return Context(
        article=article,
        lowered=lowered,
        lang=lang,
        sentences=tuple(sentences),
        clauses={i: tuple(split_clauses(text, sentences[i])) for i in scan.by_sentence},
        dates=tuple(dates),
        regulators=tuple(regulators),
        default_regulator=default,
        issuer=issuer,
        approved_lists=approved,
        drugs=drugs,
        programmes=_programmes(text, lowered, scan),
        scan=scan,
        mention_starts=tuple(m.start for m in drugs.mentions),
        regulator_starts=tuple(r.start for r in regulators),
        date_starts=tuple(d.start for d in dates),
        tables=tables,
        table_sentences=in_tables,
        blocks=blocks,
        trackers=trackers,
    )


def _programmes(text: str, lowered: str, scan: Scan) -> tuple[tuple[int, int, str], ...]:
    # Programme names only matter to a sentence with an inclusion verb.
    if any(m.programme_verbs for m in scan.by_sentence.values()):
        return tuple(find_programmes(text, lowered))
    return ()


def _index_drugs(article: Article, trackers: TrackerTables) -> DrugIndex:
    """The drugs named anywhere, with the names table cells and referred tables hold."""
    offset = len(article.title) + 1
    cells = cell_names(article.text, trackers, offset) + referred_names(article.text, offset)
    return index_drugs(article.title, article.text, cells)


def _dates_in(article: Article, spans: list[tuple[int, int]]) -> list[DateMention]:
    """The dates in `spans`, with any report period's phrases dated by its period."""
    text, published = article.text, article.published
    dates = [d for d in find_dates(text, published, spans) if not d.blocked]
    periods = period_dates(article.title, text, published, spans, dates)
    dates = sorted(dates + periods, key=lambda d: d.start) if periods else dates
    fiscal = fiscal_dates(text, published, spans)
    if not fiscal:
        return dates
    # A fiscal period read as a calendar one ("the third quarter" of "the fiscal third
    # quarter") gives way to it.
    kept = [d for d in dates if not any(f.start < d.end and d.start < f.end for f in fiscal)]
    return sorted(kept + fiscal, key=lambda d: d.start)


def _default_regulator(
    article: Article, regulators: list[Regulator], lang: Language
) -> Regulator | None:
    default = dominant(find_regulators(article.title) + regulators)
    if default is None and lang is CHINESE:
        # A Chinese-language report of 获批上市 with no regulator named means China's.
        default = Regulator(0, 0, "NMPA", "CN", 1)
    return default


def _table_lines(tables: Tables) -> list[tuple[int, int]]:
    """The tables' headings and the rows the table reader tells (a row it does not know,
    "First patient dosed", stays the sentence reader's)."""
    if not tables.rows:
        return []
    return [*tables.headings, *((r.start, r.end) for r in tables.rows if owns(r.label))]


def _list_leads(lists: tuple[ApprovalList, ...]) -> list[tuple[int, int]]:
    """The leads of the notices' lists of approvals, and the date lines they point back to:
    their event is each item's (see `listed_events`), no event of the prose's own."""
    found = []
    for listed in lists:
        found += [listed.lead, *([listed.date_line] if listed.date_line else [])]
    return found


def _outside(trackers: TrackerTables, tables: Tables) -> TrackerTables:
    """The tracker's rows but a milestone table's, which its own reader tells ("Submission
    accepted | Health Canada | 2025-01-28")."""
    if not trackers.rows or not tables.rows:
        return trackers
    taken = {row.start for row in tables.rows}
    rows = tuple(row for row in trackers.rows if row.line[0] not in taken)
    return trackers._replace(rows=rows) if rows else NO_TRACKERS


def _sentences_in(sentences: list[Segment], lines: list[tuple[int, int]]) -> frozenset[int]:
    """The sentences starting in the lines."""
    if not lines:
        return frozenset()
    starts = [s.start for s in sentences]
    return frozenset(
        i
        for start, end in lines
        for i in range(bisect_left(starts, start), bisect_left(starts, end))
    )


def _field_sentences(
    text: str, sentences: list[Segment], blocks: Blocks
) -> tuple[frozenset[int], frozenset[int]]:
    """The sentences of the Action fields the entry reader tells (as `_sentences_in` does a
    table's rows), and those of the Date fields dating them."""
    if not blocks.actions:
        return frozenset(), frozenset()
    starts = [s.start for s in sentences]

    def held(start: int, end: int) -> set[int]:
        start += len(text[start:end]) - len(text[start:end].lstrip())
        return set(range(bisect_right(starts, start) - 1, bisect_left(starts, end)))

    told: set[int] = set()
    dated: set[int] = set()
    for action in blocks.actions:
        if owns(text[action.value[0] : action.value[1]]):
            told |= held(*action.line)
        if action.date is not None:
            dated |= held(*action.date)
    return frozenset(told), frozenset(dated)


def _date_spans(
    sentences: list[Segment], active: frozenset[int], rows: frozenset[int]
) -> list[tuple[int, int]]:
    """Sentences worth reading dates from: those with an event, plus their neighbours
    (anaphors like "the same month" look back; an announcement date can follow), and the
    lines of milestone tables."""
    near = {i + d for i in active for d in (-1, 0, 1) if 0 <= i + d < len(sentences)}
    wanted = sorted(near | rows)
    runs: list[tuple[int, int]] = []
    for index in wanted:
        sentence = sentences[index]
        if runs and index - 1 in wanted:
            runs[-1] = (runs[-1][0], sentence.end)
        else:
            runs.append((sentence.start, sentence.end))
    return runs


def lower_same_length(text: str) -> str:
    """Lower-cased text with unchanged offsets (a few characters grow when lower-cased)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def is_chinese(article: Article) -> bool:
    if article.lang:
        return article.lang.lower().startswith("zh")
    sample = article.text[:2000]
    return len(_CJK.findall(sample)) > 0.2 * max(1, len(sample.strip()))
