"""MessageBus on Google Cloud Pub/Sub (or its official emulator via PUBSUB_EMULATOR_HOST).

One publisher client per instance, created on first publish. Batching is tuned for latency (a stage publishes
one message per invocation, so waiting to fill a batch only adds delay), and `publish` waits on the future:
a message is never reported as sent before Pub/Sub has accepted it.
"""

from __future__ import annotations

import threading
from typing import Mapping

from google.cloud import pubsub_v1

from shared.errors import DependencyUnavailable
from shared.ports import MessageBus

BATCH_SETTINGS = pubsub_v1.types.BatchSettings(max_messages=10, max_bytes=1_000_000, max_latency=0.005)


class PubSubBus(MessageBus):
    def __init__(self, project: str, timeout_seconds: float = 30.0, publisher=None):
        self.project = project
        self.timeout = timeout_seconds
        self._publisher = publisher
        self._lock = threading.Lock()

    @property
    def publisher(self) -> pubsub_v1.PublisherClient:
        with self._lock:
            if self._publisher is None:
                self._publisher = pubsub_v1.PublisherClient(batch_settings=BATCH_SETTINGS)
            return self._publisher

    def publish(self, topic: str, data: bytes, attributes: Mapping[str, str]) -> str:
        if not attributes:
            raise ValueError("a message needs at least one attribute")
        publisher = self.publisher
        try:
            future = publisher.publish(publisher.topic_path(self.project, topic), data, **dict(attributes))
            return future.result(timeout=self.timeout)
        except Exception as exc:
            raise DependencyUnavailable("pubsub", f"publish to {topic} failed: {type(exc).__name__}") from exc
