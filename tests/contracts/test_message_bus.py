"""Contract suite for the MessageBus port: what is published reaches a subscriber with its data and
attributes, publish returns only once the bus has the message, and an attribute is required.

Each parametrization provides the bus and a `receive(topic)` that reads one message back through a real
subscription (the local queue, or a pull subscription on the official Pub/Sub emulator).

Outage cases: Pub/Sub unreachable (a closed port) and unresponsive (a silent port): publish raises
DependencyUnavailable within its deadline. The local bus's outage is its SQLite file write-locked past the busy
timeout: publish raises DependencyUnavailable too."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from shared.adapters import pubsub_bus
from shared.adapters.local_bus import LocalBus
from shared.errors import DependencyUnavailable
from shared.pubsub_event import decode_pubsub_event
from tests.contracts.outage import assert_unavailable, closed_port, silent_port


@pytest.fixture(params=["local", "pubsub"])
def bus_and_receive(request, tmp_path, clock):
    topic = f"t-{uuid.uuid4().hex[:10]}"
    if request.param == "local":
        bus = LocalBus(tmp_path / "q", {topic: [f"{topic}-sub"]}, {}, clock=clock)

        def receive():
            seen = []
            assert bus.deliver_next({f"{topic}-sub": seen.append})
            message = decode_pubsub_event(seen[0])
            return message.data, message.attributes

        yield bus, topic, receive
        return
    emulator = request.getfixturevalue("pubsub_emulator")
    request.getfixturevalue("emulator_env")(pubsub=emulator)
    from google.cloud import pubsub_v1

    from shared.adapters.pubsub_bus import PubSubBus

    publisher, subscriber = pubsub_v1.PublisherClient(), pubsub_v1.SubscriberClient()
    topic_path = publisher.topic_path("test-project", topic)
    subscription = subscriber.subscription_path("test-project", f"{topic}-sub")
    publisher.create_topic(name=topic_path)
    subscriber.create_subscription(name=subscription, topic=topic_path, ack_deadline_seconds=30)

    def receive():
        response = subscriber.pull(subscription=subscription, max_messages=1, timeout=10)
        assert len(response.received_messages) == 1
        received = response.received_messages[0]
        subscriber.acknowledge(subscription=subscription, ack_ids=[received.ack_id])
        return received.message.data, dict(received.message.attributes)

    yield PubSubBus("test-project", publisher=publisher), topic, receive
    subscriber.close()


def test_published_message_reaches_the_subscription(bus_and_receive):
    bus, topic, receive = bus_and_receive
    message_id = bus.publish(topic, b'{"email_id": "e1"}', {"correlation_id": "c1", "email_id": "e1"})
    assert message_id
    data, attributes = receive()
    assert data == b'{"email_id": "e1"}'
    assert attributes == {"correlation_id": "c1", "email_id": "e1"}


def test_binary_data_is_kept(bus_and_receive):
    bus, topic, receive = bus_and_receive
    bus.publish(topic, bytes(range(256)), {"a": "1"})
    assert receive()[0] == bytes(range(256))


def test_an_attribute_is_required(bus_and_receive):
    bus, topic, _ = bus_and_receive
    with pytest.raises(ValueError):
        bus.publish(topic, b"x", {})


# --- outages -------------------------------------------------------------------------------------------------
def _publish_at(monkeypatch, port: int):
    monkeypatch.setenv("PUBSUB_EMULATOR_HOST", f"127.0.0.1:{port}")
    bus = pubsub_bus.PubSubBus("test-project")
    return {"publish": lambda: bus.publish("intake", b'{"email_id": "e1"}', {"email_id": "e1"})}


def test_pubsub_unreachable_raises_dependency_unavailable_in_time(monkeypatch):
    assert_unavailable(_publish_at(monkeypatch, closed_port()), "pubsub", pubsub_bus.RESULT_TIMEOUT)


def test_pubsub_not_answering_raises_dependency_unavailable_in_time(monkeypatch):
    with silent_port() as port:
        assert_unavailable(_publish_at(monkeypatch, port), "pubsub", pubsub_bus.RESULT_TIMEOUT)


def test_local_bus_locked_by_another_process_is_unavailable(tmp_path, clock):
    bus = LocalBus(tmp_path / "q", {"t": ["t-sub"]}, {}, clock=clock)
    bus._db.execute("PRAGMA busy_timeout = 200")  # the bus waits 30 s for the lock; the test, not so long
    holder = sqlite3.connect(tmp_path / "q", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DependencyUnavailable):
            bus.publish("t", b"x", {"a": "1"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
