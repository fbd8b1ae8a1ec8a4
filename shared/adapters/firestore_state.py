"""StateStore on Cloud Firestore (native mode, or the official emulator via FIRESTORE_EMULATOR_HOST).

create-if-absent is Firestore's `create()` (AlreadyExists when present); read-modify-write runs in a Firestore
transaction, which retries on contention. Expiring documents carry `expires_at` as a Firestore timestamp, the
field the TTL policy in infra/ deletes by; because TTL deletion is lazy (up to a day), reads also treat an
expired document as absent. Collection names may carry a prefix (per environment, or per test).
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Callable

from google.api_core.exceptions import AlreadyExists
from google.cloud import firestore

from shared.clock import SystemClock
from shared.ports import Document, StateStore

# Firestore retries a transaction that lost a race; the default of 5 gives up too early under contention.
TRANSACTION_ATTEMPTS = 20


class FirestoreStateStore(StateStore):
    def __init__(self, project: str, prefix: str = "", clock=None, client=None):
        self.project = project
        self.prefix = prefix
        self.clock = clock or SystemClock()
        self._client = client
        self._lock = threading.Lock()

    @property
    def client(self) -> firestore.Client:
        with self._lock:
            if self._client is None:
                self._client = firestore.Client(project=self.project)
            return self._client

    def _ref(self, collection: str, key: str):
        return self.client.collection(self.prefix + collection).document(key)

    def _live(self, snapshot) -> Document | None:
        if not snapshot.exists:
            return None
        doc = snapshot.to_dict()
        expires = doc.get("expires_at")
        if isinstance(expires, datetime):
            if expires <= self.clock.now():
                return None
            doc["expires_at"] = expires.isoformat()
        return doc

    def get(self, collection: str, key: str) -> Document | None:
        return self._live(self._ref(collection, key).get())

    def create(self, collection: str, key: str, doc: Document, ttl: timedelta | None = None) -> bool:
        data = dict(doc)
        if ttl is not None:
            data["expires_at"] = self.clock.now() + ttl
        ref = self._ref(collection, key)
        try:
            ref.create(data)
            return True
        except AlreadyExists:
            pass
        # Present, but maybe expired and not yet swept by TTL: replace it transactionally in that case.
        replaced = self.transact(collection, key, lambda current: data if current is None else None)
        return replaced is data

    def transact(
        self, collection: str, key: str, update: Callable[[Document | None], Document | None]
    ) -> Document | None:
        ref = self._ref(collection, key)
        outcome: dict = {}

        @firestore.transactional
        def run(transaction):
            current = self._live(ref.get(transaction=transaction))
            new = update(None if current is None else dict(current))
            if new is None:
                outcome["doc"] = current
                return
            transaction.set(ref, _stored(new))
            outcome["doc"] = new

        run(self.client.transaction(max_attempts=TRANSACTION_ATTEMPTS))
        return outcome["doc"]

    def set(self, collection: str, key: str, doc: Document) -> None:
        self._ref(collection, key).set(_stored(doc))

    def delete(self, collection: str, key: str) -> None:
        self._ref(collection, key).delete()


def _stored(doc: Document) -> Document:
    """The document as Firestore keeps it: `expires_at` as a timestamp (what the TTL policy reads)."""
    data = dict(doc)
    if isinstance(data.get("expires_at"), str):
        data["expires_at"] = datetime.fromisoformat(data["expires_at"])
    return data
