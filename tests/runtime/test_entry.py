"""The runner through its entry (shared.runtime.entry.serve_event): the error tree and idempotency on the local bus with a fake clock."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from shared import topics
from shared.pubsub_event import to_cloud_event
from shared.runtime.completions import COMPLETIONS
from shared.runtime.entry import serve_event
from tests.e2e.helpers import intake_client, post_mailgun, run_chain


class RecordingBus:
    def __init__(self, inner):
        self.inner, self.published = inner, []

    def publish(self, topic, data, attributes):
        self.published.append((topic, data, dict(attributes)))
        return self.inner.publish(topic, data, attributes)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _event(topic, data: bytes, attributes: dict, when: datetime):
    return to_cloud_event("p", topic, f"{topic}-sub", "m1", data, attributes, when)


def test_a_redelivered_completed_stage_publishes_nothing(deps, clock):
    deps.wrap("bus", RecordingBus)
    post_mailgun(intake_client(deps), deps)
    intake_message = deps.bus.published[0]
    run_chain(deps)
    published = len(deps.bus.published)
    serve_event("intent", _event(*intake_message, clock.now()), deps)
    assert len(deps.bus.published) == published  # nothing new
    email_id = intake_message[2]["email_id"]
    completion = deps.state.get(COMPLETIONS, f"{email_id}:intent")
    assert completion["output_sha256"] and completion["usage"]["input_tokens"] == 0


def test_stale_event_becomes_a_failed_report_not_a_retry(deps, clock):
    deps.wrap("bus", RecordingBus)
    post_mailgun(intake_client(deps), deps)
    topic, data, attributes = deps.bus.published[0]
    old = clock.now() - timedelta(seconds=deps.settings.max_event_age_seconds + 60)
    serve_event("intent", _event(topic, data, attributes, old), deps)  # returns: acked, not raised
    run_chain(deps)  # the original, fresh delivery still runs: `processed` then replaces the `failed` report
    assert deps.reports.get(attributes["email_id"]).status == "processed"
    notices = [m for m in deps.bus.published if m[0] == topics.REPORT]
    failures = [json.loads(m[1]).get("failure") for m in notices if json.loads(m[1]).get("failure")]
    assert failures and failures[0]["error_class"] == "StaleEvent"


def test_message_without_ids_is_acked_without_a_report(deps, clock):
    event = _event(topics.INTENT, b"garbage", {"foo": "bar"}, clock.now())
    serve_event("intent", event, deps)  # no exception: acked
    assert deps.reports.list() == []


def test_undecodable_message_with_ids_gives_a_failed_report(deps, clock):
    event = _event(topics.EXTRACTION, b"{not json", {"email_id": "e-9", "correlation_id": "c-9"}, clock.now())
    serve_event("extraction", event, deps)
    run_chain(deps)
    report = deps.reports.get("e-9")
    assert report.status == "failed" and report.failed_stage == "extraction"
    assert report.error.startswith("InvalidMessage") and report.correlation_id == "c-9"


def test_not_a_pubsub_event_is_dropped(deps):
    from cloudevents.http import CloudEvent

    event = CloudEvent({"type": "com.example.other", "source": "x", "id": "1", "specversion": "1.0"}, {"a": 1})
    serve_event("intent", event, deps)
    assert deps.reports.list() == []


def test_event_time_in_the_future_or_recent_is_fine(deps, clock):
    deps.wrap("bus", RecordingBus)
    post_mailgun(intake_client(deps), deps)
    topic, data, attributes = deps.bus.published[0]
    serve_event("intent", _event(topic, data, attributes, datetime.now(timezone.utc)), deps)
    assert any(m[0] == topics.EXTRACTION for m in deps.bus.published)
