"""The extractor's entry point: one article in, the milestones it reports out."""

from __future__ import annotations

from service.extract.assembly import Candidate, assemble
from service.extract.attribution import article_company
from service.extract.character_forms import restore_spelling, simplified
from service.extract.chronology import order_decisions
from service.extract.context import Context, build_context
from service.extract.designation_requests import order_grants
from service.extract.footnote_marks import footnote_dates, unmarked
from service.extract.headline_events import headline_events
from service.extract.headline_repeats import without_restated_headline
from service.extract.indications import indication_for
from service.extract.merging import merge
from service.extract.models import Article, Evidence, Milestone
from service.extract.page_residue import outside_residue
from service.extract.sentences import Segment
from service.extract.shouted_lines import spoken, unshouted
from service.extract.trial_applications import order_clearances
from service.extract.twin_days import joined_twins


def extract(article: Article) -> list[Milestone]:
    """Milestones reported by one article: one per drug and event, with evidence."""
    told = _extract(article)
    return told + headline_events(article, told, _extract)


def _extract(article: Article) -> list[Milestone]:
    """The milestones the article's body tells."""
    # Traditional copy is read in Simplified characters, the rules' own, and reported in
    # its original spelling (the conversion keeps every offset).
    # (So are footnote marks read as spaces.)
    # (And lines written all in capitals in ordinary case: see `shouted_lines`.)
    reading = unshouted(unmarked(simplified(article)))
    ctx = build_context(reading)
    # A web page's link boxes and tag lines tell other articles' news (see `page_residue`).
    # The marks are read as spaces: the original text tells which footnote an event cites.
    candidates = footnote_dates(ctx, article.text, outside_residue(ctx.text, assemble(ctx)))
    candidates = order_decisions(merge(candidates), reading.published)
    candidates = joined_twins(ctx, candidates)
    candidates = without_restated_headline(ctx, candidates)
    candidates = order_grants(ctx, order_clearances(ctx, candidates))
    chinese = ctx.lang.comma_phrases
    company = article_company(ctx)
    numbers = {sentence: n for n, sentence in enumerate(ctx.sentences)}
    milestones = [
        _milestone(ctx, c, company, _indication(ctx, c, candidates, numbers, chinese))
        for c in candidates
    ]
    if reading is article:
        return milestones
    if reading.text.lower() == article.text.lower():  # (only the case of letters changed)
        return [spoken(m, article) for m in milestones]
    return [restore_spelling(spoken(m, article), reading, article) for m in milestones]


def _indication(
    ctx: Context,
    candidate: Candidate,
    candidates: list[Candidate],
    numbers: dict[Segment, int],
    chinese: bool,
) -> str | None:
    """Read near its evidence, but not in the evidence of a milestone whose indication is
    likely another: another drug's, or another milestone of the same kind (a second
    approval is usually for a second disease). `numbers` gives each sentence's index."""
    others = frozenset(
        numbers[c.sentence]
        for c in candidates
        if c.sentence != candidate.sentence
        and (
            c.drug != candidate.drug
            or (c.type, c.jurisdiction) == (candidate.type, candidate.jurisdiction)
        )
    )
    readings = ctx.memo.setdefault("indication_readings", {})
    assert isinstance(readings, dict)
    at = numbers[candidate.sentence]
    return indication_for(ctx.text, ctx.sentences, at, chinese, ctx.article.title, others, readings)


def _milestone(
    ctx: Context, candidate: Candidate, company: str | None, indication: str | None
) -> Milestone:
    drug = ctx.drugs.drugs[candidate.drug]
    sentence = candidate.sentence
    date = candidate.date
    return Milestone(
        drug=drug.canonical,
        aliases=drug.aliases,
        company=company,
        type=candidate.type,
        jurisdiction=candidate.jurisdiction,
        agency=candidate.agency,
        date=date.value if date else None,
        date_precision=date.precision if date and date.value else "unknown",
        indication=indication,
        attributes=dict(candidate.attributes),
        evidence=Evidence(ctx.text[sentence.start : sentence.end], sentence.start, sentence.end),
        confidence=round(candidate.confidence, 3),
    )
