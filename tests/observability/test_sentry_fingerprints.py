"""Grouping by failure class, asserted on the envelopes the real SDK sends to a local sink: one outage is one
issue whatever stage it hits, and different causes never share a fingerprint."""

from __future__ import annotations

import pytest
import sentry_sdk

from shared.bootstrap import Deps
from shared.engine.rules import RulesEngine
from shared.errors import DependencyUnavailable
from shared.observability import fingerprints, sentry
from tests.e2e.helpers import intake_client, post_mailgun, run_chain
from tests.observability.sentry_sink import recording_sentry


@pytest.fixture
def sink():
    with recording_sentry() as sink:
        yield sink


class FailingEngine(RulesEngine):
    """The offline engine, failing every call of one step (`classify` or `extract`) with `error`."""

    def __init__(self, step: str, error: Exception):
        super().__init__()
        self.step, self.error = step, error

    def classify(self, mail, documents=()):
        if self.step == "classify":
            raise self.error
        return super().classify(mail, documents)

    def extract(self, mail, intent, documents=()):
        if self.step == "extract":
            raise self.error
        return super().extract(mail, intent, documents)


def _deps(settings, clock, sink, **overrides):
    changed = settings.replace(sentry_dsn=sink.dsn, sentry_release="0123abcd", sentry_environment="staging",
                               sentry_traces_sample_rate=0.0, sentry_profiles_sample_rate=0.0)
    return Deps(changed, clock, **overrides)


def _fingerprints(sink) -> list[str]:
    sentry_sdk.flush()
    return [e["fingerprint"][0] for e in sink.items("event") if e.get("fingerprint")]


def _run(settings, clock, sink, engine) -> str:
    deps = _deps(settings, clock, sink, engine=engine)
    email_id = post_mailgun(intake_client(deps), deps).get_json()["email_id"]
    run_chain(deps)
    return email_id


def test_one_claude_outage_is_one_issue_whichever_stage_it_hits_and_ends_dead_lettered_per_stage(
        sink, settings, clock):
    _run(settings, clock, sink, FailingEngine("classify", DependencyUnavailable("claude", "overloaded")))
    _run(settings.replace(local_data_dir=settings.local_data_dir / "2"), clock, sink,
         FailingEngine("extract", DependencyUnavailable("claude", "timeout")))
    seen = _fingerprints(sink)
    assert set(seen) == {"dependency-unavailable/claude", "dead-lettered/intent", "dead-lettered/extraction"}
    outage = [e for e in sink.items("event") if e["fingerprint"] == ["dependency-unavailable/claude"]]
    assert {e["tags"]["stage"] for e in outage} == {"intent", "extraction"}  # two stages, one issue
    assert {e["tags"]["failure"] for e in outage} == {"dependency-unavailable"}
    assert {e["tags"]["dependency"] for e in outage} == {"claude"}
    dead = [e for e in sink.items("event") if e["fingerprint"] == ["dead-lettered/intent"]]
    assert len(dead) == 1 and dead[0]["tags"]["email_id"] and dead[0]["tags"]["failed_stage"] == "intent"
    assert dead[0]["level"] == "error"


def test_every_event_carries_the_release_and_environment_the_build_names(sink, settings, clock):
    _run(settings, clock, sink, FailingEngine("classify", DependencyUnavailable("claude", "overloaded")))
    sentry_sdk.flush()
    events = sink.items("event")
    assert events
    assert {(e["release"], e["environment"]) for e in events} == {("0123abcd", "staging")}


def test_different_causes_never_share_an_issue(sink, settings, clock):
    _run(settings, clock, sink, FailingEngine("classify", DependencyUnavailable("mongodb", "no server")))
    _run(settings.replace(local_data_dir=settings.local_data_dir / "2"), clock, sink,
         FailingEngine("classify", RuntimeError("a bug")))
    _run(settings.replace(local_data_dir=settings.local_data_dir / "3"), clock, sink,
         FailingEngine("extract", KeyError("field")))
    seen = set(_fingerprints(sink))
    assert {"dependency-unavailable/mongodb", "stage-failed/intent/RuntimeError",
            "stage-failed/extraction/KeyError"} <= seen
    assert "dependency-unavailable/claude" not in seen


def test_an_opened_breaker_is_one_breaker_open_issue(sink, settings, clock, tmp_path):
    from shared.adapters.sqlite_state import SqliteStateStore
    from shared.resilience.breaker import BreakerOpen
    from shared.resilience.guarded import breaker_for

    assert sentry.init(_deps(settings, clock, sink).settings)
    breaker = breaker_for("claude", SqliteStateStore(tmp_path / "state.sqlite3", clock), clock)

    def outage():
        raise DependencyUnavailable("claude", "overloaded")

    for _ in range(12):
        with pytest.raises(DependencyUnavailable):
            breaker.call(outage)
    with pytest.raises(BreakerOpen) as fast_fail:
        breaker.call(outage)
    sentry.capture_exception(fast_fail.value)  # fast-fails are dropped: the opening is the one event
    sentry_sdk.flush()
    events = [e for e in sink.items("event") if e.get("fingerprint")]
    assert [e["fingerprint"] for e in events] == [["breaker-open/claude"]]
    assert events[0]["tags"]["failure"] == "breaker-open" and events[0]["tags"]["dependency"] == "claude"


def test_intake_that_cannot_parse_is_grouped_by_its_reason(sink, settings, clock, monkeypatch):
    def parser_bug(raw, limits=None):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("shared.intake.service.parse_mime", parser_bug)
    deps = _deps(settings, clock, sink)
    assert post_mailgun(intake_client(deps), deps).status_code == 200
    assert _fingerprints(sink) == ["intake-unparseable/RecursionError"]


@pytest.mark.parametrize("tags,error,expected", [
    ({"stage": "matching"}, DependencyUnavailable("mongodb", "x"), "dependency-unavailable/mongodb"),
    ({"stage": "report"}, ValueError("x"), "stage-failed/report/ValueError"),
    ({"failure": "dead-lettered", "failed_stage": "matching"}, None, "dead-lettered/matching"),
    ({"failure": "breaker-closed", "dependency": "storage"}, None, "breaker-closed/storage"),
    ({"failure": "intake-unparseable", "stage": "intake"}, UnicodeError("x"), "intake-unparseable/UnicodeError"),
])
def test_failure_classes(tags, error, expected):
    assert "/".join(fingerprints.failure_class(tags, error)) == expected


def test_a_log_line_without_an_exception_keeps_default_grouping():
    event = {"tags": {"stage": "intent"}, "logentry": {"message": "x"}}
    assert "fingerprint" not in fingerprints.apply(event, None)
