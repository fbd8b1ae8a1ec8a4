"""Fixtures for the Claude engine tests: the fake Messages API, a breaker on SQLite state, an engine wired to
both through the real anthropic SDK (no retries, a short total deadline unless a test asks otherwise)."""

from __future__ import annotations

import pytest

from shared.adapters.sqlite_state import SqliteStateStore
from shared.engine.claude import ClaudeEngine
from shared.engine.claude.client import MessagesClient, build_sdk
from shared.resilience.guarded import breaker_for
from tests.engine.claude.fake_messages_api import FakeMessagesAPI


@pytest.fixture
def api():
    with FakeMessagesAPI() as server:
        yield server


@pytest.fixture
def breaker(tmp_path, clock):
    return breaker_for("claude", SqliteStateStore(tmp_path / "state.sqlite3", clock), clock)


@pytest.fixture
def make_engine(api, breaker):
    def make(pdfs: dict[str, bytes] | None = None, max_retries: int = 0, timeout: float = 5.0, **options):
        client = MessagesClient(lambda: build_sdk("sk-test-not-a-secret", api.url, timeout, max_retries), breaker,
                                timeout)
        return ClaudeEngine(client, (pdfs or {}).__getitem__, **options)

    return make
