"""Extraction stage: find candidate values (amounts, references, names) with confidence, source and span."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.engine import Engine
from shared.engine.grounding import ground
from shared.errors import InvalidMessage
from shared.ports import BlobStore
from shared.stages.common import load_mail
from shared.stages.documents import load_documents


def run(envelope: Envelope, *, blobs: BlobStore, engine: Engine) -> Envelope:
    """Reads the canonical mail and its PDFs from `blobs` (and writes their text cache there, see documents)."""
    if envelope.intent is None:
        raise InvalidMessage("extraction received an envelope without an intent result")
    mail = load_mail(envelope, blobs)
    documents = load_documents(mail, blobs, ocr=True)
    result = engine.extract(mail, envelope.intent, documents)
    return envelope.model_copy(update={"extraction": ground(result, mail, documents)})
