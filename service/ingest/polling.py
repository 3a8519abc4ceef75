"""Poll one feed: fetch the listing, fetch new articles, run each through the pipeline.

Fetches overlap (bounded per host by the fetcher); articles go through the
pipeline one at a time in feed order, in a worker thread so fetching goes on.
The feed's HTTP validators are saved only when every item is finished, so a
304 can never hide an article that a crash or a transient error left behind.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from service.ingest import progress
from service.ingest.canonical import article_key
from service.ingest.catalog import FeedConfig, FeedKind
from service.ingest.fetching import Fetcher, FetchError, FetchPolicy, FetchResult
from service.ingest.health import PollReport
from service.ingest.parsing import FeedItem, ParseError, parse_article_page, parse_feed
from service.ingest.pipeline import ArticleError, IncomingArticle, IngestContext, ingest_article
from service.ingest.robots import RobotsCache

log = logging.getLogger(__name__)
LOOKAHEAD = 16
Heartbeat = Callable[[], bool]


@dataclass(frozen=True)
class _Fetched:
    item: FeedItem
    key: str
    result: FetchResult | None = None
    error: FetchError | None = None


async def poll_feed(
    ctx: IngestContext,
    feed: FeedConfig,
    policy: FetchPolicy,
    robots: RobotsCache | None = None,
    heartbeat: Heartbeat | None = None,
) -> PollReport:
    """Never raises for a bad feed: every failure ends up in the report."""
    report = PollReport(feed.name)
    try:
        if feed.kind is FeedKind.DIRECTORY:
            from service.ingest.directory import poll_directory

            await asyncio.to_thread(poll_directory, ctx, feed, report, heartbeat)
            return report
        async with Fetcher(policy, robots, feed.max_requests_per_minute) as fetcher:
            await _poll_listing(ctx, feed, fetcher, report, heartbeat)
    except (FetchError, ParseError) as exc:
        report.feed_error = str(exc)
    except Exception as exc:
        log.exception("feed %s failed", feed.name)
        report.feed_error = f"unexpected {type(exc).__name__}: {exc}"
    if report.feed_error:
        log.warning("feed %s: %s", feed.name, report.feed_error)
    return report


async def _poll_listing(
    ctx: IngestContext,
    feed: FeedConfig,
    fetcher: Fetcher,
    report: PollReport,
    heartbeat: Heartbeat | None,
) -> None:
    validators = await asyncio.to_thread(progress.load_validators, ctx.engine, feed.url)
    listing = await fetcher.get(feed.url, feed.headers, validators)
    if listing.not_modified:
        report.not_modified = True
        return
    items = parse_feed(feed, listing, report.errors)
    report.items_seen = len(items)
    keyed = [(item, article_key(item.url, item.guid or item.title)) for item in items]
    done = await asyncio.to_thread(progress.finished, ctx.engine, [k for _, k in keyed])
    pending = [(item, key) for item, key in keyed if key not in done]
    complete = await _process(ctx, feed, fetcher, pending, report, heartbeat)
    if complete:
        await asyncio.to_thread(progress.save_validators, ctx.engine, feed.url, listing.validators)


async def _process(
    ctx: IngestContext,
    feed: FeedConfig,
    fetcher: Fetcher,
    pending: list[tuple[FeedItem, str]],
    report: PollReport,
    heartbeat: Heartbeat | None,
) -> bool:
    """True when every pending item is finished (done or failed for good)."""
    complete = True
    tasks: list[asyncio.Task[_Fetched]] = []
    for index in range(len(pending)):
        while len(tasks) < LOOKAHEAD and index + len(tasks) < len(pending):
            item, key = pending[index + len(tasks)]
            tasks.append(asyncio.create_task(_fetch_item(fetcher, feed, item, key)))
        fetched = await tasks.pop(0)
        if heartbeat is not None and not heartbeat():
            report.errors.append("lease lost to another worker: stopped early")
            complete = False
            break
        complete &= await asyncio.to_thread(_ingest_fetched, ctx, feed, fetched, report)
    for task in tasks:
        task.cancel()
    return complete


async def _fetch_item(fetcher: Fetcher, feed: FeedConfig, item: FeedItem, key: str) -> _Fetched:
    if not feed.fetch_articles or not item.url:
        return _Fetched(item, key)
    try:
        return _Fetched(item, key, result=await fetcher.get(item.url, feed.headers))
    except FetchError as exc:
        return _Fetched(item, key, error=exc)


def _ingest_fetched(
    ctx: IngestContext, feed: FeedConfig, fetched: _Fetched, report: PollReport
) -> bool:
    """True when the item needs no more work: ingested, or failed for good."""
    item = fetched.item
    try:
        if fetched.error is not None:
            raise fetched.error
        outcome = ingest_article(ctx, to_article(feed, fetched), feed.name)
    except (FetchError, ArticleError) as exc:
        report.errors.append(f"article {exc}")
        permanent = not isinstance(exc, FetchError) or exc.permanent
        if permanent:
            progress.mark(
                ctx.engine,
                fetched.key,
                url=item.url,
                feed=feed.name,
                status=progress.FAILED,
                error=str(exc),
            )
        return permanent
    except Exception as exc:
        log.exception("article %s failed", item.url or item.title)
        report.errors.append(
            f"article {item.url or item.title}: unexpected {type(exc).__name__}: {exc}"
        )
        return False
    if outcome.status == "new":
        report.articles_new += 1
    report.recorded += outcome.recorded
    report.corroborated += outcome.corroborated
    return True


def to_article(feed: FeedConfig, fetched: _Fetched) -> IncomingArticle:
    item = fetched.item
    if fetched.result is None:
        return IncomingArticle(
            title=item.title,
            text=item.text or "",
            url=item.url,
            article_id=None if item.url else item.guid or item.title,
            published=item.published,
            outlet=feed.display_outlet,
        )
    page = parse_article_page(fetched.result.body, fetched.result.url, fetched.result.content_type)
    return IncomingArticle(
        title=page.title or item.title,
        text=page.text,
        url=item.url,
        published=item.published or page.published,
        outlet=feed.display_outlet,
        body=fetched.result.body,
    )
