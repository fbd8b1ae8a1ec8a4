"""Helpers every stage uses: loading the canonical mail by reference."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.domain.mail import InboundMail
from shared.errors import InvalidMessage


def load_mail(envelope: Envelope, blobs) -> InboundMail:
    """The canonical mail the envelope references, its body cut to what the engines read
    (InboundMail.for_engines). Missing blob → InvalidMessage; the blob store's DependencyUnavailable (an
    outage) propagates, and the message is redelivered."""
    try:
        data = blobs.get(envelope.mail_key)
    except KeyError:
        raise InvalidMessage(f"canonical mail {envelope.mail_key} is not in the blob store") from None
    return InboundMail.model_validate_json(data).for_engines()
