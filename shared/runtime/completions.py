"""Completion records: the idempotency of at-least-once delivery.

A stage writes its record only after its output was published (or its report written), so a redelivery of a
completed stage does nothing and a redelivery of an incomplete one redoes the work. A record is keyed by
(email_id, stage); a stage whose result may later be replaced (the report: `failed`, then `processed` after a
replay or a fresh delivery) keys on the outcome too, so the first outcome never blocks the second.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Iterable

COMPLETIONS = "stage_completions"
COMPLETION_TTL = timedelta(days=30)
OUTCOMES = ("failed", "processed")


def key(email_id: str, stage: str) -> str:
    return f"{email_id}:{stage}"


def outcome_key(email_id: str, stage: str, outcome: str) -> str:
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    return f"{email_id}:{stage}:{outcome}"


def is_done(state, completion_key: str) -> bool:
    return state.get(COMPLETIONS, completion_key) is not None


def record(state, completion_key: str, stage: str, output: bytes, usage: dict | None, now: datetime) -> None:
    """Mark the stage done for this email: what it produced (a digest) and the tokens it spent."""
    state.create(COMPLETIONS, completion_key, {
        "stage": stage,
        "output_sha256": hashlib.sha256(output).hexdigest(),
        "usage": usage,
        "at": now.isoformat(),
    }, ttl=COMPLETION_TTL)


def clear(state, email_id: str, stages: Iterable[str]) -> None:
    """Forget every completion of `stages` for this email (plain and per outcome), so they run again."""
    for stage in stages:
        state.delete(COMPLETIONS, key(email_id, stage))
        for outcome in OUTCOMES:
            state.delete(COMPLETIONS, outcome_key(email_id, stage, outcome))
