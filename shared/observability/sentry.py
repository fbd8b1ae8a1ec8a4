"""Sentry for every entry point: initialised lazily once per instance, each call wrapped in Sentry's generic
serverless wrapper (isolation scope, capture, re-raise) and flushed before returning when it queued anything
(an error, a sampled transaction): the instance may freeze after it returns. `GcpIntegration` only hooks the
legacy Python 3.7 runtime, so it is not relied on. The Anthropic integration, which the SDK enables by itself
when anthropic is installed, is disabled: it reports every failed Messages API call as unhandled (with the
API's error text) before the Claude engine handles it as a DependencyUnavailable, which the pipeline reports
itself — one failure, two issues.

Every event carries the tags email_id, stage, correlation_id, provider and a `processing` context, and a
fingerprint naming its failure class (shared/observability/fingerprints.py); one email is one trace, continued
through every stage from the `sentry-trace`/`baggage` message attributes. `monitored` reports a scheduled run to
Sentry Crons. Privacy: no default PII, no local variables, no request bodies, and `scrub` removes email text,
addresses and secrets from anything that would leave the process.
"""

from __future__ import annotations

import logging
import re
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Mapping

from shared.observability import fingerprints

log = logging.getLogger("pipeline.sentry")

_lock = threading.Lock()
_state = {"initialised": False, "enabled": False}
# Events and transactions let through by `before_send*` (everything this module sends passes there); only ever
# increases, so an invocation that queued something sees it changed even when threads race on the increment.
_queued = [0]

SENSITIVE_KEYS = re.compile(
    r"(authorization|cookie|password|passwd|secret|token|signature|api[_-]?key|dsn|signing|credential|"
    r"body|text|html|content|raw|mime|attachment|email|address|from|to|cc|subject|data)", re.I)
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
SECRET_VALUE = re.compile(r"(sk-ant-[\w-]+|Basic [A-Za-z0-9+/=]{8,}|Bearer [\w.-]+|https?://[^@\s]+@[^\s]+)")
SAFE_KEYS = {"email_id", "correlation_id", "stage", "provider", "failed_stage", "error_class", "breaker", "failure",
             "dependency"}
FILTERED = "[Filtered]"


def init(settings, transport=None) -> bool:
    """Initialise the SDK once per process. Returns whether Sentry is enabled. `transport`: the SDK's transport
    class to send with (default: its HTTP transport; `sentry test` passes one that records the answers)."""
    with _lock:
        if _state["initialised"]:
            return _state["enabled"]
        _state["initialised"] = True
        if not settings.sentry_dsn:
            log.info("Sentry disabled: SENTRY_DSN is not set")
            return False
        import sentry_sdk
        from sentry_sdk.integrations.anthropic import AnthropicIntegration

        sentry_sdk.init(
            dsn=settings.sentry_dsn,
            release=settings.sentry_release,
            environment=settings.sentry_environment or settings.runtime,
            traces_sample_rate=settings.sentry_traces_sample_rate,
            profiles_sample_rate=settings.sentry_profiles_sample_rate,
            sample_rate=1.0,
            send_default_pii=False,
            include_local_variables=False,
            max_request_body_size="never",
            # Client reports (counts of events the SDK dropped, e.g. unsampled transactions) are sent by every
            # flush, and the serverless wrapper flushes after every invocation: with them on, each unsampled
            # invocation waited for an HTTP round trip to Sentry just to report that it sent nothing.
            send_client_reports=False,
            before_send=before_send,
            before_send_transaction=before_send_transaction,
            before_breadcrumb=before_breadcrumb,
            disabled_integrations=[AnthropicIntegration],  # its errors are handled and reported by the engine
            **({"transport": transport} if transport is not None else {}),
        )
        _state["enabled"] = True
        return True


def reset_for_tests() -> None:
    with _lock:
        _state.update(initialised=False, enabled=False)


def run_in_sentry(fn: Callable[[], Any], tags: Mapping[str, str | None], trace_headers: Mapping[str, str] | None,
                  name: str, op: str) -> Any:
    """Run `fn` inside Sentry's serverless wrapper with tags set and the email's trace continued."""
    if not _state["enabled"]:
        return fn()
    import sentry_sdk
    from sentry_sdk.integrations.serverless import serverless_function

    @serverless_function(flush=False)
    def wrapped():
        for key, value in tags.items():
            if value:
                sentry_sdk.set_tag(key, value)
        sentry_sdk.set_context("processing", {k: v for k, v in tags.items() if v})
        transaction = sentry_sdk.continue_trace(dict(trace_headers or {}), op=op, name=name)
        with sentry_sdk.start_transaction(transaction):
            return fn()

    queued_before = _queued[0]
    try:
        return wrapped()
    finally:
        # Flush (wait until sent) only when this invocation queued something: an unsampled invocation without
        # an error has nothing to send, and a flush costs a hand-off to the SDK's sender thread every time.
        if _queued[0] != queued_before:
            sentry_sdk.flush()


@contextmanager
def monitored(slug: str, config: Mapping[str, Any]) -> Iterator[None]:
    """Report the block to Sentry Crons: an `in_progress` check-in, then `ok` or `error` with its duration, sent
    before returning. `config` (schedule, margins) creates or updates the monitor, so a schedule that stops
    running shows as missed check-ins. Nothing when Sentry is disabled."""
    if not _state["enabled"]:
        yield
        return
    import sentry_sdk

    try:
        with sentry_sdk.monitor(monitor_slug=slug, monitor_config=dict(config)):
            yield
    finally:
        sentry_sdk.flush()


def trace_attributes() -> dict[str, str]:
    """`sentry-trace` and `baggage` of the current span, for the next message's attributes."""
    if not _state["enabled"]:
        return {}
    import sentry_sdk

    out = {"sentry-trace": sentry_sdk.get_traceparent(), "baggage": sentry_sdk.get_baggage()}
    return {k: v for k, v in out.items() if v}


def breadcrumb(message: str, **data: str) -> None:
    if _state["enabled"]:
        import sentry_sdk

        sentry_sdk.add_breadcrumb(category="pipeline", message=message, data=data)


def capture_message(message: str, level: str = "info", **tag_values: str) -> None:
    """One Sentry event (e.g. a breaker state change); nothing when Sentry is disabled."""
    if not _state["enabled"]:
        return
    import sentry_sdk

    with sentry_sdk.new_scope() as scope:
        for key, value in tag_values.items():
            scope.set_tag(key, value)
        sentry_sdk.capture_message(message, level=level)


def capture_exception(error: BaseException, **tag_values: str) -> None:
    """Report a handled exception (e.g. content intake could not parse but still accepted); nothing when
    Sentry is disabled."""
    if not _state["enabled"]:
        return
    import sentry_sdk

    with sentry_sdk.new_scope() as scope:
        for key, value in tag_values.items():
            scope.set_tag(key, value)
        sentry_sdk.capture_exception(error)


# -- privacy ---------------------------------------------------------------------------------------------
def scrub(value: Any, key: str | None = None) -> Any:
    """Recursively replace sensitive values: by key name, e-mail addresses and secret-looking strings."""
    if key is not None and key not in SAFE_KEYS and SENSITIVE_KEYS.search(key):
        return FILTERED
    if isinstance(value, dict):
        return {k: scrub(v, str(k)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub(v) for v in value]
    if isinstance(value, str):
        value = EMAIL_ADDRESS.sub(FILTERED, value)
        return SECRET_VALUE.sub(FILTERED, value)
    return value


def before_send(event: dict, hint: dict) -> dict | None:
    if event.get("type") == "check_in":  # a Crons check-in: our monitor slug, a status, ids; nothing to scrub
        _queued[0] += 1
        return event
    exc = (hint or {}).get("exc_info", (None, None))[1]
    if exc is not None and type(exc).__name__ == "BreakerOpen":
        return None  # fast-fails are counted in logs; the breaker's state change is reported once
    request = event.get("request") or {}
    if str(request.get("url", "")).rstrip("/").endswith("/healthz"):
        return None
    _queued[0] += 1
    return _scrub_event(fingerprints.apply(event, exc))


def before_send_transaction(event: dict, hint: dict) -> dict | None:
    if str(event.get("transaction", "")).endswith("healthz"):
        return None
    _queued[0] += 1
    return _scrub_event(event)


def before_breadcrumb(crumb: dict, hint: dict) -> dict | None:
    return scrub(crumb)


def _scrub_event(event: dict) -> dict:
    keep = {k: event[k] for k in ("event_id", "timestamp", "start_timestamp", "type", "level", "platform",
                                  "release", "environment", "sdk", "transaction", "spans", "measurements",
                                  "server_name", "fingerprint") if k in event}
    scrubbed = scrub({k: v for k, v in event.items() if k not in keep})
    if "tags" in event:
        scrubbed["tags"] = {k: (v if k in SAFE_KEYS else scrub(v)) for k, v in event["tags"].items()}
    if "contexts" in event:
        contexts = dict(event["contexts"])
        scrubbed["contexts"] = {k: (v if k == "trace" else scrub(v)) for k, v in contexts.items()}
        if "processing" in contexts:
            scrubbed["contexts"]["processing"] = {k: v for k, v in contexts["processing"].items() if k in SAFE_KEYS}
    if "exception" in event:
        scrubbed["exception"] = _scrub_exception(event["exception"])
    return {**keep, **scrubbed}


def _scrub_exception(block: dict) -> dict:
    values = []
    for item in block.get("values", []):
        item = dict(item)
        ours = str(item.get("module", "")).startswith("shared.")
        # Our errors' messages never hold email text; a foreign exception's message might (e.g. a validation
        # error quoting its input), so only its class travels.
        item["value"] = scrub(str(item.get("value", ""))) if ours else FILTERED
        frames = (item.get("stacktrace") or {}).get("frames")
        if frames:
            item["stacktrace"] = {"frames": [{k: v for k, v in f.items() if k != "vars"} for f in frames]}
        values.append(item)
    return {"values": values}
