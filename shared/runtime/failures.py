"""The error tree applied to one delivery (see shared.errors).

A PermanentError (bad message, unreadable content, a stale event) is not retried: the input is kept for
`dlq replay`, a failure notice goes to the report (via the consumer's `send`), and the message is acked. Any
other exception is remembered in the state store (the dead-letter report names it) and re-raised, so Pub/Sub
(or the local bus) redelivers with backoff and finally dead-letters the message.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from shared.domain.envelope import Envelope, FailureNotice
from shared.domain.results import Failure
from shared.errors import DependencyUnavailable, PermanentError
from shared.observability.context import safe_error_message
from shared.pubsub_event import PubSubMessage
from shared.runtime import replay_inputs

log = logging.getLogger("pipeline.stage")

STAGE_ERRORS = "stage_errors"


@dataclass
class Attempt:
    """What the delivery got to before it failed: the decoded message, once decoding succeeded."""

    decoded: Any = None


@contextmanager
def routed(stage: str, message: PubSubMessage, deps, send: Callable[[Envelope | FailureNotice], Any]
           ) -> Iterator[Attempt]:
    """Run the block under the error tree. `send(notice)` delivers a permanent failure to the report."""
    attempt = Attempt()
    try:
        yield attempt
    except PermanentError as exc:
        log.warning("%s: permanent failure %s", stage, type(exc).__name__)
        notice = failure_notice(stage, message, attempt.decoded, exc)
        if notice is None:
            log.error("%s: permanent failure on a message with no email_id; acked without a report", stage)
            return
        replay_inputs.keep(stage, notice.email_id, message, deps.blobs)
        send(notice)
    except Exception as exc:
        log.warning("%s: retryable failure %s", stage, type(exc).__name__)
        remember(stage, message.attributes.get("email_id"), exc, deps)
        raise


def failure_notice(stage: str, message: PubSubMessage, decoded, exc: Exception) -> Envelope | FailureNotice | None:
    """The decoded envelope carrying the failure, or a bare notice when there is none; None without ids."""
    failure = Failure(stage=stage, error_class=type(exc).__name__, message=safe_error_message(exc))
    if isinstance(decoded, Envelope):
        return decoded.model_copy(update={"failure": failure})
    email_id = getattr(decoded, "email_id", None) or message.attributes.get("email_id")
    correlation_id = getattr(decoded, "correlation_id", None) or message.attributes.get("correlation_id")
    if not email_id or not correlation_id:
        return None
    return FailureNotice(email_id=email_id, correlation_id=correlation_id, failure=failure)


def remember(stage: str, email_id: str | None, exc: Exception, deps) -> None:
    """Keep the last retryable error of (email, stage) for the dead-letter report (best effort)."""
    if not email_id:
        return
    try:
        deps.state.set(STAGE_ERRORS, f"{email_id}:{stage}", {
            "stage": stage, "error_class": type(exc).__name__, "message": safe_error_message(exc),
            "at": deps.clock.now().isoformat(),
        })
    except DependencyUnavailable:  # the redelivery matters more than the note
        log.exception("%s: could not record the error", stage)


def last_error(state, email_id: str, stage: str) -> dict:
    """The error `remember` kept for (email, stage), or {}."""
    return state.get(STAGE_ERRORS, f"{email_id}:{stage}") or {}
