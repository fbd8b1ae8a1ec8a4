"""A durable in-process message bus on SQLite that behaves like Pub/Sub with push delivery.

`publish` fans a message out to every subscription of the topic (a topic without subscriptions drops it, as
Pub/Sub does) and commits it to the queue file before returning, so an interrupted `serve` resumes unfinished
emails on restart. `deliver_next` leases the next due message, hands the handler the same CloudEvent a
Pub/Sub-triggered gen2 function receives, and then acks (deletes) it — or, when the handler raises, schedules a
redelivery with exponential backoff, and after `max_attempts` moves it to the subscription's dead-letter
topic with Pub/Sub's dead-letter attributes.

Leases are short (`LEASE_SECONDS`, like a Pub/Sub ack deadline) and carry an owner and a token: the consumer
renews its lease while the handler runs (the dispatcher's heartbeat), and `renew`, `ack` and `nack` act only
while the token is still the message's, so a consumer whose lease expired and was taken over can neither
extend nor settle the new delivery. A message whose consumer died is delivered again once its lease runs out,
or at once when the dead consumer's leases are released (`release_owner`, what the worker pool does). A
delivery that ends without an ack or nack still counts as an attempt; a message whose last allowed attempt
was abandoned that way is dead-lettered instead of being delivered once more.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import uuid
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, ContextManager, Mapping

from shared.adapters.errors import sqlite_outage, translated
from shared.adapters.sqlite_util import connect, immediate
from shared.clock import SystemClock
from shared.ports import MessageBus
from shared.pubsub_event import to_cloud_event

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
    leased_until REAL,
    lease_owner TEXT,
    lease_token TEXT
);
CREATE INDEX IF NOT EXISTS messages_due ON messages (due_at);
"""
_LEASE_COLUMNS = ("lease_owner", "lease_token")  # added on open to queue files from before leases had owners

# A lease is short so that a dead consumer's message comes back quickly; a live consumer renews it every
# third of the lease (see shared.local.dispatcher), so it survives two missed renewals.
LEASE_SECONDS = 30.0
Handler = Callable[[object], None]
DEPENDENCY = "local bus"  # the SQLite file every local process shares; its errors leave as DependencyUnavailable


@dataclass(frozen=True)
class RetryPolicy:
    """Pub/Sub-like delivery policy: exponential backoff between attempts, dead letter after max_attempts."""

    max_attempts: int = 10
    min_backoff: float = 10.0
    max_backoff: float = 600.0

    def backoff(self, attempts: int) -> float:
        return min(self.max_backoff, self.min_backoff * (2 ** max(0, attempts - 1)))


@dataclass(frozen=True)
class Lease:
    """One delivery of one message to one consumer: `token` identifies this delivery, `attempts` counts it."""

    seq: int
    token: str
    owner: str
    message_id: str
    topic: str
    subscription: str
    data: bytes
    attributes: dict
    publish_time: str
    attempts: int


class LocalBus(MessageBus):
    def __init__(
        self,
        path: Path | str,
        subscriptions: Mapping[str, list[str]],
        dead_letter_topics: Mapping[str, str],
        project: str = "local-project",
        policy: RetryPolicy | None = None,
        clock=None,
        lease_seconds: float = LEASE_SECONDS,
    ):
        """`subscriptions`: topic -> subscription names; `dead_letter_topics`: subscription -> its DLQ topic;
        `lease_seconds`: how long a delivery is held before another consumer may take it (renewable)."""
        self.subscriptions = {topic: list(subs) for topic, subs in subscriptions.items()}
        self.dead_letter_topics = dict(dead_letter_topics)
        self.project = project
        self.policy = policy or RetryPolicy()
        self.clock = clock or SystemClock()
        self.lease_seconds = lease_seconds
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"  # default lease owner
        self._lock = threading.RLock()
        with translated(DEPENDENCY, sqlite_outage):
            self._db = connect(path)
            self._db.executescript(_SCHEMA)
            self._add_lease_columns()

    # -- MessageBus ---------------------------------------------------------------------------------
    def publish(self, topic: str, data: bytes, attributes: Mapping[str, str]) -> str:
        if not attributes:
            raise ValueError("a message needs at least one attribute")
        message_id = uuid.uuid4().hex
        with translated(DEPENDENCY, sqlite_outage), self._lock, immediate(self._db):
            self._insert(topic, message_id, data, dict(attributes), self.clock.now())
        return message_id

    # -- delivery -----------------------------------------------------------------------------------
    def recover(self) -> int:
        """Release every lease (call once at startup, before any dispatcher runs): interrupted work resumes."""
        with self._lock, immediate(self._db):
            return self._db.execute(
                "UPDATE messages SET leased_until = NULL, lease_owner = NULL, lease_token = NULL"
                " WHERE leased_until IS NOT NULL"
            ).rowcount

    def release_owner(self, owner: str) -> int:
        """Release the leases held by `owner` (a consumer known to be dead): its messages are due again now.
        Returns how many were released."""
        with self._lock, immediate(self._db):
            return self._db.execute(
                "UPDATE messages SET leased_until = NULL, lease_owner = NULL, lease_token = NULL"
                " WHERE lease_owner = ?", (owner,)
            ).rowcount

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

    def deliver_next(
        self,
        handlers: Mapping[str, Handler],
        owner: str | None = None,
        while_handling: Callable[[Lease], ContextManager] | None = None,
    ) -> bool:
        """Deliver one due message to its subscription's handler, leased to `owner` (default: this bus's own
        name), and ack or nack it. `while_handling(lease)` is entered around the handler call only (the
        dispatcher's heartbeat renews the lease there). Returns False when nothing was due."""
        lease = self.lease(owner)
        if lease is None:
            return False
        handler = handlers.get(lease.subscription)
        event = to_cloud_event(
            self.project, lease.topic, lease.subscription, lease.message_id, lease.data, lease.attributes,
            datetime.fromisoformat(lease.publish_time),
        )
        try:
            if handler is None:
                raise LookupError(f"no handler bound to subscription {lease.subscription}")
            with while_handling(lease) if while_handling is not None else nullcontext():
                handler(event)
        except Exception as exc:  # a nack: redeliver later or dead-letter
            self.nack(lease, exc)
        else:
            self.ack(lease)
        return True

    def lease(self, owner: str | None = None) -> Lease | None:
        """Lease the next due message to `owner` for `lease_seconds`, counting an attempt; None if none is due.
        A message whose last allowed attempt was abandoned (lease expired or released) is dead-lettered."""
        owner = owner or self.owner
        now = self.clock.now()
        with self._lock, immediate(self._db):
            while True:
                row = self._db.execute(
                    "SELECT seq, message_id, topic, subscription, data, attributes, publish_time, attempts"
                    " FROM messages WHERE due_at <= ? AND (leased_until IS NULL OR leased_until <= ?)"
                    " ORDER BY due_at, seq LIMIT 1",
                    (now.timestamp(), now.timestamp()),
                ).fetchone()
                if row is None:
                    return None
                seq, message_id, topic, subscription, data, attributes, publish_time, attempts = row
                if attempts >= self.policy.max_attempts:  # the last attempt's consumer never acked nor nacked
                    self._dead_letter(seq, subscription, data, json.loads(attributes), attempts, now)
                    continue
                token = uuid.uuid4().hex
                self._db.execute(
                    "UPDATE messages SET leased_until = ?, lease_owner = ?, lease_token = ?, attempts = attempts + 1"
                    " WHERE seq = ?",
                    (now.timestamp() + self.lease_seconds, owner, token, seq),
                )
                return Lease(seq, token, owner, message_id, topic, subscription, data, json.loads(attributes),
                             publish_time, attempts + 1)

    def renew(self, lease: Lease) -> bool:
        """Extend `lease` to `lease_seconds` from now. False (nothing changed) when the message was settled or
        another delivery has taken it over since."""
        until = self.clock.now().timestamp() + self.lease_seconds
        with self._lock:
            return self._db.execute(
                "UPDATE messages SET leased_until = ? WHERE seq = ? AND lease_token = ?",
                (until, lease.seq, lease.token),
            ).rowcount == 1

    def ack(self, lease: Lease) -> bool:
        """Delete the delivered message. False (and nothing deleted) when the lease was lost to another delivery."""
        with self._lock:
            acked = self._db.execute(
                "DELETE FROM messages WHERE seq = ? AND lease_token = ?", (lease.seq, lease.token)
            ).rowcount == 1
        if not acked:
            log.warning("ack of message %s on %s ignored: its lease was lost to another delivery",
                        lease.message_id, lease.subscription)
        return acked

    def nack(self, lease: Lease, exc: Exception) -> bool:
        """Schedule a redelivery with backoff, or dead-letter after `max_attempts`. False (and nothing changed)
        when the lease was lost to another delivery."""
        now = self.clock.now()
        with self._lock, immediate(self._db):
            held = self._db.execute(
                "SELECT 1 FROM messages WHERE seq = ? AND lease_token = ?", (lease.seq, lease.token)
            ).fetchone()
            if held is None:
                log.warning("nack of message %s on %s ignored: its lease was lost to another delivery",
                            lease.message_id, lease.subscription)
                return False
            if lease.attempts < self.policy.max_attempts:
                due = now.timestamp() + self.policy.backoff(lease.attempts)
                self._db.execute(
                    "UPDATE messages SET due_at = ?, leased_until = NULL, lease_owner = NULL, lease_token = NULL"
                    " WHERE seq = ?", (due, lease.seq),
                )
                log.info("redelivery %d of %s scheduled: %s", lease.attempts + 1, lease.subscription,
                         type(exc).__name__)
                return True
            self._dead_letter(lease.seq, lease.subscription, lease.data, lease.attributes, lease.attempts, now)
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

    def _dead_letter(self, seq, subscription, data, attributes, attempts, now: datetime) -> None:
        """Inside a transaction: move message `seq` to its subscription's dead-letter topic (or drop it)."""
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

    def _add_lease_columns(self) -> None:
        def missing() -> list[str]:
            present = {row[1] for row in self._db.execute("PRAGMA table_info(messages)")}
            return [column for column in _LEASE_COLUMNS if column not in present]

        if not missing():
            return
        with self._lock, immediate(self._db):  # re-checked under the write lock: another process may be here too
            for column in missing():
                self._db.execute(f"ALTER TABLE messages ADD COLUMN {column} TEXT")

    def close(self) -> None:
        self._db.close()
