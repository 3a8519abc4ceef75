"""The webhook HTTP client against real loopback servers: where it connects, under which
name, which checks it repeats per request, what it reuses, and how it bounds an answer."""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.webhooks.addresses import AddressGuard, UrlRefused
from service.webhooks.transport import Answer, TimedOut, WebhookClient
from tests.integration.webhooks.certificates import make_certificates
from tests.integration.webhooks.receiver import Receiver, running_receiver
from tests.integration.webhooks.scripted import drip, scripted_server

NO_CONTENT = b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n"


class CountingResolver:
    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        return self.answers[host]


def client_for(
    resolver: CountingResolver, allowed: str = "127.0.0.0/8", timeout: float = 5.0,
    tls: ssl.SSLContext | None = None,
) -> WebhookClient:  # fmt: skip
    guard = AddressGuard.from_setting(allowed, resolver=resolver)
    return WebhookClient(guard, timeout=timeout, tls=tls)


def post(client: WebhookClient, url: str, within: float = 5.0) -> Answer:
    return client.post(url, b"{}", {"content-type": "application/json"}, time.monotonic() + within)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def tls_receiver(certs: Path) -> Iterator[Receiver]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certs / "hooks.example.pem", certs / "hooks.example.key")
    with running_receiver(context) as r:
        yield r


@pytest.fixture
def trusting_the_test_ca(certs: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certs / "ca.pem"))


def test_an_address_literal_is_checked_once_per_client(receiver: Receiver) -> None:
    resolver = CountingResolver({"127.0.0.1": ["127.0.0.1"]})
    with client_for(resolver) as client:
        for _ in range(3):
            assert post(client, receiver.url + "/hook").status_code == 200
    assert resolver.calls == ["127.0.0.1"]
    assert [r.headers["host"] for r in receiver.received()] == [f"127.0.0.1:{receiver.port}"] * 3


def test_a_name_is_resolved_and_checked_on_every_request(receiver: Receiver) -> None:
    resolver = CountingResolver({"hooks.example": ["127.0.0.1"]})
    url = f"http://hooks.example:{receiver.port}/hook"
    with client_for(resolver, allowed="127.0.0.1/32") as client:
        assert post(client, url).status_code == 200  # connected to the address it checked
        resolver.answers["hooks.example"] = ["127.0.0.2"]  # rebound outside the allow-list
        with pytest.raises(UrlRefused, match="loopback"):
            post(client, url)
        resolver.answers["hooks.example"] = ["10.0.0.1"]  # and to a private address
        with pytest.raises(UrlRefused, match="private"):
            post(client, url)
    assert resolver.calls == ["hooks.example"] * 3
    (only,) = receiver.received()
    assert only.headers["host"] == f"hooks.example:{receiver.port}"


def test_a_refused_literal_stays_refused() -> None:
    resolver = CountingResolver({"10.0.0.1": ["10.0.0.1"]})
    with client_for(resolver) as client:
        for _ in range(2):
            with pytest.raises(UrlRefused):
                post(client, "http://10.0.0.1/hook")
    assert resolver.calls == ["10.0.0.1", "10.0.0.1"]


def test_tls_connects_to_the_checked_address_and_verifies_the_name(
    tls_receiver: Receiver, trusting_the_test_ca: ssl.SSLContext
) -> None:
    resolver = CountingResolver({"hooks.example": ["127.0.0.1"]})
    url = f"https://hooks.example:{tls_receiver.port}/hook"
    with client_for(resolver, tls=trusting_the_test_ca) as client:
        assert post(client, url).status_code == 200
        assert post(client, url).status_code == 200
    assert tls_receiver.server_names == ["hooks.example"]  # SNI, on one kept-alive connection
    hosts = [r.headers["host"] for r in tls_receiver.received()]
    assert hosts == [f"hooks.example:{tls_receiver.port}"] * 2


def test_tls_refuses_a_certificate_for_another_name(
    tls_receiver: Receiver, trusting_the_test_ca: ssl.SSLContext
) -> None:
    resolver = CountingResolver({"other.example": ["127.0.0.1"]})
    with (
        client_for(resolver, tls=trusting_the_test_ca) as client,
        pytest.raises(ssl.SSLCertVerificationError, match=r"other\.example"),
    ):
        post(client, f"https://other.example:{tls_receiver.port}/hook")
    assert tls_receiver.received() == []


def test_tls_refuses_a_certificate_from_an_unknown_authority(tls_receiver: Receiver) -> None:
    resolver = CountingResolver({"hooks.example": ["127.0.0.1"]})
    # The default trust store:
    with client_for(resolver) as client, pytest.raises(ssl.SSLCertVerificationError):
        post(client, f"https://hooks.example:{tls_receiver.port}/hook")
    assert tls_receiver.received() == []


def test_connections_are_kept_alive_but_never_shared_between_names(receiver: Receiver) -> None:
    resolver = CountingResolver({"127.0.0.1": ["127.0.0.1"], "hooks.example": ["127.0.0.1"]})
    with client_for(resolver) as client:
        for _ in range(3):
            post(client, receiver.url + "/hook")
        assert receiver.connections == 1
        post(client, f"http://hooks.example:{receiver.port}/hook")  # the same address
        assert receiver.connections == 2


def test_a_redirect_is_an_answer_not_followed(receiver: Receiver) -> None:
    receiver.answer = lambda _r: 307
    with client_for(CountingResolver({"127.0.0.1": ["127.0.0.1"]})) as client:
        assert post(client, receiver.url + "/hook").status_code == 307
    assert [r.path for r in receiver.received()] == ["/hook"]


def test_the_target_cannot_add_a_header(receiver: Receiver) -> None:
    with client_for(CountingResolver({"127.0.0.1": ["127.0.0.1"]})) as client:
        post(client, receiver.url + "/a b\r\nx-evil: 1?q=ü")
    (got,) = receiver.received()
    assert "x-evil" not in got.headers and " " not in got.path and got.path.isascii()


def test_a_long_answer_is_cut_at_the_limit_and_its_connection_dropped() -> None:
    body = bytes(range(256)) * 20
    answer = b"HTTP/1.1 200 OK\r\ncontent-length: 5120\r\n\r\n" + body
    with scripted_server(lambda conn: conn.sendall(answer)) as server, client_for(
        CountingResolver({"127.0.0.1": ["127.0.0.1"]})
    ) as client:  # fmt: skip
        first = post(client, server.url)
        assert first == Answer(200, body[: client.body_limit])
        post(client, server.url)
    assert server.connections == 2


def test_a_chunked_answer_is_decoded_and_its_connection_kept() -> None:
    answer = (
        b"HTTP/1.1 202 Accepted\r\ntransfer-encoding: chunked\r\n\r\n"
        b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
    )
    with scripted_server(lambda conn: conn.sendall(answer)) as server, client_for(
        CountingResolver({"127.0.0.1": ["127.0.0.1"]})
    ) as client:  # fmt: skip
        assert post(client, server.url) == Answer(202, b"hello world")
        assert post(client, server.url) == Answer(202, b"hello world")
    assert server.connections == 1


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    def answer_and_hang_up(conn: socket.socket) -> None:
        conn.sendall(NO_CONTENT)  # keep-alive by default, yet the server closes it
        time.sleep(0.05)
        conn.shutdown(socket.SHUT_RDWR)

    with scripted_server(answer_and_hang_up) as server, client_for(
        CountingResolver({"127.0.0.1": ["127.0.0.1"]})
    ) as client:  # fmt: skip
        assert post(client, server.url).status_code == 204
        time.sleep(0.2)
        assert post(client, server.url).status_code == 204
    assert server.connections == 2


def test_a_hanging_answer_is_cut_off_at_the_timeout() -> None:
    with scripted_server(lambda conn: time.sleep(5)) as server, client_for(
        CountingResolver({"127.0.0.1": ["127.0.0.1"]}), timeout=0.5
    ) as client:  # fmt: skip
        begin = time.monotonic()
        with pytest.raises(TimedOut, match="ReadTimeout"):
            post(client, server.url)
        assert time.monotonic() - begin < 3.0


def test_a_dripping_answer_is_read_until_the_deadline_only() -> None:
    head = b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n"
    with scripted_server(lambda conn: drip(conn, head, [b"x"] * 100, 0.1)) as server, client_for(
        CountingResolver({"127.0.0.1": ["127.0.0.1"]}), timeout=5.0
    ) as client:  # fmt: skip
        begin = time.monotonic()
        answer = post(client, server.url, within=0.6)
        assert time.monotonic() - begin < 3.0
    assert answer.status_code == 200 and 1 <= len(answer.body) < 100


def test_a_closed_port_is_an_error_not_a_hang() -> None:
    with socket.create_server(("127.0.0.1", 0)) as unused:
        port = unused.getsockname()[1]
    resolver = CountingResolver({"127.0.0.1": ["127.0.0.1"]})
    with client_for(resolver) as client, pytest.raises(ConnectionRefusedError):
        post(client, f"http://127.0.0.1:{port}/hook")
