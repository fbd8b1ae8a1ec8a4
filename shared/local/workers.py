"""Several dispatcher processes sharing one data dir's durable bus: the local stand-in for Cloud Functions
scaling out by instances (`serve --workers N`).

Every worker is a fresh (spawned) process with its own connections to the SQLite files under LOCAL_DATA_DIR.
The bus leases each message in a BEGIN IMMEDIATE transaction, so two workers never deliver the same message at
once; the state store's create/transact and the report store's upsert are transactional too, so at-least-once
delivery still gives one report per email. Only the launcher calls `bus.recover()` (before starting workers).
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
import time
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)

DEFAULT_HANDLERS = "shared.local.runtime:bind_handlers"


def _factory(path: str) -> Callable:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def worker_main(data_dir: str, stop, ready, handlers: str = DEFAULT_HANDLERS, quiet: bool = False) -> None:
    """One dispatcher process: build the dependencies for `data_dir`, bind the handlers (a "module:function"
    factory taking the deps), signal `ready`, deliver until `stop` is set. `quiet`: log to the data dir's log
    file only, not to stdout."""
    os.environ["LOCAL_DATA_DIR"] = str(data_dir)
    from shared import bootstrap
    from shared.runtime.local_dispatcher import Dispatcher

    if quiet:
        from shared.observability.logs import configure
        from shared.settings import Settings

        settings = Settings.from_env()
        configure(log_file=settings.local_data_dir / "logs" / "pipeline.jsonl", project=settings.project,
                  stream=open(os.devnull, "w"))
    bootstrap.reset()
    deps = bootstrap.deps()
    dispatcher = Dispatcher(deps.bus, _factory(handlers)(deps), deps.clock)
    ready.set()
    try:
        dispatcher.run_forever(stop)
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group: stop quietly, the launcher cleans up
        pass
    finally:
        deps.bus.close()


class DispatcherPool:
    """`count` dispatcher processes on the data dir's bus. `start()` waits until each is ready to deliver."""

    def __init__(self, count: int, data_dir: Path | str, handlers: str = DEFAULT_HANDLERS, quiet: bool = False):
        if count < 1:
            raise ValueError("a pool needs at least one worker")
        self._context = multiprocessing.get_context("spawn")
        self.stop_event = self._context.Event()
        self._ready = [self._context.Event() for _ in range(count)]
        self.processes = [
            self._context.Process(target=worker_main, args=(str(data_dir), self.stop_event, ready, handlers, quiet),
                                  name=f"local-bus-{index + 1}", daemon=True)
            for index, ready in enumerate(self._ready)
        ]

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.processes if p.pid is not None]

    def start(self, timeout: float = 120.0) -> "DispatcherPool":
        for process in self.processes:
            process.start()
        deadline = time.monotonic() + timeout
        for process, ready in zip(self.processes, self._ready):
            while not ready.wait(0.1):
                if not process.is_alive() or time.monotonic() > deadline:
                    self.close()
                    raise RuntimeError(f"dispatcher worker {process.name} did not start (exit code {process.exitcode})")
        return self

    def alive(self) -> int:
        return sum(1 for p in self.processes if p.is_alive())

    def close(self, timeout: float = 20.0) -> None:
        self.stop_event.set()
        for process in self.processes:
            process.join(timeout)
            if process.is_alive():
                log.warning("dispatcher worker %s did not stop in %.0fs; terminating", process.name, timeout)
                process.terminate()
                process.join(5)

    def __enter__(self) -> "DispatcherPool":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()
