"""Local files through the pipeline: `milestones ingest PATH…` and `directory` feeds."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from service.ingest.catalog import FeedConfig
from service.ingest.files import ArticleFileError, load_article
from service.ingest.health import PollReport
from service.ingest.parsing import parse_article_page
from service.ingest.pipeline import ArticleError, IncomingArticle, IngestContext, ingest_article

log = logging.getLogger(__name__)
ARTICLE_SUFFIXES = (".json", ".txt", ".html", ".htm")


@dataclass
class IngestSummary:
    files: int = 0
    articles_new: int = 0
    finished_before: int = 0
    recorded: int = 0
    corroborated: int = 0
    near_duplicates: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "articles_new": self.articles_new,
            "finished_before": self.finished_before,
            "milestones_recorded": self.recorded,
            "milestones_corroborated": self.corroborated,
            "near_duplicates": self.near_duplicates,
            "errors": self.errors,
        }


def article_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, directories expanded (sorted, recursively) to their article files."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
            )
        else:
            out.append(path)
    return out


def ingest_paths(
    ctx: IngestContext,
    paths: Sequence[Path],
    feed: str | None = None,
    should_continue: Callable[[], bool] | None = None,
    outlet: str | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    for path in article_files(paths):
        if should_continue is not None and not should_continue():
            summary.errors.append("stopped early: lease lost")
            break
        summary.files += 1
        try:
            for article in load_file(path, outlet):
                _ingest_one(ctx, article, feed, summary)
        except (ArticleError, ArticleFileError) as exc:
            summary.errors.append(str(exc))
        except Exception as exc:  # one bad file must not stop the others
            log.exception("ingesting %s failed", path)
            summary.errors.append(f"{path}: unexpected {type(exc).__name__}: {exc}")
    return summary


def _ingest_one(
    ctx: IngestContext, article: IncomingArticle, feed: str | None, summary: IngestSummary
) -> None:
    outcome = ingest_article(ctx, article, feed)
    if outcome.status != "new":
        summary.finished_before += 1
        return
    summary.articles_new += 1
    summary.recorded += outcome.recorded
    summary.corroborated += outcome.corroborated
    summary.near_duplicates += 1 if outcome.near_duplicate_of else 0


def load_file(path: Path, outlet: str | None = None) -> list[IncomingArticle]:
    """One file as an article; HTML through the poller's own page parser (any encoding)."""
    body = path.read_bytes()
    uri = path.resolve().as_uri()
    if path.suffix.lower() in (".html", ".htm"):
        page = parse_article_page(body, uri, None)
        return [IncomingArticle(page.title, page.text, uri, None, page.published, outlet, body)]
    article = load_article(path, None)
    gold = path.suffix.lower() == ".json"
    return [
        IncomingArticle(
            title=article.title,
            text=article.text,
            url=article.url or (None if gold else uri),
            article_id=article.id if gold else None,
            published=article.published.isoformat() if article.published else None,
            outlet=outlet,
            body=body,
            lang=article.lang,
        )
    ]


def poll_directory(
    ctx: IngestContext, feed: FeedConfig, report: PollReport, heartbeat: Callable[[], bool] | None
) -> None:
    directory = Path(url2pathname(urlsplit(feed.url).path))
    if not directory.is_dir():
        report.feed_error = f"{directory}: not a directory"
        return
    summary = ingest_paths(ctx, [directory], feed.name, heartbeat, feed.display_outlet)
    report.items_seen = summary.files
    report.articles_new = summary.articles_new
    report.recorded = summary.recorded
    report.corroborated = summary.corroborated
    report.errors.extend(summary.errors)
