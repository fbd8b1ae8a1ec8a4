"""The durable local bus: Pub/Sub-shaped CloudEvents, fan-out, backoff, dead letters, resume after a crash."""

from __future__ import annotations

import base64

import pytest

from shared.adapters.local_bus import LocalBus, RetryPolicy
from shared.runtime.local_dispatcher import Dispatcher
from shared.runtime.pubsub_event import decode_pubsub_event


def _bus(path, clock, max_attempts=3):
    return LocalBus(path, {"t": ["t-sub"], "t-dlq": ["t-dlq-sub"], "fan": ["a", "b"]}, {"t-sub": "t-dlq"},
                    project="proj", policy=RetryPolicy(max_attempts, 10, 100), clock=clock)


def test_delivers_the_cloud_event_a_gen2_function_receives(tmp_path, clock):
    bus = _bus(tmp_path / "q", clock)
    seen = []
    bus.publish("t", b'{"x": 1}', {"correlation_id": "c-1"})
    assert bus.deliver_next({"t-sub": seen.append})
    event = seen[0]
    assert event["type"] == "google.cloud.pubsub.topic.v1.messagePublished"
    assert event["source"] == "//pubsub.googleapis.com/projects/proj/topics/t"
    assert event.data["subscription"] == "projects/proj/subscriptions/t-sub"
    assert base64.b64decode(event.data["message"]["data"]) == b'{"x": 1}'
    assert event.data["message"]["attributes"] == {"correlation_id": "c-1"}
    decoded = decode_pubsub_event(event)
    assert decoded.data == b'{"x": 1}' and decoded.subscription == "t-sub"
    assert bus.pending() == 0


def test_fan_out_to_every_subscription_and_drop_without_one(tmp_path, clock):
    bus = _bus(tmp_path / "q", clock)
    bus.publish("fan", b"x", {"a": "1"})
    bus.publish("nobody-listens", b"x", {"a": "1"})
    assert bus.pending() == 2


def test_requires_an_attribute(tmp_path, clock):
    with pytest.raises(ValueError):
        _bus(tmp_path / "q", clock).publish("t", b"x", {})


def test_retry_with_backoff_then_success(tmp_path, clock):
    bus = _bus(tmp_path / "q", clock)
    attempts = []

    def flaky(event):
        attempts.append(clock.now())
        if len(attempts) < 3:
            raise RuntimeError("transient")

    bus.publish("t", b"x", {"a": "1"})
    delivered = Dispatcher(bus, {"t-sub": flaky}, clock).run_until_idle()
    assert delivered == 3 and bus.pending() == 0
    gaps = [(b - a).total_seconds() for a, b in zip(attempts, attempts[1:])]
    assert gaps[0] >= 10 and gaps[1] >= 20  # exponential backoff on the injected clock


def test_dead_letter_after_max_attempts_with_pubsub_attributes(tmp_path, clock):
    bus = _bus(tmp_path / "q", clock, max_attempts=3)
    dead = []

    def always_fails(event):
        raise RuntimeError("down")

    bus.publish("t", b"payload", {"email_id": "e1"})
    Dispatcher(bus, {"t-sub": always_fails, "t-dlq-sub": dead.append}, clock).run_until_idle()
    assert len(dead) == 1
    message = decode_pubsub_event(dead[0])
    assert message.data == b"payload"
    assert message.attributes["email_id"] == "e1"
    assert message.attributes["CloudPubSubDeadLetterSourceSubscription"] == "t-sub"
    assert message.attributes["CloudPubSubDeadLetterSourceDeliveryCount"] == "3"


def test_messages_survive_a_restart_and_leases_are_recovered(tmp_path, clock):
    bus = _bus(tmp_path / "q", clock)
    bus.publish("t", b"x", {"a": "1"})
    assert bus._lease() is not None  # leased by a dispatcher that then "dies"
    bus.close()
    reopened = _bus(tmp_path / "q", clock)
    assert reopened.deliver_next({"t-sub": lambda e: None}) is False  # still leased
    assert reopened.recover() == 1
    seen = []
    assert reopened.deliver_next({"t-sub": seen.append}) and len(seen) == 1
