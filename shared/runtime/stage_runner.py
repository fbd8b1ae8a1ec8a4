"""Runs one stage for one Pub/Sub CloudEvent, applying the error tree.

decode → run the pure stage → publish the result to the next topic. A `PermanentError` (bad message,
unreadable content) is not retried: a `failed` result goes to the report function and the message is acked.
Anything else is re-raised, so Pub/Sub (or the local bus) redelivers with backoff and finally dead-letters
it; the last error is kept in the state store for the dead-letter report.
"""

from __future__ import annotations

import logging
from importlib import import_module

from shared import topics
from shared.domain.envelope import Envelope, FailureNotice, decode_envelope, decode_report_input
from shared.domain.results import Failure
from shared.errors import InvalidMessage, PermanentError
from shared.observability.context import bound, safe_error_message
from shared.runtime.pubsub_event import PubSubMessage, decode_pubsub_event

log = logging.getLogger("pipeline.stage")

STAGE_ERRORS = "stage_errors"


def handle_stage_event(stage: str, cloud_event, deps) -> None:
    """Entry-point body for a Pub/Sub-triggered stage. Returns normally to ack; raises to nack."""
    route = topics.ROUTE_BY_STAGE[stage]
    try:
        message = decode_pubsub_event(cloud_event)
    except InvalidMessage as exc:
        log.error("%s: event dropped, not a Pub/Sub message: %s", stage, exc)
        return
    attrs = message.attributes
    with bound(correlation_id=attrs.get("correlation_id"), email_id=attrs.get("email_id"), stage=stage):
        envelope = None
        try:
            envelope = (decode_report_input if stage == "report" else decode_envelope)(message.data)
            result = import_module(f"shared.stages.{stage}").run(envelope, deps)
            if route.next_topic is not None:
                deps.bus.publish(route.next_topic, result.encode(), result.attributes())
            log.info("%s: done", stage)
        except PermanentError as exc:
            log.warning("%s: permanent failure %s", stage, type(exc).__name__)
            _send_failure(stage, message, envelope, exc, deps)
        except Exception as exc:
            log.warning("%s: retryable failure %s", stage, type(exc).__name__)
            _remember_error(stage, attrs.get("email_id"), exc, deps)
            raise


def _send_failure(stage: str, message: PubSubMessage, envelope, exc: Exception, deps) -> None:
    """Route a permanent failure to the report function (or write it, when this is the report function)."""
    failure = Failure(stage=stage, error_class=type(exc).__name__, message=safe_error_message(exc))
    email_id = envelope.email_id if envelope is not None else message.attributes.get("email_id")
    correlation_id = envelope.correlation_id if envelope is not None else message.attributes.get("correlation_id")
    if not email_id or not correlation_id:
        log.error("%s: permanent failure on a message with no email_id; acked without a report", stage)
        return
    if isinstance(envelope, Envelope):
        notice: Envelope | FailureNotice = envelope.model_copy(update={"failure": failure})
    else:
        notice = FailureNotice(email_id=email_id, correlation_id=correlation_id, failure=failure)
    if stage == "report":
        import_module("shared.stages.report").run(notice, deps)
        return
    deps.bus.publish(topics.REPORT, notice.encode(), {"correlation_id": correlation_id, "email_id": email_id})


def _remember_error(stage: str, email_id: str | None, exc: Exception, deps) -> None:
    if not email_id:
        return
    try:
        deps.state.set(STAGE_ERRORS, f"{email_id}:{stage}", {
            "stage": stage, "error_class": type(exc).__name__, "message": safe_error_message(exc),
            "at": deps.clock.now().isoformat(),
        })
    except Exception:  # best effort: the redelivery matters more than the note
        log.exception("%s: could not record the error", stage)


def handle_dead_letter_event(cloud_event, deps) -> None:
    """Entry-point body for the dead-letter function: one `failed` report per dead-lettered email."""
    try:
        message = decode_pubsub_event(cloud_event)
    except InvalidMessage as exc:
        log.error("dead_letter: event dropped, not a Pub/Sub message: %s", exc)
        return
    attrs = message.attributes
    source = attrs.get("CloudPubSubDeadLetterSourceSubscription", "")
    try:
        stage = topics.consumer_of(source)
    except KeyError:
        stage = "unknown"
    envelope = None
    try:
        envelope = decode_report_input(message.data)
    except InvalidMessage:
        pass
    email_id = attrs.get("email_id") or getattr(envelope, "email_id", None)
    correlation_id = attrs.get("correlation_id") or getattr(envelope, "correlation_id", None)
    with bound(correlation_id=correlation_id, email_id=email_id, stage="dead_letter"):
        if not email_id or not correlation_id:
            log.error("dead_letter: message from %s has no email_id; nothing to report", source or "?")
            return
        last = deps.state.get(STAGE_ERRORS, f"{email_id}:{stage}") or {}
        attempts = attrs.get("CloudPubSubDeadLetterSourceDeliveryCount", "?")
        failure = Failure(
            stage=stage,
            error_class=last.get("error_class", "RetriesExhausted"),
            message=f"retries exhausted after {attempts} delivery attempts"
            + (f"; last error: {last['message']}" if last.get("message") else ""),
        )
        from shared.stages.report import failed_report

        received_at = envelope.received_at if isinstance(envelope, Envelope) else None
        message_id = envelope.message_id if isinstance(envelope, Envelope) else None
        deps.reports.upsert(failed_report(email_id, correlation_id, failure, deps.clock.now(),
                                          message_id=message_id, received_at=received_at))
        log.warning("dead_letter: failed report written for stage %s", stage)
