"""One guarded call to the Messages API: the circuit breaker, explicit timeout and retries, and the error tree.

`MessagesClient.call` sends one request through the "claude" breaker and returns the forced tool's input and
the token usage. Failures are mapped onto the product's error tree:
- rate limit (429), overloaded (529), server errors (5xx), timeouts, connection errors, rejected credentials
  (401/403) → `DependencyUnavailable` (retryable; counts towards opening the breaker);
- bad request and other 4xx answers → `ClaudeRequestRejected` (permanent; NOT an outage: the breaker does not
  count it, because the service answered; the engine then falls back to the offline engine and flags the report);
- an answer without a complete forced tool call (e.g. stop_reason "max_tokens") → `ClaudeNoToolCall`.
The SDK client is built lazily on first use (no network client at import time) and reused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from shared.domain.results import TokenUsage
from shared.errors import DependencyUnavailable, PermanentError


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
    """Sends one forced-tool request per call. `sdk_factory` builds the anthropic client (injected in tests)."""

    def __init__(self, sdk_factory: Callable[[], Any], breaker):
        self._sdk_factory = sdk_factory
        self._sdk = None
        self.breaker = breaker

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
        message = self.breaker.call(lambda: _send(self.sdk, request))
        usage = _usage(message.usage)
        if message.stop_reason == "tool_use":  # "max_tokens" would leave a cut-off, partial tool input
            for block in message.content:
                if getattr(block, "type", None) == "tool_use" and block.name == tool["name"] \
                        and isinstance(block.input, dict):
                    return ToolAnswer(input=dict(block.input), usage=usage, model=getattr(message, "model", model))
        raise ClaudeNoToolCall(f"no complete {tool['name']} call in the answer (stop_reason {message.stop_reason})",
                               usage)


def _send(sdk, request: dict):
    """One Messages API request. Errors are re-raised `from None`: the SDK's exception text holds the API's
    message, which may echo request content, and must not travel to logs or Sentry as the cause."""
    import anthropic

    try:
        return sdk.messages.create(**request)
    except (anthropic.APITimeoutError, anthropic.APIConnectionError) as exc:
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
    """The anthropic client with the timeout and the SDK's own retries set explicitly."""
    import anthropic

    return anthropic.Anthropic(api_key=api_key, base_url=base_url, timeout=timeout_seconds, max_retries=max_retries)
