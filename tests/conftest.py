"""Shared fixtures: an isolated environment and data dir per test, a fake clock, local dependencies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shared import bootstrap
from shared.clock import FakeClock
from shared.settings import SETTING_VARIABLES, Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS = REPO_ROOT.parent / "shared" / "corpus"

# Every variable shared/settings.py reads, from settings itself (tests/test_settings.py checks it is complete).
_SETTING_VARIABLES = SETTING_VARIABLES


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch, tmp_path):
    """No test sees the developer's settings; each gets its own LOCAL_DATA_DIR and a fresh bootstrap."""
    for name in _SETTING_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LOCAL_DATA_DIR", str(tmp_path / "data"))
    bootstrap.reset()
    yield
    bootstrap.reset()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


TEST_SECRETS = dict(
    mailgun_signing_key="test-mailgun-key",
    postmark_basic_auth="postmark:pm-secret",
    sendgrid_basic_auth="sendgrid:sg-secret",
    raw_webhook_secret="raw-secret",
)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.from_env(
        {}, local_data_dir=tmp_path / "data", retry_min_backoff_seconds=10.0, max_delivery_attempts=3,
        **TEST_SECRETS,
    )


@pytest.fixture
def deps(settings, clock):
    """Local adapters under the test's data dir, on the fake clock."""
    return bootstrap.Deps(settings, clock)


def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            raise RuntimeError(f"the corpus folder {CORPUS} is missing in CI")
        pytest.skip(f"corpus folder {CORPUS} not found (it lives in ../shared beside the repo)")
    return CORPUS


# --- real services (see tests/services.py) -------------------------------------------------------------------
def _session_service(name: str):
    """A session-scoped fixture that starts one real service (tests/services.py) and stops exactly it."""

    @pytest.fixture(scope="session")
    def fixture(tmp_path_factory):
        from tests import services

        service = getattr(services, f"start_{name}")(tmp_path_factory.mktemp(name))
        yield service
        service.stop()

    return fixture


pubsub_emulator = _session_service("pubsub")
firestore_emulator = _session_service("firestore")
storage_emulator = _session_service("storage")
postgres_server = _session_service("postgres")


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the session's Postgres for this test."""
    import uuid

    from sqlalchemy import create_engine, text

    port = postgres_server.extra["port"]
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(f"postgresql+pg8000://postgres@127.0.0.1:{port}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    yield f"postgresql+pg8000://postgres@127.0.0.1:{port}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def emulator_env(monkeypatch):
    """Set the emulator variables of whichever emulators this test requested."""
    def apply(pubsub=None, firestore=None, storage=None, project="test-project"):
        monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", project)
        if pubsub:
            monkeypatch.setenv("PUBSUB_EMULATOR_HOST", pubsub.host)
        if firestore:
            monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", firestore.host)
        if storage:
            monkeypatch.setenv("STORAGE_EMULATOR_HOST", storage.host)
    return apply
