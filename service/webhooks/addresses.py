"""Which endpoint addresses a webhook may reach: the SSRF guard.

A URL is checked when a subscription is saved and again at every connection
(`service.webhooks.transport` connects to the very address checked here, so a DNS
answer that changes between the check and the connection cannot slip through).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

CGNAT = ipaddress.IPv4Network("100.64.0.0/10")
METADATA = (ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254"))
NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")


class UrlRefused(ValueError):
    """The URL may not be used as a webhook endpoint; the message says why."""


def system_resolver(host: str, port: int) -> list[str]:
    try:  # an address literal needs no lookup
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def parse_networks(text: str) -> tuple[IPNetwork, ...]:
    """`WEBHOOK_ALLOWED_NETWORKS`: comma-separated CIDRs."""
    networks = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError as exc:
            raise ValueError(f"WEBHOOK_ALLOWED_NETWORKS: {part!r} is not a CIDR") from exc
    return tuple(networks)


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, NAT64, 6to4, Teredo client)."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if any(address in net for net in NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return None


@lru_cache(maxsize=4096)
def forbidden_reason(address: IPAddress) -> str | None:
    """Why an address is off-limits, or None for a public unicast address."""
    inner = embedded_ipv4(address)
    if inner is not None:
        reason = forbidden_reason(inner)
        return f"it embeds {inner}, which is {reason}" if reason else None
    checks = (
        (address in METADATA, "a cloud metadata address"),
        (address.is_loopback, "loopback"),
        (address.is_unspecified, "unspecified"),
        (address.is_link_local, "link-local"),
        (address.is_multicast, "multicast"),
        (isinstance(address, ipaddress.IPv4Address) and address in CGNAT, "shared (CGNAT)"),
        (address.is_reserved, "reserved"),
        (address.is_private, "private"),
        (not address.is_global, "not globally routable"),
    )
    return next((reason for hit, reason in checks if hit), None)


@dataclass(frozen=True)
class AddressGuard:
    allowed: Sequence[IPNetwork] = ()
    resolver: Resolver = field(default=system_resolver, compare=False)

    @classmethod
    def from_setting(cls, text: str, resolver: Resolver = system_resolver) -> AddressGuard:
        return cls(allowed=parse_networks(text), resolver=resolver)

    def is_allowed(self, address: IPAddress) -> bool:
        inner = embedded_ipv4(address)
        candidates = [address] if inner is None else [address, inner]
        return any(c.version == n.version and c in n for c in candidates for n in self.allowed)

    def check_address(self, address: IPAddress) -> None:
        reason = forbidden_reason(address)
        if reason and not self.is_allowed(address):
            raise UrlRefused(
                f"{address} is {reason}; webhook endpoints must be public "
                "(or inside WEBHOOK_ALLOWED_NETWORKS)"
            )

    def resolve(self, host: str, port: int) -> list[IPAddress]:
        """Every address `host` resolves to, each checked; refuses if any one is forbidden."""
        try:
            answers = self.resolver(host.strip("[]"), port)
        except (OSError, UnicodeError) as exc:
            raise UrlRefused(f"host {host!r} does not resolve: {exc}") from exc
        if not answers:
            raise UrlRefused(f"host {host!r} does not resolve")
        addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in answers]
        for address in addresses:
            self.check_address(address)
        return addresses

    def check_url(self, url: str) -> list[IPAddress]:
        host, port = split_endpoint(url)
        return self.resolve(host, port)


def split_endpoint(url: str) -> tuple[str, int]:
    """Host and port of an http(s) URL, or UrlRefused with the reason."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UrlRefused(f"not a valid URL: {exc}") from exc
    if parts.scheme not in {"http", "https"}:
        raise UrlRefused(f"only http and https URLs are allowed, not {parts.scheme or 'none'!r}")
    if not parts.hostname:
        raise UrlRefused("the URL has no host")
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)
