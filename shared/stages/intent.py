"""Intent stage: decide what the creditor wants (debt statement, plan response, rejection, ...)."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.stages.common import load_mail
from shared.stages.documents import load_documents


def run(envelope: Envelope, deps) -> Envelope:
    mail = load_mail(envelope, deps.blobs)
    documents = load_documents(mail, deps.blobs)
    return envelope.model_copy(update={"intent": deps.engine.classify(mail, documents)})
