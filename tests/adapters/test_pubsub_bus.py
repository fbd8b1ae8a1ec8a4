"""Pub/Sub specifics on the official emulator: a message that was not accepted is never reported as sent (a
missing topic, an emulator stopped under a working publisher), and a message the client refuses to build is a
bug, not an outage."""

from __future__ import annotations

import pytest

from shared.adapters import pubsub_bus
from shared.adapters.pubsub_bus import PubSubBus
from shared.errors import DependencyUnavailable
from tests.contracts.outage import assert_unavailable


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


def test_an_attribute_that_is_not_text_is_a_bug_not_an_outage(pubsub_emulator, emulator_env):
    emulator_env(pubsub=pubsub_emulator)
    with pytest.raises(TypeError):
        PubSubBus("test-project").publish("any-topic", b"x", {"attempt": 1})


def test_emulator_stopped_under_a_working_publisher(tmp_path, monkeypatch):
    from google.cloud import pubsub_v1

    from tests import services

    emulator = services.start_pubsub(tmp_path)
    try:
        monkeypatch.setenv("PUBSUB_EMULATOR_HOST", emulator.host)
        pubsub_v1.PublisherClient().create_topic(name="projects/test-project/topics/stopped-topic")
        bus = PubSubBus("test-project")
        assert bus.publish("stopped-topic", b"1", {"a": "1"})
    finally:
        emulator.stop()
    calls = {"publish": lambda: bus.publish("stopped-topic", b"2", {"a": "1"})}
    assert_unavailable(calls, "pubsub", pubsub_bus.RESULT_TIMEOUT)
