"""Pub/Sub specifics on the official emulator: a message that was not accepted is never reported as sent."""

from __future__ import annotations

import pytest

from shared.adapters.pubsub_bus import PubSubBus
from shared.errors import DependencyUnavailable


def test_publish_to_a_missing_topic_raises_retryable(pubsub_emulator, emulator_env):
    emulator_env(pubsub=pubsub_emulator)
    bus = PubSubBus("test-project", timeout_seconds=10)
    with pytest.raises(DependencyUnavailable) as caught:
        bus.publish("no-such-topic", b"x", {"a": "1"})
    assert "no-such-topic" in str(caught.value)


def test_client_is_created_lazily(pubsub_emulator, emulator_env):
    emulator_env(pubsub=pubsub_emulator)
    bus = PubSubBus("test-project")
    assert bus._publisher is None
