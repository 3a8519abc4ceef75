"""One HTTP attempt: sign, POST through the guarded transport, and bound the total time."""

from __future__ import annotations

import time
from datetime import datetime
from functools import lru_cache

import httpx

from service.webhooks.addresses import AddressGuard, UrlRefused
from service.webhooks.claims import Claim
from service.webhooks.outcomes import RESPONSE_BODY_LIMIT, Outcome
from service.webhooks.signing import message_headers
from service.webhooks.transport import GuardedTransport

DEFAULT_TIMEOUT = 15.0
USER_AGENT = "pipeline-milestones-webhooks/1"


def make_client(guard: AddressGuard, timeout: float = DEFAULT_TIMEOUT) -> httpx.Client:
    return httpx.Client(
        transport=GuardedTransport(guard, httpx.HTTPTransport(retries=0)),
        timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        follow_redirects=False,
        headers={"user-agent": USER_AGENT},
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
    )


def send(client: httpx.Client, claim: Claim, started_at: datetime, total: float) -> Outcome:
    """POST the message; any answer outside 2xx, or no answer within `total` s, fails."""
    # The signed timestamp is the real time of sending: receivers compare it with their clock.
    headers = message_headers(claim.secrets, claim.message_id, int(time.time()), claim.body)
    begin = time.monotonic()
    deadline = begin + total
    try:
        url = parsed_url(claim.url)
        with client.stream("POST", url, content=claim.body.encode(), headers=headers) as resp:
            body = _read_bounded(resp, deadline)
            return Outcome(started_at, _ms_since(begin), resp.status_code, body)
    except UrlRefused as exc:
        return Outcome(started_at, _ms_since(begin), error=f"refused: {exc}")
    except httpx.TimeoutException as exc:
        return Outcome(started_at, _ms_since(begin), error=f"timed out: {type(exc).__name__}")
    except (httpx.HTTPError, OSError) as exc:
        return Outcome(started_at, _ms_since(begin), error=f"{type(exc).__name__}: {exc}")


@lru_cache(maxsize=1024)
def parsed_url(url: str) -> httpx.URL:
    """Parsed once per endpoint, not per delivery (httpx.URL is immutable)."""
    return httpx.URL(url)


def _read_bounded(resp: httpx.Response, deadline: float) -> str:
    """The start of the body; stop at the limit or the deadline (a drip-feeding receiver)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_raw():
        chunks.append(chunk)
        size += len(chunk)
        if size >= RESPONSE_BODY_LIMIT or time.monotonic() > deadline:
            break
    return b"".join(chunks)[:RESPONSE_BODY_LIMIT].decode("utf-8", "replace")


def _ms_since(begin: float) -> float:
    return round((time.monotonic() - begin) * 1000.0, 3)
