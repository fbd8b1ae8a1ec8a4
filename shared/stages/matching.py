"""Matching stage: find the firm's client the email is about in the client directory."""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.engine.match import match_client
from shared.errors import DependencyUnavailable, InvalidMessage


def run(envelope: Envelope, deps) -> Envelope:
    if envelope.consolidation is None:
        raise InvalidMessage("matching needs the consolidation result")
    try:
        result = match_client(envelope.consolidation, deps.clients)
    except (InvalidMessage, DependencyUnavailable):
        raise
    except Exception as exc:
        if type(exc).__module__.startswith(("pymongo", "mongomock")):
            raise DependencyUnavailable("client directory", type(exc).__name__) from exc
        raise
    return envelope.model_copy(update={"matching": result})
