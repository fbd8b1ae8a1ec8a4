"""A transforming stage's delivery: run it, publish its output to the next stage's topic (claim-checked when
large, with the ids and the Sentry trace as attributes); a permanent failure goes to the report's topic."""

from __future__ import annotations

from shared import topics
from shared.observability import sentry
from shared.pubsub_event import PubSubMessage
from shared.runtime import claim_check, completions
from shared.runtime.delivery import deliver


def handle(stage, message: PubSubMessage, deps) -> None:
    """Entry-point body for `stage` (a shared.chain.Stage with a next topic). Returns to ack; raises to nack."""

    def publish_output(result, output: bytes) -> None:
        deps.bus.publish(stage.next_topic, claim_check.wrap(output, deps.blobs), publish_attributes(result))
        sentry.breadcrumb(f"{stage.name}: published to {stage.next_topic}", stage=stage.name)

    def send_to_report(notice) -> None:
        ids = {"correlation_id": notice.correlation_id, "email_id": notice.email_id}
        deps.bus.publish(topics.REPORT, notice.encode(), ids)

    deliver(stage, message, deps, key_of=lambda envelope: completions.key(envelope.email_id, stage.name),
            hand_on=publish_output, send_failure=send_to_report)


def publish_attributes(result) -> dict[str, str]:
    """The next message's attributes: the ids (and provider), plus the Sentry trace to continue."""
    return {**result.attributes(), **sentry.trace_attributes()}
