"""An httpx transport that connects only to addresses the guard has just checked.

Each request resolves its host once, checks every answer, and connects to the first
checked address with the original Host header and TLS server name, so a DNS
rebinding between check and connect has nothing to rebind.
"""

from __future__ import annotations

import httpx

from service.webhooks.addresses import AddressGuard, UrlRefused


class GuardedTransport(httpx.BaseTransport):
    def __init__(self, guard: AddressGuard, inner: httpx.BaseTransport | None = None) -> None:
        self.guard = guard
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in {"http", "https"}:
            raise UrlRefused(f"only http and https URLs are allowed, not {url.scheme!r}")
        port = url.port or (443 if url.scheme == "https" else 80)
        address = str(self.guard.resolve(url.host, port)[0])
        if address != url.host:  # a name: pin the connection to the address just checked
            # The Host header was set from the original URL when the request was built.
            request.url = url.copy_with(host=address)
        if url.scheme == "https":
            request.extensions = {**request.extensions, "sni_hostname": url.host}
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()
