"""Sentry and the Claude engine: the SDK's auto-enabled Anthropic integration would report every failed call to
the Messages API on its own (unhandled, with the API's error text), before the pipeline handles the same failure
as a DependencyUnavailable. It is disabled; the pipeline's own report is the only one."""

from __future__ import annotations

import pytest
import sentry_sdk

from shared.engine.claude.client import MessagesClient, build_sdk
from shared.errors import DependencyUnavailable
from shared.observability import sentry
from tests.engine.claude.fake_messages_api import FakeMessagesAPI, error_reply
from tests.observability.sentry_sink import recording_sentry

API_TEXT = "overloaded while reading: Sehr geehrte Damen und Herren"  # the API's message may echo the email


@pytest.fixture
def sink():
    with recording_sentry() as sink:
        yield sink


def test_a_handled_claude_outage_is_reported_once_by_the_pipeline_not_again_by_the_anthropic_integration(
        sink, settings, clock, tmp_path):
    from shared.adapters.sqlite_state import SqliteStateStore
    from shared.resilience.guarded import breaker_for

    assert sentry.init(settings.replace(sentry_dsn=sink.dsn, sentry_traces_sample_rate=0.0,
                                        sentry_profiles_sample_rate=0.0))
    from sentry_sdk.integrations.anthropic import AnthropicIntegration

    assert sentry_sdk.get_client().get_integration(AnthropicIntegration) is None
    breaker = breaker_for("claude", SqliteStateStore(tmp_path / "state.sqlite3", clock), clock)
    with FakeMessagesAPI() as api:
        api.enqueue(error_reply(529, API_TEXT))
        client = MessagesClient(lambda: build_sdk("sk-test-not-a-secret", api.url, 5.0, 0), breaker, 5.0)
        with pytest.raises(DependencyUnavailable) as raised:
            client.call(model="m", system=[], tool={"name": "t", "input_schema": {"type": "object"}},
                        content=[{"type": "text", "text": "x"}], max_tokens=10)
    sentry.capture_exception(raised.value, failure="claude")  # the pipeline's own, handled report
    sentry_sdk.flush()
    events = sink.items("event")
    assert [e["exception"]["values"][-1]["type"] for e in events] == ["DependencyUnavailable"]
    assert API_TEXT.encode() not in b"".join(sink.raw)
