"""API keys: high-entropy secrets, stored only as their SHA-256, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, insert, select

from service.api.tables import api_keys
from service.store.database import read_only

SCOPES = ("read", "admin")
KEY_PREFIX = "msk_"


@dataclass(frozen=True)
class KeyHolder:
    name: str
    scope: str

    def allows(self, scope: str) -> bool:
        # admin implies read
        return self.scope == "admin" or self.scope == scope


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(engine: Engine, scope: str, name: str = "") -> str:
    """Store a new key's hash and return the key (the only time it is seen)."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}; got {scope!r}")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            insert(api_keys).values(
                name=name or f"{scope}-key",
                scope=scope,
                key_hash=hash_key(key),
                prefix=key[:10],
                created_at=datetime.now(UTC),
            )
        )
    return key


def find_key(engine: Engine, key: str) -> KeyHolder | None:
    """The holder of `key`, or None. The lookup is by hash; the final check is constant-time."""
    digest = hash_key(key)
    with read_only(engine).connect() as conn:
        row = conn.execute(
            select(api_keys.c.name, api_keys.c.scope, api_keys.c.key_hash).where(
                api_keys.c.key_hash == digest, api_keys.c.revoked_at.is_(None)
            )
        ).first()
    if row is None or not hmac.compare_digest(row.key_hash, digest):
        return None
    return KeyHolder(row.name, row.scope)
