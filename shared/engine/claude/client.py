"""One guarded call to the Messages API: the circuit breaker, a total deadline, capped retries, and the error tree.

`MessagesClient.call` sends one request through the "claude" breaker, within one total deadline
(`transport.deadline`: connect, send and every byte of the answer, the SDK's retries and their waits included),
and returns the forced tool's input and the token usage. Failures are mapped onto the product's error tree:
- rate limit (429), overloaded (529), server errors (5xx), timeouts and the deadline, connection errors, rejected
  credentials (401/403), and a 200 whose body is not a Messages API message (an HTML page from a proxy, invalid
  JSON, JSON of another shape) → `DependencyUnavailable` (retryable; counts towards opening the breaker);
- bad request and other 4xx answers → `ClaudeRequestRejected` (permanent; NOT an outage: the breaker does not
  count it, because the service answered; the engine then falls back to the offline engine and flags the report);
- an answer without a complete forced tool call (e.g. stop_reason "max_tokens") → `ClaudeNoToolCall`.
The SDK client is built lazily on first use (no network client at import time) and reused. `build_sdk` gives it
the deadline transport; `fit_to_function` caps the deadline and the SDK's own retries to what the function's timeout allows.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from typing import Any, Callable

from shared.domain.results import TokenUsage
from shared.errors import DependencyUnavailable, PermanentError

log = logging.getLogger(__name__)

# The timeout of the functions that call Claude. Deployment (a layer above) owns it as
# shared.deployment.CLAUDE_STAGE_TIMEOUT_SECONDS; a test keeps the two equal.
FUNCTION_TIMEOUT_SECONDS = 240.0
# What a Claude stage needs besides its one call (loading PDFs, the offline engine, publishing): the call and the
# SDK's retries must fit in the function timeout minus this.
STAGE_RESERVE_SECONDS = 60.0


class ClaudeRequestRejected(PermanentError):
    """The API refused the request itself (400/404/413/422): redelivery would be refused the same way."""

    counts_as_outage = False

    def __init__(self, status: int, kind: str):
        super().__init__(f"claude rejected the request: HTTP {status} {kind}")
        self.status = status


class ClaudeNoToolCall(Exception):
    """The answer did not contain the forced tool call (a validation problem, not an outage)."""

    def __init__(self, message: str, usage: TokenUsage):
        super().__init__(message)
        self.usage = usage  # the call was billed all the same


@dataclass(frozen=True)
class ToolAnswer:
    input: dict[str, Any]
    usage: TokenUsage
    model: str


class MessagesClient:
    """Sends one forced-tool request per call. `sdk_factory` builds the anthropic client (injected in tests);
    `timeout_seconds` is the total deadline of one call (None: only the SDK's per-operation timeouts)."""

    def __init__(self, sdk_factory: Callable[[], Any], breaker, timeout_seconds: float | None = None):
        self._sdk_factory = sdk_factory
        self._sdk = None
        self.breaker = breaker
        self.timeout_seconds = timeout_seconds

    @property
    def sdk(self):
        if self._sdk is None:
            self._sdk = self._sdk_factory()
        return self._sdk

    def call(self, *, model: str, system: list[dict], tool: dict, content: list[dict], max_tokens: int) -> ToolAnswer:
        request = dict(
            model=model, max_tokens=max_tokens, system=system, tools=[tool],
            tool_choice={"type": "tool", "name": tool["name"]},
            messages=[{"role": "user", "content": content}],
        )
        message = self.breaker.call(lambda: _send(self.sdk, request, self.timeout_seconds))
        usage = _usage(message.usage)
        if message.stop_reason == "tool_use":  # "max_tokens" would leave a cut-off, partial tool input
            for block in message.content:
                if getattr(block, "type", None) == "tool_use" and block.name == tool["name"] \
                        and isinstance(block.input, dict):
                    return ToolAnswer(input=dict(block.input), usage=usage, model=getattr(message, "model", model))
        raise ClaudeNoToolCall(f"no complete {tool['name']} call in the answer (stop_reason {message.stop_reason})",
                               usage)


def _send(sdk, request: dict, timeout_seconds: float | None):
    """One Messages API request within the call's deadline; its answer checked to be a message (inside the
    breaker, so a garbage 200 counts as a failure, not a success). Errors are re-raised `from None`: the SDK's
    exception text holds the API's message, which may echo request content, and must not travel to logs or
    Sentry as the cause."""
    import anthropic

    from shared.engine.claude.transport import DeadlineExceeded, deadline

    try:
        with deadline(timeout_seconds):
            return _message(sdk.messages.create(**request))
    except DeadlineExceeded:
        error = DependencyUnavailable("claude", f"timeout: no complete answer within {timeout_seconds:g} s")
    except json.JSONDecodeError:
        error = DependencyUnavailable("claude", "HTTP 200 answer is not valid JSON")
    except anthropic.APITimeoutError as exc:
        error = DependencyUnavailable("claude", f"timeout ({type(exc).__name__})")
    except anthropic.APIConnectionError as exc:
        error = DependencyUnavailable("claude", type(exc).__name__)
    except (anthropic.RateLimitError, anthropic.InternalServerError,
            anthropic.AuthenticationError, anthropic.PermissionDeniedError) as exc:
        error = DependencyUnavailable("claude", f"HTTP {exc.status_code} {_kind(exc)}")
    except anthropic.APIStatusError as exc:
        if exc.status_code >= 500 or exc.status_code in (408, 409):
            error = DependencyUnavailable("claude", f"HTTP {exc.status_code} {_kind(exc)}")
        else:
            error = ClaudeRequestRejected(exc.status_code, _kind(exc))
    except anthropic.APIError as exc:  # e.g. an answer the SDK cannot parse
        error = DependencyUnavailable("claude", type(exc).__name__)
    raise error from None


def _message(answer):
    """`answer` when it is a Messages API message; DependencyUnavailable otherwise. The SDK hands back the body
    as a string when it is not JSON (an HTML page from a proxy or load balancer), and builds a message without
    validating it from JSON of any other shape."""
    from anthropic.types import Message

    if isinstance(answer, str):
        raise DependencyUnavailable("claude", "HTTP 200 answer is not JSON")
    if not (isinstance(answer, Message) and isinstance(answer.content, list) and answer.usage is not None
            and isinstance(answer.stop_reason, str)):
        raise DependencyUnavailable("claude", "HTTP 200 answer is not a Messages API message")
    return answer


def _kind(exc) -> str:
    """The API's error type ("overloaded_error"), never its message (which may echo request content)."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error") if isinstance(body.get("error"), dict) else body
        if isinstance(error.get("type"), str):
            return error["type"]
    return type(exc).__name__


def _usage(usage) -> TokenUsage:
    return TokenUsage(
        input_tokens=usage.input_tokens or 0,
        output_tokens=usage.output_tokens or 0,
        cache_read_tokens=getattr(usage, "cache_read_input_tokens", None) or 0,
        cache_write_tokens=getattr(usage, "cache_creation_input_tokens", None) or 0,
    )


def build_sdk(api_key: str, base_url: str | None, timeout_seconds: float, max_retries: int):
    """The anthropic client on the deadline transport, with the per-operation timeout and the SDK's own retries
    set explicitly (the total deadline is opened per call by `MessagesClient`)."""
    import anthropic
    import httpx2

    from shared.engine.claude.transport import DeadlineTransport

    http = httpx2.Client(transport=DeadlineTransport(), timeout=httpx2.Timeout(timeout_seconds),
                         follow_redirects=True)
    return anthropic.Anthropic(api_key=api_key, base_url=base_url, timeout=timeout_seconds, max_retries=max_retries,
                               http_client=http)


def fit_to_function(timeout_seconds: float, max_retries: int,
                    function_timeout_seconds: float = FUNCTION_TIMEOUT_SECONDS) -> tuple[float, int]:
    """The call deadline and SDK retries to use: as configured, capped so that the call fits the function even
    if every attempt used the whole timeout and every wait the SDK's longest backoff:
    (r+1)·timeout + r·backoff ≤ the function timeout minus STAGE_RESERVE_SECONDS. (The call's deadline already
    ends it within the timeout plus at most one backoff; the cap also bounds what a slow outage costs.) Logs a
    warning for each value it caps."""
    from shared.engine.claude.transport import SDK_MAX_BACKOFF_SECONDS

    budget = function_timeout_seconds - STAGE_RESERVE_SECONDS
    if timeout_seconds > budget:
        log.warning("CLAUDE_TIMEOUT_SECONDS=%g capped to %g: the %g s function timeout keeps %g s for the rest of "
                    "the stage", timeout_seconds, budget, function_timeout_seconds, STAGE_RESERVE_SECONDS)
        timeout_seconds = budget
    fitting = max(0, math.floor((budget - timeout_seconds) / (timeout_seconds + SDK_MAX_BACKOFF_SECONDS)))
    if max_retries > fitting:
        log.warning("CLAUDE_MAX_RETRIES=%d capped to %d: with CLAUDE_TIMEOUT_SECONDS=%g more retries could outlast "
                    "the %g s function timeout (%g s kept for the rest of the stage)", max_retries, fitting,
                    timeout_seconds, function_timeout_seconds, STAGE_RESERVE_SECONDS)
        max_retries = fitting
    return timeout_seconds, max_retries
