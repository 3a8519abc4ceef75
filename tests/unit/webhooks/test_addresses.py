"""The SSRF guard: every refused address class, the allow-list, DNS answers.

That the client connects to the very address checked here, under the original name,
is tested against real servers in tests/integration/webhooks/test_transport.py.
"""

import ipaddress

import pytest

from service.webhooks.addresses import AddressGuard, UrlRefused, forbidden_reason, parse_networks

REFUSED = {
    "127.0.0.1": "loopback",
    "127.8.9.10": "loopback",
    "::1": "loopback",
    "10.1.2.3": "private",
    "172.16.0.1": "private",
    "192.168.1.1": "private",
    "fc00::1": "private",
    "169.254.1.1": "link-local",
    "fe80::1": "link-local",
    "100.64.0.1": "CGNAT",
    "100.127.255.254": "CGNAT",
    "224.0.0.1": "multicast",
    "239.255.255.250": "multicast",
    "ff02::1": "multicast",
    "0.0.0.0": "unspecified",
    "::": "unspecified",
    "240.0.0.1": "reserved",
    "255.255.255.255": "",
    "169.254.169.254": "metadata",
    "fd00:ec2::254": "metadata",
    "::ffff:127.0.0.1": "embeds 127.0.0.1",
    "::ffff:169.254.169.254": "metadata",
    "64:ff9b::a00:1": "embeds 10.0.0.1",
    "64:ff9b::7f00:1": "loopback",
    "2002:7f00:1::": "embeds 127.0.0.1",
    "2002:a9fe:a9fe::1": "metadata",
    "198.18.0.1": "",
    "192.0.2.1": "",
}
PUBLIC = ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "64:ff9b::808:808", "2002:808:808::1"]


@pytest.mark.parametrize(("address", "why"), sorted(REFUSED.items()))
def test_forbidden_address_classes(address: str, why: str) -> None:
    reason = forbidden_reason(ipaddress.ip_address(address))
    assert reason is not None
    assert why in reason


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert forbidden_reason(ipaddress.ip_address(address)) is None


def fixed(*answers: str):  # the outside DNS, faked
    return lambda host, port: list(answers)


@pytest.mark.parametrize("address", sorted(REFUSED))
def test_urls_resolving_to_a_forbidden_address_are_refused(address: str) -> None:
    guard = AddressGuard(resolver=fixed(address))
    with pytest.raises(UrlRefused):
        guard.check_url("https://hooks.example.com/x")


def test_one_bad_answer_among_good_ones_refuses_the_url() -> None:
    guard = AddressGuard(resolver=fixed("8.8.8.8", "10.0.0.5"))
    with pytest.raises(UrlRefused, match=r"10\.0\.0\.5 is private"):
        guard.check_url("https://hooks.example.com/x")


def test_the_allow_list_opens_exactly_its_networks() -> None:
    guard = AddressGuard(parse_networks("127.0.0.0/8, 10.9.0.0/16"), resolver=fixed("127.0.0.1"))
    guard.check_url("http://localhost:8080/x")
    guard.check_address(ipaddress.ip_address("10.9.3.4"))
    guard.check_address(ipaddress.ip_address("::ffff:127.0.0.1"))
    with pytest.raises(UrlRefused):
        guard.check_address(ipaddress.ip_address("10.8.3.4"))
    with pytest.raises(UrlRefused):
        guard.check_address(ipaddress.ip_address("::1"))


def test_localhost_is_refused_when_loopback_is_not_allowed() -> None:
    with pytest.raises(UrlRefused, match="loopback"):
        AddressGuard().check_url("http://localhost:8080/x")


@pytest.mark.parametrize(
    ("url", "why"),
    [("ftp://example.com/x", "only http"), ("file:///etc/passwd", "only http"),
     ("http:///nohost", "no host"), ("http://[::1/", "not a valid URL"),
     ("javascript:alert(1)", "only http")],
)  # fmt: skip
def test_malformed_and_non_http_urls_are_refused(url: str, why: str) -> None:
    with pytest.raises(UrlRefused, match=why):
        AddressGuard(resolver=fixed("8.8.8.8")).check_url(url)


def test_names_that_do_not_resolve_are_refused() -> None:
    def nxdomain(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    with pytest.raises(UrlRefused, match="does not resolve"):
        AddressGuard(resolver=nxdomain).check_url("https://nowhere.invalid/")


def test_bad_allow_list_setting_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not a CIDR"):
        parse_networks("127.0.0.0/8,banana")
