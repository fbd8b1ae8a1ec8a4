"""The shared circuit breaker on the SQLite state store with a fake clock (time advances, nothing sleeps)."""

from __future__ import annotations

import pytest

from shared.adapters.sqlite_state import SqliteStateStore
from shared.resilience.breaker import (
    CLOSED, HALF_OPEN, OPEN, TRANSITIONS, BreakerConfig, BreakerOpen, CircuitBreaker, reset,
)


class Boom(Exception):
    pass


class BadRequest(Exception):
    pass


def ok():
    return "ok"


def fail():
    raise Boom()


@pytest.fixture
def state(tmp_path, clock):
    return SqliteStateStore(tmp_path / "state.sqlite3", clock)


def _breaker(state, clock, **config):
    defaults = dict(name="claude", failure_threshold=3, open_seconds=30, cache_seconds=5, flush_seconds=5,
                    counts=lambda exc: not isinstance(exc, BadRequest))
    return CircuitBreaker(BreakerConfig(**{**defaults, **config}), state, clock)


def _fail(breaker, times):
    for _ in range(times):
        with pytest.raises((Boom, BreakerOpen)):
            breaker.call(fail)


def test_transition_table_is_explicit():
    assert TRANSITIONS == {CLOSED: {OPEN}, OPEN: {HALF_OPEN}, HALF_OPEN: {CLOSED, OPEN}}


def test_healthy_calls_write_nothing_and_read_once_per_ttl(state, clock):
    breaker = _breaker(state, clock)
    for _ in range(50):
        assert breaker.call(ok) == "ok"
    clock.advance(6)
    for _ in range(50):
        breaker.call(ok)
    assert breaker.stats["writes"] == 0
    assert breaker.stats["reads"] == 2


def test_opens_at_threshold_then_fails_fast_without_calling(state, clock):
    breaker = _breaker(state, clock)
    _fail(breaker, 3)
    assert breaker.status()["state"] == OPEN
    called = []
    with pytest.raises(BreakerOpen):
        breaker.call(lambda: called.append(1))
    assert called == [] and breaker.stats["fast_fails"] == 1


def test_ignored_errors_do_not_count(state, clock):
    breaker = _breaker(state, clock)
    for _ in range(10):
        with pytest.raises(BadRequest):
            breaker.call(lambda: (_ for _ in ()).throw(BadRequest()))
    assert breaker.status()["state"] == CLOSED


def test_half_open_probe_success_closes(state, clock):
    breaker = _breaker(state, clock)
    _fail(breaker, 3)
    clock.advance(31)
    assert breaker.call(ok) == "ok"
    assert breaker.status()["state"] == CLOSED


def test_half_open_probe_failure_reopens(state, clock):
    breaker = _breaker(state, clock)
    _fail(breaker, 3)
    clock.advance(31)
    _fail(breaker, 1)
    doc = breaker.status()
    assert doc["state"] == OPEN and doc["opened_at"] == clock.now().isoformat()


def test_only_the_configured_number_of_probes_run_across_instances(state, clock):
    first, second = _breaker(state, clock), _breaker(state, clock)
    _fail(first, 3)
    clock.advance(31)
    inside = []

    def probe():
        inside.append("first")
        with pytest.raises(BreakerOpen):  # the other instance may not probe meanwhile
            second.call(ok)
        return "ok"

    assert first.call(probe) == "ok" and inside == ["first"]
    assert first.status()["state"] == CLOSED


def test_a_dead_probe_expires(state, clock):
    first, second = _breaker(state, clock, probe_timeout_seconds=60), _breaker(state, clock)
    _fail(first, 3)
    clock.advance(31)
    assert first._reserve_probe() not in (None, "closed-pass")  # reserved, then the instance "dies"
    clock.advance(6)
    with pytest.raises(BreakerOpen):
        second.call(ok)
    clock.advance(60)
    assert second.call(ok) == "ok"
    assert second.status()["state"] == CLOSED


def test_two_probe_slots_admit_two_probes_and_no_third(state, clock):
    first, second, third = (_breaker(state, clock, half_open_probes=2) for _ in range(3))
    _fail(first, 3)
    clock.advance(31)
    running = []

    def probe_while(other):
        def call():
            running.append(len(running) + 1)
            return other()
        return call

    def third_fails_fast():
        with pytest.raises(BreakerOpen):
            third.call(ok)
        return "ok"

    assert first.call(probe_while(lambda: second.call(probe_while(third_fails_fast)))) == "ok"
    assert running == [1, 2]
    assert first.status()["state"] == CLOSED  # two probes succeeded


def test_a_failed_probe_frees_its_slot_for_the_next_round(state, clock):
    first, second = _breaker(state, clock), _breaker(state, clock)
    _fail(first, 3)
    clock.advance(31)
    with pytest.raises(Boom):
        first.call(fail)  # the probe fails: open again
    clock.advance(31)
    assert second.call(ok) == "ok"  # its slot is free at once, not after the probe timeout


def test_reset_frees_the_slot_of_a_dead_probe(state, clock):
    first, second = _breaker(state, clock, probe_timeout_seconds=600), _breaker(state, clock)
    _fail(first, 3)
    clock.advance(31)
    assert first._reserve_probe() not in (None, "closed-pass")  # reserved, then the instance "dies"
    reset(state, "claude", clock.now())
    _fail(second, 3)
    clock.advance(31)
    assert second.call(ok) == "ok"  # the dead probe's lease went with the reset


def test_failures_from_several_instances_are_aggregated(state, clock):
    a, b = _breaker(state, clock, failure_threshold=4), _breaker(state, clock, failure_threshold=4)
    _fail(a, 2)
    _fail(b, 2)
    assert a.status()["state"] == CLOSED  # nothing flushed yet: below each instance's threshold
    clock.advance(6)
    _fail(a, 1)
    _fail(b, 1)
    assert a.status()["state"] == OPEN


def test_failure_rate_with_minimum_calls(state, clock):
    breaker = _breaker(state, clock, failure_rate=0.5, min_calls=4, failure_threshold=100, flush_seconds=0)
    breaker.call(ok)
    _fail(breaker, 1)
    assert breaker.status()["state"] == CLOSED  # 2 calls < min_calls
    breaker.call(ok)
    _fail(breaker, 1)
    assert breaker.status()["state"] == OPEN


def test_slow_calls_count_as_failures(state, clock):
    ticks = iter(range(0, 1000, 10))
    breaker = CircuitBreaker(BreakerConfig("mongo", failure_threshold=2, slow_call_seconds=5), state, clock,
                             monotonic=lambda: next(ticks))
    breaker.call(ok)
    breaker.call(ok)
    assert breaker.status()["state"] == OPEN


def test_reset(state, clock):
    breaker = _breaker(state, clock)
    _fail(breaker, 3)
    reset(state, "claude", clock.now())
    clock.advance(6)
    assert breaker.call(ok) == "ok"


def _raise(error):
    def call():
        raise error

    return call


def test_breaker_open_names_the_failures_and_the_last_one(state, clock):
    from shared.errors import DependencyUnavailable

    breaker = _breaker(state, clock)
    for detail in ("HTTP 529 overloaded_error", "HTTP 529 overloaded_error", "timeout"):
        with pytest.raises(DependencyUnavailable):
            breaker.call(_raise(DependencyUnavailable("claude", detail)))
    with pytest.raises(BreakerOpen) as raised:
        breaker.call(ok)
    assert str(raised.value) == ("claude breaker open after 3 failures; "
                                 "last: DependencyUnavailable: claude unavailable: timeout")
    assert raised.value.dependency == "claude" and raised.value.breaker == "claude"
    other = _breaker(state, clock)  # another instance reads the cause from the shared document
    with pytest.raises(BreakerOpen, match="last: DependencyUnavailable: claude unavailable: timeout$"):
        other.call(ok)


def test_a_foreign_error_is_kept_by_its_class_only(state, clock):
    breaker = _breaker(state, clock)
    _fail(breaker, 2)
    with pytest.raises(ValueError):
        breaker.call(_raise(ValueError("Sehr geehrter Herr Meyer, Ihr Saldo")))
    with pytest.raises(BreakerOpen) as raised:
        breaker.call(ok)
    assert str(raised.value) == "claude breaker open after 3 failures; last: ValueError"


def test_a_failed_probe_becomes_the_last_failure_and_a_closed_breaker_forgets_it(state, clock):
    breaker = _breaker(state, clock)
    _fail(breaker, 3)
    clock.advance(31)
    with pytest.raises(TimeoutError):
        breaker.call(_raise(TimeoutError()))
    with pytest.raises(BreakerOpen, match=r"^claude breaker open after 4 failures; last: TimeoutError$"):
        breaker.call(ok)
    clock.advance(31)
    assert breaker.call(ok) == "ok"
    assert breaker.status()["last_failure"] is None


def test_a_slow_call_is_named_as_such(state, clock):
    ticks = iter(range(0, 1000, 20))
    breaker = CircuitBreaker(BreakerConfig(name="mongodb", failure_threshold=1, slow_call_seconds=10), state, clock,
                             monotonic=lambda: next(ticks))
    assert breaker.call(ok) == "ok"
    with pytest.raises(BreakerOpen, match=r"^mongodb breaker open after 1 failure; last: slow call: 20 s$"):
        breaker.call(ok)
