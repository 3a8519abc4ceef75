"""The seam to `service.extract`: our article in, the pipeline's candidates out."""

from __future__ import annotations

import datetime as dt

from service.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract
from service.extract.models import Article
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


def default_extractor() -> tuple[Extractor, dict[str, str]]:
    info = {"name": EXTRACTOR_NAME, "version": EXTRACTOR_VERSION}

    def run(article: IncomingArticle) -> list[Candidate]:
        from service.ingest.pipeline import key_of

        return extract(to_extract_article(article, key_of(article)))

    return run, info
