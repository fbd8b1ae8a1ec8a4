"""The ports: one small interface per outside service.

Each port has a local adapter (in-process bus, files, SQLite, mongomock) and a cloud adapter (Pub/Sub, Cloud
Storage, Firestore, Postgres, MongoDB). Both pass the same contract suite under tests/contracts/. Business code
depends only on these interfaces; `shared.bootstrap` picks the adapters from settings.

Errors. Every port method raises only its documented answers (KeyError from BlobStore.get, ValueError for an
argument the method refuses) or `shared.errors.DependencyUnavailable` (the service behind the port is down,
unreachable, too slow, or refused us access; retryable). An adapter translates its SDK's errors at the boundary
(shared.adapters.errors.translated); callers never catch SDK exceptions and never know which database sits
behind a port. Programmer errors (TypeError, a request the service calls malformed, SQL it rejects) are not
disguised: they pass unchanged. Every call an adapter makes has an explicit deadline, chosen below intake's 30 s
request budget (named constants in each adapter module), so an outage's DependencyUnavailable arrives in time.
"""

from __future__ import annotations

import abc
from datetime import datetime, timedelta
from typing import Any, Callable, Iterable, Mapping

Document = dict[str, Any]


class MessageBus(abc.ABC):
    """Publishes a message to a topic. Delivery to consumers is the bus's business, not the publisher's."""

    @abc.abstractmethod
    def publish(self, topic: str, data: bytes, attributes: Mapping[str, str]) -> str:
        """Publish and wait until the bus has accepted the message. Returns its message id.

        Raises DependencyUnavailable when the message was not accepted (never report an unsent message as sent).
        At least one attribute is required (functions-framework needs one to convert a push envelope): ValueError.
        """


class BlobStore(abc.ABC):
    """Immutable binary objects under string keys (content-addressed by the callers)."""

    @abc.abstractmethod
    def put(self, key: str, data: bytes, content_type: str, metadata: Mapping[str, str] | None = None) -> None:
        """Store `data` under `key`. Storing the same key again with the same data is harmless.

        Raises DependencyUnavailable when the object may not be stored (then storing it again is the remedy).
        """

    @abc.abstractmethod
    def get(self, key: str) -> bytes:
        """Return the object's bytes. Raises KeyError when there is no such object, DependencyUnavailable when
        the store cannot answer."""

    @abc.abstractmethod
    def exists(self, key: str) -> bool:
        """Whether an object is stored under `key`. Raises DependencyUnavailable when the store cannot answer."""


class StateStore(abc.ABC):
    """Small JSON documents in collections, with create-if-absent and atomic read-modify-write.

    Every method raises DependencyUnavailable when the store cannot answer (for `transact`, also when the
    update could not be committed in time under contention); an error raised by `transact`'s `update` itself
    propagates.
    """

    @abc.abstractmethod
    def get(self, collection: str, key: str) -> Document | None:
        """The document, or None when absent (or expired)."""

    @abc.abstractmethod
    def create(self, collection: str, key: str, doc: Document, ttl: timedelta | None = None) -> bool:
        """Create the document only if absent. True if created, False if it already existed.

        With `ttl`, the document carries an `expires_at` field and is treated as absent after it.
        """

    @abc.abstractmethod
    def transact(
        self, collection: str, key: str, update: Callable[[Document | None], Document | None]
    ) -> Document | None:
        """Atomically apply `update` to the current document (None if absent) and store what it returns.

        Returning None leaves the document as it was. `update` may run more than once (on contention), so it
        must be free of side effects. Returns the stored document.
        """

    @abc.abstractmethod
    def set(self, collection: str, key: str, doc: Document) -> None:
        """Create or overwrite the document."""

    @abc.abstractmethod
    def delete(self, collection: str, key: str) -> None:
        """Remove the document; absent is fine."""


class ReportStore(abc.ABC):
    """Per-email processing reports (Cloud SQL Postgres in the cloud, SQLite locally).

    Every method raises DependencyUnavailable when the database cannot answer.
    """

    @abc.abstractmethod
    def upsert(self, report: "ProcessingReport") -> "ProcessingReport":  # noqa: F821
        """Insert or update by email_id and return the row as stored.

        A `processed` report is final: a later `failed` (or a second `processed`) leaves it unchanged;
        `processed` replaces `failed`.
        """

    @abc.abstractmethod
    def get(self, email_id: str) -> "ProcessingReport | None":  # noqa: F821
        """The report for this email, or None."""

    @abc.abstractmethod
    def list(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        needs_review: bool | None = None,
        limit: int = 1000,
        reason_code: str | None = None,
    ) -> "list[ProcessingReport]":  # noqa: F821
        """Reports with since <= created_at < until, newest first; with `reason_code`, only those with a review
        reason of that code (`shared.domain.review`)."""


class ReviewStore(abc.ABC):
    """Caseworkers' reviews of reports (the same database as the reports): the queue, and corrections applied
    with optimistic locking. Every method raises DependencyUnavailable when the database cannot answer."""

    @abc.abstractmethod
    def queue(self, reason_code: str | None = None, intent: str | None = None, creditor: str | None = None,
              since: datetime | None = None, until: datetime | None = None,
              limit: int = 200) -> "list[ProcessingReport]":  # noqa: F821
        """Processed reports that need review or are drawn for audit, oldest first; filtered by a review reason's
        code ("audit": the audits), the intent, a creditor (case-insensitive substring) and since <= received <
        until."""

    @abc.abstractmethod
    def review(self, email_id: str, version: int, corrections: "list[Correction]", action: str,  # noqa: F821
               reviewer: str) -> "ProcessingReport":  # noqa: F821
        """Apply one caseworker's corrections and outcome (shared.domain.corrections) to the report at `version`,
        atomically: the reviewed values, who and when, the correction rows, status `reviewed` for a final action.
        Raises ReviewConflict when the report is no longer at `version` or already reviewed, KeyError when there
        is no such report, ReviewRejected for an unknown field or action."""

    @abc.abstractmethod
    def corrections(self, email_id: str) -> "list[Correction]":  # noqa: F821
        """Every correction made to the report, oldest first."""

    @abc.abstractmethod
    def stats(self) -> "ReviewStats":  # noqa: F821
        """Counts over every report (shared.domain.audit.ReviewStats): automation, the open queue per reason,
        audits sampled and completed, and the wrong fields those audits found."""


class ClientDirectory(abc.ABC):
    """The firm's client records (MongoDB in the cloud, mongomock over clients.json locally).

    Every method raises DependencyUnavailable when the directory cannot answer; an unknown client is None.
    """

    @abc.abstractmethod
    def upsert_many(self, clients: Iterable["ClientRecord"]) -> int:  # noqa: F821
        """Insert or update by client_id. Returns how many records were written."""

    @abc.abstractmethod
    def get(self, client_id: str) -> "ClientRecord | None":  # noqa: F821
        """One client by id."""

    @abc.abstractmethod
    def candidates(
        self, name_keys: Iterable[str], reference_keys: Iterable[str], limit: int = 20
    ) -> "list[ClientRecord]":  # noqa: F821
        """Clients whose normalized name keys or reference keys intersect the given ones (index lookups only)."""

    @abc.abstractmethod
    def all(self) -> "list[ClientRecord]":  # noqa: F821
        """Every client, sorted by client_id (`clients list`; the firm's directory is thousands, not millions)."""
