import base64
from datetime import UTC, datetime

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from service.webhooks.signing import generate_secret, message_headers, secret_key, sign


def test_secrets_are_whsec_and_24_to_64_random_bytes() -> None:
    secrets = {generate_secret() for _ in range(20)}
    assert len(secrets) == 20
    for secret in secrets:
        assert secret.startswith("whsec_")
        assert 24 <= len(base64.b64decode(secret.removeprefix("whsec_"))) <= 64
    assert len(secret_key(generate_secret(64))) == 64
    with pytest.raises(ValueError):
        generate_secret(16)


def test_signatures_verify_with_the_reference_implementation() -> None:
    secret = generate_secret()
    body = '{"type":"milestone.recorded","data":{"position":1}}'
    now = int(datetime.now(UTC).timestamp())
    headers = message_headers([secret], "msg_1", now, body)
    assert Webhook(secret).verify(body, headers) == {
        "type": "milestone.recorded", "data": {"position": 1}}  # fmt: skip
    assert headers["webhook-signature"] == Webhook(secret).sign(
        "msg_1", datetime.fromtimestamp(now, UTC), body
    )


def test_two_secrets_give_two_signatures_each_accepted_alone() -> None:
    old, new = generate_secret(), generate_secret()
    body = "{}"
    now = int(datetime.now(UTC).timestamp())
    headers = message_headers([new, old], "msg_2", now, body)
    assert headers["webhook-signature"].count("v1,") == 2
    for secret in (old, new):
        Webhook(secret).verify(body, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(generate_secret()).verify(body, headers)


def test_a_changed_body_or_id_fails_verification() -> None:
    secret = generate_secret()
    now = int(datetime.now(UTC).timestamp())
    headers = message_headers([secret], "msg_3", now, '{"a":1}')
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify('{"a":2}', headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify('{"a":1}', {**headers, "webhook-id": "msg_4"})
    assert sign(secret, "m", now, "x") != sign(secret, "m", now + 1, "x")
