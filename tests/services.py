"""Test wrappers around shared.local.services: a service that cannot start skips its tests with a message
naming it on a developer machine, and fails them in CI (CI=true), so CI never passes by skipping."""

from __future__ import annotations

import os
import signal
import subprocess

import pytest

from shared.local import services
from shared.local.services import ServiceUnavailable


def _started(start, workdir):
    try:
        return start(workdir)
    except ServiceUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{exc} (CI requires it)", pytrace=False)
        pytest.skip(str(exc))


def start_pubsub(workdir):
    return _started(services.start_pubsub, workdir)


def start_firestore(workdir):
    return _started(services.start_firestore, workdir)


def start_storage(workdir):
    return _started(services.start_storage, workdir)


def start_postgres(workdir):
    return _started(services.start_postgres, workdir)


def interrupt(process: subprocess.Popen, timeout: float = 30) -> str:
    """Ctrl-C for a server the test started (SIGINT), then its output; killed if it does not end in `timeout`."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return output or ""
