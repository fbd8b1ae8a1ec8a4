"""Intent stage: decide what the creditor wants (debt statement, plan response, rejection, ...)."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.errors import UnreadableContent
from shared.stages.common import load_mail
from shared.stages.documents import load_documents


def run(envelope: Envelope, deps) -> Envelope:
    if envelope.unparsed:  # intake stored it raw: the report says so, and a caseworker opens the raw message
        raise UnreadableContent(f"intake could not parse the email ({envelope.unparsed}); the raw message is "
                                f"stored as {envelope.raw_key}")
    mail = load_mail(envelope, deps.blobs)
    documents = load_documents(mail, deps.blobs)
    return envelope.model_copy(update={"intent": deps.engine.classify(mail, documents)})
