"""The end of the chain: deliver a finished envelope, or a stage's failure notice, to the report stage, which
writes the caseworker's report row. Its completion is keyed by outcome (completions.outcome_key), so a `failed`
report never blocks the `processed` one a replay or a fresh delivery brings. A permanent failure here is
written as a `failed` report directly: there is no later stage to send it to."""

from __future__ import annotations

from shared.domain.envelope import FailureNotice
from shared.pubsub_event import PubSubMessage
from shared.runtime import completions
from shared.runtime.delivery import deliver

LAST_OPERATION = {"operation": "last"}  # Cloud Logging: the email's last log line (see shared.observability.logs)


def handle(stage, message: PubSubMessage, deps) -> None:
    """Entry-point body for the report stage (shared.chain.REPORT). Returns to ack; raises to nack."""

    def key_of(decoded) -> str:
        return completions.outcome_key(decoded.email_id, stage.name, outcome(decoded))

    def write_failed_report(notice) -> None:
        stage.run(notice, **stage.ports_from(deps))

    deliver(stage, message, deps, key_of=key_of, hand_on=lambda result, output: None,
            send_failure=write_failed_report, log_extra=LAST_OPERATION)


def outcome(decoded) -> str:
    """`failed` for a failure notice or an envelope carrying a failure, else `processed`."""
    failed = isinstance(decoded, FailureNotice) or getattr(decoded, "failure", None) is not None
    return "failed" if failed else "processed"
