"""A circuit breaker whose state is shared by every function instance through one StateStore document.

States (the only legal moves are in TRANSITIONS; `reset` is the operator's override):

    CLOSED     calls go through. Failures are counted per instance and flushed to the shared document at most
               once per `flush_seconds` (or at once when this instance alone reaches the threshold); the flush
               transaction opens the breaker when the window's failures reach the threshold (a count, or a rate
               over at least `min_calls` calls). No write while healthy; the state is read at most once per
               `cache_seconds` per instance.
    OPEN       calls fail fast with BreakerOpen (retryable: the message is redelivered later), no call to the
               dependency; its message keeps the root cause ("claude breaker open after 5 failures; last:
               DependencyUnavailable: claude unavailable: timeout"), from the document's `failures` and
               `last_failure` (the last counted failure, as class and safe message), so a failed report that
               ends in BreakerOpen still names what went wrong. After `open_seconds` the next caller moves the
               breaker to HALF_OPEN.
    HALF_OPEN  at most `half_open_probes` calls run at once across all instances. A probe first takes a slot
               lease, a document created only if absent, with an expiry (a probe whose instance dies frees its
               slot when it expires); only lease holders then run the transaction that records the probe. When
               many instances arrive at once after `open_seconds`, the losers learn it from one failed create
               instead of contending for the breaker's document (a hot document in Firestore, and minutes of
               lock timeouts on its emulator). A probe that succeeds closes the breaker once `half_open_probes`
               probes have succeeded; a failing probe re-opens it. Everyone else fails fast.

Every state change happens in a StateStore transaction, so two instances never both move the breaker.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, TypeVar

from shared.errors import DependencyUnavailable

log = logging.getLogger("pipeline.breaker")

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"
TRANSITIONS = {CLOSED: {OPEN}, OPEN: {HALF_OPEN}, HALF_OPEN: {CLOSED, OPEN}}
COLLECTION = "circuit_breakers"
T = TypeVar("T")


class BreakerOpen(DependencyUnavailable):
    """The dependency's breaker is open: fail fast, retry later. The message names the failures that opened it
    and the last one, when the breaker's document knows them."""

    def __init__(self, name: str, failures: int | None = None, last_failure: str | None = None):
        text = f"{name} breaker open" + (f" after {failures} failure{'s' * (failures != 1)}" if failures else "")
        Exception.__init__(self, text + (f"; last: {last_failure}" if last_failure else ""))
        self.dependency = self.breaker = name
        self.failures, self.last_failure = failures, last_failure


def describe(exc: BaseException) -> str:
    """`exc` as "Class: message" for the breaker's document; only our own errors' messages (they never hold
    email text), any other error by its class alone."""
    from shared.observability.context import safe_error_message

    message = safe_error_message(exc, limit=200)
    return type(exc).__name__ if message == type(exc).__name__ else f"{type(exc).__name__}: {message}"


@dataclass(frozen=True)
class BreakerConfig:
    name: str
    failure_threshold: int = 5            # failures in the window that open the breaker
    failure_rate: float | None = None     # or: this share of calls failing (with at least min_calls calls)
    min_calls: int = 10
    window_seconds: float = 60.0
    slow_call_seconds: float | None = None  # a call slower than this counts as a failure
    open_seconds: float = 30.0
    half_open_probes: int = 1
    probe_timeout_seconds: float = 60.0   # a reserved probe expires after this
    cache_seconds: float = 5.0            # how long an instance trusts its last read
    flush_seconds: float = 5.0            # how often an instance writes its failure counts
    counts: Callable[[BaseException], bool] = field(default=lambda exc: True)  # which errors are outages


def initial_doc(now: datetime) -> dict:
    return {"state": CLOSED, "since": now.isoformat(), "window_start": now.isoformat(), "calls": 0,
            "failures": 0, "probes": {}, "probe_successes": 0, "opened_at": None, "last_failure": None}


class CircuitBreaker:
    """One breaker per dependency per instance; `call` wraps every call to that dependency."""

    def __init__(self, config: BreakerConfig, state, clock, instance_id: str | None = None, monotonic=time.monotonic):
        self.config = config
        self.state = state
        self.clock = clock
        self.instance_id = instance_id or uuid.uuid4().hex[:12]
        self._lock = threading.Lock()
        self._cached: dict | None = None
        self._cached_at: datetime | None = None
        self._pending_calls = 0
        self._pending_failures = 0
        self._pending_last: str | None = None  # the last failure counted here and not yet flushed
        self._last_flush = clock.now()
        self._monotonic = monotonic
        self.stats = {"fast_fails": 0, "reads": 0, "writes": 0}

    # -- public ---------------------------------------------------------------------------------------
    def call(self, fn: Callable[[], T]) -> T:
        """Run `fn` under the breaker. Raises BreakerOpen without calling `fn` when the breaker is open."""
        doc = self._current()
        probe = None
        if doc["state"] != CLOSED:
            probe = self._reserve_probe()
            if probe is None:
                self.stats["fast_fails"] += 1
                log.info("breaker %s open: call failed fast (%d on this instance)", self.config.name,
                         self.stats["fast_fails"])
                doc = self._current()
                raise BreakerOpen(self.config.name, doc.get("failures"), doc.get("last_failure"))
        started = self._monotonic()
        try:
            result = fn()
        except BaseException as exc:
            if not self.config.counts(exc):
                if probe:
                    self._release_probe(probe, success=True)
                raise
            self._on_failure(probe, describe(exc))
            raise
        elapsed = self._monotonic() - started
        if self.config.slow_call_seconds is not None and elapsed > self.config.slow_call_seconds:
            self._on_failure(probe, f"slow call: {elapsed:.0f} s")
        else:
            self._on_success(probe)
        return result

    @property
    def unflushed_failures(self) -> int:
        """Failures counted on this instance and not yet written to the shared document."""
        with self._lock:
            return self._pending_failures

    def status(self) -> dict:
        """The shared document as it is now (one read)."""
        return self._read() or initial_doc(self.clock.now())

    # -- reading ---------------------------------------------------------------------------------------
    def _read(self) -> dict | None:
        self.stats["reads"] += 1
        return self.state.get(COLLECTION, self.config.name)

    def _current(self) -> dict:
        now = self.clock.now()
        with self._lock:
            fresh = self._cached_at and (now - self._cached_at).total_seconds() < self.config.cache_seconds
            if not fresh:
                self._cached = self._read() or initial_doc(now)
                self._cached_at = now
            return self._cached

    def _remember(self, doc: dict | None) -> None:
        if doc is not None:
            with self._lock:
                self._cached, self._cached_at = doc, self.clock.now()

    def _transact(self, update: Callable[[dict], dict | None]) -> dict | None:
        now = self.clock.now()
        changed = {}

        def apply(current):
            doc = current or initial_doc(now)
            new = update(dict(doc, probes=dict(doc.get("probes") or {})))
            changed["from"], changed["to"] = doc["state"], (new or doc)["state"]
            return new

        self.stats["writes"] += 1
        result = self.state.transact(COLLECTION, self.config.name, apply)
        if changed and changed["from"] != changed["to"]:
            self._report_change(changed["from"], changed["to"])
        self._remember(result)
        return result

    def _report_change(self, before: str, after: str) -> None:
        """Only the instance whose transaction moved the breaker gets here: logged and sent to Sentry once."""
        log.warning("breaker %s: %s -> %s", self.config.name, before, after)
        from shared.observability import sentry

        sentry.capture_message(f"circuit breaker {self.config.name}: {before} -> {after}",
                               level="error" if after == OPEN else "info", breaker=self.config.name,
                               failure=f"breaker-{after}",  # grouping: shared/observability/fingerprints.py
                               dependency=self.config.name)

    # -- closed: aggregated failure counting -------------------------------------------------------------
    def _on_success(self, probe: str | None) -> None:
        if probe:
            self._release_probe(probe, success=True)
            return
        with self._lock:
            self._pending_calls += 1
        self._maybe_flush(force=False)

    def _on_failure(self, probe: str | None, failure: str) -> None:
        if probe:
            self._release_probe(probe, success=False, failure=failure)
            return
        with self._lock:
            self._pending_calls += 1
            self._pending_failures += 1
            self._pending_last = failure
            local_threshold = self._pending_failures >= self.config.failure_threshold
        self._maybe_flush(force=local_threshold)

    def _maybe_flush(self, force: bool) -> None:
        now = self.clock.now()
        with self._lock:
            elapsed = (now - self._last_flush).total_seconds()
            if not self._pending_failures:
                if elapsed >= self.config.window_seconds:  # a healthy window: forget it, no write
                    self._pending_calls, self._last_flush = 0, now
                return
            if not (force or elapsed >= self.config.flush_seconds):
                return
            calls, failures, last = self._pending_calls, self._pending_failures, self._pending_last
            self._pending_calls = self._pending_failures = 0
            self._pending_last = None
            self._last_flush = now
        self._transact(lambda doc: self._add_counts(doc, calls, failures, now, last))

    def _add_counts(self, doc: dict, calls: int, failures: int, now: datetime, last: str | None) -> dict | None:
        if doc["state"] != CLOSED:
            return None
        if (now - datetime.fromisoformat(doc["window_start"])).total_seconds() > self.config.window_seconds:
            doc.update(window_start=now.isoformat(), calls=0, failures=0)
        doc["calls"] += calls
        doc["failures"] += failures
        if failures and last:
            doc["last_failure"] = last
        if self._tripped(doc):
            return _move(doc, OPEN, now, opened_at=now.isoformat())
        return doc

    def _tripped(self, doc: dict) -> bool:
        if self.config.failure_rate is not None:
            return doc["calls"] >= self.config.min_calls and doc["failures"] / doc["calls"] >= self.config.failure_rate
        return doc["failures"] >= self.config.failure_threshold

    # -- open / half-open: probes ------------------------------------------------------------------------
    def _reserve_probe(self) -> str | None:
        now = self.clock.now()
        cached = self._current()
        if cached["state"] == OPEN and cached.get("opened_at"):
            if (now - datetime.fromisoformat(cached["opened_at"])).total_seconds() < self.config.open_seconds:
                return None  # still open: no write needed to know that
        slot = self._take_slot()
        if slot is None:
            return None
        probe_id = f"{slot}:{self.instance_id}-{uuid.uuid4().hex[:8]}"

        def reserve(doc: dict) -> dict | None:
            if doc["state"] == CLOSED:
                return None
            if doc["state"] == OPEN:
                opened = datetime.fromisoformat(doc["opened_at"])
                if (now - opened).total_seconds() < self.config.open_seconds:
                    return None
                doc = _move(doc, HALF_OPEN, now, probes={}, probe_successes=0)
            # an entry of this slot is a holder whose lease expired before it released (its instance died)
            live = {k: v for k, v in doc["probes"].items()
                    if datetime.fromisoformat(v) > now and _slot_of(k) != slot}
            if len(live) >= self.config.half_open_probes:
                return None
            live[probe_id] = (now + timedelta(seconds=self.config.probe_timeout_seconds)).isoformat()
            return dict(doc, probes=live)

        try:
            result = self._transact(reserve)
        except BaseException:
            self._free_slot(slot)
            raise
        if result is None or probe_id not in (result.get("probes") or {}):
            self._free_slot(slot)
            return "closed-pass" if result is not None and result["state"] == CLOSED else None
        return probe_id

    def _take_slot(self) -> int | None:
        """The first free probe slot, leased until the probe would expire; None when all are taken."""
        lease = {"instance": self.instance_id}
        ttl = timedelta(seconds=self.config.probe_timeout_seconds)
        for slot in range(self.config.half_open_probes):
            self.stats["writes"] += 1
            if self.state.create(COLLECTION, _lease_key(self.config.name, slot), lease, ttl=ttl):
                return slot
        return None

    def _free_slot(self, slot: int) -> None:
        self.stats["writes"] += 1
        self.state.delete(COLLECTION, _lease_key(self.config.name, slot))

    def _release_probe(self, probe: str, success: bool, failure: str | None = None) -> None:
        if probe == "closed-pass":
            return
        now = self.clock.now()

        def release(doc: dict) -> dict | None:
            doc["probes"].pop(probe, None)
            if doc["state"] != HALF_OPEN:
                return doc
            if not success:
                return _move(doc, OPEN, now, opened_at=now.isoformat(), probes={},
                             failures=doc.get("failures", 0) + 1, last_failure=failure or doc.get("last_failure"))
            doc["probe_successes"] = doc.get("probe_successes", 0) + 1
            if doc["probe_successes"] >= self.config.half_open_probes:
                return _move(doc, CLOSED, now, probes={}, window_start=now.isoformat(), calls=0, failures=0,
                             opened_at=None, probe_successes=0, last_failure=None)
            return doc

        try:
            self._transact(release)
        finally:
            self._free_slot(_slot_of(probe))


def _lease_key(name: str, slot: int) -> str:
    return f"{name}.probe-{slot}"


def _slot_of(probe_id: str) -> int:
    """The slot a probe id was leased for (-1 for an id written before slots existed)."""
    slot, sep, _ = probe_id.partition(":")
    return int(slot) if sep and slot.isdigit() else -1


def _move(doc: dict, target: str, now: datetime, **fields) -> dict:
    if target not in TRANSITIONS[doc["state"]]:
        raise RuntimeError(f"illegal breaker transition {doc['state']} -> {target}")
    return {**doc, **fields, "state": target, "since": now.isoformat()}


def reset(state, name: str, now: datetime) -> dict:
    """Operator override (`breaker reset NAME`): back to CLOSED with empty counts and its probes' slots free."""
    current = state.get(COLLECTION, name) or {}
    for probe_id in current.get("probes") or {}:
        state.delete(COLLECTION, _lease_key(name, _slot_of(probe_id)))
    doc = initial_doc(now)
    state.set(COLLECTION, name, doc)
    return doc
