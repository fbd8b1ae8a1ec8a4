"""End to end on the local adapters: a signed webhook for each provider → the chain → one report row."""

from __future__ import annotations

import pytest

from shared.bootstrap import Deps
from shared.domain.results import IntentResult
from shared.engine.rules import RulesEngine
from shared.errors import DependencyUnavailable, UnreadableContent
from tests.e2e.helpers import POSTERS, intake_client, post_mailgun, run_chain


@pytest.fixture
def client(deps):
    return intake_client(deps)


@pytest.mark.parametrize("provider", sorted(POSTERS))
def test_signed_webhook_becomes_a_processed_report(provider, client, deps):
    deps.clients.upsert_many(_sample_clients())
    response = POSTERS[provider](client, deps)
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["duplicate"] is False
    assert response.headers["X-Correlation-ID"] == body["correlation_id"]
    run_chain(deps)
    report = deps.reports.get(body["email_id"])
    assert report is not None and report.status == "processed"
    assert report.correlation_id == body["correlation_id"]
    assert report.message_id == "<forderung-448812-20261116@stadtwerke-koeln.example>"
    assert report.intent == "debt_statement"
    assert report.client_id == "C-1001"
    assert str(report.debt_amount) == "1157.37" and report.currency == "EUR"
    assert "KD-448812" in report.reference_numbers


def test_same_webhook_five_times_gives_one_report(client, deps):
    answers = [post_mailgun(client, deps, token="same-token-" + "x" * 20) for _ in range(5)]
    assert [a.status_code for a in answers] == [200] * 5
    assert [a.get_json()["duplicate"] for a in answers] == [False, True, True, True, True]
    assert len({a.get_json()["email_id"] for a in answers}) == 1
    run_chain(deps)
    assert len(deps.reports.list()) == 1


def test_same_email_through_another_provider_is_a_duplicate(client, deps):
    first = POSTERS["raw"](client, deps).get_json()
    second = POSTERS["postmark"](client, deps).get_json()
    assert second == {**first, "duplicate": True}


def test_caller_correlation_id_is_kept_when_well_formed(client, deps):
    good = client.get("/healthz", headers={"X-Correlation-ID": "abc_123-XYZ"})
    assert good.status_code == 200 and good.headers["X-Correlation-ID"] == "abc_123-XYZ"
    bad = client.get("/healthz", headers={"X-Correlation-ID": "not ok!" * 20})
    assert bad.headers["X-Correlation-ID"] != "not ok!" * 20 and len(bad.headers["X-Correlation-ID"]) <= 64


class FlakyEngine(RulesEngine):
    """Fails the first `failures` classify calls with `error`, then behaves."""

    def __init__(self, failures: int, error: Exception):
        super().__init__()
        self.failures, self.error, self.calls = failures, error, 0

    def classify(self, mail, documents=()) -> IntentResult:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        return super().classify(mail, documents)


def test_retryable_failure_is_redelivered_to_one_processed_report(settings, clock):
    deps = Deps(settings, clock, engine=FlakyEngine(1, DependencyUnavailable("claude", "timeout")))
    client = intake_client(deps)
    email_id = post_mailgun(client, deps).get_json()["email_id"]
    run_chain(deps)
    assert deps.engine.calls == 2
    reports = deps.reports.list()
    assert [(r.email_id, r.status) for r in reports] == [(email_id, "processed")]


def test_permanent_failure_gives_one_failed_report_without_retry(settings, clock):
    deps = Deps(settings, clock, engine=FlakyEngine(99, UnreadableContent("content cannot be read")))
    client = intake_client(deps)
    email_id = post_mailgun(client, deps).get_json()["email_id"]
    run_chain(deps)
    assert deps.engine.calls == 1
    report = deps.reports.get(email_id)
    assert report.status == "failed" and report.failed_stage == "intent"
    assert report.error == "UnreadableContent: content cannot be read"
    assert report.needs_review is True


def test_exhausted_retries_are_dead_lettered_into_a_failed_report(settings, clock):
    deps = Deps(settings, clock, engine=FlakyEngine(99, DependencyUnavailable("claude", "overloaded")))
    client = intake_client(deps)
    email_id = post_mailgun(client, deps).get_json()["email_id"]
    run_chain(deps)
    assert deps.engine.calls == deps.settings.max_delivery_attempts
    report = deps.reports.get(email_id)
    assert report.status == "failed" and report.failed_stage == "intent"
    assert "retries exhausted after 3 delivery attempts" in report.error
    assert "DependencyUnavailable" in report.error


def _sample_clients():
    from shared.adapters.mongo_clients import load_clients_file
    from tests.conftest import REPO_ROOT

    return load_clients_file(REPO_ROOT / "samples" / "clients.json")


def test_dlq_replay_turns_the_failed_report_processed_under_the_same_email_id(settings, clock):
    from shared.runtime.replay import replay_failed

    engine = FlakyEngine(settings.max_delivery_attempts, DependencyUnavailable("claude", "overloaded"))
    deps = Deps(settings, clock, engine=engine)
    email_id = post_mailgun(intake_client(deps), deps).get_json()["email_id"]
    run_chain(deps)
    assert deps.reports.get(email_id).status == "failed"
    result = replay_failed(deps, stage="intent")
    assert result.replayed == [email_id] and result.skipped == []
    run_chain(deps)
    report = deps.reports.get(email_id)
    assert report.status == "processed" and report.failed_stage is None and report.intent == "debt_statement"
    assert replay_failed(deps).replayed == []  # nothing failed any more
