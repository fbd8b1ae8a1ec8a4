"""Identity-Aware Proxy (IAP) assertions: who the caseworker is, for the review function behind IAP.

IAP signs every request it lets through with an ES256 JWT in the `x-goog-iap-jwt-assertion` header. The function
trusts nobody else: `verify_assertion` checks that JWT (key, signature, issuer, audience, lifetime) and returns the
caseworker's email; anything else raises `IapRejected`. `PublicKeys` fetches and caches IAP's signing keys.

The audience is the service's own IAP audience: `/projects/PROJECT_NUMBER/locations/REGION/services/SERVICE` for a
Cloud Run service (or a Cloud Function, which runs as one), with the numeric project number, not the project id.
(IAP on a load balancer's backend service would use `/projects/PROJECT_NUMBER/global/backendServices/ID` instead.)

Signatures are checked with `cryptography` directly: google-auth's `jwt.decode` reads the machine's clock for
exp/iat, and here the caller's `now` decides.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import threading
import urllib.request
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from shared.clock import Clock, SystemClock

ISSUER = "https://cloud.google.com/iap"
PUBLIC_KEYS_URL = "https://www.gstatic.com/iap/verify/public_key"  # PEM keys by key id (JSON object)
HEADER = "x-goog-iap-jwt-assertion"
IAT_LEEWAY = timedelta(seconds=30)  # iat may be this far ahead of `now` (clock skew); exp gets no leeway
KEYS_TTL = timedelta(hours=1)
FETCH_TIMEOUT_SECONDS = 5
_MAX_TOKEN_CHARS = 16_384  # IAP assertions are about 1 KB; anything far larger is not one
_SEGMENT = re.compile(r"[A-Za-z0-9_-]+")


class IapRejected(Exception):
    """The request's IAP assertion is missing or not valid for this service; str(exc) is a short reason safe to show
    and log (never the token)."""


def verify_assertion(token: str | None, *, audience: str, keys: Mapping[str, str], now: datetime) -> str:
    """The verified caseworker's email. `keys`: key id -> PEM public key (ES256). Raises IapRejected for: a
    missing/empty token, a malformed token, an algorithm other than ES256, an unknown key id, a bad signature, an
    issuer other than ISSUER, an audience other than `audience`, an expired token (exp <= now) or one issued in the
    future (iat > now + 30 s leeway), a missing email claim. `now` must be timezone-aware."""
    if not audience:
        raise ValueError("audience is required (/projects/PROJECT_NUMBER/locations/REGION/services/SERVICE)")
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if not token:
        raise IapRejected("missing IAP assertion")
    if not isinstance(token, str) or len(token) > _MAX_TOKEN_CHARS:
        raise IapRejected("malformed IAP assertion")
    parts = token.split(".")
    if len(parts) != 3 or not all(_SEGMENT.fullmatch(part) for part in parts[:2]):
        raise IapRejected("malformed IAP assertion")
    header = _json_segment(parts[0])
    if header.get("alg") != "ES256":
        raise IapRejected("IAP assertion algorithm is not ES256")
    kid = header.get("kid")
    if not isinstance(kid, str) or kid not in keys:
        raise IapRejected("unknown IAP key id")
    if not _signature_ok(keys[kid], f"{parts[0]}.{parts[1]}".encode("ascii"), parts[2]):
        raise IapRejected("bad signature")
    # Claims are read only once the signature says IAP wrote them.
    claims = _json_segment(parts[1])
    if claims.get("iss") != ISSUER:
        raise IapRejected("wrong issuer")
    if not isinstance(claims.get("aud"), str) or claims["aud"] != audience:
        raise IapRejected("wrong audience")
    exp, iat = claims.get("exp"), claims.get("iat")
    if not _is_number(exp) or not _is_number(iat):
        raise IapRejected("IAP assertion has no exp/iat")
    moment = now.timestamp()
    if exp <= moment:
        raise IapRejected("IAP assertion expired")
    if iat > moment + IAT_LEEWAY.total_seconds():
        raise IapRejected("IAP assertion issued in the future")
    email = claims.get("email")
    if not isinstance(email, str) or not email:
        raise IapRejected("IAP assertion has no email")
    return email


class PublicKeys:
    """IAP's public keys, fetched on first use and cached for an hour (cold starts matter: nothing at import). `fetch`
    is injectable: a callable returning the JSON object text/dict of key id -> PEM; the default fetches
    PUBLIC_KEYS_URL with urllib, with a 5 s timeout. A fetch failure raises IapRejected("IAP public keys
    unavailable") and is not cached (the next request tries again)."""

    def __init__(self, fetch: Callable[[], str | bytes | Mapping[str, str]] | None = None,
                 clock: Clock | None = None):
        self._fetch = fetch or _fetch_public_keys
        self._clock = clock or SystemClock()
        self._lock = threading.Lock()
        self._keys: dict[str, str] | None = None
        self._fetched_at: datetime | None = None

    def get(self) -> Mapping[str, str]:
        """Key id -> PEM, from the cache if it is less than an hour old, else freshly fetched."""
        with self._lock:
            now = self._clock.now()
            if self._keys is None or self._fetched_at is None or now - self._fetched_at >= KEYS_TTL:
                try:
                    keys = _parse_keys(self._fetch())
                except Exception as exc:
                    raise IapRejected("IAP public keys unavailable") from exc
                self._keys, self._fetched_at = keys, now
            return self._keys


def _fetch_public_keys() -> bytes:
    with urllib.request.urlopen(PUBLIC_KEYS_URL, timeout=FETCH_TIMEOUT_SECONDS) as response:
        return response.read()


def _parse_keys(raw: str | bytes | Mapping[str, str]) -> dict[str, str]:
    keys = json.loads(raw) if isinstance(raw, (str, bytes)) else raw
    if not isinstance(keys, Mapping) or not keys:
        raise ValueError("IAP public keys are not a non-empty JSON object")
    if not all(isinstance(kid, str) and isinstance(pem, str) for kid, pem in keys.items()):
        raise ValueError("IAP public keys are not key id -> PEM text")
    return dict(keys)


def _b64url(segment: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    except (binascii.Error, ValueError) as exc:
        raise IapRejected("malformed IAP assertion") from exc


def _json_segment(segment: str) -> dict[str, Any]:
    try:
        value = json.loads(_b64url(segment))
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise IapRejected("malformed IAP assertion") from exc
    if not isinstance(value, dict):
        raise IapRejected("malformed IAP assertion")
    return value


@lru_cache(maxsize=32)
def _public_key(pem: str) -> ec.EllipticCurvePublicKey:
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        raise IapRejected("unusable IAP public key") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        raise IapRejected("unusable IAP public key")
    return key


def _signature_ok(pem: str, signed: bytes, signature_segment: str) -> bool:
    """ES256 over `signed`; the JWS signature is raw r || s (32 bytes each), cryptography wants DER."""
    if not _SEGMENT.fullmatch(signature_segment):
        return False
    raw = _b64url(signature_segment)
    if len(raw) != 64:
        return False
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    try:
        _public_key(pem).verify(der, signed, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
