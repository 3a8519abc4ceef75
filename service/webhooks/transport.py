"""An httpx transport that connects only to addresses the guard has just checked.

Each request resolves its host once, checks every answer, and connects to the first
checked address with the original Host header and TLS server name, so a DNS
rebinding between check and connect has nothing to rebind.
"""

from __future__ import annotations

import ipaddress

import httpx

from service.webhooks.addresses import AddressGuard, UrlRefused


class GuardedTransport(httpx.BaseTransport):
    def __init__(self, guard: AddressGuard, inner: httpx.BaseTransport | None = None) -> None:
        self.guard = guard
        self.inner = inner or httpx.HTTPTransport()
        # An address literal cannot be rebound: its check holds for the guard's lifetime.
        self.literals: dict[tuple[str, int], str] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in {"http", "https"}:
            raise UrlRefused(f"only http and https URLs are allowed, not {url.scheme!r}")
        port = url.port or (443 if url.scheme == "https" else 80)
        address = self.literals.get((url.host, port)) or self._check(url.host, port)
        if address != url.host:  # a name: pin the connection to the address just checked
            # The Host header was set from the original URL when the request was built.
            request.url = url.copy_with(host=address)
        if url.scheme == "https":
            request.extensions = {**request.extensions, "sni_hostname": url.host}
        return self.inner.handle_request(request)

    def _check(self, host: str, port: int) -> str:
        address = str(self.guard.resolve(host, port)[0])
        if _is_literal(host):
            self.literals[(host, port)] = address
        return address

    def close(self) -> None:
        self.inner.close()


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
