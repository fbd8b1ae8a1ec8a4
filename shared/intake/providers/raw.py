"""The raw relay: the request body is the RFC 822 message itself, used byte for byte. JSON documents of
known webhook kinds (an SNS notification posted as text/plain, say) are refused with a 422 that names them.
"""

from __future__ import annotations

import json

from shared.errors import RequestRejected
from shared.intake.providers.common import ProviderMessage
from shared.intake.providers.foreign import describe_json, reject_foreign

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
