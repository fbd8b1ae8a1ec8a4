"""Drives the local bus: delivers due messages to the bound entry points until the queue is idle (the
`process` command and tests) or until told to stop (`serve`). Waiting uses the injected clock, so tests with a
FakeClock run redelivery backoff instantly.

While a handler runs, a heartbeat thread keeps its message's lease: every third of the bus's lease (10 s of
30 s) it renews it, so a slow handler keeps its message through two missed renewals, while the message of a
dispatcher that died comes back within one lease. After MAX_HOLD_SECONDS the heartbeat stops renewing: a
handler stuck that long loses its message to a redelivery, as it did under the old fixed 600 s lease. The
heartbeat decides on the injected clock and only wakes up on real time, so tests drive `LeaseKeeper.tick()`
with a FakeClock.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, Mapping

from shared.adapters.local_bus import Lease, LocalBus

log = logging.getLogger(__name__)

MAX_HOLD_SECONDS = 600.0  # longer than a gen2 event function may run (540 s)
HEARTBEAT_POLL_SECONDS = 1.0  # how often (real time) the heartbeat thread asks whether a renewal is due


class LeaseKeeper:
    """Renews the lease of the message being handled. `holding(lease)` wraps the handler call; `tick()` renews
    the held lease once `every` seconds have passed on the clock since the last renewal."""

    def __init__(self, bus: LocalBus, clock, every: float, max_hold: float = MAX_HOLD_SECONDS):
        self.bus = bus
        self.clock = clock
        self.every = every
        self.max_hold = max_hold
        self.renewals = 0  # renewals made so far (for logs and tests)
        self._lock = threading.Lock()
        self._lease: Lease | None = None
        self._leased_at = self._renewed_at = None

    @contextmanager
    def holding(self, lease: Lease) -> Iterator[None]:
        """Keep `lease` renewed until the block ends; the exit waits out a renewal in flight, so it never races
        the ack or nack that follows."""
        with self._lock:
            self._lease = lease
            self._leased_at = self._renewed_at = self.clock.now()
        try:
            yield
        finally:
            with self._lock:
                self._lease = None

    def tick(self) -> bool:
        """Renew the held lease if a renewal is due. Returns True when it renewed."""
        with self._lock:
            lease = self._lease
            if lease is None:
                return False
            now = self.clock.now()
            if (now - self._renewed_at).total_seconds() < self.every:
                return False
            if (now - self._leased_at).total_seconds() >= self.max_hold:
                log.warning("message %s on %s still in its handler after %.0fs: lease no longer renewed, it may be "
                            "delivered again", lease.message_id, lease.subscription, self.max_hold)
                self._lease = None
                return False
            try:
                renewed = self.bus.renew(lease)
            except Exception:  # the bus is busy or failing: try again on the next tick
                log.exception("renewing the lease of message %s failed", lease.message_id)
                return False
            if not renewed:
                log.warning("lease of message %s on %s lost to another delivery; its handler's work may be redone",
                            lease.message_id, lease.subscription)
                self._lease = None
                return False
            self._renewed_at = now
            self.renewals += 1
            return True

    @contextmanager
    def running(self, poll_seconds: float = HEARTBEAT_POLL_SECONDS) -> Iterator["LeaseKeeper"]:
        """A daemon thread calling `tick()` every `poll_seconds` of real time while the block runs."""
        stop = threading.Event()

        def beat() -> None:
            while not stop.wait(poll_seconds):
                self.tick()

        thread = threading.Thread(target=beat, name="lease-heartbeat", daemon=True)
        thread.start()
        try:
            yield self
        finally:
            stop.set()
            thread.join()


class Dispatcher:
    def __init__(self, bus: LocalBus, handlers: Mapping[str, Callable], clock, owner: str | None = None,
                 heartbeat_poll: float = HEARTBEAT_POLL_SECONDS):
        """`owner`: the name this dispatcher leases messages under (default: the bus's own), which a
        supervisor uses to release the leases of a dispatcher that died."""
        self.bus = bus
        self.handlers = dict(handlers)
        self.clock = clock
        self.owner = owner
        self.keeper = LeaseKeeper(bus, clock, every=bus.lease_seconds / 3)
        self.heartbeat_poll = heartbeat_poll

    def deliver_one(self) -> bool:
        """Deliver one due message, its lease kept while the handler runs. False when nothing was due."""
        return self.bus.deliver_next(self.handlers, owner=self.owner, while_handling=self.keeper.holding)

    def run_until_idle(self, max_deliveries: int = 1_000_000) -> int:
        """Deliver until the queue is empty, waiting out backoff on the clock. Returns deliveries made."""
        delivered = 0
        with self.keeper.running(self.heartbeat_poll):
            while delivered < max_deliveries:
                if self.deliver_one():
                    delivered += 1
                    continue
                wait = self.bus.next_due_in()
                if wait is None:
                    break
                self.clock.sleep(max(wait, 0.001))
        return delivered

    def run_forever(self, stop: threading.Event, poll_seconds: float = 0.05) -> None:
        """Deliver messages as they become due until `stop` is set (the `serve` loop)."""
        with self.keeper.running(self.heartbeat_poll):
            while not stop.is_set():
                try:
                    if self.deliver_one():
                        continue
                except Exception:  # the bus itself failed (disk full?): log and keep serving
                    log.exception("local dispatcher error")
                wait = self.bus.next_due_in()
                stop.wait(poll_seconds if wait is None else min(max(wait, 0.0), poll_seconds))
