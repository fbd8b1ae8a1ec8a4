"""Extraction stage: find candidate values (amounts, references, names) with confidence, source and span."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.errors import InvalidMessage
from shared.stages.common import load_mail


def run(envelope: Envelope, deps) -> Envelope:
    if envelope.intent is None:
        raise InvalidMessage("extraction received an envelope without an intent result")
    mail = load_mail(envelope, deps.blobs)
    return envelope.model_copy(update={"extraction": deps.engine.extract(mail, envelope.intent)})
