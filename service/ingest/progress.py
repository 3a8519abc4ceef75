"""What the poller has finished: articles fully processed, and the HTTP validators of feeds.

Both are written only after the events behind them are appended, so a crash
before that point makes the next run redo the work (idempotently), never skip it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, select

from service.ingest.fetching import Validators
from service.ingest.tables import http_validators, ingested_articles
from service.ingest.upserts import upsert

DONE = "done"
FAILED = "failed"


def finished(engine: Engine, keys: list[str]) -> set[str]:
    """The keys among `keys` that need no more work."""
    if not keys:
        return set()
    with engine.connect() as conn:
        rows = conn.execute(
            select(ingested_articles.c.article_key).where(ingested_articles.c.article_key.in_(keys))
        )
        return {str(row[0]) for row in rows}


def mark(
    engine: Engine,
    key: str,
    *,
    url: str | None,
    feed: str | None,
    status: str,
    error: str | None = None,
) -> None:
    values: dict[str, object] = {
        "url": url,
        "feed": feed,
        "status": status,
        "error": error,
        "processed_at": datetime.now(UTC),
    }
    with engine.begin() as conn:
        upsert(conn, ingested_articles, {"article_key": key, **values})


def load_validators(engine: Engine, url: str) -> Validators | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(http_validators.c.etag, http_validators.c.last_modified).where(
                http_validators.c.url == url
            )
        ).first()
    return Validators(row[0], row[1]) if row else None


def save_validators(engine: Engine, url: str, validators: Validators) -> None:
    if not validators.etag and not validators.last_modified:
        return
    values = {
        "etag": validators.etag,
        "last_modified": validators.last_modified,
        "updated_at": datetime.now(UTC),
    }
    with engine.begin() as conn:
        upsert(conn, http_validators, {"url": url, **values})
