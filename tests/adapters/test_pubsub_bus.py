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


def test_client_is_created_on_first_publish_and_then_reused(pubsub_emulator, emulator_env):
    from google.cloud import pubsub_v1

    emulator_env(pubsub=pubsub_emulator)
    pubsub_v1.PublisherClient().create_topic(name="projects/test-project/topics/lazy-topic")
    bus = PubSubBus("test-project")
    assert bus._publisher is None  # constructing the adapter (at cold start) opens no connection
    bus.publish("lazy-topic", b"1", {"a": "1"})
    first = bus._publisher
    bus.publish("lazy-topic", b"2", {"a": "1"})
    assert first is not None and bus._publisher is first
