"""The raw relay: the request body is the RFC 822 message itself, used byte for byte. JSON documents of
known webhook kinds (an SNS notification posted as text/plain, say) are refused with a 422 that names them.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from shared.errors import RequestRejected
from shared.intake import signatures
from shared.intake.providers.common import ProviderMessage
from shared.intake.providers.foreign import describe_json, reject_foreign
from shared.intake.providers.spec import IncomingRequest, Provider

PROVIDER = "raw"


def raw_message(body: bytes) -> ProviderMessage:
    if not body.strip():
        raise RequestRejected(400, "no message in payload: the body is empty")
    if body.lstrip()[:1] in (b"{", b"["):
        try:
            document = json.loads(body)
        except (ValueError, RecursionError):
            document = None
        if document is not None:
            reject_foreign(describe_json(document), "an RFC 822 message")
            raise RequestRejected(422, "the body is a JSON document, not an RFC 822 message")
    return ProviderMessage(PROVIDER, body)


def read(request: IncomingRequest, secret: str, settings, now: datetime) -> ProviderMessage:
    """Check the body's HMAC (`X-Signature: sha256=<hex>`), then take the body as the message."""
    signatures.verify_raw_hmac(secret, request.body, request.headers.get("X-Signature"))
    return raw_message(request.body)


def example(base: str, sample: Path, secret: str) -> str:
    return (f"SIG=$(openssl dgst -sha256 -hmac '{secret}' {sample} | sed 's/^.*= //')\n"
            f"curl -s -H 'Content-Type: message/rfc822' -H \"X-Signature: sha256=$SIG\" --data-binary @{sample} "
            f"{base}/raw; echo")


SPEC = Provider(
    name=PROVIDER, path="/raw", content_types=("message/rfc822",),
    secret_variable="RAW_WEBHOOK_SECRET", read=read, example=example,
    # Our own relay contract (README, "Sending email in"): like an SMTP server's 4xx/5xx, a 5xx means "try
    # again later" and a 4xx means "never send this again".
    stop_status=422, retry_status=503, stops_on_any_4xx=True,
    statuses_documented_at="README.md#sending-email-in",
)
