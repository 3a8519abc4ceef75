"""robots.txt, fetched once per host and kept for an hour."""

from __future__ import annotations

import logging
import threading
import time
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

log = logging.getLogger(__name__)
ROBOTS_TTL_SECONDS = 3600.0
ROBOTS_MAX_BYTES = 512 * 1024


class RobotsCache:
    """Shared by every poll in the process; a host's rules are fetched at most once per TTL."""

    def __init__(self, user_agent: str, ttl: float = ROBOTS_TTL_SECONDS) -> None:
        self.user_agent = user_agent
        self.ttl = ttl
        self._rules: dict[str, tuple[float, RobotFileParser]] = {}
        self._lock = threading.Lock()

    async def allowed(self, client: httpx.AsyncClient, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            return True
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            cached = self._rules.get(origin)
        if cached is None or time.monotonic() - cached[0] > self.ttl:
            parser = await self._fetch(client, origin)
            with self._lock:
                self._rules[origin] = (time.monotonic(), parser)
        else:
            parser = cached[1]
        return parser.can_fetch(self.user_agent, url)

    def crawl_delay(self, url: str) -> float | None:
        """The host's Crawl-delay for our agent in seconds, once its rules are cached."""
        parts = urlsplit(url)
        with self._lock:
            cached = self._rules.get(f"{parts.scheme}://{parts.netloc}")
        if cached is None:
            return None
        delay = cached[1].crawl_delay(self.user_agent)
        return float(delay) if delay else None

    async def _fetch(self, client: httpx.AsyncClient, origin: str) -> RobotFileParser:
        parser = RobotFileParser(origin + "/robots.txt")
        try:
            response = await client.get(origin + "/robots.txt")
        except httpx.HTTPError as exc:
            # An unreachable robots.txt says nothing; the page fetch itself will report the host.
            log.info("robots.txt of %s unreachable (%s): allowing", origin, exc)
            parser.parse([])
            return parser
        # RFC 9309: an unavailable robots.txt (4xx) allows everything.
        if response.status_code >= 400 or len(response.content) > ROBOTS_MAX_BYTES:
            parser.parse([])
        else:
            parser.parse(response.text.splitlines())
        return parser
