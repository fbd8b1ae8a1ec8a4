"""The Sentry overhead benchmark's pieces: the local sink receives envelopes from the real SDK when Sentry is
enabled, the workers measure distinct real stage invocations, and a quick run's Results carry both samples.
No timing thresholds."""

from __future__ import annotations

import time

import pytest

from benchmarks import sentry_overhead
from benchmarks.common import Context, Services
from benchmarks.sentry_sink import SentrySink


@pytest.fixture
def sink():
    sink = SentrySink()
    yield sink
    sink.close()


def _wait_for(predicate, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_enabled_worker_sends_transactions_to_the_sink_and_runs_real_stages(sink, tmp_path):
    worker = sentry_overhead.WorkerProcess("enabled", tmp_path / "on", sink.dsn, traces=1.0, profiles=0.0, inputs=4)
    try:
        assert worker.wait_ready() == 4          # four distinct emails, four intent events
        answer = worker.round("stage", 3)
        assert answer["n"] == 3 and answer["median_ms"] > 0
        assert worker.round("wrapper", 5)["n"] == 5
    finally:
        worker.stop()
    assert _wait_for(lambda: sink.snapshot()["items"].get("transaction", 0) >= 3), sink.snapshot()
    # the stage really ran: each invocation published to the next topic and recorded its completion
    import sqlite3

    with sqlite3.connect(tmp_path / "on" / "bus.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM messages WHERE topic = 'stage-extraction'").fetchone()[0] == 3


def test_disabled_worker_sends_nothing(sink, tmp_path):
    worker = sentry_overhead.WorkerProcess("disabled", tmp_path / "off", None, traces=1.0, profiles=0.0, inputs=2)
    try:
        assert worker.wait_ready() == 2
        worker.round("stage", 2)
        worker.round("wrapper", 5)
    finally:
        worker.stop()
    time.sleep(0.2)
    assert sink.snapshot()["envelopes"] == 0


def test_a_worker_refuses_to_reuse_inputs(tmp_path):
    worker = sentry_overhead.WorkerProcess("disabled", tmp_path / "off", None, traces=0.1, profiles=0.1, inputs=1)
    try:
        assert worker.wait_ready() == 1
        worker.round("stage", 1)
        with pytest.raises(RuntimeError):
            worker.round("stage", 1)     # out of inputs: the worker exits rather than measure a duplicate
    finally:
        worker.stop()


def test_quick_run_has_both_samples(tmp_path, monkeypatch):
    ctx = Context(workdir=tmp_path, services=Services(tmp_path), quick=True, rounds=1)
    monkeypatch.setattr(Context, "scale", lambda self, full, quick: max(5, quick // 8))
    rows = sentry_overhead.run(ctx)
    difference = rows[0]
    times = next(row for row in rows if row.baseline is not None)
    assert difference.unit == "ms" and difference.met is not None and len(difference.product) == 1
    assert len(times.product) == len(times.baseline) == 1 and times.baseline_name
    assert times.product[0] > 0 and times.baseline[0] > 0
    assert difference.details["sink_received"]["envelopes"] > 0


# -- the product change the benchmark led to: flush only when the invocation queued something ----------------
@pytest.fixture
def live_sentry(sink, settings):
    import sentry_sdk

    from shared.observability import sentry

    def start(traces: float):
        sentry.reset_for_tests()
        sentry.init(settings.replace(sentry_dsn=sink.dsn, sentry_traces_sample_rate=traces,
                                     sentry_profiles_sample_rate=0.0))
        return sentry

    yield start
    sentry_sdk.get_client().close()
    sentry_sdk.init()  # back to a disabled client
    from shared.observability import sentry as module

    module.reset_for_tests()


def _flushes(monkeypatch) -> list:
    import sentry_sdk

    calls, real = [], sentry_sdk.flush

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(sentry_sdk, "flush", counting)
    return calls


def test_a_sampled_transaction_is_sent_before_the_invocation_returns(live_sentry, sink, monkeypatch):
    sentry = live_sentry(1.0)
    flushes = _flushes(monkeypatch)
    assert sentry.run_in_sentry(lambda: 42, {"stage": "intent"}, {}, name="intent", op="function.pubsub") == 42
    assert flushes and sink.snapshot()["items"].get("transaction") == 1


def test_an_error_is_sent_before_the_exception_leaves_the_invocation(live_sentry, sink):
    sentry = live_sentry(0.0)

    def failing():
        raise ValueError("boom")

    with pytest.raises(ValueError):
        sentry.run_in_sentry(failing, {"stage": "intent"}, {}, name="intent", op="function.pubsub")
    assert sink.snapshot()["items"].get("event") == 1


def test_an_unsampled_clean_invocation_sends_nothing_and_does_not_wait(live_sentry, sink, monkeypatch):
    sentry = live_sentry(0.0)
    flushes = _flushes(monkeypatch)
    sentry.run_in_sentry(lambda: None, {"stage": "intent"}, {}, name="intent", op="function.pubsub")
    assert flushes == []
    time.sleep(0.2)
    assert sink.snapshot()["envelopes"] == 0
