"""Test wrappers around shared.local.services: a service that cannot start skips its tests with a message
naming it on a developer machine, and fails them in CI (CI=true), so CI never passes by skipping."""

from __future__ import annotations

import os

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
