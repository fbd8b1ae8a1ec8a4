"""Webhook authentication checks (sans-I/O): Mailgun's HMAC with a freshness window, HTTP Basic auth,
the raw relay's body HMAC and SendGrid's ECDSA signature.

Every check returns None on success and raises RequestRejected otherwise: 401 when a credential is missing,
malformed, wrong or stale (never 403: Postmark reads 403 as "stop retrying", and a misconfigured secret must
not make a provider give the mail up), 503 when our own secret is not configured.
Secrets are compared in constant time and never appear in a reason.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key

from shared.errors import RequestRejected

_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_UNIX_SECONDS = re.compile(r"[0-9]{1,12}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "replace")


def _not_configured(what: str) -> RequestRejected:
    return RequestRejected(503, f"{what} is not configured on this server")


def verify_mailgun(signing_key: str, timestamp: str | None, token: str | None, signature: str | None,
                   now: datetime, max_age_seconds: int) -> None:
    """Check hex(HMAC-SHA256(signing_key, timestamp + token)) == signature and |now - timestamp| <= max_age."""
    if not signing_key:
        raise _not_configured("the Mailgun signing key")
    for name, value in (("timestamp", timestamp), ("token", token), ("signature", signature)):
        if not value:
            raise RequestRejected(401, f"Mailgun {name} is missing")
    if not _UNIX_SECONDS.fullmatch(timestamp):
        raise RequestRejected(401, "Mailgun timestamp is not a number of seconds")
    if not _HEX64.fullmatch(signature):
        raise RequestRejected(401, "Mailgun signature is not 64 hex digits")
    expected = hmac.new(_utf8(signing_key), _utf8(timestamp + token), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature.lower()):
        raise RequestRejected(401, "Mailgun signature does not match timestamp and token")
    moment = now if now.tzinfo else now.replace(tzinfo=UTC)
    age = moment.timestamp() - int(timestamp)
    if age > max_age_seconds:
        raise RequestRejected(401, f"Mailgun timestamp is stale: {age:.0f} s old (limit {max_age_seconds} s)")
    if -age > max_age_seconds:  # a sender's clock far ahead of ours
        raise RequestRejected(401, f"Mailgun timestamp is {-age:.0f} s in the future (limit {max_age_seconds} s)")


def verify_basic_auth(expected: str, authorization_header: str | None) -> None:
    """Check an `Authorization: Basic ...` header against the configured "user:pass"."""
    if not expected or ":" not in expected:
        raise _not_configured("HTTP Basic auth for this route")
    if not authorization_header:
        raise RequestRejected(401, "Authorization header is missing")
    scheme, _, credentials = authorization_header.strip().partition(" ")
    if scheme.lower() != "basic" or not credentials.strip():
        raise RequestRejected(401, "Authorization header is not HTTP Basic")
    try:
        given = base64.b64decode(credentials.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise RequestRejected(401, "Basic credentials are not valid base64") from None
    if b":" not in given:
        raise RequestRejected(401, "Basic credentials are not of the form user:password")
    if not hmac.compare_digest(hashlib.sha256(given).digest(), hashlib.sha256(_utf8(expected)).digest()):
        raise RequestRejected(401, "Basic credentials are wrong")


def verify_raw_hmac(secret: str, body: bytes, header_value: str | None) -> None:
    """Check a `sha256=<hex HMAC-SHA256(secret, body)>` header (the raw relay's signature)."""
    if not secret:
        raise _not_configured("the raw webhook secret")
    if not header_value:
        raise RequestRejected(401, "X-Signature header is missing (expected sha256=<hex HMAC-SHA256 of the body>)")
    scheme, _, digest = header_value.strip().partition("=")
    if scheme.lower() != "sha256" or not _HEX64.fullmatch(digest):
        raise RequestRejected(401, "X-Signature header is not of the form sha256=<64 hex digits>")
    expected = hmac.new(_utf8(secret), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, digest.lower()):
        raise RequestRejected(401, "X-Signature does not match the body")


def verify_sendgrid_ecdsa(public_key_b64_der: str, timestamp: str | None, body: bytes,
                          signature_b64: str | None) -> None:
    """Check SendGrid's ECDSA P-256/SHA-256 signature (base64 DER) over timestamp + body."""
    key = _sendgrid_public_key(public_key_b64_der)
    if not timestamp:
        raise RequestRejected(401, "SendGrid signature timestamp is missing")
    if not signature_b64:
        raise RequestRejected(401, "SendGrid signature is missing")
    try:
        signature = base64.b64decode(signature_b64.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise RequestRejected(401, "SendGrid signature is not valid base64") from None
    try:
        key.verify(signature, _utf8(timestamp) + body, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        raise RequestRejected(401, "SendGrid signature does not verify for this timestamp and body") from None


def _sendgrid_public_key(public_key_b64_der: str) -> ec.EllipticCurvePublicKey:
    if not public_key_b64_der:
        raise _not_configured("the SendGrid verification key")
    try:
        key = load_der_public_key(base64.b64decode(public_key_b64_der.strip(), validate=True))
    except (binascii.Error, ValueError, TypeError, UnsupportedAlgorithm):
        raise _not_configured("a valid SendGrid verification key (base64 DER)") from None
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise _not_configured("an EC SendGrid verification key")
    return key
