"""Contract suite for the MessageBus port: what is published reaches a subscriber with its data and
attributes, publish returns only once the bus has the message, and an attribute is required.

Each parametrization provides the bus and a `receive(topic)` that reads one message back through a real
subscription (the local queue, or a pull subscription on the official Pub/Sub emulator)."""

from __future__ import annotations

import uuid

import pytest

from shared.adapters.local_bus import LocalBus
from shared.runtime.pubsub_event import decode_pubsub_event


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
