"""The seam to `service.extract`: our article in, the pipeline's candidates out."""

from __future__ import annotations

import datetime as dt

from service.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract
from service.extract.models import Article, Milestone
from service.ingest.decisions import Candidate
from service.ingest.pipeline import Extractor, IncomingArticle


def to_extract_article(article: IncomingArticle, key: str) -> Article:
    published = None
    if article.published:
        try:
            published = dt.date.fromisoformat(article.published[:10])
        except ValueError:
            published = None
    return Article(
        id=article.article_id or key,
        title=article.title,
        text=article.text,
        published=published,
        url=article.url,
        lang=article.lang,
    )


def to_candidate(milestone: Milestone) -> Candidate:
    evidence = milestone.evidence
    return Candidate(
        drug=milestone.drug,
        aliases=tuple(milestone.aliases),
        company=milestone.company,
        milestone_type=milestone.type,
        jurisdiction=milestone.jurisdiction,
        agency=milestone.agency,
        date=milestone.date,
        date_precision=milestone.date_precision,
        indication=milestone.indication,
        attributes=dict(milestone.attributes),
        quote=evidence.quote,
        span=(evidence.start, evidence.end) if evidence.quote else None,
        confidence=float(milestone.confidence),
    )


def default_extractor() -> tuple[Extractor, dict[str, str]]:
    info = {"name": EXTRACTOR_NAME, "version": EXTRACTOR_VERSION}

    def run(article: IncomingArticle) -> list[Candidate]:
        from service.ingest.pipeline import key_of

        return [to_candidate(m) for m in extract(to_extract_article(article, key_of(article)))]

    return run, info
