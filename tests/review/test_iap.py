"""IAP assertion verification with a throwaway P-256 key: tokens are signed here, time comes from a fake clock."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import datetime, timezone

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from shared.clock import FakeClock
from shared.review.iap import ISSUER, IapRejected, PublicKeys, verify_assertion

AUDIENCE = "/projects/123456789012/locations/europe-west3/services/review"
KID = "test-kid-1"
EMAIL = "caseworker@example.org"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _pem(private_key: ec.EllipticCurvePrivateKey) -> str:
    return private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def _sign(private_key: ec.EllipticCurvePrivateKey, header: dict, claims: dict) -> str:
    signed = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    r, s = decode_dss_signature(private_key.sign(signed.encode("ascii"), ec.ECDSA(hashes.SHA256())))
    return f"{signed}.{_b64(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


@pytest.fixture(scope="module")
def private_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture
def keys(private_key) -> dict[str, str]:
    return {KID: _pem(private_key), "other-kid": _pem(ec.generate_private_key(ec.SECP256R1()))}


@pytest.fixture
def now(clock) -> datetime:
    # FakeClock starts at 2026-01-01: tokens valid then are long expired by the machine's clock.
    return clock.now()


def _claims(now: datetime, **overrides) -> dict:
    issued = int(now.timestamp()) - 60
    claims = dict(iss=ISSUER, aud=AUDIENCE, iat=issued, exp=issued + 600, email=EMAIL,
                  sub="accounts.google.com:1234567890")
    claims.update(overrides)
    return {name: value for name, value in claims.items() if value is not None}


def _token(private_key, now, header=None, **claims) -> str:
    return _sign(private_key, header or {"alg": "ES256", "kid": KID, "typ": "JWT"}, _claims(now, **claims))


def _rejected(token, keys, now, audience=AUDIENCE) -> str:
    with pytest.raises(IapRejected) as caught:
        verify_assertion(token, audience=audience, keys=keys, now=now)
    reason = str(caught.value)
    for part in [token or "", *(token or "").split(".")]:
        if len(part) > 8:  # the short garbage ones are substrings of any text
            assert part not in reason
    return reason


def test_a_valid_token_gives_the_email(private_key, keys, now):
    assert verify_assertion(_token(private_key, now), audience=AUDIENCE, keys=keys, now=now) == EMAIL


def test_now_decides_not_the_machine_clock(private_key, keys, now):
    token = _token(private_key, now)
    later = datetime(2026, 1, 1, 0, 9, tzinfo=timezone.utc)  # exp is now - 60 + 600 = 00:09:00
    assert verify_assertion(token, audience=AUDIENCE, keys=keys, now=now) == EMAIL
    assert _rejected(token, keys, later) == "IAP assertion expired"


@pytest.mark.parametrize("token", [None, ""])
def test_a_missing_token_is_rejected(token, keys, now):
    assert _rejected(token, keys, now) == "missing IAP assertion"


@pytest.mark.parametrize("token", [
    "garbage", "a.b", "a.b.c.d", "!!!.###.$$$", "a+b.c/d.e", f"{_b64(b'[1]')}.e30.AAAA",
    f"{_b64(b'not json')}.e30.AAAA", f"{_b64(bytes([255, 254]))}.e30.AAAA", "x" * 20_000,
])
def test_garbage_is_malformed(token, keys, now):
    assert _rejected(token, keys, now) == "malformed IAP assertion"


@pytest.mark.parametrize("payload", [b"[1]", b"not json", b"\xff"])
def test_a_signed_but_malformed_payload_is_malformed(payload, private_key, keys):
    signed = f"{_b64(json.dumps({'alg': 'ES256', 'kid': KID}).encode())}.{_b64(payload)}"
    r, s = decode_dss_signature(private_key.sign(signed.encode("ascii"), ec.ECDSA(hashes.SHA256())))
    token = f"{signed}.{_b64(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"
    assert _rejected(token, keys, FakeClock().now()) == "malformed IAP assertion"


def test_hs256_is_rejected_even_when_keyed_with_the_public_pem(keys, now):
    header = _b64(json.dumps({"alg": "HS256", "kid": KID}).encode())
    signed = f"{header}.{_b64(json.dumps(_claims(now)).encode())}"
    mac = hmac.new(keys[KID].encode(), signed.encode(), hashlib.sha256).digest()
    assert _rejected(f"{signed}.{_b64(mac)}", keys, now) == "IAP assertion algorithm is not ES256"


@pytest.mark.parametrize("alg", ["none", "None", "RS256", "ES384", None])
def test_other_algorithms_are_rejected(alg, private_key, keys, now):
    header = {"kid": KID} if alg is None else {"alg": alg, "kid": KID}
    unsigned = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(_claims(now)).encode())}."
    assert _rejected(unsigned, keys, now) == "IAP assertion algorithm is not ES256"
    assert _rejected(_token(private_key, now, header=header), keys, now) == "IAP assertion algorithm is not ES256"


@pytest.mark.parametrize("header", [
    {"alg": "ES256", "kid": "rotated-away"}, {"alg": "ES256"}, {"alg": "ES256", "kid": 1},
])
def test_an_unknown_key_id_is_rejected(header, private_key, keys, now):
    assert _rejected(_token(private_key, now, header=header), keys, now) == "unknown IAP key id"


def test_a_token_signed_by_another_key_is_forged(keys, now):
    forger = ec.generate_private_key(ec.SECP256R1())
    assert _rejected(_token(forger, now), keys, now) == "bad signature"


def test_a_token_signed_with_a_known_but_different_key_id_is_rejected(private_key, keys, now):
    token = _token(private_key, now, header={"alg": "ES256", "kid": "other-kid"})
    assert _rejected(token, keys, now) == "bad signature"


def test_tampered_claims_break_the_signature(private_key, keys, now):
    header, _, signature = _token(private_key, now).split(".")
    tampered = _b64(json.dumps(_claims(now, email="boss@example.org")).encode())
    assert _rejected(f"{header}.{tampered}.{signature}", keys, now) == "bad signature"
    assert _rejected(f"{header}.{tampered}.", keys, now) == "bad signature"


def test_wrong_issuer(private_key, keys, now):
    assert _rejected(_token(private_key, now, iss="https://accounts.google.com"), keys, now) == "wrong issuer"
    assert _rejected(_token(private_key, now, iss=None), keys, now) == "wrong issuer"


@pytest.mark.parametrize("aud", ["/projects/123456789012/locations/europe-west3/services/other", [AUDIENCE], None])
def test_wrong_audience(aud, private_key, keys, now):
    assert _rejected(_token(private_key, now, aud=aud), keys, now) == "wrong audience"


def test_expired_including_exactly_at_exp(private_key, keys, now):
    stamp = int(now.timestamp())
    assert _rejected(_token(private_key, now, iat=stamp - 700, exp=stamp - 1), keys, now) == "IAP assertion expired"
    assert _rejected(_token(private_key, now, iat=stamp - 700, exp=stamp), keys, now) == "IAP assertion expired"
    token = _token(private_key, now, iat=stamp - 700, exp=stamp + 1)
    assert verify_assertion(token, audience=AUDIENCE, keys=keys, now=now) == EMAIL


def test_issued_in_the_future_beyond_30_seconds(private_key, keys, now):
    stamp = int(now.timestamp())
    token = _token(private_key, now, iat=stamp + 31, exp=stamp + 600)
    assert _rejected(token, keys, now) == "IAP assertion issued in the future"
    token = _token(private_key, now, iat=stamp + 30, exp=stamp + 600)
    assert verify_assertion(token, audience=AUDIENCE, keys=keys, now=now) == EMAIL


@pytest.mark.parametrize("claims", [dict(exp=None), dict(iat=None), dict(exp="soon"), dict(exp=True)])
def test_missing_or_odd_lifetime_claims(claims, private_key, keys, now):
    assert _rejected(_token(private_key, now, **claims), keys, now) == "IAP assertion has no exp/iat"


@pytest.mark.parametrize("email", [None, "", 42])
def test_no_email_claim(email, private_key, keys, now):
    assert _rejected(_token(private_key, now, email=email), keys, now) == "IAP assertion has no email"


def test_misconfiguration_is_a_programming_error_not_a_rejection(private_key, keys, now):
    token = _token(private_key, now)
    with pytest.raises(ValueError):
        verify_assertion(token, audience="", keys=keys, now=now)
    with pytest.raises(ValueError):
        verify_assertion(token, audience=AUDIENCE, keys=keys, now=now.replace(tzinfo=None))


def test_an_unusable_key_is_rejected(private_key, now):
    p384 = ec.generate_private_key(ec.SECP384R1())
    token = _token(private_key, now)
    assert _rejected(token, {KID: "not a pem"}, now) == "unusable IAP public key"
    assert _rejected(token, {KID: _pem(p384)}, now) == "unusable IAP public key"


class _Fetch:
    """A fake key fetch that counts its calls."""

    def __init__(self, result):
        self.result, self.calls = result, 0

    def __call__(self):
        self.calls += 1
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


def test_public_keys_are_fetched_lazily_and_cached_for_an_hour(keys):
    clock = FakeClock()
    fetch = _Fetch(json.dumps(keys))
    public_keys = PublicKeys(fetch=fetch, clock=clock)
    assert fetch.calls == 0
    assert public_keys.get() == keys
    clock.advance(3599)
    assert public_keys.get() == keys
    assert fetch.calls == 1
    clock.advance(1)
    fetch.result = {"new-kid": keys[KID]}
    assert public_keys.get() == {"new-kid": keys[KID]}
    assert fetch.calls == 2
    assert public_keys.get() == {"new-kid": keys[KID]}
    assert fetch.calls == 2


@pytest.mark.parametrize("result", [OSError("timed out"), "not json", "[]", "{}", {"kid": 1}, b"{\"kid\": null}"])
def test_a_failing_fetch_is_rejected_and_not_cached(result, keys):
    fetch = _Fetch(result)
    public_keys = PublicKeys(fetch=fetch, clock=FakeClock())
    with pytest.raises(IapRejected, match="^IAP public keys unavailable$"):
        public_keys.get()
    fetch.result = json.dumps(keys).encode()
    assert public_keys.get() == keys
    assert fetch.calls == 2


def test_fetched_keys_verify_a_token(private_key, keys, now):
    public_keys = PublicKeys(fetch=_Fetch(json.dumps(keys)), clock=FakeClock())
    assert verify_assertion(_token(private_key, now), audience=AUDIENCE, keys=public_keys.get(), now=now) == EMAIL
