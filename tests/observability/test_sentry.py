"""The real Sentry SDK against a local sink: tags on every event, one trace across the stages, and no secret
or email text anywhere in what leaves the process."""

from __future__ import annotations

import pytest
import sentry_sdk

from shared.bootstrap import Deps
from shared.errors import DependencyUnavailable
from shared.observability import sentry
from tests.conftest import TEST_SECRETS
from tests.e2e.helpers import SAMPLE_EML, intake_client, post_mailgun, run_chain
from tests.e2e.test_local_pipeline import FlakyEngine
from tests.observability.sentry_sink import recording_sentry


@pytest.fixture
def sink():
    with recording_sentry() as sink:
        yield sink


def _deps(settings, clock, sink, **overrides):
    changed = settings.replace(sentry_dsn=sink.dsn, sentry_release="test-release-1", sentry_traces_sample_rate=1.0,
                               sentry_profiles_sample_rate=0.0)
    return Deps(changed, clock, **overrides)


def test_failure_event_has_tags_and_no_secrets_or_email_text(sink, settings, clock):
    deps = _deps(settings, clock, sink, engine=FlakyEngine(1, DependencyUnavailable("claude", "timeout")))
    answer = post_mailgun(intake_client(deps), deps).get_json()
    run_chain(deps)
    sentry_sdk.flush()
    events = sink.items("event")
    assert events, "the retryable failure should reach Sentry"
    event = events[0]
    assert event["tags"]["stage"] == "intent"
    assert event["tags"]["email_id"] == answer["email_id"]
    assert event["tags"]["correlation_id"] == answer["correlation_id"]
    assert event["tags"]["provider"] == "mailgun"
    assert event["release"] == "test-release-1"
    assert "processing" in event["contexts"]
    everything = b"".join(sink.raw)
    for secret in [*TEST_SECRETS.values(), b"Gesamtforderung", b"Klaus Meyer", b"forderungen@stadtwerke"]:
        needle = secret if isinstance(secret, bytes) else secret.encode()
        assert needle not in everything, needle


def test_one_trace_from_intake_through_every_stage(sink, settings, clock):
    deps = _deps(settings, clock, sink)
    post_mailgun(intake_client(deps), deps)
    run_chain(deps)
    sentry_sdk.flush()
    transactions = sink.items("transaction")
    names = {t["transaction"] for t in transactions}
    assert {"intake", "intent", "extraction", "consolidation", "matching", "report"} <= names
    trace_ids = {t["contexts"]["trace"]["trace_id"] for t in transactions}
    assert len(trace_ids) == 1
    assert SAMPLE_EML[:40] not in b"".join(sink.raw)


def test_scrub_removes_addresses_keys_and_bodies():
    event = {"extra": {"body-plain": "Sehr geehrte", "note": "mail from a.b@example.org with sk-ant-abc123"},
             "request": {"headers": {"Authorization": "Basic dXNlcjpwYXNz", "Cookie": "s=1"}}}
    scrubbed = sentry.scrub(event)
    text = repr(scrubbed)
    for leaked in ("Sehr geehrte", "a.b@example.org", "sk-ant-abc123", "dXNlcjpwYXNz", "s=1"):
        assert leaked not in text


def test_disabled_without_dsn_logs_once(settings, caplog):
    sentry.reset_for_tests()
    with caplog.at_level("INFO"):
        assert sentry.init(settings) is False
        assert sentry.init(settings) is False
    assert sum("Sentry disabled" in r.getMessage() for r in caplog.records) == 1


def test_content_intake_could_not_parse_reaches_sentry_once_and_the_answer_is_200(sink, settings, clock,
                                                                                  monkeypatch):
    def parser_bug(raw, limits=None):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("shared.intake.service.parse_mime", parser_bug)
    deps = _deps(settings, clock, sink)
    response = post_mailgun(intake_client(deps), deps)
    assert response.status_code == 200
    sentry_sdk.flush()
    events = [e for e in sink.items("event") if e.get("tags", {}).get("failure") == "intake-unparseable"]
    assert len(events) == 1
    assert events[0]["exception"]["values"][-1]["type"] == "RecursionError"
    assert events[0]["tags"]["email_id"] == response.get_json()["email_id"]
