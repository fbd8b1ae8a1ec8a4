"""The outage cases of the contract suites: addresses where a service is down, and a check that every port
method then raises DependencyUnavailable, naming the dependency, within its deadline.

Two kinds of down: a closed port (nobody listens: the connection is refused at once, so this exercises the
adapter's retry deadline) and a silent port (the kernel accepts the connection, nobody ever answers: this
exercises the per-request timeouts, the case that hangs without them). The methods run at the same time, each in
its own thread, so a case costs one deadline rather than one per method. Bounds are generous on purpose
(deadline + 10 s): they catch a missing deadline, they are not a speed target.
"""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

from shared.errors import DependencyUnavailable
from shared.local.services import free_port

SLACK_SECONDS = 10.0


def closed_port() -> int:
    """A port nobody listens on (bound, then released)."""
    return free_port()


@contextmanager
def silent_port() -> Iterator[int]:
    """A port whose connections the kernel accepts (listen backlog) and nobody ever reads or answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()


@dataclass
class Outcome:
    error: BaseException | None
    seconds: float


def run_at_once(calls: dict[str, Callable[[], object]]) -> dict[str, Outcome]:
    """Run each call in its own thread, all at once; what each raised and how long it took."""
    outcomes: dict[str, Outcome] = {}

    def run(name: str, call: Callable[[], object]) -> None:
        started = time.monotonic()
        try:
            call()
            error = None
        except BaseException as exc:  # recorded and asserted on by the caller
            error = exc
        outcomes[name] = Outcome(error, time.monotonic() - started)

    threads = [threading.Thread(target=run, args=item, daemon=True) for item in calls.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return outcomes


def assert_unavailable(calls: dict[str, Callable[[], object]], dependency: str, deadline: float) -> float:
    """Every call raises DependencyUnavailable(dependency) within `deadline` + SLACK_SECONDS. Returns the
    slowest call's seconds (printed: `pytest -s` shows them)."""
    outcomes = run_at_once(calls)
    bound = deadline + SLACK_SECONDS
    for name in calls:
        assert name in outcomes, f"{name} still running after 300 s"
        outcome = outcomes[name]
        assert isinstance(outcome.error, DependencyUnavailable), f"{name} raised {outcome.error!r}"
        assert outcome.error.dependency == dependency, f"{name}: {outcome.error}"
        assert outcome.seconds < bound, f"{name} took {outcome.seconds:.1f} s, more than {bound:.0f} s"
    slowest = max(outcome.seconds for outcome in outcomes.values())
    print(f"\n{dependency}: " + ", ".join(f"{name} {o.seconds:.1f} s ({o.error})" for name, o in outcomes.items()))
    return slowest
