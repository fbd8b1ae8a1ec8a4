"""Helpers every stage uses: loading the canonical mail by reference, guarded dependency calls."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.domain.mail import InboundMail
from shared.errors import DependencyUnavailable, InvalidMessage


def load_mail(envelope: Envelope, blobs) -> InboundMail:
    """The canonical mail the envelope references. Missing blob → InvalidMessage; store failure → retryable."""
    try:
        data = blobs.get(envelope.mail_key)
    except KeyError:
        raise InvalidMessage(f"canonical mail {envelope.mail_key} is not in the blob store") from None
    except Exception as exc:
        raise DependencyUnavailable("blob store", type(exc).__name__) from exc
    return InboundMail.model_validate_json(data)
