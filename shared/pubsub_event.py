"""Pub/Sub CloudEvents, both ways (no I/O).

`to_cloud_event` builds exactly the CloudEvent a Pub/Sub-triggered gen2 function receives (type
google.cloud.pubsub.topic.v1.messagePublished, base64 data, attributes, ids and publish time in both
spellings); the local bus delivers these. `decode_pubsub_event` reads one back, raising InvalidMessage for
anything that is not a Pub/Sub message.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime

from cloudevents.http import CloudEvent

from shared.errors import InvalidMessage

PUBSUB_EVENT_TYPE = "google.cloud.pubsub.topic.v1.messagePublished"


@dataclass(frozen=True)
class PubSubMessage:
    data: bytes
    attributes: dict[str, str]
    message_id: str
    subscription: str | None = None
    published_at: datetime | None = None  # the event's time (when Pub/Sub accepted the message)


def to_cloud_event(
    project: str, topic: str, subscription: str, message_id: str, data: bytes,
    attributes: dict[str, str], publish_time: datetime,
) -> CloudEvent:
    stamp = publish_time.isoformat().replace("+00:00", "Z")
    message = {
        "data": base64.b64encode(data).decode(),
        "attributes": dict(attributes),
        "messageId": message_id,
        "message_id": message_id,
        "publishTime": stamp,
        "publish_time": stamp,
    }
    headers = {
        "type": PUBSUB_EVENT_TYPE,
        "source": f"//pubsub.googleapis.com/projects/{project}/topics/{topic}",
        "id": message_id,
        "specversion": "1.0",
        "time": stamp,
    }
    payload = {"message": message, "subscription": f"projects/{project}/subscriptions/{subscription}"}
    return CloudEvent(headers, payload)


def decode_pubsub_event(cloud_event) -> PubSubMessage:
    """The message inside a Pub/Sub CloudEvent. Raises InvalidMessage when it is not one."""
    try:
        event_type = cloud_event["type"]
    except (KeyError, TypeError):
        raise InvalidMessage("event has no type") from None
    if event_type != PUBSUB_EVENT_TYPE:
        raise InvalidMessage(f"unexpected event type {event_type!r}")
    payload = cloud_event.data
    message = payload.get("message") if isinstance(payload, dict) else None
    if not isinstance(message, dict):
        raise InvalidMessage("event data has no Pub/Sub message")
    try:
        data = base64.b64decode(message.get("data") or "", validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise InvalidMessage("message data is not valid base64") from None
    attributes = message.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise InvalidMessage("message attributes are not a map")
    subscription = payload.get("subscription")
    return PubSubMessage(
        data=data,
        attributes={str(k): str(v) for k, v in attributes.items()},
        message_id=str(message.get("messageId") or message.get("message_id") or ""),
        subscription=subscription.rsplit("/", 1)[-1] if isinstance(subscription, str) else None,
        published_at=_event_time(cloud_event),
    )


def _event_time(cloud_event) -> datetime | None:
    """The CloudEvent's `time` as an aware datetime; None when absent or unreadable."""
    try:
        return datetime.fromisoformat(str(cloud_event["time"]).replace("Z", "+00:00"))
    except (KeyError, TypeError, ValueError):
        return None
