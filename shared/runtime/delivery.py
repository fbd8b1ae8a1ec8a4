"""What every stage delivery does, inside the error tree: decode the message (claim-checked data loaded from
the blob store), skip it when this stage already completed for the email, refuse it when stale, run the stage
with exactly its ports, hand the result on, and record the completion — only after the hand-on returned, so
at-least-once delivery yields one result per stage and one report per email.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Callable

from shared.errors import PermanentError
from shared.observability import sentry
from shared.pubsub_event import PubSubMessage
from shared.runtime import claim_check, completions, failures

log = logging.getLogger("pipeline.stage")


class StaleEvent(PermanentError):
    """The event is older than the configured maximum age: it is reported as failed, not retried forever."""


def deliver(stage, message: PubSubMessage, deps, *, key_of: Callable[[Any], str],
            hand_on: Callable[[Any, bytes], None], send_failure: Callable[[Any], Any],
            log_extra: dict | None = None) -> None:
    """Deliver `message` to `stage` (a shared.chain.Stage). `key_of(decoded)` names its completion record,
    `hand_on(result, output)` passes the result on, `send_failure(notice)` takes a permanent failure."""
    with failures.routed(stage.name, message, deps, send_failure) as attempt:
        decoded = attempt.decoded = stage.decode(claim_check.unwrap(message.data, deps.blobs))
        completion_key = key_of(decoded)
        if completions.is_done(deps.state, completion_key):
            log.info("%s: already completed; duplicate delivery acked", stage.name)
            return
        check_fresh(message.published_at, deps.clock.now(), deps.settings.max_event_age_seconds)
        sentry.breadcrumb(f"{stage.name}: input decoded", stage=stage.name)
        result = stage.run(decoded, **stage.ports_from(deps))
        sentry.breadcrumb(f"{stage.name}: stage ran", stage=stage.name)
        output = result.model_dump_json().encode()
        hand_on(result, output)
        completions.record(deps.state, completion_key, stage.name, output, usage_of(result, stage.name),
                           deps.clock.now())
        log.info("%s: done", stage.name, extra=log_extra)


def check_fresh(published_at: datetime | None, now: datetime, max_age_seconds: float) -> None:
    """Raise StaleEvent when the event was published more than `max_age_seconds` ago."""
    if published_at is None:
        return
    age = (now - published_at).total_seconds()
    if age > max_age_seconds:
        raise StaleEvent(f"event is {age:.0f}s old, older than MAX_EVENT_AGE_SECONDS={max_age_seconds}")


def usage_of(result, stage: str) -> dict | None:
    """The tokens the stage's agent spent, when it is an agent stage (its result carries `<stage>.usage`)."""
    usage = getattr(getattr(result, stage, None), "usage", None)
    return usage.model_dump() if usage is not None else None
