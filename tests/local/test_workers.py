"""`serve --workers N`: several dispatcher processes share one data dir's bus; every email still gets exactly
one report, and each message is delivered by one worker at a time. The pool supervises its workers: a dead
worker's leases are released and it is replaced, with backoff and a limit for one that keeps crashing at start
(unit tests on fake processes and a FakeClock; one test with real processes and a real SIGKILL)."""

from __future__ import annotations

import itertools
import json
import logging
import os
import signal
import sqlite3
import time
import types
from pathlib import Path

import pytest

from shared.bootstrap import Deps
from shared.cli import build_parser
from shared.intake.providers import raw_message
from shared.intake.service import accept
from shared.local.serve import seed_samples
from shared.local.workers import INTERRUPTED, DispatcherPool, PoolProcess, RestartPolicy
from shared.observability.context import new_correlation_id
from shared.settings import Settings
from tests.local import worker_handlers

DEV = Path(__file__).resolve().parents[1] / "agents_data" / "dev"


def test_two_worker_processes_drain_the_bus_with_one_report_per_email(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    seed_samples(data_dir)
    deps = Deps(Settings.from_env({"LOCAL_DATA_DIR": str(data_dir), "AGENT_ENGINE": "rules"}))
    _ = deps.reports
    emails = sorted(DEV.glob("*.eml"))[:8]
    accepted = [accept(raw_message(path.read_bytes()), new_correlation_id(), deps).email_id for path in emails]
    with DispatcherPool(2, data_dir, quiet=True) as pool:
        assert len(pool.pids) == 2
        deadline = time.time() + 90
        while time.time() < deadline and deps.bus.pending():
            time.sleep(0.1)
        assert pool.alive() == 2
    assert deps.bus.pending() == 0
    reports = deps.reports.list()
    assert sorted(r.email_id for r in reports) == sorted(accepted)
    assert {r.status for r in reports} == {"processed"}
    with sqlite3.connect(data_dir / "state.sqlite3") as db:  # each stage completed once per email
        completions = db.execute("SELECT COUNT(*) FROM documents WHERE collection = 'stage_completions'").fetchone()
    assert completions[0] == 5 * len(emails)


def test_a_worker_that_cannot_start_is_reported(tmp_path):
    pool = DispatcherPool(1, tmp_path, handlers="shared.local.workers:no_such_factory", quiet=True)
    with pytest.raises(RuntimeError, match="did not start"):
        pool.start(timeout=60)


def test_serve_takes_a_worker_count():
    assert build_parser().parse_args(["serve"]).workers == 1
    assert build_parser().parse_args(["serve", "--workers", "3"]).workers == 3


# -- supervision on fake processes ------------------------------------------------------------------------
class FakeProcess:
    """A worker process that does only what the test says: ready when started (or dead at once, when its
    context says workers crash at start), dead when `die(code)` is called, stopped by the pool's stop event."""

    def __init__(self, context, target, name, daemon, args):
        self.context, self.name, self.args = context, name, args
        self.pid = self.exitcode = None

    @property
    def owner(self) -> str:
        return self.args[5]

    def start(self) -> None:
        self.pid = next(self.context.pids)
        self.context.started.append(self)
        if self.context.crash_at_start:
            self.exitcode = 1
        else:
            self.args[2].set()  # ready

    def is_alive(self) -> bool:
        if self.exitcode is None and self.args[1].is_set():  # the pool's stop flag: it stops at once
            self.exitcode = 0
        return self.pid is not None and self.exitcode is None

    def die(self, code: int) -> None:
        self.exitcode = code

    def join(self, timeout=None) -> None:
        self.is_alive()

    def terminate(self) -> None:
        self.exitcode = -15


class FakeContext:
    """Stands in for multiprocessing's spawn context; records every process started."""

    def __init__(self):
        self.started: list[FakeProcess] = []
        self.crash_at_start = False
        self.pids = itertools.count(1000)

    def RawValue(self, typecode, value):
        return types.SimpleNamespace(value=value)

    def Process(self, target, name, daemon, args):
        return FakeProcess(self, target, name, daemon, args)


def _fake_pool(count, clock, context, released, **kwargs) -> DispatcherPool:
    def release(owner):
        released.append(owner)
        return 1

    pool = DispatcherPool(count, "unused-data-dir", context=context, clock=clock, release=release, **kwargs)
    return pool.start(supervise=False)  # the test runs the supervisor's passes itself


def test_restart_delays_grow_with_quick_crashes_until_given_up():
    policy = RestartPolicy(min_uptime=10, first_delay=1, max_delay=5, max_quick_crashes=5)
    assert [policy.delay(n) for n in range(6)] == [0, 1, 2, 4, 5, None]


def test_a_dead_worker_has_its_leases_released_and_is_replaced(clock, caplog):
    context, released = FakeContext(), []
    pool = _fake_pool(2, clock, context, released)
    dead = context.started[1]
    clock.advance(60)  # it had been serving for a minute
    dead.die(-9)
    with caplog.at_level(logging.WARNING, logger="shared.local.workers"):
        pool.check()
    assert released == [dead.owner]
    assert pool.restarts == 1 and pool.alive() == 2 and dead.pid not in pool.pids
    replacement = context.started[2]
    assert replacement.name == "local-bus-2" and replacement.owner != dead.owner
    assert f"local-bus-2 (pid {dead.pid}) exited with code -9" in caplog.text
    pool.check()
    assert pool.restarts == 1
    pool.close()


def test_a_worker_that_keeps_crashing_at_start_backs_off_then_is_given_up(clock, caplog):
    context, released = FakeContext(), []
    pool = _fake_pool(2, clock, context, released,
                      restart=RestartPolicy(min_uptime=10, first_delay=1, max_delay=30, max_quick_crashes=3))
    context.crash_at_start = True
    context.started[0].die(1)
    pool.check()  # a quick crash: restart in 1 s, not now
    assert pool.restarts == 0 and pool.alive() == 1
    clock.advance(1)
    pool.check()  # restarted; the replacement crashes at once
    assert pool.restarts == 1
    pool.check()  # second quick crash: restart in 2 s
    clock.advance(1)
    pool.check()
    assert pool.restarts == 1
    clock.advance(1)
    pool.check()
    assert pool.restarts == 2
    with caplog.at_level(logging.ERROR, logger="shared.local.workers"):
        pool.check()  # third quick crash in a row: given up
    clock.advance(3600)
    pool.check()
    assert pool.restarts == 2 and pool.alive() == 1 and len(released) == 3
    assert "local-bus-1" in caplog.text and "not restarting it" in caplog.text
    pool.close()


def test_a_worker_stopped_by_ctrl_c_is_not_restarted(clock):
    context, released = FakeContext(), []
    pool = _fake_pool(2, clock, context, released)
    context.started[0].die(INTERRUPTED)
    pool.check()
    clock.advance(3600)
    pool.check()
    assert pool.restarts == 0 and pool.alive() == 1
    pool.close()


def test_workers_that_exit_after_the_pool_is_closed_are_not_restarted(clock):
    context, released = FakeContext(), []
    pool = _fake_pool(2, clock, context, released)
    pool.close()
    assert pool.alive() == 0
    pool.check()
    assert pool.restarts == 0 and len(context.started) == 2


# -- supervision with real processes ----------------------------------------------------------------------
def _eventually(predicate, what: str, timeout: float = 25.0):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def _read_pid(path: Path) -> int | None:
    return int(path.read_text()) if path.exists() else None


def _one_email(tmp_path):
    """A data dir with one accepted email waiting for the chain: (data_dir, deps, email_id)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    seed_samples(data_dir)
    deps = Deps(Settings.from_env({"LOCAL_DATA_DIR": str(data_dir), "AGENT_ENGINE": "rules"}))
    _ = deps.reports
    email_id = accept(raw_message((data_dir / "sample.eml").read_bytes()), new_correlation_id(), deps).email_id
    return data_dir, deps, email_id


def _assert_processed_once(data_dir, deps, email_id, blocked: int) -> None:
    """One processed report, each stage completed once, extraction delivered twice (blocked, then redone)."""
    assert [r.email_id for r in deps.reports.list()] == [email_id]
    assert deps.reports.get(email_id).status == "processed"
    deliveries = (data_dir / worker_handlers.DELIVERIES).read_text().split()
    assert len(deliveries) == 2 and int(deliveries[0]) == blocked and int(deliveries[1]) != blocked
    with sqlite3.connect(data_dir / "state.sqlite3") as db:
        completions = db.execute("SELECT COUNT(*) FROM documents WHERE collection = 'stage_completions'").fetchone()
    assert completions[0] == 5


BLOCKING = f"{worker_handlers.__name__}:{worker_handlers.block_first_extraction.__name__}"


def test_a_killed_worker_is_replaced_and_its_message_delivered_again(tmp_path, caplog):
    data_dir, deps, email_id = _one_email(tmp_path)
    with caplog.at_level(logging.WARNING, logger="shared.local.workers"), \
            DispatcherPool(2, data_dir, handlers=BLOCKING, quiet=True) as pool:
        first_pids = set(pool.pids)
        blocked = _eventually(lambda: _read_pid(data_dir / worker_handlers.BLOCKED_PID), "the blocked delivery")
        assert blocked in first_pids
        os.kill(blocked, signal.SIGKILL)
        _eventually(lambda: pool.alive() == 2 and blocked not in pool.pids, "a replacement worker")
        assert len(set(pool.pids) - first_pids) == 1
        _eventually(lambda: deps.reports.get(email_id) is not None and deps.bus.pending() == 0,
                    "the email's report")
    assert f"(pid {blocked}) exited with code -{signal.SIGKILL.value}" in caplog.text
    _assert_processed_once(data_dir, deps, email_id, blocked)


def _logged(data_dir: Path) -> list[str]:
    path = data_dir / "logs" / "pipeline.jsonl"
    return [json.loads(line)["message"] for line in path.read_text().splitlines()] if path.exists() else []


def test_serves_pool_process_replaces_a_killed_worker(tmp_path):
    """`serve --workers N` runs the pool in a process of its own; the same recovery, seen through its log."""
    data_dir, deps, email_id = _one_email(tmp_path)
    with PoolProcess(2, data_dir, handlers=BLOCKING, quiet=True) as pool:
        blocked = _eventually(lambda: _read_pid(data_dir / worker_handlers.BLOCKED_PID), "the blocked delivery")
        os.kill(blocked, signal.SIGKILL)
        _eventually(lambda: deps.reports.get(email_id) is not None and deps.bus.pending() == 0, "the email's report")
        restarted = _eventually(lambda: [m for m in _logged(data_dir) if "restarted (pid" in m], "the restart")
    assert pool.process.exitcode == 0
    assert any(f"(pid {blocked}) exited with code -{signal.SIGKILL.value}" in m for m in _logged(data_dir))
    replacement = int(restarted[0].rsplit("pid ", 1)[1].rstrip(")"))
    assert not Path(f"/proc/{replacement}").exists()  # stopped and reaped with the pool
    _assert_processed_once(data_dir, deps, email_id, blocked)
