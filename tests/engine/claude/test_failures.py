"""Failures of the Messages API through the real SDK, the circuit breaker and the product's error tree:
overload, rate limits, server errors and timeouts are retryable outages; a bad request is permanent and is not
counted as an outage."""

from __future__ import annotations

import pytest

from shared.domain.results import IntentResult
from shared.errors import DependencyUnavailable, PermanentError, RetryableError
from shared.resilience.breaker import BreakerOpen
from tests.engine.claude.fake_messages_api import Reply, error_reply, tool_reply
from tests.engine.mails import STATEMENT_DE, mail
from tests.reasons import said

INTENT = {"intent": "debt_statement", "confidence": 0.9, "reasons": []}


@pytest.mark.parametrize("status, kind", [(429, "rate_limit_error"), (529, "overloaded_error"),
                                          (500, "api_error"), (503, "api_error")])
def test_overload_rate_limit_and_server_errors_are_retryable_outages(api, make_engine, breaker, status, kind):
    api.enqueue(error_reply(status))
    with pytest.raises(DependencyUnavailable) as raised:
        make_engine().classify(mail(STATEMENT_DE))
    assert isinstance(raised.value, RetryableError)
    assert str(raised.value) == f"claude unavailable: HTTP {status} {kind}"
    assert breaker.unflushed_failures == 1


def test_a_timeout_is_a_retryable_outage(api, make_engine, breaker):
    api.enqueue(Reply(200, {}, delay=1.5))
    with pytest.raises(DependencyUnavailable, match=r"^claude unavailable: timeout: no complete answer within 0.3 s$"):
        make_engine(timeout=0.3).classify(mail(STATEMENT_DE))
    assert breaker.unflushed_failures == 1


def test_a_bad_request_is_permanent_not_an_outage_and_keeps_no_api_text(api, breaker):
    from shared.engine.claude.client import ClaudeRequestRejected, MessagesClient, build_sdk

    client = MessagesClient(lambda: build_sdk("sk-test-not-a-secret", api.url, 5.0, 0), breaker)
    api.enqueue(error_reply(400, "messages: text content blocks must be non-empty"))
    with pytest.raises(ClaudeRequestRejected) as raised:
        client.call(model="m", system=[], tool={"name": "t", "input_schema": {"type": "object"}},
                    content=[{"type": "text", "text": "x"}], max_tokens=10)
    assert isinstance(raised.value, PermanentError)
    assert str(raised.value) == "claude rejected the request: HTTP 400 invalid_request_error"
    assert raised.value.__cause__ is None and raised.value.__suppress_context__  # the API's message stays behind
    assert breaker.unflushed_failures == 0 and breaker.status()["state"] == "closed"


def test_a_rejected_request_falls_back_to_the_rules_and_is_flagged(api, make_engine):
    api.enqueue(error_reply(413), error_reply(400))
    engine = make_engine()
    intent = engine.classify(mail(STATEMENT_DE))
    result = engine.extract(mail(STATEMENT_DE), intent)
    assert intent.engine == "rules" and "claude rejected the request" in intent.reasons
    assert result.engine == "rules" and "claude rejected the request" in said(result.review_reasons)


def test_retryable_errors_keep_no_api_text_either(api, make_engine):
    api.enqueue(error_reply(529, "overloaded while reading: Sehr geehrte Damen und Herren"))
    with pytest.raises(DependencyUnavailable) as raised:
        make_engine().classify(mail(STATEMENT_DE))
    assert raised.value.__cause__ is None and "Sehr geehrte" not in str(raised.value)


def test_the_sdk_retries_as_configured_before_the_stage_gives_up(api, make_engine):
    api.enqueue(error_reply(529), error_reply(429), tool_reply("classify_email", INTENT))
    result = make_engine(max_retries=2).classify(mail(STATEMENT_DE))
    assert result.intent == "debt_statement"
    assert [r["headers"]["x-stainless-retry-count"] for r in api.requests] == ["0", "1", "2"]


def test_the_breaker_opens_after_repeated_outages_and_then_fails_fast(api, make_engine, breaker):
    engine = make_engine()
    threshold = breaker.config.failure_threshold
    api.enqueue(*[error_reply(529) for _ in range(threshold)])
    for _ in range(threshold):
        with pytest.raises(DependencyUnavailable):
            engine.classify(mail(STATEMENT_DE))
    sent = len(api.requests)
    with pytest.raises(BreakerOpen):
        engine.classify(mail(STATEMENT_DE))
    assert len(api.requests) == sent  # failed fast: nothing sent
    assert breaker.status()["state"] == "open"


def test_bad_requests_never_open_the_breaker(api, make_engine, breaker):
    engine = make_engine()
    api.enqueue(*[error_reply(400) for _ in range(breaker.config.failure_threshold + 2)])
    for _ in range(breaker.config.failure_threshold + 2):
        result = engine.extract(mail(STATEMENT_DE), IntentResult(intent="debt_statement", confidence=0.9))
        assert "claude rejected the request" in said(result.review_reasons)
    assert len(api.requests) == breaker.config.failure_threshold + 2  # every one was sent: never failed fast
    assert breaker.status()["state"] == "closed"


def test_the_sdk_client_is_built_on_first_use_and_reused(api, breaker):
    from shared.engine.claude.client import MessagesClient, build_sdk

    built = []

    def factory():
        built.append(1)
        return build_sdk("sk-test-not-a-secret", api.url, 5.0, 0)

    client = MessagesClient(factory, breaker)
    assert built == []
    api.enqueue(tool_reply("classify_email", INTENT), tool_reply("classify_email", INTENT))
    for _ in range(2):
        client.call(model="m", system=[], tool={"name": "classify_email", "input_schema": {"type": "object"}},
                    content=[{"type": "text", "text": "x"}], max_tokens=10)
    assert built == [1]


def test_a_failed_report_keeps_the_root_cause_behind_the_open_breaker(tmp_path, clock):
    """Claude times out on every call: the first email's retries open the breaker (5 failures), the second
    email's last attempts fail fast, and its failed report still names the timeout behind the BreakerOpen."""
    from shared.bootstrap import Deps
    from shared.settings import Settings
    from tests.e2e.helpers import intake_client, post_mailgun, run_chain
    from tests.engine.claude.fake_messages_api import FakeMessagesAPI

    with FakeMessagesAPI(lambda request: Reply(200, {}, delay=2.0)) as api:
        settings = Settings.from_env({}, local_data_dir=tmp_path / "data", max_delivery_attempts=3,
                                     agent_engine="claude", anthropic_api_key="sk-test-not-a-secret",
                                     anthropic_base_url=api.url, claude_timeout_seconds=0.2, claude_max_retries=0,
                                     mailgun_signing_key="test-mailgun-key")
        deps = Deps(settings, clock)
        client = intake_client(deps)
        first = post_mailgun(client, deps).get_json()["email_id"]
        run_chain(deps)
        second = post_mailgun(client, deps, raw=b"Subject: Mahnung\r\nFrom: a@b.example\r\n\r\nOffen: 12,00 EUR\r\n"
                              ).get_json()["email_id"]
        run_chain(deps)
    # The breaker opened at the fifth timeout (the second report names it): the sixth attempt was not sent. The
    # fake counts only the requests its server thread read before it stopped; on a loaded machine a request the
    # client gave up on after 0.2 s may never be read, so the count is an upper bound, not an exact one.
    assert len(api.requests) <= 5
    timeout = "DependencyUnavailable: claude unavailable: timeout: no complete answer within 0.2 s"
    assert deps.reports.get(first).error == (
        f"DependencyUnavailable: retries exhausted after 3 delivery attempts; last error: {timeout.split(': ', 1)[1]}")
    assert deps.reports.get(second).error == (
        "BreakerOpen: retries exhausted after 3 delivery attempts; last error: "
        f"claude breaker open after 5 failures; last: {timeout}")
