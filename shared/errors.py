"""The one error tree of the product.

    PipelineError
    ├── RetryableError        raise it: the message is nacked and redelivered with backoff
    │   │                     (Pub/Sub retry policy; the local bus does the same), until the
    │   │                     delivery attempts run out and it is dead-lettered
    │   └── DependencyUnavailable   an outside service (Claude, MongoDB, storage, database) failed
    └── PermanentError        redelivery cannot help: the stage records a `failed` result for the
        │                     report function and acks the message
        ├── InvalidMessage    a Pub/Sub message that is not a valid envelope (bad data, unknown version)
        └── UnreadableContent the email's content cannot be processed at all

Intake (HTTP) has its own family, `RequestRejected`, which always maps to a 4xx/503 with a reason.
Any other exception escaping a stage is treated like a retryable one: redelivered, and dead-lettered
when it keeps happening (a crash is not a reason to lose an email).
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base of every error the pipeline raises on purpose."""


class RetryableError(PipelineError):
    """A transient failure: redelivery may succeed."""


class DependencyUnavailable(RetryableError):
    """An outside dependency failed or timed out."""

    def __init__(self, dependency: str, detail: str):
        super().__init__(f"{dependency} unavailable: {detail}")
        self.dependency = dependency


class PermanentError(PipelineError):
    """Redelivery cannot help; the email ends in a `failed` report with this reason."""


class InvalidMessage(PermanentError):
    """The Pub/Sub message is not a valid pipeline envelope."""


class UnreadableContent(PermanentError):
    """The email content cannot be processed at all."""


class RequestRejected(Exception):
    """An HTTP request to intake is refused. `status` is the HTTP status, `reason` the body's message."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason
