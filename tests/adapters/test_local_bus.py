"""The durable local bus: Pub/Sub-shaped CloudEvents, fan-out, backoff, dead letters, resume after a crash,
short owned leases (expiry on the injected clock, renewal, stale owners refused, release of a dead owner's)."""

from __future__ import annotations

import base64
import sqlite3

import pytest

from shared.adapters.local_bus import LEASE_SECONDS, LocalBus, RetryPolicy
from shared.local.dispatcher import Dispatcher
from shared.pubsub_event import decode_pubsub_event


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
    assert bus.lease() is not None  # leased by a dispatcher that then "dies"
    bus.close()
    reopened = _bus(tmp_path / "q", clock)
    assert reopened.deliver_next({"t-sub": lambda e: None}) is False  # still leased
    assert reopened.recover() == 1
    seen = []
    assert reopened.deliver_next({"t-sub": seen.append}) and len(seen) == 1


# -- leases: short, owned, renewable ---------------------------------------------------------------------
def test_an_unrenewed_lease_runs_out_and_the_message_is_delivered_again(tmp_path, clock):
    bus, other = _bus(tmp_path / "q", clock), _bus(tmp_path / "q", clock)  # two consumers of one queue file
    bus.publish("t", b"x", {"a": "1"})
    first = bus.lease("w1")
    assert first.attempts == 1 and first.owner == "w1"
    clock.advance(LEASE_SECONDS - 1)
    assert other.lease("w2") is None  # still held
    clock.advance(1)
    second = other.lease("w2")  # w1 died: its delivery is abandoned
    assert second.message_id == first.message_id and second.attempts == 2
    assert other.ack(second) and other.pending() == 0


def test_a_renewed_lease_is_kept_past_its_first_deadline(tmp_path, clock):
    bus, other = _bus(tmp_path / "q", clock), _bus(tmp_path / "q", clock)
    bus.publish("t", b"x", {"a": "1"})
    lease = bus.lease("w1")
    clock.advance(LEASE_SECONDS * 2 / 3)
    assert bus.renew(lease)
    clock.advance(LEASE_SECONDS * 2 / 3)  # past the first deadline, within the renewed one
    assert other.lease("w2") is None
    clock.advance(LEASE_SECONDS / 3)  # a whole lease since the renewal
    assert other.lease("w2") is not None


def test_a_stale_owner_cannot_renew_ack_or_nack_the_new_delivery(tmp_path, clock):
    bus, other = _bus(tmp_path / "q", clock, max_attempts=2), _bus(tmp_path / "q", clock, max_attempts=2)
    bus.publish("t", b"x", {"a": "1"})
    stale = bus.lease("w1")
    clock.advance(LEASE_SECONDS)
    current = other.lease("w2")
    assert current.attempts == 2  # the last allowed one: a nack would dead-letter it
    assert not bus.renew(stale)
    assert not bus.nack(stale, RuntimeError("late"))
    assert not bus.ack(stale)
    assert bus.pending() == 1  # neither deleted, rescheduled nor dead-lettered
    clock.advance(LEASE_SECONDS - 1)
    assert other.renew(current)  # the lease is still w2's
    clock.advance(LEASE_SECONDS - 1)
    assert bus.lease("w1") is None
    assert other.ack(current) and bus.pending() == 0


def test_releasing_a_dead_owners_leases_makes_its_message_due_at_once(tmp_path, clock):
    bus, other = _bus(tmp_path / "q", clock), _bus(tmp_path / "q", clock)
    bus.publish("t", b"one", {"a": "1"})
    bus.publish("t", b"two", {"a": "2"})
    dead, alive = bus.lease("dead-worker"), bus.lease("live-worker")
    assert other.release_owner("dead-worker") == 1
    assert other.release_owner("dead-worker") == 0
    again = other.lease("w2")  # no waiting for the lease to run out
    assert again.data == dead.data and again.attempts == 2
    assert not bus.ack(dead)
    assert bus.ack(alive) and other.ack(again) and bus.pending() == 0


def test_a_nack_still_schedules_a_redelivery_and_clears_the_lease(tmp_path, clock):
    bus = _bus(tmp_path / "q", clock)
    bus.publish("t", b"x", {"a": "1"})
    lease = bus.lease("w1")
    assert bus.nack(lease, RuntimeError("transient"))
    assert bus.release_owner("w1") == 0  # no longer w1's
    clock.advance(9)
    assert bus.lease("w1") is None  # backoff: 10 s after the first attempt
    clock.advance(1)
    assert bus.lease("w2").attempts == 2


def test_an_abandoned_last_attempt_is_dead_lettered_not_delivered_again(tmp_path, clock):
    bus = _bus(tmp_path / "q", clock, max_attempts=2)
    dead = []
    bus.publish("t", b"poison", {"email_id": "e1"})
    bus.lease("w1")  # attempt 1: its consumer dies
    clock.advance(LEASE_SECONDS)
    bus.lease("w2")  # attempt 2, the last: its consumer dies too
    clock.advance(LEASE_SECONDS)
    assert bus.deliver_next({"t-sub": pytest.fail, "t-dlq-sub": dead.append})
    message = decode_pubsub_event(dead[0])
    assert message.data == b"poison"
    assert message.attributes["CloudPubSubDeadLetterSourceDeliveryCount"] == "2"
    assert bus.pending() == 0


def test_recover_clears_owned_leases(tmp_path, clock):
    bus = _bus(tmp_path / "q", clock)
    bus.publish("t", b"x", {"a": "1"})
    lease = bus.lease("w1")
    assert bus.recover() == 1
    assert not bus.renew(lease) and bus.release_owner("w1") == 0
    assert bus.lease("w2") is not None


def test_a_queue_file_from_before_lease_owners_is_upgraded(tmp_path, clock):
    path = tmp_path / "q"
    with sqlite3.connect(path) as db:  # the schema as it was, with a message left leased by a dead dispatcher
        db.executescript("""
            CREATE TABLE messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL,
                topic TEXT NOT NULL, subscription TEXT NOT NULL, data BLOB NOT NULL, attributes TEXT NOT NULL,
                publish_time TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, due_at REAL NOT NULL,
                leased_until REAL);
            INSERT INTO messages (message_id, topic, subscription, data, attributes, publish_time, attempts, due_at,
                leased_until) VALUES ('m1', 't', 't-sub', x'78', '{"a": "1"}', '2026-01-01T00:00:00+00:00', 1, 0, 1);
        """)
    bus = _bus(path, clock)
    seen = []
    assert bus.deliver_next({"t-sub": seen.append}) and len(seen) == 1
    assert bus.pending() == 0
