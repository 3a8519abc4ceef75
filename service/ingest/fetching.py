"""The HTTP client of the pollers: bounded, polite, conditional, and retrying what is worth it."""

from __future__ import annotations

import asyncio
import email.utils
import functools
import logging
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import httpx

from service.ingest.robots import RobotsCache

log = logging.getLogger(__name__)
MAX_CRAWL_DELAY = 60.0
USER_AGENT = "pipeline-milestones/0.1 (drug-milestone ledger; polite feed poller)"


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_redirects: int = 5
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 3
    backoff_base: float = 1.0
    max_retry_after: float = 120.0
    per_host_concurrency: int = 4
    respect_robots: bool = True


@dataclass(frozen=True)
class Validators:
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    body: bytes = b""
    content_type: str | None = None
    validators: Validators = field(default_factory=Validators)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A fetch that failed; `permanent` ones are not worth retrying on the next poll."""

    def __init__(self, url: str, reason: str, *, permanent: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.permanent = permanent


class _Retry(Exception):
    def __init__(self, reason: str, delay: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.delay = delay


class Fetcher:
    """One per poll run (its locks belong to one event loop); robots rules outlive it."""

    def __init__(
        self, policy: FetchPolicy, robots: RobotsCache | None = None, rate_per_minute: float = 0
    ) -> None:
        self.policy = policy
        self.robots = robots or RobotsCache(policy.user_agent)
        self.min_interval = 60.0 / rate_per_minute if rate_per_minute > 0 else 0.0
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._next_slot: dict[str, float] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._host_interval: dict[str, float] = {}  # robots.txt Crawl-delay, when longer
        self.client = httpx.AsyncClient(
            verify=shared_ssl_context(),
            timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
            follow_redirects=True,
            max_redirects=policy.max_redirects,
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.client.aclose()

    async def get(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        validators: Validators | None = None,
    ) -> FetchResult:
        if url.startswith("file://"):
            return self._read_file(url)
        if self.policy.respect_robots and not await self._robots_allow(url):
            raise FetchError(url, "disallowed by robots.txt", permanent=True)
        request_headers = dict(headers or {})
        if validators and validators.etag:
            request_headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            request_headers["If-Modified-Since"] = validators.last_modified
        for attempt in range(self.policy.retries + 1):
            try:
                async with self._host_slot(url):
                    return await self._get_once(url, request_headers)
            except _Retry as retry:
                if attempt == self.policy.retries:
                    raise FetchError(
                        url, f"{retry.reason} (gave up after {attempt + 1} tries)"
                    ) from None
                delay = retry.delay if retry.delay is not None else self._backoff(attempt)
                log.info("retrying %s in %.2fs: %s", url, delay, retry.reason)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def _robots_allow(self, url: str) -> bool:
        # One robots.txt request per host even when many pages start at once.
        host = urlsplit(url).netloc.lower()
        lock = self._robots_locks.setdefault(host, asyncio.Lock())
        async with lock:
            allowed = await self.robots.allowed(self.client, url)
        delay = self.robots.crawl_delay(url)
        if delay:
            # Honoured up to a minute; a longer one would hold the feed's lease for hours.
            self._host_interval[host] = max(self.min_interval, min(delay, MAX_CRAWL_DELAY))
        return allowed

    def _backoff(self, attempt: int) -> float:
        return float(self.policy.backoff_base * (2**attempt))

    async def _get_once(self, url: str, headers: dict[str, str]) -> FetchResult:
        try:
            async with self.client.stream("GET", url, headers=headers) as response:
                self._raise_for_status(url, response)
                body = await self._read_capped(url, response)
                return FetchResult(
                    url=str(response.url),
                    status=response.status_code,
                    body=body,
                    content_type=response.headers.get("content-type"),
                    validators=Validators(
                        response.headers.get("etag"), response.headers.get("last-modified")
                    ),
                )
        except httpx.TimeoutException as exc:
            raise _Retry(f"timed out ({type(exc).__name__})", None) from None
        except httpx.TooManyRedirects:
            raise FetchError(
                url, f"more than {self.policy.max_redirects} redirects", permanent=True
            ) from None
        except httpx.DecodingError as exc:
            raise FetchError(url, f"undecodable body: {exc}", permanent=True) from None
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
            raise _Retry(f"connection failed: {exc or type(exc).__name__}", None) from None

    def _raise_for_status(self, url: str, response: httpx.Response) -> None:
        status = response.status_code
        if status in (429, 503):
            delay = self._retry_after(url, response.headers.get("retry-after"))
            raise _Retry(f"HTTP {status}", delay)
        if status >= 500:
            raise _Retry(f"HTTP {status}", None)
        if status >= 400:
            raise FetchError(url, f"HTTP {status}", permanent=status in (401, 403, 404, 410))

    def _retry_after(self, url: str, value: str | None) -> float | None:
        delay = parse_retry_after(value)
        if delay is not None and delay > self.policy.max_retry_after:
            raise FetchError(
                url,
                f"rate limited: Retry-After {delay:.0f}s exceeds the "
                f"{self.policy.max_retry_after:.0f}s this poller waits",
            )
        return delay

    async def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(
                url, f"body of {declared} bytes exceeds the {limit}-byte limit", permanent=True
            )
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"body exceeds the {limit}-byte limit", permanent=True)
            chunks.append(chunk)
        return b"".join(chunks)

    def _host_slot(self, url: str) -> _HostSlot:
        host = urlsplit(url).netloc.lower()
        semaphore = self._hosts.setdefault(
            host, asyncio.Semaphore(self.policy.per_host_concurrency)
        )
        return _HostSlot(self, host, semaphore)

    async def _wait_turn(self, host: str) -> None:
        interval = self._host_interval.get(host, self.min_interval)
        if not interval:
            return
        now = time.monotonic()
        slot = max(now, self._next_slot.get(host, now))
        self._next_slot[host] = slot + interval
        if slot > now:
            await asyncio.sleep(slot - now)

    def _read_file(self, url: str) -> FetchResult:
        path = Path(url2pathname(urlsplit(url).path))
        try:
            size = path.stat().st_size
            if size > self.policy.max_bytes:
                raise FetchError(url, f"file of {size} bytes exceeds the limit", permanent=True)
            body = path.read_bytes()
        except OSError as exc:
            raise FetchError(url, f"cannot read file: {exc.strerror}", permanent=True) from None
        content_type = "text/html" if path.suffix in {".html", ".htm"} else None
        return FetchResult(url=url, status=200, body=body, content_type=content_type)


@functools.cache
def shared_ssl_context() -> ssl.SSLContext:
    """Loading the CA bundle costs ~0.1 s: once per process, not once per poll."""
    return httpx.create_ssl_context()


class _HostSlot:
    def __init__(self, fetcher: Fetcher, host: str, semaphore: asyncio.Semaphore) -> None:
        self.fetcher = fetcher
        self.host = host
        self.semaphore = semaphore

    async def __aenter__(self) -> None:
        await self.semaphore.acquire()
        await self.fetcher._wait_turn(self.host)

    async def __aexit__(self, *_exc: object) -> None:
        self.semaphore.release()


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
