"""Consolidation stage: merge findings into one value per field with confidence, source and review reasons."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.engine.consolidate import consolidate
from shared.errors import InvalidMessage


def run(envelope: Envelope) -> Envelope:
    """Pure: no ports."""
    if envelope.intent is None or envelope.extraction is None:
        raise InvalidMessage("consolidation needs the intent and extraction results")
    return envelope.model_copy(update={"consolidation": consolidate(envelope.intent, envelope.extraction)})
