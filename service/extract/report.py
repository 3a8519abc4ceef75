"""JSON lines for the `milestones extract` command: one line per article."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from service.extract.extraction import extract
from service.extract.models import Article


def article_lines(articles: Iterable[Article]) -> Iterator[str]:
    """`{"id": …, "milestones": [ … ]}` for each article, non-ASCII kept as is."""
    for article in articles:
        milestones = [m.to_dict() for m in extract(article)]
        yield json.dumps({"id": article.id, "milestones": milestones}, ensure_ascii=False)
