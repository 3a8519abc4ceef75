"""One HTTP attempt: sign, POST through the guarded client, and bound the total time."""

from __future__ import annotations

import time
from datetime import datetime

from service.webhooks.addresses import AddressGuard, UrlRefused
from service.webhooks.claims import Claim
from service.webhooks.outcomes import RESPONSE_BODY_LIMIT, Outcome
from service.webhooks.signing import message_headers
from service.webhooks.transport import (
    DEFAULT_TIMEOUT,
    USER_AGENT,
    TimedOut,
    WebhookClient,
)

__all__ = ["DEFAULT_TIMEOUT", "USER_AGENT", "make_client", "send"]


def make_client(guard: AddressGuard, timeout: float = DEFAULT_TIMEOUT) -> WebhookClient:
    return WebhookClient(guard, timeout, body_limit=RESPONSE_BODY_LIMIT)


def send(client: WebhookClient, claim: Claim, started_at: datetime, total: float) -> Outcome:
    """POST the message; any answer outside 2xx, or no answer within `total` s, fails."""
    # The signed timestamp is the real time of sending: receivers compare it with their clock.
    headers = message_headers(claim.secrets, claim.message_id, int(time.time()), claim.body)
    begin = time.monotonic()
    try:
        answer = client.post(claim.url, claim.body.encode(), headers, begin + total)
    except UrlRefused as exc:
        return Outcome(started_at, _ms_since(begin), error=f"refused: {exc}")
    except TimedOut as exc:
        return Outcome(started_at, _ms_since(begin), error=f"timed out: {exc}")
    except (OSError, ValueError) as exc:  # ValueError: a header no request may carry
        return Outcome(started_at, _ms_since(begin), error=f"{type(exc).__name__}: {exc}")
    body = answer.body.decode("utf-8", "replace")
    return Outcome(started_at, _ms_since(begin), answer.status_code, body)


def _ms_since(begin: float) -> float:
    return round((time.monotonic() - begin) * 1000.0, 3)
