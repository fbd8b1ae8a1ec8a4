"""A message whose delivery attempts ran out: one `failed` report naming the stage, the attempts and the last
error the stage remembered (shared.runtime.failures), its input kept for `dlq replay`, and one Sentry event
(grouped per stage as dead-lettered/<stage>)."""

from __future__ import annotations

import logging

from shared import chain
from shared.domain.envelope import Envelope, decode_report_input
from shared.domain.results import Failure
from shared.errors import InvalidMessage
from shared.observability import sentry
from shared.observability.context import bound
from shared.pubsub_event import PubSubMessage
from shared.runtime import failures, replay_inputs
from shared.stages.report import failed_report

log = logging.getLogger("pipeline.stage")

UNKNOWN_STAGE = "unknown"


def handle(message: PubSubMessage, deps) -> None:
    """Entry-point body for the dead_letter function. Always returns (acks): a dead letter is never retried."""
    attrs = message.attributes
    source = attrs.get("CloudPubSubDeadLetterSourceSubscription", "")
    stage = source_stage(source)
    try:
        envelope = decode_report_input(message.data)
    except InvalidMessage:
        envelope = None
    email_id = attrs.get("email_id") or getattr(envelope, "email_id", None)
    correlation_id = attrs.get("correlation_id") or getattr(envelope, "correlation_id", None)
    with bound(correlation_id=correlation_id, email_id=email_id, stage=chain.DEAD_LETTER):
        if not email_id or not correlation_id:
            log.error("dead_letter: message from %s has no email_id; nothing to report", source or "?")
            return
        if stage in chain.BY_NAME:
            replay_inputs.keep(stage, email_id, message, deps.blobs)
        last = failures.last_error(deps.state, email_id, stage)
        attempts = attrs.get("CloudPubSubDeadLetterSourceDeliveryCount", "?")
        failure = Failure(
            stage=stage,
            error_class=last.get("error_class", "RetriesExhausted"),
            message=f"retries exhausted after {attempts} delivery attempts"
            + (f"; last error: {last['message']}" if last.get("message") else ""),
        )
        received_at = envelope.received_at if isinstance(envelope, Envelope) else None
        message_id = envelope.message_id if isinstance(envelope, Envelope) else None
        deps.reports.upsert(failed_report(email_id, correlation_id, failure, deps.clock.now(),
                                          message_id=message_id, received_at=received_at))
        log.warning("dead_letter: failed report written for stage %s", stage)
        # One issue per stage (fingerprint dead-lettered/<stage>), the email's ids as tags from the entry's scope.
        sentry.capture_message(f"email dead-lettered at stage {stage}", level="error", failure="dead-lettered",
                               failed_stage=stage, error_class=failure.error_class)


def source_stage(subscription: str) -> str:
    """The stage whose subscription dead-lettered the message (UNKNOWN_STAGE when it is not one of ours)."""
    try:
        stage = chain.consumer_of(subscription)
    except KeyError:
        return UNKNOWN_STAGE
    return stage if stage in chain.BY_NAME else UNKNOWN_STAGE
