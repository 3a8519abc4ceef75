"""Webhook endpoint URLs, parsed once: where to connect and what the request line says."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, unquote, urlsplit

from service.webhooks.addresses import UrlRefused, split_endpoint

# Characters a request target may carry as they are; anything else (spaces, controls,
# non-ASCII) is percent-encoded, so no URL can add a line to the request.
TARGET_SAFE = "!#$%&'()*+,/:;=?@[]~"


@dataclass(frozen=True)
class Endpoint:
    scheme: str
    # An ASCII (IDNA-encoded) name or an address literal without brackets: what the guard
    # resolves, what TLS verifies the certificate against, what the Host header names.
    host: str
    port: int
    target: str
    authority: str
    # Credentials in the URL go out as Basic auth, as they did through httpx.
    authorization: str | None = None

    @property
    def tls(self) -> bool:
        return self.scheme == "https"


@lru_cache(maxsize=1024)
def parse_endpoint(url: str) -> Endpoint:
    """The parts of an http(s) URL a request needs, or UrlRefused with the reason."""
    name, port = split_endpoint(url)
    parts = urlsplit(url)
    host = _ascii_host(name)
    default = 443 if parts.scheme == "https" else 80
    bracketed = f"[{host}]" if ":" in host else host
    authority = bracketed if port == default else f"{bracketed}:{port}"
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Endpoint(
        scheme=parts.scheme, host=host, port=port, target=quote(target, safe=TARGET_SAFE),
        authority=authority, authorization=_basic_auth(parts.username, parts.password),
    )  # fmt: skip


def _ascii_host(name: str) -> str:
    if name.isascii():
        return name.lower()
    try:
        return name.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise UrlRefused(f"host {name!r} is not a valid name: {exc}") from exc


def _basic_auth(username: str | None, password: str | None) -> str | None:
    if username is None:
        return None
    pair = f"{unquote(username)}:{unquote(password or '')}".encode()
    return "Basic " + base64.b64encode(pair).decode("ascii")
