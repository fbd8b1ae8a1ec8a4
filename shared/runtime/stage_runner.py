"""Runs one stage for one Pub/Sub CloudEvent, applying the error tree.

decode → skip if this (email_id, stage) already completed → run the pure stage → publish the result to the
next topic → write the completion record (output digest, token usage). The completion record is written only
after the publish returned, so a redelivery of a completed stage does nothing and a redelivery of an
incomplete one redoes the work: at-least-once delivery, one report.

A `PermanentError` (bad message, unreadable content, an event older than MAX_EVENT_AGE_SECONDS) is not
retried: a `failed` result goes to the report function and the message is acked. Anything else is re-raised,
so Pub/Sub (or the local bus) redelivers with backoff and finally dead-letters it; the last error is kept in
the state store for the dead-letter report.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from datetime import datetime, timedelta
from importlib import import_module

from shared import topics
from shared.domain.envelope import Envelope, FailureNotice, decode_envelope, decode_report_input
from shared.domain.results import Failure
from shared.errors import InvalidMessage, PermanentError
from shared.observability import sentry
from shared.observability.context import bound, safe_error_message
from shared.runtime import claim_check
from shared.pubsub_event import PubSubMessage, decode_pubsub_event

log = logging.getLogger("pipeline.stage")

STAGE_ERRORS = "stage_errors"
COMPLETIONS = "stage_completions"
COMPLETION_TTL = timedelta(days=30)


class StaleEvent(PermanentError):
    """The event is older than the configured maximum age: it is reported as failed, not retried forever."""


def completion_key_for(stage: str, message) -> str:
    """(email_id, stage); the report stage also keys on the outcome, so a `failed` report written first never
    blocks the `processed` one that may replace it."""
    if stage != "report":
        return f"{message.email_id}:{stage}"
    failed = isinstance(message, FailureNotice) or getattr(message, "failure", None) is not None
    return f"{message.email_id}:report:{'failed' if failed else 'processed'}"


def sentry_scope(stage: str, cloud_event) -> tuple[dict, dict]:
    """(tags, trace headers) for this event's Sentry scope, from the message attributes."""
    try:
        attrs = decode_pubsub_event(cloud_event).attributes
    except InvalidMessage:
        attrs = {}
    tags = {"stage": stage, "email_id": attrs.get("email_id"), "correlation_id": attrs.get("correlation_id"),
            "provider": attrs.get("provider")}
    return tags, {k: attrs[k] for k in ("sentry-trace", "baggage") if k in attrs}


def publish_attributes(result) -> dict[str, str]:
    """The next message's attributes: the ids (and provider), plus the Sentry trace to continue."""
    return {**result.attributes(), **sentry.trace_attributes()}


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
            data = claim_check.unwrap(message.data, deps.blobs)
            envelope = (decode_report_input if stage == "report" else decode_envelope)(data)
            completion_key = completion_key_for(stage, envelope)
            if deps.state.get(COMPLETIONS, completion_key) is not None:
                log.info("%s: already completed; duplicate delivery acked", stage)
                return
            _check_age(cloud_event, deps)
            sentry.breadcrumb(f"{stage}: input decoded", stage=stage)
            result = import_module(f"shared.stages.{stage}").run(envelope, deps)
            sentry.breadcrumb(f"{stage}: stage ran", stage=stage)
            output = result.model_dump_json().encode()
            if route.next_topic is not None:
                deps.bus.publish(route.next_topic, claim_check.wrap(output, deps.blobs), publish_attributes(result))
                sentry.breadcrumb(f"{stage}: published to {route.next_topic}", stage=stage)
            deps.state.create(COMPLETIONS, completion_key, _completion(stage, output, result, deps),
                              ttl=COMPLETION_TTL)
            log.info("%s: done", stage, extra={"operation": "last"} if stage == "report" else None)
        except PermanentError as exc:
            log.warning("%s: permanent failure %s", stage, type(exc).__name__)
            _send_failure(stage, message, envelope, exc, deps)
        except Exception as exc:
            log.warning("%s: retryable failure %s", stage, type(exc).__name__)
            _remember_error(stage, attrs.get("email_id"), exc, deps)
            raise


def _check_age(cloud_event, deps) -> None:
    try:
        sent = datetime.fromisoformat(str(cloud_event["time"]).replace("Z", "+00:00"))
    except (KeyError, TypeError, ValueError):
        return
    age = (deps.clock.now() - sent).total_seconds()
    if age > deps.settings.max_event_age_seconds:
        raise StaleEvent(f"event is {age:.0f}s old, older than MAX_EVENT_AGE_SECONDS={deps.settings.max_event_age_seconds}")


def _completion(stage: str, output: bytes, result, deps) -> dict:
    usage = getattr(getattr(result, stage, None), "usage", None)
    return {
        "stage": stage,
        "output_sha256": hashlib.sha256(output).hexdigest(),
        "usage": usage.model_dump() if usage is not None else None,
        "at": deps.clock.now().isoformat(),
    }


def replay_key(email_id: str, stage: str) -> str:
    return f"replay/{email_id}/{stage}.json"


def store_replay_input(stage: str, email_id: str, message: PubSubMessage, deps) -> None:
    """Keep the failed stage's input so `dlq replay` can republish it (best effort)."""
    attributes = {k: v for k, v in message.attributes.items() if not k.startswith("CloudPubSubDeadLetter")}
    record = {"stage": stage, "data": base64.b64encode(message.data).decode(), "attributes": attributes}
    try:
        deps.blobs.put(replay_key(email_id, stage), json.dumps(record).encode(), "application/json")
    except Exception:
        log.exception("%s: could not keep the input for replay", stage)


def _send_failure(stage: str, message: PubSubMessage, envelope, exc: Exception, deps) -> None:
    """Route a permanent failure to the report function (or write it, when this is the report function)."""
    failure = Failure(stage=stage, error_class=type(exc).__name__, message=safe_error_message(exc))
    email_id = envelope.email_id if envelope is not None else message.attributes.get("email_id")
    correlation_id = envelope.correlation_id if envelope is not None else message.attributes.get("correlation_id")
    if not email_id or not correlation_id:
        log.error("%s: permanent failure on a message with no email_id; acked without a report", stage)
        return
    store_replay_input(stage, email_id, message, deps)
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
        if stage in topics.ROUTE_BY_STAGE:
            store_replay_input(stage, email_id, message, deps)
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
