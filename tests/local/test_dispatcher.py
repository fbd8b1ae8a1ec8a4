"""The local dispatcher's heartbeat: the lease of the message being handled is renewed every third of the lease
on the injected clock, never after the lease was lost, and not beyond the maximum hold."""

from __future__ import annotations

import logging
import time

from shared.adapters.local_bus import LEASE_SECONDS, LocalBus, RetryPolicy
from shared.local.dispatcher import Dispatcher, LeaseKeeper


def _bus(path, clock):
    return LocalBus(path, {"t": ["t-sub"]}, {}, policy=RetryPolicy(3, 10, 100), clock=clock)


def _eventually(predicate, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.01)


def test_the_keeper_renews_the_held_lease_every_third_of_the_lease(tmp_path, clock):
    bus, other = _bus(tmp_path / "q", clock), _bus(tmp_path / "q", clock)
    bus.publish("t", b"x", {"a": "1"})
    lease = bus.lease("w1")
    keeper = LeaseKeeper(bus, clock, every=LEASE_SECONDS / 3)
    with keeper.holding(lease):
        assert not keeper.tick()  # not due yet
        for _ in range(5):  # 50 s of handling, well past the first 30 s lease
            clock.advance(LEASE_SECONDS / 3)
            assert keeper.tick()
            assert other.lease("w2") is None
    assert keeper.renewals == 5
    clock.advance(LEASE_SECONDS / 3)
    assert not keeper.tick()  # nothing held any more
    assert bus.ack(lease)


def test_the_keeper_stops_renewing_a_lease_another_delivery_took_over(tmp_path, clock, caplog):
    bus, other = _bus(tmp_path / "q", clock), _bus(tmp_path / "q", clock)
    bus.publish("t", b"x", {"a": "1"})
    lease = bus.lease("w1")
    keeper = LeaseKeeper(bus, clock, every=LEASE_SECONDS / 3)
    with keeper.holding(lease), caplog.at_level(logging.WARNING):
        clock.advance(LEASE_SECONDS)  # w1 stalled past its lease without a heartbeat
        current = other.lease("w2")
        assert not keeper.tick()
        assert "lost to another delivery" in caplog.text
        clock.advance(LEASE_SECONDS / 3)
        assert not keeper.tick()  # given up on that lease
    assert keeper.renewals == 0 and other.ack(current)


def test_the_keeper_gives_a_stuck_handlers_lease_up_after_the_maximum_hold(tmp_path, clock):
    bus, other = _bus(tmp_path / "q", clock), _bus(tmp_path / "q", clock)
    bus.publish("t", b"x", {"a": "1"})
    keeper = LeaseKeeper(bus, clock, every=10, max_hold=60)
    with keeper.holding(bus.lease("w1")):
        renewed = []
        for _ in range(7):
            clock.advance(10)
            renewed.append(keeper.tick())
        assert renewed == [True] * 5 + [False] * 2  # renewed at 10..50 s, from 60 s on no longer
        assert other.lease("w2") is None  # the last renewal, at 50 s, holds for one more lease
        clock.advance(50 + LEASE_SECONDS - 70)
        assert other.lease("w2") is not None


def test_a_dispatchers_heartbeat_keeps_a_slow_handlers_message(tmp_path, clock):
    bus, other = _bus(tmp_path / "q", clock), _bus(tmp_path / "q", clock)
    bus.publish("t", b"x", {"a": "1"})
    taken_over = []

    def slow(event):
        clock.advance(LEASE_SECONDS / 2)  # the handler works for 15 s...
        _eventually(lambda: dispatcher.keeper.renewals >= 1)  # ...and the heartbeat renews the lease
        clock.advance(LEASE_SECONDS * 2 / 3)  # 35 s in: past the first deadline
        taken_over.append(other.lease("w2"))

    dispatcher = Dispatcher(bus, {"t-sub": slow}, clock, owner="w1", heartbeat_poll=0.01)
    assert dispatcher.run_until_idle() == 1
    assert taken_over == [None] and bus.pending() == 0


def test_a_dispatcher_leases_under_its_owner_and_a_released_delivery_is_redone(tmp_path, clock, caplog):
    bus, supervisor = _bus(tmp_path / "q", clock), _bus(tmp_path / "q", clock)
    bus.publish("t", b"x", {"a": "1"})
    released = []

    def handler(event):
        if not released:  # a supervisor believes this dispatcher dead and releases its leases
            released.append(supervisor.release_owner("worker-7"))

    with caplog.at_level(logging.WARNING):
        assert Dispatcher(bus, {"t-sub": handler}, clock, owner="worker-7").run_until_idle() == 2
    assert released == [1]
    assert "ack of message" in caplog.text and "ignored" in caplog.text  # the stale ack was refused
    assert bus.pending() == 0
