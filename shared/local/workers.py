"""Several dispatcher processes sharing one data dir's durable bus: the local stand-in for Cloud Functions
scaling out by instances (`serve --workers N`).

Every worker is a fresh (spawned) process with its own connections to the SQLite files under LOCAL_DATA_DIR.
The bus leases each message in a BEGIN IMMEDIATE transaction, so two workers never deliver the same message at
once; the state store's create/transact and the report store's upsert are transactional too, so at-least-once
delivery still gives one report per email. Only the launcher calls `bus.recover()` (before starting workers).

The pool supervises its workers. Each worker leases messages under its own owner name, so when one exits
while the pool is not stopping (killed, crashed), the pool releases that worker's leases — its message is
delivered again at once instead of when the lease runs out — and starts a replacement. A worker that dies
within `RestartPolicy.min_uptime` of starting is restarted after a growing delay and given up after
`max_quick_crashes` such deaths in a row, so a worker that cannot start does not spin. A worker stopped by
Ctrl-C (which reaches the whole process group while the launcher shuts down) is not restarted.

Processes are told to stop (and report ready) through `SharedFlag`s, not multiprocessing Events: an Event's
lock stays taken when a process is killed while holding it, and every other process then blocks on it. A
worker or pool process whose parent died stops too. `serve` runs the pool in a process of its own
(`PoolProcess`): the launcher runs gunicorn, whose SIGCHLD handler collects every child of the launcher
process, so a pool supervised from there would never learn its workers' exit codes.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from multiprocessing.connection import wait as wait_for_sentinels
from pathlib import Path
from typing import Callable

from shared.clock import SystemClock

log = logging.getLogger(__name__)

DEFAULT_HANDLERS = "shared.local.runtime:bind_handlers"
INTERRUPTED = 130  # a worker's exit code after Ctrl-C (128 + SIGINT): stopped on purpose, not restarted
_POLL_SECONDS = 0.01


def _poll(predicate: Callable[[], bool], timeout: float | None) -> bool:
    """Wait (real time) until `predicate()` holds or `timeout` seconds pass; returns the last answer."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while not predicate():
        if deadline is not None and time.monotonic() >= deadline:
            return False
        time.sleep(_POLL_SECONDS)
    return True


class SharedFlag:
    """A set-once flag in shared memory between processes ("stop", "ready"). It holds no lock, so a process
    killed while looking at it cannot block the others; `wait` polls."""

    def __init__(self, context=None):
        self._value = (context or multiprocessing).RawValue("b", 0)

    def set(self) -> None:
        self._value.value = 1

    def is_set(self) -> bool:
        return bool(self._value.value)

    def wait(self, timeout: float | None = None) -> bool:
        return _poll(self.is_set, timeout)


class _StopOrOrphaned:
    """A child's stop signal: its stop flag, or the death of the process that started it (nobody else would
    ever set the flag)."""

    def __init__(self, flag: SharedFlag):
        self.flag = flag
        self.parent = os.getppid()

    def is_set(self) -> bool:
        return self.flag.is_set() or os.getppid() != self.parent

    def wait(self, timeout: float | None = None) -> bool:
        return _poll(self.is_set, timeout)


def _has_exited(process) -> bool:
    """Whether `process` has exited, by its sentinel when it has one: that works even when another handler in
    this process (gunicorn's SIGCHLD handler) collected the child first and multiprocessing thinks it alive."""
    if process.exitcode is not None:
        return True
    sentinel = getattr(process, "sentinel", None)
    if sentinel is None:
        return not process.is_alive()
    return bool(wait_for_sentinels([sentinel], 0))


def _factory(path: str) -> Callable:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _use_data_dir(data_dir: str, quiet: bool):
    """In a pool's child process: settings and logging for `data_dir`; returns the process's dependencies.
    `quiet`: log to the data dir's log file only, not to stdout."""
    os.environ["LOCAL_DATA_DIR"] = str(data_dir)
    from shared import bootstrap

    if quiet:
        from shared.observability.logs import configure
        from shared.settings import Settings

        settings = Settings.from_env()
        configure(log_file=settings.local_data_dir / "logs" / "pipeline.jsonl", project=settings.project,
                  stream=open(os.devnull, "w"))
    bootstrap.reset()
    return bootstrap.deps()


def worker_main(data_dir: str, stop: SharedFlag, ready: SharedFlag, handlers: str = DEFAULT_HANDLERS,
                quiet: bool = False, owner: str | None = None) -> None:
    """One dispatcher process: build the dependencies for `data_dir`, bind the handlers (a "module:function"
    factory taking the deps), signal `ready`, deliver until `stop` is set or the parent dies, leasing messages
    under `owner`."""
    deps = _use_data_dir(data_dir, quiet)
    from shared.local.dispatcher import Dispatcher

    dispatcher = Dispatcher(deps.bus, _factory(handlers)(deps), deps.clock, owner=owner)
    ready.set()
    interrupted = False
    try:
        dispatcher.run_forever(_StopOrOrphaned(stop))
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group: stop quietly, the launcher cleans up
        interrupted = True
    finally:
        deps.bus.close()
    if interrupted:
        sys.exit(INTERRUPTED)


@dataclass(frozen=True)
class RestartPolicy:
    """When a worker that died is started again: at once if it had run `min_uptime` seconds; otherwise (a
    quick crash) after `first_delay`, doubling up to `max_delay` with each quick crash in a row, and never
    again after `max_quick_crashes` in a row."""

    min_uptime: float = 10.0
    first_delay: float = 1.0
    max_delay: float = 30.0
    max_quick_crashes: int = 5

    def delay(self, quick_crashes: int) -> float | None:
        """Seconds before the restart after `quick_crashes` quick crashes in a row; None: do not restart."""
        if quick_crashes <= 0:
            return 0.0
        if quick_crashes >= self.max_quick_crashes:
            return None
        return min(self.max_delay, self.first_delay * 2 ** (quick_crashes - 1))


@dataclass
class _Slot:
    """One worker position in the pool and the process currently filling it (None while a restart waits)."""

    name: str
    process: object = None
    ready: SharedFlag | None = None
    owner: str = ""
    started_at: datetime | None = None
    quick_crashes: int = 0
    restart_at: datetime | None = None
    given_up: bool = False


class _LeaseReleaser:
    """Releases a dead worker's leases on the data dir's bus, opened on first use in the supervising process."""

    def __init__(self, data_dir: Path | str):
        self.data_dir = Path(data_dir)
        self._bus = None

    def __call__(self, owner: str) -> int:
        if self._bus is None:
            from shared.bootstrap import Deps
            from shared.settings import Settings

            self._bus = Deps(Settings.from_env(None, local_data_dir=self.data_dir)).bus
        release = getattr(self._bus, "release_owner", None)
        return release(owner) if release is not None else 0

    def close(self) -> None:
        if self._bus is not None and hasattr(self._bus, "close"):
            self._bus.close()


class DispatcherPool:
    """`count` supervised dispatcher processes on the data dir's bus. `start()` waits until each is ready to
    deliver, then supervises them from a background thread until `close()`. Supervise from a process that
    alone reaps its children (not gunicorn's: use PoolProcess there)."""

    def __init__(self, count: int, data_dir: Path | str, handlers: str = DEFAULT_HANDLERS, quiet: bool = False,
                 *, restart: RestartPolicy | None = None, clock=None, context=None,
                 release: Callable[[str], int] | None = None, check_seconds: float = 0.2):
        """`restart`: when dead workers come back; `clock`: times uptimes and restart delays; `context`: the
        multiprocessing context (spawn); `release(owner)`: releases a dead worker's leases (default: on the
        data dir's bus); `check_seconds`: how often (real time) the supervisor looks at the workers."""
        if count < 1:
            raise ValueError("a pool needs at least one worker")
        self.data_dir = str(data_dir)
        self.handlers = handlers
        self.quiet = quiet
        self.restart = restart or RestartPolicy()
        self.clock = clock or SystemClock()
        self.check_seconds = check_seconds
        self.restarts = 0  # replacements started so far
        self._context = context or multiprocessing.get_context("spawn")
        self._release = release or _LeaseReleaser(data_dir)
        self.stop_event = SharedFlag(self._context)
        self._stopping = threading.Event()
        self._supervisor: threading.Thread | None = None
        self._slots = [_Slot(f"local-bus-{index + 1}") for index in range(count)]

    @property
    def processes(self) -> list:
        return [slot.process for slot in self._slots if slot.process is not None]

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.processes if p.pid is not None]

    def start(self, timeout: float = 120.0, supervise: bool = True) -> "DispatcherPool":
        """Start every worker and wait until each is ready; then supervise them (unless `supervise` is False:
        a caller may run `check()` itself)."""
        for slot in self._slots:
            self._spawn(slot)
        deadline = time.monotonic() + timeout
        for slot in self._slots:
            _poll(lambda: slot.ready.is_set() or _has_exited(slot.process), max(0.0, deadline - time.monotonic()))
            if not slot.ready.is_set():
                self.close()
                raise RuntimeError(f"dispatcher worker {slot.name} did not start (exit code {slot.process.exitcode})")
        if supervise:
            self._supervisor = threading.Thread(target=self._supervise, name="dispatcher-pool", daemon=True)
            self._supervisor.start()
        return self

    def alive(self) -> int:
        return sum(1 for p in self.processes if not _has_exited(p))

    def check(self) -> None:
        """One supervision pass: notice workers that exited, release their leases, start replacements that
        are due. Does nothing once the pool is stopping."""
        for slot in self._slots:
            if self._stopping.is_set() or self.stop_event.is_set():
                return
            if slot.process is not None and _has_exited(slot.process):
                self._bury(slot)
            if slot.process is None and slot.restart_at is not None and self.clock.now() >= slot.restart_at:
                self._spawn(slot)
                self.restarts += 1
                log.warning("dispatcher worker %s restarted (pid %s)", slot.name, slot.process.pid)

    def close(self, timeout: float = 20.0) -> None:
        """Stop supervising, tell the workers to stop, and terminate those still running after `timeout`."""
        self._stopping.set()
        if self._supervisor is not None:
            self._supervisor.join()
        self.stop_event.set()
        processes = self.processes
        _poll(lambda: all(_has_exited(p) for p in processes), timeout)
        for process in processes:
            if not _has_exited(process):
                log.warning("dispatcher worker %s did not stop in %.0fs; terminating", process.name, timeout)
                process.terminate()
            process.join(5)
        if isinstance(self._release, _LeaseReleaser):
            self._release.close()

    def __enter__(self) -> "DispatcherPool":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------------------------
    def _spawn(self, slot: _Slot) -> None:
        slot.owner = f"{slot.name}:{uuid.uuid4().hex[:12]}"  # new for every process: its leases are its own
        slot.ready = SharedFlag(self._context)
        process = self._context.Process(
            target=worker_main, name=slot.name, daemon=True,
            args=(self.data_dir, self.stop_event, slot.ready, self.handlers, self.quiet, slot.owner))
        process.start()
        slot.started_at, slot.restart_at = self.clock.now(), None
        slot.process = process  # only once started: other threads read `processes`, `pids`, `alive()`

    def _bury(self, slot: _Slot) -> None:
        """`slot`'s process has exited: release its leases and schedule its restart (or give up on it)."""
        process, now = slot.process, self.clock.now()
        slot.process = None
        uptime = (now - slot.started_at).total_seconds()
        try:
            released = self._release(slot.owner)
        except Exception:  # its leases still run out on their own
            log.exception("could not release the leases of dispatcher worker %s", slot.name)
            released = 0
        if process.exitcode == INTERRUPTED:
            log.info("dispatcher worker %s (pid %s) was interrupted; not restarting it", slot.name, process.pid)
            return
        slot.quick_crashes = slot.quick_crashes + 1 if uptime < self.restart.min_uptime else 0
        delay = self.restart.delay(slot.quick_crashes)
        if delay is None:
            slot.given_up = True
            log.error("dispatcher worker %s (pid %s) exited with code %s, %d times in a row within %.0fs of starting;"
                      " not restarting it", slot.name, process.pid, process.exitcode, slot.quick_crashes,
                      self.restart.min_uptime)
            return
        slot.restart_at = now + timedelta(seconds=delay)
        log.warning("dispatcher worker %s (pid %s) exited with code %s after %.1fs; %d leased message(s) released;"
                    " restarting it in %.0fs", slot.name, process.pid, process.exitcode, uptime, released, delay)

    def _supervise(self) -> None:
        while not self._stopping.wait(self.check_seconds):
            try:
                self.check()
            except Exception:  # never let the supervisor die: the next pass tries again
                log.exception("dispatcher pool supervisor error")


def pool_main(count: int, data_dir: str, handlers: str, quiet: bool, stop: SharedFlag, ready: SharedFlag) -> None:
    """The pool process: run a supervised DispatcherPool until `stop` is set or the parent dies. The workers are
    this process's children and nothing else here reaps them, so the pool sees their exit codes."""
    _use_data_dir(data_dir, quiet)  # logging, as in the workers
    try:
        with DispatcherPool(count, data_dir, handlers, quiet) as pool:
            ready.set()
            _StopOrOrphaned(stop).wait()
            log.info("dispatcher pool stopping (%d restart(s) while it ran)", pool.restarts)
    except KeyboardInterrupt:  # Ctrl-C: the `with` stopped the workers
        sys.exit(INTERRUPTED)


class PoolProcess:
    """A DispatcherPool in a process of its own, for a launcher that does not alone reap its children (`serve`
    runs gunicorn). `start()` waits until every worker is ready; `close()` stops the pool and its workers."""

    def __init__(self, count: int, data_dir: Path | str, handlers: str = DEFAULT_HANDLERS, quiet: bool = False):
        context = multiprocessing.get_context("spawn")
        self.stop_event, self._ready = SharedFlag(context), SharedFlag(context)
        # not daemonic: a daemonic process may not start processes of its own
        self.process = context.Process(target=pool_main, name="local-bus-pool",
                                       args=(count, str(data_dir), handlers, quiet, self.stop_event, self._ready))

    def start(self, timeout: float = 180.0) -> "PoolProcess":
        self.process.start()
        _poll(lambda: self._ready.is_set() or _has_exited(self.process), timeout)
        if not self._ready.is_set():
            self.close()
            raise RuntimeError(f"the dispatcher pool did not start (exit code {self.process.exitcode})")
        return self

    def close(self, timeout: float = 30.0) -> None:
        self.stop_event.set()
        if not _poll(lambda: _has_exited(self.process), timeout):
            log.warning("the dispatcher pool did not stop in %.0fs; terminating it", timeout)
            self.process.terminate()  # its workers notice that their parent is gone and stop
        self.process.join(5)

    def __enter__(self) -> "PoolProcess":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()
