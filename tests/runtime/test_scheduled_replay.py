"""The scheduled replay through the real `replay` entry point (functions-framework test client): it replays only
failures caused by a dependency outage, at most REPLAY_MAX_PER_RUN, nothing while a breaker is open, and every run
reaches Sentry Crons as check-ins on the local sink (in_progress, then ok or error)."""

from __future__ import annotations

import functions_framework
import pytest
import sentry_sdk

from shared import bootstrap
from shared.bootstrap import Deps
from shared.errors import DependencyUnavailable, UnreadableContent
from shared.runtime.scheduled_replay import MONITOR_CONFIG, REPLAY_COOLDOWN, REPLAY_MONITOR_SLUG
from tests.conftest import REPO_ROOT
from tests.e2e.helpers import SAMPLE_EML, intake_client, post_mailgun, run_chain
from tests.e2e.test_local_pipeline import FlakyEngine
from tests.observability.sentry_sink import recording_sentry


@pytest.fixture
def sink():
    with recording_sentry() as sink:
        yield sink


def _email(n: int) -> bytes:
    return SAMPLE_EML.replace(b"Message-ID: <forderung-448812", f"Message-ID: <forderung-{n}".encode())


def _fail(settings, clock, error, n: int) -> str:
    """One email through the chain with an engine that fails (up to every attempt) with `error`."""
    deps = Deps(settings, clock, engine=FlakyEngine(settings.max_delivery_attempts, error))
    email_id = post_mailgun(intake_client(deps), deps, raw=_email(n)).get_json()["email_id"]
    run_chain(deps)
    assert deps.reports.get(email_id).status == "failed"
    return email_id


def _call_replay(deps):
    bootstrap.use(deps)
    app = functions_framework.create_app(target="replay", source=str(REPO_ROOT / "main.py"))
    return app.test_client().post("/")


def _check_ins(sink) -> list[tuple[str, str]]:
    sentry_sdk.flush()
    return [(c["monitor_slug"], c["status"]) for c in sink.items("check_in")]


@pytest.fixture
def sentry_settings(settings, sink):
    return settings.replace(sentry_dsn=sink.dsn, sentry_release="abc123", sentry_environment="prod",
                            sentry_traces_sample_rate=0.0, sentry_profiles_sample_rate=0.0)


def test_replays_outage_failures_only_and_checks_in(sentry_settings, clock, sink):
    outage = _fail(sentry_settings, clock, DependencyUnavailable("claude", "overloaded"), 1)
    unreadable = _fail(sentry_settings, clock, UnreadableContent("content cannot be read"), 2)
    deps = Deps(sentry_settings, clock)
    answer = _call_replay(deps)
    assert answer.status_code == 200
    assert answer.get_json()["email_ids"] == [outage]
    run_chain(deps)
    assert deps.reports.get(outage).status == "processed"
    assert deps.reports.get(unreadable).status == "failed"  # a permanent failure is never replayed on its own
    assert _check_ins(sink) == [(REPLAY_MONITOR_SLUG, "in_progress"), (REPLAY_MONITOR_SLUG, "ok")]
    first = sink.items("check_in")[0]
    assert first["monitor_config"]["schedule"] == MONITOR_CONFIG["schedule"]
    assert (first["release"], first["environment"]) == ("abc123", "prod")
    assert _call_replay(deps).get_json()["replayed"] == 0  # nothing failed any more


def test_at_most_replay_max_per_run(sentry_settings, clock, sink):
    for n in (1, 2, 3):
        _fail(sentry_settings, clock, DependencyUnavailable("mongodb", "no server"), n)
    deps = Deps(sentry_settings.replace(replay_max_per_run=2), clock)
    assert _call_replay(deps).get_json()["replayed"] == 2
    assert _call_replay(deps).get_json()["replayed"] == 1  # the first two are still on their way (cooldown)
    assert _call_replay(deps).get_json()["replayed"] == 0
    clock.advance(REPLAY_COOLDOWN.total_seconds())
    assert _call_replay(deps).get_json()["replayed"] == 2  # never ran (no chain here): due again, 2 per run


def test_nothing_is_replayed_while_a_breaker_is_open(sentry_settings, clock, sink):
    from shared.resilience.breaker import COLLECTION

    _fail(sentry_settings, clock, DependencyUnavailable("claude", "overloaded"), 1)
    deps = Deps(sentry_settings, clock)
    deps.state.set(COLLECTION, "claude", {"state": "open", "since": clock.now().isoformat()})
    answer = _call_replay(deps).get_json()
    assert answer["replayed"] == 0 and answer["held_back"] == "breaker open: claude"
    assert _check_ins(sink)[-1] == (REPLAY_MONITOR_SLUG, "ok")  # the schedule ran; nothing was due


def test_a_run_that_fails_checks_in_as_error(sentry_settings, clock, sink):
    class BrokenReports:
        def list(self, **kwargs):
            raise DependencyUnavailable("database", "connection refused")

    deps = Deps(sentry_settings, clock, reports=BrokenReports())
    assert _call_replay(deps).status_code == 500
    assert _check_ins(sink) == [(REPLAY_MONITOR_SLUG, "in_progress"), (REPLAY_MONITOR_SLUG, "error")]
    assert [e["fingerprint"] for e in sink.items("event")] == [["dependency-unavailable/database"]]


def test_replay_max_per_run_0_turns_the_schedule_off_rather_than_unbounded(sentry_settings, clock, sink):
    _fail(sentry_settings, clock, DependencyUnavailable("claude", "overloaded"), 1)
    answer = _call_replay(Deps(sentry_settings.replace(replay_max_per_run=0), clock)).get_json()
    assert answer["replayed"] == 0 and "off" in answer["held_back"]
