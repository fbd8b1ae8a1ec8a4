"""The per-email log context (correlation id, email id, stage), held in a ContextVar for the current call."""

from __future__ import annotations

import re
import uuid
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

_context: ContextVar[dict[str, str] | None] = ContextVar("email_context", default=None)
_CORRELATION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def current() -> dict[str, str]:
    return dict(_context.get() or {})


@contextmanager
def bound(**values: str | None) -> Iterator[dict[str, str]]:
    """Add `values` (None ones skipped) to the context for the duration of the block."""
    merged = {**(_context.get() or {}), **{k: str(v) for k, v in values.items() if v is not None}}
    token = _context.set(merged)
    try:
        yield merged
    finally:
        _context.reset(token)


def valid_correlation_id(value: str | None) -> bool:
    return bool(value) and bool(_CORRELATION_ID.match(value))


def new_correlation_id() -> str:
    return uuid.uuid4().hex


def safe_error_message(exc: BaseException, limit: int = 300) -> str:
    """A description of `exc` that cannot carry email text: our own errors' messages, else the class only."""
    from shared.errors import PipelineError

    if isinstance(exc, PipelineError):
        return str(exc)[:limit]
    return type(exc).__name__


def trace_id_from_headers(headers) -> str | None:
    """The Cloud Trace id of a request: W3C `traceparent` (00-<trace>-<span>-<flags>), else
    `X-Cloud-Trace-Context` (<trace>/<span>;o=1)."""
    traceparent = headers.get("traceparent") or ""
    parts = traceparent.split("-")
    if len(parts) == 4 and re.fullmatch(r"[0-9a-f]{32}", parts[1]):
        return parts[1]
    cloud = (headers.get("X-Cloud-Trace-Context") or "").split("/", 1)[0]
    return cloud if re.fullmatch(r"[0-9a-fA-F]{32}", cloud) else None
