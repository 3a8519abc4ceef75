"""The extractor's entry point: one article in, the milestones it reports out."""

from __future__ import annotations

from service.extract.assembly import Candidate, assemble
from service.extract.attributes import company_for, indication_for
from service.extract.context import Context, build_context
from service.extract.merging import merge
from service.extract.models import Article, Evidence, Milestone


def extract(article: Article) -> list[Milestone]:
    """Milestones reported by one article: one per drug and event, with evidence."""
    ctx = build_context(article)
    candidates = merge(assemble(ctx))
    chinese = ctx.lang.negation_window < 10
    company = company_for(article.title, article.text, chinese)
    return [_milestone(ctx, candidate, company, chinese) for candidate in candidates]


def _milestone(ctx: Context, candidate: Candidate, company: str | None, chinese: bool) -> Milestone:
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
        indication=indication_for(ctx.text, sentence, chinese, ctx.article.title),
        attributes=dict(candidate.attributes),
        evidence=Evidence(ctx.text[sentence.start : sentence.end], sentence.start, sentence.end),
        confidence=round(candidate.confidence, 3),
    )
