"""What every Pub/Sub entry point does: decode the CloudEvent once into a Pub/Sub message, open the Sentry
scope (tags, the email's trace continued) and the log context from that message, and hand it to the consumer's
handler. An event that is not a Pub/Sub message is logged and acked: redelivering it cannot help."""

from __future__ import annotations

import logging

from shared.errors import InvalidMessage
from shared.observability import sentry
from shared.observability.context import bound
from shared.pubsub_event import decode_pubsub_event
from shared.runtime.consumers import HANDLERS

log = logging.getLogger("pipeline.stage")

TAG_ATTRIBUTES = ("email_id", "correlation_id", "provider")
TRACE_ATTRIBUTES = ("sentry-trace", "baggage")


def serve_event(consumer: str, cloud_event, deps) -> None:
    """Run `consumer`'s handler on `cloud_event`. Returns to ack; raises to nack (Pub/Sub redelivers)."""
    handle = HANDLERS[consumer]
    sentry.init(deps.settings)
    try:
        message, problem = decode_pubsub_event(cloud_event), None
    except InvalidMessage as exc:
        message, problem = None, exc
    attrs = message.attributes if message is not None else {}
    tags = {"stage": consumer, **{name: attrs.get(name) for name in TAG_ATTRIBUTES}}
    trace = {name: attrs[name] for name in TRACE_ATTRIBUTES if name in attrs}

    def body() -> None:
        with bound(correlation_id=attrs.get("correlation_id"), email_id=attrs.get("email_id"), stage=consumer):
            if message is None:
                log.error("%s: event dropped, not a Pub/Sub message: %s", consumer, problem)
                return
            handle(message, deps)

    sentry.run_in_sentry(body, tags, trace, name=consumer, op="function.pubsub")
