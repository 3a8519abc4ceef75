"""The extractor's entry point: one article in, the milestones it reports out."""

from __future__ import annotations

from service.extract.assembly import Candidate, assemble
from service.extract.attributes import company_for, indication_for
from service.extract.context import Context, build_context
from service.extract.merging import merge
from service.extract.models import Article, Evidence, Milestone
from service.extract.sentences import Segment


def extract(article: Article) -> list[Milestone]:
    """Milestones reported by one article: one per drug and event, with evidence."""
    ctx = build_context(article)
    candidates = merge(assemble(ctx))
    chinese = ctx.lang.negation_window < 10
    company = company_for(article.title, article.text, chinese)
    indications: dict[Segment, str | None] = {}
    for candidate in candidates:
        if candidate.sentence not in indications:
            indications[candidate.sentence] = indication_for(
                ctx.text, candidate.sentence, chinese, ctx.article.title
            )
    return [
        _milestone(ctx, candidate, company, indications[candidate.sentence])
        for candidate in candidates
    ]


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
