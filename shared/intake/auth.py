"""Verify who sent a webhook (no I/O): Mailgun HMAC signatures with a timestamp window, HTTP basic auth,
the raw relay's body HMAC, and SendGrid's optional ECDSA signature. All comparisons are constant-time.

Each check raises RequestRejected: 401 when credentials are missing or malformed, 403 when they are present
but wrong or stale. Reasons say what was wrong and never echo a secret.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from datetime import datetime

from shared.errors import RequestRejected


def verify_mailgun(signing_key: str, timestamp: str, token: str, signature: str, now: datetime,
                   max_age_seconds: int) -> None:
    """hex(HMAC-SHA256(signing_key, timestamp + token)) == signature, and the timestamp is recent."""
    if not timestamp.isdigit():
        raise RequestRejected(403, "Mailgun timestamp is not a number")
    expected = hmac.new(signing_key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature.strip().lower()):
        raise RequestRejected(403, "Mailgun signature does not match")
    age = abs(now.timestamp() - int(timestamp))
    if age > max_age_seconds:
        raise RequestRejected(403, f"Mailgun timestamp is {age:.0f}s away from now (limit {max_age_seconds}s)")


def verify_basic_auth(expected: str, authorization: str | None) -> None:
    """HTTP basic auth against `expected` ("user:password")."""
    if not authorization or not authorization.lower().startswith("basic "):
        raise RequestRejected(401, "HTTP basic authentication required")
    try:
        given = base64.b64decode(authorization[6:].strip(), validate=True)
    except (binascii.Error, ValueError):
        raise RequestRejected(401, "malformed basic authentication header") from None
    if not hmac.compare_digest(given, expected.encode()):
        raise RequestRejected(403, "wrong user name or password")


def verify_raw_hmac(secret: str, body: bytes, header: str | None) -> None:
    """X-Signature: sha256=<hex HMAC-SHA256(secret, body)>."""
    if not header:
        raise RequestRejected(401, "X-Signature header required (sha256=<hex HMAC of the body>)")
    scheme, _, given = header.strip().partition("=")
    if scheme.lower() != "sha256" or not given:
        raise RequestRejected(401, "X-Signature must have the form sha256=<hex>")
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, given.strip().lower()):
        raise RequestRejected(403, "X-Signature does not match the body")


def verify_sendgrid_ecdsa(public_key_b64: str, timestamp: str | None, body: bytes, signature_b64: str | None) -> None:
    """ECDSA P-256/SHA-256 over timestamp + body (SendGrid's signed-webhook scheme)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    if not timestamp or not signature_b64:
        raise RequestRejected(401, "SendGrid signature headers required "
                                   "(X-Twilio-Email-Event-Webhook-Signature and -Timestamp)")
    try:
        key = serialization.load_der_public_key(base64.b64decode(public_key_b64))
        signature = base64.b64decode(signature_b64, validate=True)
    except (binascii.Error, ValueError):
        raise RequestRejected(403, "SendGrid signature is not valid base64 DER") from None
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise RequestRejected(403, "SENDGRID_PARSE_PUBLIC_KEY is not an ECDSA key")
    try:
        key.verify(signature, timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise RequestRejected(403, "SendGrid signature does not match") from None
