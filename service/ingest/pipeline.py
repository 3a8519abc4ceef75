"""One article through the pipeline: capture, extract, resolve, decide, append.

Plain functions over an `IngestContext`; pollers, the CLI and tests call
`ingest_article` directly. Each step is idempotent and the article is marked
finished only after its last event is appended, so a run killed anywhere and
run again appends exactly what an uninterrupted run would have.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from service.domain.events import ArticleCaptured
from service.ingest import crashpoints, progress, similarity
from service.ingest.blobs import BlobStore
from service.ingest.canonical import article_key, canonical_url, text_sha256
from service.ingest.decisions import (
    EVENT_NAMESPACE,
    ArticleRef,
    Candidate,
    alias_event,
    decide,
    fold_milestones,
    merge_event,
    new_event,
)
from service.ingest.identity import RegistryFollower, Resolution, resolve
from service.store.events import ConcurrencyError, EventLog, NewEvent, StoredEvent

log = logging.getLogger(__name__)
MAX_CONFLICT_RETRIES = 8


@dataclass(frozen=True)
class IncomingArticle:
    title: str
    text: str
    url: str | None = None
    article_id: str | None = None
    published: str | None = None
    outlet: str | None = None
    body: bytes | None = None
    lang: str | None = None


Extractor = Callable[[IncomingArticle], list[Candidate]]


@dataclass
class IngestContext:
    engine: Engine
    log: EventLog
    blobs: BlobStore
    extract: Extractor
    extractor_info: dict[str, str]
    follower: RegistryFollower = field(default_factory=RegistryFollower)


@dataclass
class ArticleOutcome:
    key: str
    status: str = "new"  # new | finished-before
    recorded: int = 0
    corroborated: int = 0
    known: int = 0
    near_duplicate_of: str | None = None
    aliases_linked: int = 0
    merges: int = 0


class ArticleError(Exception):
    """An article that cannot be ingested (no text, …); permanent for that article."""


def key_of(article: IncomingArticle) -> str:
    return article_key(article.url, article.article_id)


def ingest_article(
    ctx: IngestContext, article: IncomingArticle, feed: str | None
) -> ArticleOutcome:
    key = key_of(article)
    if progress.finished(ctx.engine, [key]):
        return ArticleOutcome(key=key, status="finished-before")
    if not article.text.strip():
        raise ArticleError(f"{article.url or article.article_id}: no article text found")
    captured, duplicate_of = capture(ctx, article, key, feed)
    outcome = ArticleOutcome(key=key, near_duplicate_of=duplicate_of)
    ref = ArticleRef(key, article.url, article.outlet, article.published, duplicate_of)
    metadata = _metadata(ctx, feed, captured, key)
    for candidate in ctx.extract(article):
        record_candidate(ctx, candidate, ref, metadata, outcome)
        crashpoints.passed("milestone")
    progress.mark(ctx.engine, key, url=article.url, feed=feed, status=progress.DONE)
    crashpoints.passed("finished")
    return outcome


def capture(
    ctx: IngestContext, article: IncomingArticle, key: str, feed: str | None
) -> tuple[StoredEvent, str | None]:
    """Keep the raw body, the near-duplicate signature, and append ArticleCaptured."""
    text_hash = text_sha256(article.text)
    body_hash = ctx.blobs.put(article.body if article.body is not None else article.text.encode())
    crashpoints.passed("blob")
    signature = similarity.minhash(f"{article.title}\n{article.text}")
    with ctx.engine.begin() as conn:
        duplicate_of = similarity.find_near_duplicate(conn, key, signature)
        similarity.remember_signature(conn, key, signature)
    crashpoints.passed("signature")
    event = ArticleCaptured(
        article_id=key,
        url=article.url,
        canonical_url=canonical_url(article.url) if article.url else None,
        title=article.title,
        published=article.published,
        outlet=article.outlet,
        feed=feed,
        text_sha256=text_hash,
        body_sha256=body_hash,
        lang=article.lang,
        near_duplicate_of=duplicate_of,
    )
    metadata = {"actor": _actor(feed), "correlation_id": _correlation(key)}
    stored = ctx.log.append(f"source-{key}", [new_event(event, f"captured:{key}", metadata)])[0]
    crashpoints.passed("captured")
    return stored, stored.data.get("near_duplicate_of")


def record_candidate(
    ctx: IngestContext,
    candidate: Candidate,
    article: ArticleRef,
    metadata: dict[str, Any],
    outcome: ArticleOutcome,
) -> None:
    """Resolve the drug, decide, append; re-decide if another writer moved the stream."""
    for _ in range(MAX_CONFLICT_RETRIES):
        ctx.follower.catch_up(ctx.log)
        found = resolve(ctx.follower, candidate.drug, candidate.aliases, candidate.company)
        stream = f"drug-{found.slug}"
        history = ctx.log.read_stream(stream)
        merged_history = [e for s in found.merged for e in ctx.log.read_stream(f"drug-{s}")]
        slugs = [found.slug, *found.merged, *_merged_into(ctx.follower, found.slug)]
        known = fold_milestones([*history, *merged_history, *_merged_streams(ctx, found.slug)])
        verdict, decided = decide(candidate, slugs, known, article, metadata)
        identity = _identity_events(found, candidate, article, metadata)
        events = identity + ([decided] if decided is not None else [])
        try:
            if events:
                version = history[-1].stream_version if history else 0
                ctx.log.append(stream, events, expected_version=version)
        except ConcurrencyError:
            continue
        _count(outcome, verdict, len(found.merged), len(identity) - len(found.merged))
        return
    raise RuntimeError(
        f"drug stream kept moving while deciding {candidate.drug}: giving up for now"
    )


def _identity_events(
    found: Resolution, candidate: Candidate, article: ArticleRef, metadata: dict[str, Any]
) -> list[NewEvent]:
    """Merges first (the milestone is decided under the surviving slug), then new aliases."""
    events = [merge_event(found.slug, m, article.article_id, metadata) for m in found.merged]
    if found.known:
        reason = f"fuzzy match of {found.fuzzy_match}" if found.fuzzy_match else "named together"
        events += [
            alias_event(found.slug, alias, candidate.company, article.article_id, reason, metadata)
            for alias in found.new_aliases
        ]
    return events


def _merged_into(follower: RegistryFollower, slug: str) -> list[str]:
    return [s for s, record in follower.registry.drugs.items() if record.merged_into == slug]


def _merged_streams(ctx: IngestContext, slug: str) -> list[StoredEvent]:
    return [e for s in _merged_into(ctx.follower, slug) for e in ctx.log.read_stream(f"drug-{s}")]


def _count(outcome: ArticleOutcome, verdict: str, merges: int, aliases: int) -> None:
    outcome.merges += merges
    outcome.aliases_linked += aliases
    if verdict == "recorded":
        outcome.recorded += 1
    elif verdict == "corroborated":
        outcome.corroborated += 1
    else:
        outcome.known += 1


def _actor(feed: str | None) -> str:
    return f"ingest:{feed or 'files'}"


def _correlation(key: str) -> str:
    return str(uuid.uuid5(EVENT_NAMESPACE, f"article:{key}"))


def _metadata(
    ctx: IngestContext, feed: str | None, captured: StoredEvent, key: str
) -> dict[str, Any]:
    return {
        "actor": _actor(feed),
        "extractor": ctx.extractor_info.get("name"),
        "extractor_version": ctx.extractor_info.get("version"),
        "causation_id": str(captured.event_id),
        "correlation_id": _correlation(key),
    }
