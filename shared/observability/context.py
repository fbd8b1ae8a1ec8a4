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
