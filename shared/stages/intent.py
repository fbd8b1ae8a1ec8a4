"""Intent stage: decide what the creditor wants (debt statement, plan response, rejection, ...)."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.engine import Engine
from shared.errors import UnreadableContent
from shared.ports import BlobStore
from shared.stages.common import load_mail
from shared.stages.documents import load_documents


def run(envelope: Envelope, *, blobs: BlobStore, engine: Engine) -> Envelope:
    """Reads the canonical mail and its PDFs from `blobs` (and writes their text cache there, see documents)."""
    if envelope.unparsed:  # intake stored it raw: the report says so, and a caseworker opens the raw message
        raise UnreadableContent(f"intake could not parse the email ({envelope.unparsed}); the raw message is "
                                f"stored as {envelope.raw_key}")
    mail = load_mail(envelope, blobs)
    documents = load_documents(mail, blobs)
    return envelope.model_copy(update={"intent": engine.classify(mail, documents)})
