"""Drives the local bus: delivers due messages to the bound entry points until the queue is idle (the
`process` command and tests) or until told to stop (`serve`). Waiting uses the injected clock, so tests with a
FakeClock run redelivery backoff instantly."""

from __future__ import annotations

import logging
import threading
from typing import Callable, Mapping

from shared.adapters.local_bus import LocalBus

log = logging.getLogger(__name__)


class Dispatcher:
    def __init__(self, bus: LocalBus, handlers: Mapping[str, Callable], clock):
        self.bus = bus
        self.handlers = dict(handlers)
        self.clock = clock

    def run_until_idle(self, max_deliveries: int = 1_000_000) -> int:
        """Deliver until the queue is empty, waiting out backoff on the clock. Returns deliveries made."""
        delivered = 0
        while delivered < max_deliveries:
            if self.bus.deliver_next(self.handlers):
                delivered += 1
                continue
            wait = self.bus.next_due_in()
            if wait is None:
                break
            self.clock.sleep(max(wait, 0.001))
        return delivered

    def run_forever(self, stop: threading.Event, poll_seconds: float = 0.05) -> None:
        """Deliver messages as they become due until `stop` is set (the `serve` loop)."""
        while not stop.is_set():
            try:
                if self.bus.deliver_next(self.handlers):
                    continue
            except Exception:  # the bus itself failed (disk full?): log and keep serving
                log.exception("local dispatcher error")
            wait = self.bus.next_due_in()
            stop.wait(poll_seconds if wait is None else min(max(wait, 0.0), poll_seconds))
