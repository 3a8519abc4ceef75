"""Standard Webhooks secrets and signatures (`whsec_…`, `v1,<base64 HMAC-SHA256>`)."""

from __future__ import annotations

import base64
import hmac
import secrets
from collections.abc import Iterable
from functools import lru_cache

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32


def generate_secret(size: int = SECRET_BYTES) -> str:
    if not 24 <= size <= 64:
        raise ValueError("a webhook secret has 24 to 64 random bytes")
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(size)).decode("ascii")


# Decoded once per secret: every delivery of a subscription signs with the same key.
@lru_cache(maxsize=1024)
def secret_key(secret: str) -> bytes:
    raw = secret.removeprefix(SECRET_PREFIX)
    return base64.b64decode(raw + "=" * (-len(raw) % 4))


def sign(secret: str, message_id: str, timestamp: int, body: str) -> str:
    """One signature: HMAC-SHA256 over `id.timestamp.body`, as the specification has it."""
    to_sign = f"{message_id}.{timestamp}.{body}".encode()
    digest = hmac.digest(secret_key(secret), to_sign, "sha256")
    return "v1," + base64.b64encode(digest).decode("ascii")


def signature_header(secrets_: Iterable[str], message_id: str, timestamp: int, body: str) -> str:
    """Space-separated signatures, one per live secret (two while a rotation is in grace)."""
    return " ".join(sign(secret, message_id, timestamp, body) for secret in secrets_)


def message_headers(
    secrets_: Iterable[str], message_id: str, timestamp: int, body: str
) -> dict[str, str]:
    return {
        "content-type": "application/json",
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature_header(secrets_, message_id, timestamp, body),
    }
