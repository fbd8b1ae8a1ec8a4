"""shared.intake.signatures against the published known-answer vectors in signature_vectors.json."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from shared.errors import RequestRejected
from shared.intake.signatures import (
    sha256_hex,
    verify_basic_auth,
    verify_mailgun,
    verify_raw_hmac,
    verify_sendgrid_ecdsa,
)

WEBHOOKS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "webhooks"
EDT = timezone(timedelta(hours=-4))
RAILS_BASIC = "actionmailbox:tbsy84uSV1Kt3ZJZELY2TmShPRs91E3yL4tzf96297vBCkDWgL"  # actionmailbox test_helper.rb


def vector(vector_id: str) -> dict:
    path = WEBHOOKS / "signature_vectors.json"
    if not path.is_file():
        pytest.skip(f"{path} is missing (expected the shared corpus next to the repo)")
    return next(v for v in json.loads(path.read_text())["vectors"] if v["id"] == vector_id)


def rejected(call, *args, **kwargs) -> RequestRejected:
    with pytest.raises(RequestRejected) as caught:
        call(*args, **kwargs)
    return caught.value


# --- Mailgun -----------------------------------------------------------------------------------------------

def mailgun_args(v: dict, now: datetime, **changes) -> dict:
    args = {"signing_key": v["signing_key"], "timestamp": v["timestamp"], "token": v["token"],
            "signature": v["expected_signature"], "now": now, "max_age_seconds": 120}
    args.update(changes)
    return args


def test_mailgun_rails_vector_is_valid_at_its_time():
    v = vector("mailgun-rails-valid")
    now = datetime(2018, 10, 9, 15, 15, tzinfo=EDT)
    assert int(now.timestamp()) == int(v["timestamp"])
    assert verify_mailgun(**mailgun_args(v, now)) is None
    assert verify_mailgun(**mailgun_args(v, now, signature=v["expected_signature"].upper())) is None


def test_mailgun_rails_vector_is_stale_eleven_minutes_later():
    v = vector("mailgun-rails-valid")
    error = rejected(verify_mailgun, **mailgun_args(v, datetime(2018, 10, 9, 15, 26, tzinfo=EDT)))
    assert error.status == 401 and "stale" in error.reason
    early = datetime(2018, 10, 9, 15, 4, tzinfo=EDT)  # a timestamp from the future is as suspicious
    assert rejected(verify_mailgun, **mailgun_args(v, early)).status == 401


def test_mailgun_naive_now_is_read_as_utc():
    v = vector("mailgun-rails-valid")
    assert verify_mailgun(**mailgun_args(v, datetime(2018, 10, 9, 19, 15))) is None


def test_mailgun_forged_token_is_rejected():
    v = vector("mailgun-rails-valid")
    error = rejected(verify_mailgun, **mailgun_args(v, datetime(2018, 10, 9, 15, 15, tzinfo=EDT),
                                                    token="Zx8mJBiGmiiyyfWnho3zKyjCg2pxLARoCuBM7X9AKCioShGiMX"))
    assert error.status == 401 and "does not match" in error.reason
    assert v["signing_key"] not in error.reason


def test_mailgun_non_numeric_timestamp_is_rejected_even_with_matching_hmac():
    v = vector("mailgun-rails-valid")
    forged = hmac.new(v["signing_key"].encode(), ("not-a-number" + v["token"]).encode(), hashlib.sha256).hexdigest()
    error = rejected(verify_mailgun, **mailgun_args(v, datetime(2018, 10, 9, 15, 15, tzinfo=EDT),
                                                    timestamp="not-a-number", signature=forged))
    assert error.status == 401 and "timestamp" in error.reason


def test_mailgun_anymail_derived_vector():
    v = vector("mailgun-anymail-derived")
    now = datetime.fromtimestamp(int(v["timestamp"]) + 30, tz=UTC)
    assert verify_mailgun(**mailgun_args(v, now)) is None
    assert rejected(verify_mailgun, **mailgun_args(v, now, signing_key="other-key")).status == 401


@pytest.mark.parametrize("field, value, status", [
    ("timestamp", "", 401), ("token", None, 401), ("signature", "", 401), ("signature", "zz" * 32, 401),
    ("signature", "abc", 401), ("timestamp", "１５３９１１２５００", 401), ("signing_key", "", 503),
])
def test_mailgun_missing_or_malformed_inputs(field, value, status):
    v = vector("mailgun-rails-valid")
    error = rejected(verify_mailgun, **mailgun_args(v, datetime(2018, 10, 9, 15, 15, tzinfo=EDT), **{field: value}))
    assert error.status == status


# --- HTTP Basic auth ---------------------------------------------------------------------------------------

def basic(credentials: str) -> str:
    return "Basic " + base64.b64encode(credentials.encode()).decode()


def test_basic_auth_accepts_the_configured_credentials():
    assert verify_basic_auth(RAILS_BASIC, basic(RAILS_BASIC)) is None
    assert verify_basic_auth(RAILS_BASIC, "basic  " + basic(RAILS_BASIC)[6:]) is None


@pytest.mark.parametrize("header, status", [
    (None, 401), ("", 401), ("Bearer abc", 401), ("Basic", 401), ("Basic !!!not-base64!!!", 401),
    (basic("no-colon"), 401), (basic("actionmailbox:wrong"), 401), (basic("someone:" + RAILS_BASIC[14:]), 401),
    (basic(RAILS_BASIC + "x"), 401),
])
def test_basic_auth_rejections(header, status):
    error = rejected(verify_basic_auth, RAILS_BASIC, header)
    assert error.status == status
    assert RAILS_BASIC.split(":")[1] not in error.reason


def test_basic_auth_without_configuration_is_503():
    assert rejected(verify_basic_auth, "", basic(RAILS_BASIC)).status == 503


# --- raw relay HMAC (RFC 4231 test case 2) -------------------------------------------------------------------

RFC4231_KEY, RFC4231_DATA = "Jefe", b"what do ya want for nothing?"
RFC4231_MAC = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_raw_hmac_known_answer():
    assert verify_raw_hmac(RFC4231_KEY, RFC4231_DATA, "sha256=" + RFC4231_MAC) is None
    assert verify_raw_hmac(RFC4231_KEY, RFC4231_DATA, "SHA256=" + RFC4231_MAC.upper()) is None


@pytest.mark.parametrize("body, header, status", [
    (RFC4231_DATA, None, 401), (RFC4231_DATA, RFC4231_MAC, 401), (RFC4231_DATA, "sha1=" + RFC4231_MAC, 401),
    (RFC4231_DATA, "sha256=" + RFC4231_MAC[:-2], 401), (RFC4231_DATA + b" ", "sha256=" + RFC4231_MAC, 401),
    (RFC4231_DATA, "sha256=" + "0" * 64, 401),
])
def test_raw_hmac_rejections(body, header, status):
    error = rejected(verify_raw_hmac, RFC4231_KEY, body, header)
    assert error.status == status and "Jefe" not in error.reason


def test_sha256_hex_known_answer():
    assert sha256_hex(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


# --- SendGrid ECDSA ---------------------------------------------------------------------------------------

def sendgrid_case() -> tuple[dict, bytes]:
    v = vector("sendgrid-event-webhook-ecdsa")
    return v, (WEBHOOKS / v["payload_file"]).read_bytes()


def test_sendgrid_published_vector_verifies():
    v, body = sendgrid_case()
    assert verify_sendgrid_ecdsa(v["public_key_b64_der"], v["timestamp"], body, v["expected_signature"]) is None


def test_sendgrid_negative_cases_from_the_vector_file():
    v, body = sendgrid_case()
    cases = {case["what"]: case for case in v["negative_cases"]}
    key, ts, sig = v["public_key_b64_der"], v["timestamp"], v["expected_signature"]
    attempts = [
        (cases["wrong public key"]["public_key_b64_der"], ts, body, sig),
        (key, ts, b"payload", sig),
        (key, ts, body, cases["other signature"]["signature"]),
        (key, "timestamp", body, sig),
        (key, ts, body.rstrip(b"\r\n"), sig),  # the trailing CRLF is part of the signed body
    ]
    for attempt in attempts:
        assert rejected(verify_sendgrid_ecdsa, *attempt).status == 401


@pytest.mark.parametrize("change, status", [
    ({"signature_b64": None}, 401), ({"signature_b64": "%%%"}, 401), ({"timestamp": ""}, 401),
    ({"signature_b64": base64.b64encode(b"not DER").decode()}, 401),
    ({"public_key_b64_der": ""}, 503), ({"public_key_b64_der": "bm90IGEga2V5"}, 503),
])
def test_sendgrid_missing_or_malformed(change, status):
    v, body = sendgrid_case()
    args = {"public_key_b64_der": v["public_key_b64_der"], "timestamp": v["timestamp"], "body": body,
            "signature_b64": v["expected_signature"]}
    args.update(change)
    assert rejected(verify_sendgrid_ecdsa, **args).status == status
