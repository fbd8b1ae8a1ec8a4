"""MessageBus on Google Cloud Pub/Sub (or its official emulator via PUBSUB_EMULATOR_HOST).

One publisher client per instance, created on first publish. Batching is tuned for latency (a stage publishes
one message per invocation, so waiting to fill a batch only adds delay), and `publish` waits on the future:
a message is never reported as sent before Pub/Sub has accepted it.

Errors: a message that was not accepted (unreachable, timeout, UNAVAILABLE, permission, a missing topic, a retry
that gave up) is DependencyUnavailable("pubsub", ...); a message the client refuses to build (an attribute
that is not text, a message over 10 MB) is the client's TypeError/ValueError, unchanged: that is a bug.
"""

from __future__ import annotations

import threading
from typing import Mapping

from google.api_core import exceptions as api
from google.api_core.retry import Retry, if_exception_type
from google.cloud import pubsub_v1
from google.cloud.pubsub_v1.publisher import exceptions as publisher_errors

from shared.adapters.errors import google_outage, translated
from shared.ports import MessageBus

DEPENDENCY = "pubsub"
BATCH_SETTINGS = pubsub_v1.types.BatchSettings(max_messages=10, max_bytes=1_000_000, max_latency=0.005)

# The publisher's defaults retry a publish for up to 600 s at 60 s per attempt, in the background, long after
# intake's 30 s request budget. Ours: the publish RPC, its retries included, ends within 15 s (a number, so
# each retry gets what is left of it); `publish` waits at most 20 s for the result (batching latency included),
# so the background retry has always ended when we report a failure: no message arrives after we said it failed.
PUBLISH_DEADLINE = 15.0
RESULT_TIMEOUT = 20.0
PUBLISH_RETRY = Retry(
    predicate=if_exception_type(api.Aborted, api.Cancelled, api.DeadlineExceeded, api.InternalServerError,
                                api.ResourceExhausted, api.ServiceUnavailable, api.Unknown),
    initial=0.1, maximum=2.0, multiplier=2.0, timeout=PUBLISH_DEADLINE,
)
PUBLISHER_OPTIONS = pubsub_v1.types.PublisherOptions(retry=PUBLISH_RETRY, timeout=PUBLISH_DEADLINE)


def _outage(exc: BaseException) -> bool:
    if isinstance(exc, (publisher_errors.FlowControlLimitError, publisher_errors.PublishToPausedOrderingKeyException)):
        return True
    return google_outage(exc)


class PubSubBus(MessageBus):
    def __init__(self, project: str, timeout_seconds: float = RESULT_TIMEOUT, publisher=None):
        self.project = project
        self.timeout = timeout_seconds
        self._publisher = publisher
        self._lock = threading.Lock()

    @property
    def publisher(self) -> pubsub_v1.PublisherClient:
        with self._lock:
            if self._publisher is None:
                self._publisher = pubsub_v1.PublisherClient(batch_settings=BATCH_SETTINGS,
                                                            publisher_options=PUBLISHER_OPTIONS)
            return self._publisher

    def publish(self, topic: str, data: bytes, attributes: Mapping[str, str]) -> str:
        if not attributes:
            raise ValueError("a message needs at least one attribute")
        with translated(DEPENDENCY, _outage, f"publish to {topic}"):
            publisher = self.publisher
            future = publisher.publish(publisher.topic_path(self.project, topic), data, **dict(attributes))
            return future.result(timeout=self.timeout)
