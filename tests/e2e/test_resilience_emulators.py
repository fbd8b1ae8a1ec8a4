"""Exactly one report per accepted email under at-least-once delivery, on the real services: push
subscriptions with dead-letter policies on the Pub/Sub emulator, Firestore emulator state, GCS emulator blobs,
PostgreSQL reports. Faults are injected through wrapped dependencies (fakes, no mocks)."""

from __future__ import annotations

import json
import threading
import time
import uuid

import pytest

from shared import chain, topics
from shared.bootstrap import Deps
from shared.domain.results import IntentResult, TokenUsage
from shared.engine.rules import RulesEngine
from shared.errors import DependencyUnavailable
from shared.runtime.completions import COMPLETIONS
from shared.runtime.replay import replay_failed
from tests.e2e.helpers import intake_client, post_mailgun
from tests.e2e.pubsub_stack import gcp_settings, prepare_project, start_stack, wait_until

pytestmark = pytest.mark.slow


@pytest.fixture
def make_stack(pubsub_emulator, firestore_emulator, storage_emulator, postgres_url, emulator_env, tmp_path):
    """make_stack(**deps_overrides, settings_overrides={...}) -> (deps, fleet); stopped after the test."""
    emulators = (pubsub_emulator, firestore_emulator, storage_emulator)
    project, bucket = prepare_project(emulator_env, emulators, postgres_url, tmp_path / "data")
    fleets = []

    def make(settings_overrides=None, max_attempts=5, wrap=None, **overrides):
        settings = gcp_settings(project, bucket, postgres_url, emulators, tmp_path / "data",
                                **(settings_overrides or {}))
        deps = Deps(settings, **overrides)
        for name, decorate in (wrap or {}).items():
            deps.wrap(name, decorate)
        fleets.append(start_stack(deps, max_attempts=max_attempts))
        return deps, fleets[-1]

    yield make
    for fleet in fleets:
        fleet.stop()


def _report(deps, email_id, status="processed", timeout=60):
    return wait_until(lambda: (r := deps.reports.get(email_id)) is not None and r.status == status and r, timeout)


class FailOnce:
    """Wraps a dependency: the first call of `method` (optionally only when `when(args)` holds) raises."""

    def __init__(self, inner, method, error=None, when=lambda *a, **k: True, times=1):
        self.inner, self.method, self.error, self.when = inner, method, error, when
        self.remaining = times
        self.lock = threading.Lock()

    def __getattr__(self, name):
        attribute = getattr(self.inner, name)
        if name != self.method:
            return attribute

        def call(*args, **kwargs):
            with self.lock:
                fire = self.remaining > 0 and self.when(*args, **kwargs)
                if fire:
                    self.remaining -= 1
            if fire:
                raise self.error or RuntimeError(f"injected failure in {name}")
            return attribute(*args, **kwargs)

        return call


class TokenEngine(RulesEngine):
    """The rules engine, reporting token usage as a model would (to check it is counted once)."""

    def classify(self, mail, documents=()) -> IntentResult:
        result = super().classify(mail)
        return result.model_copy(update={"usage": TokenUsage(input_tokens=100, output_tokens=7)})


def test_duplicate_webhook_ten_times_gives_one_report(make_stack):
    deps, _ = make_stack()
    client = intake_client(deps)
    answers = [post_mailgun(client, deps, token="d" * 50).get_json() for _ in range(10)]
    assert sum(not a["duplicate"] for a in answers) == 1
    _report(deps, answers[0]["email_id"])
    time.sleep(2)
    assert len(deps.reports.list()) == 1


def test_every_stage_receiving_every_message_twice_gives_one_report_and_tokens_once(make_stack):
    class DoublePublisher:
        def __init__(self, inner):
            self.inner = inner

        def publish(self, topic, data, attributes):
            self.inner.publish(topic, data, attributes)
            return self.inner.publish(topic, data, attributes)

    deps, _ = make_stack(wrap={"bus": DoublePublisher}, engine=TokenEngine())
    email_id = post_mailgun(intake_client(deps), deps).get_json()["email_id"]
    report = _report(deps, email_id)
    time.sleep(3)
    assert [r.email_id for r in deps.reports.list()] == [email_id]
    assert deps.reports.get(email_id).total_tokens_used == 107 == report.total_tokens_used


@pytest.mark.parametrize("stage", ["intent", "extraction", "consolidation", "matching", "report"])
def test_a_failure_at_each_stage_on_first_delivery_is_redelivered(make_stack, stage):
    route = chain.BY_NAME[stage]
    if route.next_topic:  # the stage's own publish fails once
        only_next = lambda topic, *args, **kwargs: topic == route.next_topic  # noqa: E731
        deps, _ = make_stack(wrap={"bus": lambda bus: FailOnce(bus, "publish", when=only_next)})
    else:  # the report function's write fails once
        deps, _ = make_stack(wrap={"reports": lambda reports: FailOnce(reports, "upsert")})
    email_id = post_mailgun(intake_client(deps), deps).get_json()["email_id"]
    assert _report(deps, email_id).status == "processed"


def test_instance_dying_between_publish_and_completion_record(make_stack):
    completions = lambda collection, *args, **kwargs: collection == COMPLETIONS  # noqa: E731
    deps, _ = make_stack(wrap={"state": lambda state: FailOnce(state, "create", when=completions)})
    email_id = post_mailgun(intake_client(deps), deps).get_json()["email_id"]
    _report(deps, email_id)
    time.sleep(2)
    assert [(r.email_id, r.status) for r in deps.reports.list()] == [(email_id, "processed")]


@pytest.mark.parametrize("stage", ["intent", "extraction", "consolidation", "matching", "report"])
def test_a_permanent_failure_at_each_stage_gives_one_failed_report(make_stack, stage):
    deps, _ = make_stack()
    email_id, correlation_id = f"perm-{uuid.uuid4().hex[:8]}", "corr-perm"
    deps.bus.publish(chain.BY_NAME[stage].topic, json.dumps({"schema_version": 99}).encode(),
                     {"email_id": email_id, "correlation_id": correlation_id})
    report = _report(deps, email_id, status="failed")
    assert report.failed_stage == stage and report.error.startswith("InvalidMessage")
    assert report.correlation_id == correlation_id


def test_exhausted_retries_dead_letter_then_replay_processes_the_same_email(make_stack):
    class Down(RulesEngine):
        healthy = False

        def classify(self, mail, documents=()):
            if not self.healthy:
                raise DependencyUnavailable("claude", "overloaded")
            return super().classify(mail, documents)

    engine = Down()
    deps, _ = make_stack(engine=engine)
    email_id = post_mailgun(intake_client(deps), deps).get_json()["email_id"]
    failed = _report(deps, email_id, status="failed", timeout=90)
    assert failed.failed_stage == "intent" and "retries exhausted" in failed.error
    engine.healthy = True
    result = replay_failed(deps, stage="intent")
    assert result.replayed == [email_id]
    assert _report(deps, email_id).status == "processed"


def test_dependency_outage_opens_the_breaker_and_every_email_still_ends_processed(make_stack):
    from shared.resilience import guarded
    from shared.resilience.breaker import BreakerConfig

    outage = {"until": time.time() + 6}

    class FlakyDirectory:
        def __init__(self, inner):
            self.inner = inner

        def __getattr__(self, name):
            attribute = getattr(self.inner, name)

            def call(*args, **kwargs):
                if time.time() < outage["until"]:
                    raise ConnectionError("mongodb down")
                return attribute(*args, **kwargs)

            return call

    config = BreakerConfig("mongodb", failure_threshold=1, open_seconds=2, cache_seconds=0.5, flush_seconds=0.5)
    original = guarded.BREAKERS["mongodb"]
    guarded.BREAKERS["mongodb"] = config
    try:
        deps, _ = make_stack(max_attempts=20)
        deps.wrap("clients", lambda guarded_clients: guarded.GuardedClientDirectory(
            FlakyDirectory(guarded_clients.inner), guarded_clients.breaker))
        raws = [_variant(i) for i in range(EMAILS_DURING_OUTAGE)]
        client = intake_client(deps)
        ids = [post_mailgun(client, deps, raw=raw).get_json()["email_id"] for raw in raws]
        wait_until(lambda: deps.breaker("mongodb").status()["state"] == "open", timeout=30)
        reports = [_report(deps, email_id, timeout=90) for email_id in ids]
    finally:
        guarded.BREAKERS["mongodb"] = original
    assert all(r.status == "processed" for r in reports)
    assert deps.breaker("mongodb").status()["state"] == "closed"
    assert deps.breaker("mongodb").stats["fast_fails"] > 0


# The Pub/Sub emulator stops redelivering some push messages when several fail at once on one subscription
# (seen: 2 of 4 never came back within 150 s, with ack deadline 10 s and backoff 1-2 s); one email exercises
# the breaker's open -> half-open -> closed cycle on the emulator, and tests/resilience covers many workers.
EMAILS_DURING_OUTAGE = 1


def _variant(index: int) -> bytes:
    from tests.e2e.helpers import SAMPLE_EML

    return SAMPLE_EML.replace(b"forderung-448812-20261116", f"forderung-{index}".encode())
