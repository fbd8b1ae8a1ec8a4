"""Handler factories for the dispatcher-pool tests, named "module:function" and imported by spawned workers."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from shared.local.runtime import bind_handlers

BLOCKED_PID = "blocked.pid"  # in the data dir: the pid of the worker holding the blocked delivery
DELIVERIES = "extraction-deliveries"  # in the data dir: one line (a worker's pid) per extraction delivery


def block_first_extraction(deps) -> dict:
    """The real chain, except that the first extraction delivery never finishes: its worker writes its pid to
    BLOCKED_PID and waits to be killed. Later deliveries run the stage normally."""
    handlers = bind_handlers(deps)
    extraction = handlers["stage-extraction-sub"]
    data_dir = Path(deps.data_dir)

    def handler(event) -> None:
        with open(data_dir / DELIVERIES, "a") as log:
            log.write(f"{os.getpid()}\n")
        try:
            claim = os.open(data_dir / "blocked.claim", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return extraction(event)
        os.close(claim)
        (data_dir / "blocked.tmp").write_text(str(os.getpid()))
        os.replace(data_dir / "blocked.tmp", data_dir / BLOCKED_PID)
        threading.Event().wait(60)  # the test kills this worker long before
        raise RuntimeError("the blocked worker was not killed")

    handlers["stage-extraction-sub"] = handler
    return handlers
