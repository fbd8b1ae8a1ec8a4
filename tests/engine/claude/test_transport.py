"""Transport faults of the Messages API over real sockets (the fake server, the real SDK and httpx): answers that
are not messages, a total deadline per call, SDK retries that must not sleep past it, and the retry cap."""

from __future__ import annotations

import json
import logging
import time

import pytest

from shared.errors import DependencyUnavailable
from shared.engine.claude.client import MessagesClient, build_sdk, fit_to_function
from tests.engine.claude.fake_messages_api import Reply, error_reply, raw_reply, tool_reply
from tests.engine.mails import STATEMENT_DE, mail

INTENT = {"intent": "debt_statement", "confidence": 0.9, "reasons": []}
TOOL = {"name": "classify_email", "input_schema": {"type": "object"}}


def _call(client: MessagesClient):
    return client.call(model="m", system=[], tool=TOOL, content=[{"type": "text", "text": "x"}], max_tokens=10)


def _client(api, breaker, timeout: float = 5.0, max_retries: int = 0) -> MessagesClient:
    """A client whose SDK is already built (anthropic imported): the timings below measure the call alone."""
    client = MessagesClient(lambda: build_sdk("sk-test-not-a-secret", api.url, timeout, max_retries), breaker,
                            timeout)
    client.sdk  # noqa: B018
    return client


@pytest.mark.parametrize("reply, detail", [
    (raw_reply(b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"), "HTTP 200 answer is not JSON"),
    (raw_reply(b"upstream connect error", "text/plain"), "HTTP 200 answer is not JSON"),
    (raw_reply(b'{"id": "msg_01", "type": "mess'), "HTTP 200 answer is not valid JSON"),
    (raw_reply(b'{"ok": true}'), "HTTP 200 answer is not a Messages API message"),
])
def test_a_200_that_is_not_a_message_is_a_retryable_outage_counted_by_the_breaker(api, make_engine, breaker,
                                                                                  reply, detail):
    api.enqueue(reply)
    with pytest.raises(DependencyUnavailable) as raised:
        make_engine().classify(mail(STATEMENT_DE))
    assert str(raised.value) == f"claude unavailable: {detail}"
    assert raised.value.__cause__ is None
    assert breaker.unflushed_failures == 1  # a failure, not a success


def test_html_200s_open_the_breaker(api, make_engine, breaker):
    engine = make_engine()
    for _ in range(breaker.config.failure_threshold):
        api.enqueue(raw_reply(b"<html>maintenance</html>", "text/html"))
        with pytest.raises(DependencyUnavailable):
            engine.classify(mail(STATEMENT_DE))
    assert breaker.status()["state"] == "open"


def test_an_answer_dripping_one_byte_a_second_ends_within_the_timeout_plus_one_second(api, breaker):
    payload = json.dumps(tool_reply("classify_email", INTENT).body).encode()
    api.enqueue(raw_reply(payload, drip=1.0))
    client = _client(api, breaker, timeout=3.0)
    started = time.monotonic()
    with pytest.raises(DependencyUnavailable, match=r"^claude unavailable: timeout: no complete answer within 3 s$"):
        _call(client)
    elapsed = time.monotonic() - started
    print(f"dripping answer ended after {elapsed:.2f} s (timeout 3 s)")
    assert 2.9 <= elapsed <= 4.0
    assert breaker.unflushed_failures == 1


def test_the_deadline_covers_the_sdk_retries_and_is_not_retried_itself(api, breaker):
    api.enqueue(Reply(200, {}, delay=5.0), Reply(200, {}, delay=5.0), Reply(200, {}, delay=5.0))
    client = _client(api, breaker, timeout=1.0, max_retries=2)
    started = time.monotonic()
    with pytest.raises(DependencyUnavailable, match="timeout"):
        _call(client)
    assert time.monotonic() - started <= 2.0
    assert len(api.requests) == 1  # the attempt that hit the deadline was not retried


def test_a_retry_after_that_would_outlast_the_deadline_is_not_waited_for(api, breaker):
    busy = error_reply(429)
    busy.headers = {"retry-after": "3600"}
    api.enqueue(busy, tool_reply("classify_email", INTENT))
    client = _client(api, breaker, timeout=5.0, max_retries=2)
    started = time.monotonic()
    with pytest.raises(DependencyUnavailable, match="HTTP 429 rate_limit_error"):
        _call(client)
    assert time.monotonic() - started < 1.0  # left to Pub/Sub's redelivery backoff, not slept in the function
    assert len(api.requests) == 1


def test_a_short_retry_after_within_the_deadline_is_still_retried(api, breaker):
    busy = error_reply(529)
    busy.headers = {"retry-after": "0.2"}
    api.enqueue(busy, tool_reply("classify_email", INTENT))
    assert _call(_client(api, breaker, timeout=5.0, max_retries=1)).input == INTENT
    assert [r["headers"]["x-stainless-retry-count"] for r in api.requests] == ["0", "1"]


def test_a_healthy_answer_after_a_call_that_timed_out(api, breaker):
    client = _client(api, breaker, timeout=1.0)
    api.enqueue(Reply(200, {}, delay=2.0), tool_reply("classify_email", INTENT))
    with pytest.raises(DependencyUnavailable):
        _call(client)
    assert _call(client).input == INTENT  # the next call has a fresh deadline


@pytest.mark.parametrize("timeout, retries, expected", [
    (60, 0, (60, 0)),     # the defaults fit as they are
    (60, 2, (60, 1)),     # 2·60 + 8 ≤ 180 but 3·60 + 16 > 180
    (3, 50, (3, 16)),     # (180 − 3) / (3 + 8) = 16.1
    (300, 1, (180, 0)),   # a timeout beyond the function's budget
])
def test_timeout_and_retries_are_capped_to_fit_the_function(timeout, retries, expected, caplog):
    with caplog.at_level(logging.WARNING):
        assert fit_to_function(timeout, retries, 240) == expected
    capped = [r.getMessage() for r in caplog.records if "capped" in r.getMessage()]
    assert bool(capped) == (expected != (timeout, retries))
    if retries != expected[1]:
        assert any(m.startswith(f"CLAUDE_MAX_RETRIES={retries} capped to {expected[1]}") for m in capped)


def test_the_cap_uses_the_deployed_function_timeout():
    from shared.deployment import CLAUDE_STAGE_TIMEOUT_SECONDS
    from shared.engine.claude.client import FUNCTION_TIMEOUT_SECONDS

    assert FUNCTION_TIMEOUT_SECONDS == CLAUDE_STAGE_TIMEOUT_SECONDS


def test_the_engine_is_built_with_the_capped_values(settings, clock, caplog):
    from shared.bootstrap import Deps

    changed = settings.replace(anthropic_api_key="sk-test-not-a-secret", agent_engine="claude",
                               claude_timeout_seconds=60.0, claude_max_retries=5)
    with caplog.at_level(logging.WARNING):
        client = Deps(changed, clock).engine.client
    assert client.timeout_seconds == 60.0 and client.sdk.max_retries == 1
    assert any("CLAUDE_MAX_RETRIES=5 capped to 1" in r.getMessage() for r in caplog.records)
