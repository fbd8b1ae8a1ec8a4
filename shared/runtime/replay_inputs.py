"""A failed stage's input, kept in the blob store so `dlq replay` can publish it again once the cause is fixed."""

from __future__ import annotations

import base64
import json
import logging

from shared.errors import DependencyUnavailable
from shared.pubsub_event import PubSubMessage

log = logging.getLogger("pipeline.stage")

DEAD_LETTER_ATTRIBUTE_PREFIX = "CloudPubSubDeadLetter"  # Pub/Sub's own, not part of the message


def blob_key(email_id: str, stage: str) -> str:
    return f"replay/{email_id}/{stage}.json"


def keep(stage: str, email_id: str, message: PubSubMessage, blobs) -> None:
    """Store the message `stage` failed on (best effort: the failure's report matters more than its replay)."""
    attributes = {k: v for k, v in message.attributes.items() if not k.startswith(DEAD_LETTER_ATTRIBUTE_PREFIX)}
    record = {"stage": stage, "data": base64.b64encode(message.data).decode(), "attributes": attributes}
    try:
        blobs.put(blob_key(email_id, stage), json.dumps(record).encode(), "application/json")
    except DependencyUnavailable:
        log.exception("%s: could not keep the input for replay", stage)


def load(email_id: str, stage: str, blobs) -> tuple[bytes, dict[str, str]]:
    """(data, attributes) of the kept input. KeyError when none was kept."""
    record = json.loads(blobs.get(blob_key(email_id, stage)))
    return base64.b64decode(record["data"]), record["attributes"]
