"""Matching stage: find the firm's client the email is about in the client directory."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.engine.match import match_client
from shared.errors import InvalidMessage
from shared.ports import ClientDirectory


def run(envelope: Envelope, *, clients: ClientDirectory) -> Envelope:
    if envelope.consolidation is None:
        raise InvalidMessage("matching needs the consolidation result")
    result = match_client(envelope.consolidation, clients)  # an outage raises DependencyUnavailable
    return envelope.model_copy(update={"matching": result})
