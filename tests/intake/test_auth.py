"""Webhook authentication against published known-answer vectors (../shared/corpus/webhooks/signature_vectors.json)."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone

import pytest

from shared.errors import RequestRejected
from shared.intake.auth import verify_basic_auth, verify_mailgun, verify_raw_hmac, verify_sendgrid_ecdsa
from tests.conftest import corpus_dir


def _vector(vector_id: str) -> dict:
    vectors = json.loads((corpus_dir() / "webhooks" / "signature_vectors.json").read_text())["vectors"]
    return next(v for v in vectors if v["id"] == vector_id)


def _at(timestamp: str, seconds: float = 0) -> datetime:
    return datetime.fromtimestamp(int(timestamp), timezone.utc) + timedelta(seconds=seconds)


@pytest.mark.parametrize("vector_id", ["mailgun-rails-valid", "mailgun-anymail-derived"])
def test_mailgun_vectors_verify_at_their_time(vector_id):
    v = _vector(vector_id)
    verify_mailgun(v["signing_key"], v["timestamp"], v["token"], v["expected_signature"], _at(v["timestamp"]), 900)


def test_mailgun_stale_forged_and_non_numeric_are_403():
    v = _vector("mailgun-rails-valid")
    with pytest.raises(RequestRejected) as stale:  # Rails allows 2 minutes; 11 minutes later is stale
        verify_mailgun(v["signing_key"], v["timestamp"], v["token"], v["expected_signature"],
                       _at(v["timestamp"], 11 * 60), 120)
    assert stale.value.status == 403 and "timestamp" in stale.value.reason
    with pytest.raises(RequestRejected) as forged:
        verify_mailgun(v["signing_key"], v["timestamp"], "Zx8mJBiGmiiyyfWnho3zKyjCg2pxLARoCuBM7X9AKCioShGiMX",
                       v["expected_signature"], _at(v["timestamp"]), 900)
    assert forged.value.status == 403
    with pytest.raises(RequestRejected) as nan:
        verify_mailgun(v["signing_key"], "not-a-number", v["token"], v["expected_signature"], _at(v["timestamp"]), 900)
    assert nan.value.status == 403
    assert v["signing_key"] not in stale.value.reason + forged.value.reason + nan.value.reason


def test_sendgrid_ecdsa_vector_and_its_negative_cases():
    v = _vector("sendgrid-event-webhook-ecdsa")
    body = (corpus_dir() / "webhooks" / v["payload_file"]).read_bytes()
    verify_sendgrid_ecdsa(v["public_key_b64_der"], v["timestamp"], body, v["expected_signature"])
    for case in v["negative_cases"]:
        key = case.get("public_key_b64_der", v["public_key_b64_der"])
        signature = case.get("signature", v["expected_signature"])
        payload = b"payload" if "payload" in case["what"] else body
        timestamp = "timestamp" if "timestamp" in case["what"] else v["timestamp"]
        with pytest.raises(RequestRejected) as caught:
            verify_sendgrid_ecdsa(key, timestamp, payload, signature)
        assert caught.value.status == 403, case["what"]
    with pytest.raises(RequestRejected) as missing:
        verify_sendgrid_ecdsa(v["public_key_b64_der"], None, body, None)
    assert missing.value.status == 401


def test_basic_auth():
    good = "Basic " + base64.b64encode(b"actionmailbox:s3cret").decode()
    verify_basic_auth("actionmailbox:s3cret", good)
    for header, status in [(None, 401), ("Bearer x", 401), ("Basic !!!", 401),
                           ("Basic " + base64.b64encode(b"actionmailbox:nope").decode(), 403)]:
        with pytest.raises(RequestRejected) as caught:
            verify_basic_auth("actionmailbox:s3cret", header)
        assert caught.value.status == status, header


def test_raw_hmac():
    import hashlib
    import hmac

    body = b"From: a@example.org\r\n\r\nhi"
    good = "sha256=" + hmac.new(b"k", body, hashlib.sha256).hexdigest()
    verify_raw_hmac("k", body, good)
    verify_raw_hmac("k", body, good.upper().replace("SHA256", "sha256"))
    for header, status in [(None, 401), ("md5=abc", 401), ("sha256=" + "0" * 64, 403)]:
        with pytest.raises(RequestRejected) as caught:
            verify_raw_hmac("k", body, header)
        assert caught.value.status == status
