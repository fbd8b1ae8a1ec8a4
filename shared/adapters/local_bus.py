"""A durable in-process message bus on SQLite that behaves like Pub/Sub with push delivery.

`publish` fans a message out to every subscription of the topic (a topic without subscriptions drops it, as
Pub/Sub does) and commits it to the queue file before returning, so an interrupted `serve` resumes unfinished
emails on restart. `deliver_next` leases the next due message, hands the handler the same CloudEvent a
Pub/Sub-triggered gen2 function receives, and then acks (deletes) it — or, when the handler raises, schedules a
redelivery with exponential backoff, and after `max_attempts` moves it to the subscription's dead-letter
topic with Pub/Sub's dead-letter attributes.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Mapping

from shared.adapters.sqlite_util import connect, immediate
from shared.clock import SystemClock
from shared.ports import MessageBus
from shared.runtime.pubsub_event import to_cloud_event

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    subscription TEXT NOT NULL,
    data BLOB NOT NULL,
    attributes TEXT NOT NULL,
    publish_time TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_at REAL NOT NULL,
    leased_until REAL
);
CREATE INDEX IF NOT EXISTS messages_due ON messages (due_at);
"""

LEASE_SECONDS = 600.0
Handler = Callable[[object], None]


@dataclass(frozen=True)
class RetryPolicy:
    """Pub/Sub-like delivery policy: exponential backoff between attempts, dead letter after max_attempts."""

    max_attempts: int = 10
    min_backoff: float = 10.0
    max_backoff: float = 600.0

    def backoff(self, attempts: int) -> float:
        return min(self.max_backoff, self.min_backoff * (2 ** max(0, attempts - 1)))


class LocalBus(MessageBus):
    def __init__(
        self,
        path: Path | str,
        subscriptions: Mapping[str, list[str]],
        dead_letter_topics: Mapping[str, str],
        project: str = "local-project",
        policy: RetryPolicy | None = None,
        clock=None,
    ):
        """`subscriptions`: topic -> subscription names; `dead_letter_topics`: subscription -> its DLQ topic."""
        self.subscriptions = {topic: list(subs) for topic, subs in subscriptions.items()}
        self.dead_letter_topics = dict(dead_letter_topics)
        self.project = project
        self.policy = policy or RetryPolicy()
        self.clock = clock or SystemClock()
        self._lock = threading.RLock()
        self._db = connect(path)
        self._db.executescript(_SCHEMA)

    # -- MessageBus ---------------------------------------------------------------------------------
    def publish(self, topic: str, data: bytes, attributes: Mapping[str, str]) -> str:
        if not attributes:
            raise ValueError("a message needs at least one attribute")
        message_id = uuid.uuid4().hex
        with self._lock, immediate(self._db):
            self._insert(topic, message_id, data, dict(attributes), self.clock.now())
        return message_id

    # -- delivery -----------------------------------------------------------------------------------
    def recover(self) -> int:
        """Release every lease (call once at startup of the only dispatcher): interrupted work resumes."""
        with self._lock, immediate(self._db):
            return self._db.execute("UPDATE messages SET leased_until = NULL WHERE leased_until IS NOT NULL").rowcount

    def pending(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]

    def next_due_in(self) -> float | None:
        """Seconds until the next message is due (0 if one is due now), None when the queue is empty."""
        now = self.clock.now().timestamp()
        with self._lock:
            row = self._db.execute(
                "SELECT MIN(CASE WHEN leased_until IS NULL THEN due_at ELSE leased_until END) FROM messages"
            ).fetchone()
        return None if row[0] is None else max(0.0, row[0] - now)

    def deliver_next(self, handlers: Mapping[str, Handler]) -> bool:
        """Deliver one due message to its subscription's handler. Returns False when nothing was due."""
        leased = self._lease()
        if leased is None:
            return False
        seq, message_id, topic, subscription, data, attributes, publish_time, attempts = leased
        handler = handlers.get(subscription)
        event = to_cloud_event(
            self.project, topic, subscription, message_id, data, json.loads(attributes),
            datetime.fromisoformat(publish_time),
        )
        try:
            if handler is None:
                raise LookupError(f"no handler bound to subscription {subscription}")
            handler(event)
        except Exception as exc:  # a nack: redeliver later or dead-letter
            self._nack(seq, subscription, topic, data, json.loads(attributes), attempts, exc)
        else:
            with self._lock:
                self._db.execute("DELETE FROM messages WHERE seq = ?", (seq,))
        return True

    # -- internals ----------------------------------------------------------------------------------
    def _insert(self, topic: str, message_id: str, data: bytes, attributes: dict, when: datetime) -> None:
        subs = self.subscriptions.get(topic, [])
        if not subs:
            log.warning("message to topic %s dropped: it has no subscriptions", topic)
        for subscription in subs:
            self._db.execute(
                "INSERT INTO messages (message_id, topic, subscription, data, attributes, publish_time, due_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (message_id, topic, subscription, data, json.dumps(attributes),
                 when.astimezone(timezone.utc).isoformat(), when.timestamp()),
            )

    def _lease(self):
        now = self.clock.now().timestamp()
        with self._lock, immediate(self._db):
            row = self._db.execute(
                "SELECT seq, message_id, topic, subscription, data, attributes, publish_time, attempts"
                " FROM messages WHERE due_at <= ? AND (leased_until IS NULL OR leased_until <= ?)"
                " ORDER BY due_at, seq LIMIT 1",
                (now, now),
            ).fetchone()
            if row is None:
                return None
            self._db.execute(
                "UPDATE messages SET leased_until = ?, attempts = attempts + 1 WHERE seq = ?",
                (now + LEASE_SECONDS, row[0]),
            )
        return (*row[:7], row[7] + 1)

    def _nack(self, seq, subscription, topic, data, attributes, attempts, exc: Exception) -> None:
        now = self.clock.now()
        with self._lock, immediate(self._db):
            if attempts < self.policy.max_attempts:
                due = now.timestamp() + self.policy.backoff(attempts)
                self._db.execute("UPDATE messages SET due_at = ?, leased_until = NULL WHERE seq = ?", (due, seq))
                log.info("redelivery %d of %s scheduled: %s", attempts + 1, subscription, type(exc).__name__)
                return
            self._db.execute("DELETE FROM messages WHERE seq = ?", (seq,))
            dead_topic = self.dead_letter_topics.get(subscription)
            if dead_topic is None:
                log.error("message on %s dropped after %d attempts (no dead-letter topic)", subscription, attempts)
                return
            dead_attributes = {
                **attributes,
                "CloudPubSubDeadLetterSourceSubscription": subscription,
                "CloudPubSubDeadLetterSourceSubscriptionProject": self.project,
                "CloudPubSubDeadLetterSourceTopicPublishTime": now.isoformat(),
                "CloudPubSubDeadLetterSourceDeliveryCount": str(attempts),
            }
            self._insert(dead_topic, uuid.uuid4().hex, data, dead_attributes, now)
            log.warning("message on %s dead-lettered after %d attempts", subscription, attempts)

    def close(self) -> None:
        self._db.close()
