"""The breaker on the Firestore emulator with several independent workers (own clients, own caches), as
separate function instances would run it."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from shared.adapters.firestore_state import FirestoreStateStore
from shared.clock import FakeClock
from shared.resilience.breaker import CLOSED, OPEN, BreakerConfig, BreakerOpen, CircuitBreaker

pytestmark = pytest.mark.slow


class CountingState:
    """A StateStore decorator that counts the reads (`get`) and writes (every other method) reaching the store."""

    def __init__(self, inner):
        self.inner, self.reads, self.writes = inner, 0, 0
        self.lock = threading.Lock()

    def __getattr__(self, name):
        method = getattr(self.inner, name)

        def counted(*args, **kwargs):
            with self.lock:
                if name == "get":
                    self.reads += 1
                else:
                    self.writes += 1
            return method(*args, **kwargs)

        return counted


def test_four_workers_against_a_failing_dependency(firestore_emulator, emulator_env):
    emulator_env(firestore=firestore_emulator)
    clock, prefix = FakeClock(), f"t{uuid.uuid4().hex[:8]}_"
    config = BreakerConfig("claude", failure_threshold=6, open_seconds=30, half_open_probes=1,
                           cache_seconds=5, flush_seconds=5)
    states = [CountingState(FirestoreStateStore("test-project", prefix, clock)) for _ in range(4)]
    workers = [CircuitBreaker(config, state, clock, instance_id=f"w{i}") for i, state in enumerate(states)]
    dependency_calls = {"n": 0}
    lock = threading.Lock()

    def failing():
        with lock:
            dependency_calls["n"] += 1
        raise ConnectionError("down")

    unexpected = []

    def hammer(worker, calls):
        for _ in range(calls):
            try:
                worker.call(failing)
            except (ConnectionError, BreakerOpen):
                pass
            except Exception as exc:  # e.g. the state store under contention: say so instead of a count mismatch
                unexpected.append(repr(exc))

    threads = [threading.Thread(target=hammer, args=(w, 10)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert unexpected == []
    doc = workers[0].status()
    assert doc["state"] == OPEN
    # each worker flushes at its own threshold at the latest, so at most 4 x 6 calls reach the dependency
    assert dependency_calls["n"] <= 4 * config.failure_threshold
    # aggregation: at most one flush per worker per threshold (no time passed), i.e. far fewer writes than calls
    assert sum(s.writes for s in states) <= 4
    fast_fails = sum(w.stats["fast_fails"] for w in workers)
    assert fast_fails == 40 - dependency_calls["n"]

    # half-open: after the open time, across all workers at most one probe runs at once. The three that lose
    # learn it from one failed create of the probe slot's lease, not from a transaction on the breaker's
    # document (on the emulator, four contending transactions took up to 25 s and could give up).
    clock.advance(31)
    inside, peak = [0], [0]
    release = threading.Event()

    def slow_success():
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        release.wait(5)
        with lock:
            inside[0] -= 1
        return "ok"

    results = []

    def probe(worker):
        try:
            results.append(worker.call(slow_success))
        except BreakerOpen:
            results.append("fast-fail")
        except Exception as exc:
            results.append(repr(exc))

    threads = [threading.Thread(target=probe, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 10
    while len(results) < 3 and time.monotonic() < deadline:  # the losers return before the probe is released
        time.sleep(0.05)
    assert sorted(results) == ["fast-fail"] * 3, results
    release.set()
    for t in threads:
        t.join(timeout=20)
    assert peak[0] == 1, results
    assert sorted(results) == ["fast-fail", "fast-fail", "fast-fail", "ok"], results
    assert workers[0].status()["state"] == CLOSED
