"""StateStore on Cloud Firestore (native mode, or the official emulator via FIRESTORE_EMULATOR_HOST).

create-if-absent is Firestore's `create()` (AlreadyExists when present); read-modify-write runs in a Firestore
transaction, which retries on contention. Expiring documents carry `expires_at` as a Firestore timestamp, the
field the TTL policy in infra/ deletes by; because TTL deletion is lazy (up to a day), reads also treat an
expired document as absent. Collection names may carry a prefix (per environment, or per test).

Errors: an absent document is None (get) or False (create); every outage (unreachable, timeout, UNAVAILABLE,
permission, a transaction that cannot commit within TRANSACTION_BUDGET) is DependencyUnavailable("firestore",
...). Every RPC ends within RPC_TIMEOUT, its retries included.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from functools import partial
from typing import Callable

from google.api_core import exceptions as api
from google.api_core.retry import Retry, if_exception_type
from google.cloud import firestore

from shared.adapters.errors import caused_by, google_outage, translated
from shared.clock import SystemClock
from shared.errors import DependencyUnavailable
from shared.ports import Document, StateStore

DEPENDENCY = "firestore"

# Firestore retries a transaction that lost a race; the default of 5 gives up too early under contention.
TRANSACTION_ATTEMPTS = 20
# One document read or write takes milliseconds; the SDK's defaults let one call (its retries included) run for
# 60 s (300 s for a read), past intake's 30 s request budget. Ours: every RPC, retries included, ends in 10 s.
RPC_TIMEOUT = 10.0
# No transaction attempt starts after 25 s (contention on one document): the caller gets DependencyUnavailable
# and is redelivered, instead of waiting out 20 attempts. The attempt running at that moment is bounded by its
# RPCs (begin, read, commit: RPC_TIMEOUT each). An outage ends a transaction at its first RPC, within RPC_TIMEOUT.
# (The emulator needs 10-20 s for one transaction under 3- or 4-way contention; Firestore itself, milliseconds.
# Intake runs a transaction only to take over an expired claim, which nothing else contends for.)
TRANSACTION_BUDGET = 25.0
# The SDK's own retry predicates (reads: also on DEADLINE_EXCEEDED/INTERNAL; writes only where the write surely
# did not happen), with our deadline and a backoff that fits in it.
READ_RETRY = Retry(predicate=if_exception_type(api.DeadlineExceeded, api.InternalServerError,
                                               api.ResourceExhausted, api.ServiceUnavailable),
                   initial=0.1, maximum=2.0, multiplier=2.0, timeout=RPC_TIMEOUT)
WRITE_RETRY = Retry(predicate=if_exception_type(api.ResourceExhausted, api.ServiceUnavailable),
                    initial=0.1, maximum=2.0, multiplier=2.0, timeout=RPC_TIMEOUT)
READ = dict(retry=READ_RETRY, timeout=RPC_TIMEOUT)
WRITE = dict(retry=WRITE_RETRY, timeout=RPC_TIMEOUT)


def _outage(exc: BaseException) -> bool:
    # The SDK's transaction runner raises ValueError when it gives up (attempts exhausted: its cause is Aborted)
    # or when its rollback after a failed begin finds no transaction (the begin's error is the context).
    if isinstance(exc, ValueError):
        origin = exc.__cause__ or exc.__context__
        return origin is not None and caused_by(origin, google_outage)
    return google_outage(exc)


_boundary = translated(DEPENDENCY, _outage)


class FirestoreStateStore(StateStore):
    def __init__(self, project: str, prefix: str = "", clock=None, client=None):
        self.project = project
        self.prefix = prefix
        self.clock = clock or SystemClock()
        self._client = client
        self._bounded = False
        self._lock = threading.Lock()

    @property
    def client(self) -> firestore.Client:
        with self._lock:
            if self._client is None:
                self._client = firestore.Client(project=self.project)
            if not self._bounded:
                _bound_transaction_rpcs(self._client)
                self._bounded = True
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

    @_boundary
    def get(self, collection: str, key: str) -> Document | None:
        return self._live(self._ref(collection, key).get(**READ))

    @_boundary
    def create(self, collection: str, key: str, doc: Document, ttl: timedelta | None = None) -> bool:
        data = dict(doc)
        if ttl is not None:
            data["expires_at"] = self.clock.now() + ttl
        ref = self._ref(collection, key)
        try:
            ref.create(data, **WRITE)
            return True
        except api.AlreadyExists:
            pass
        # Present. A live document (the usual case: 49 of 50 simultaneous claims of one key) costs one plain read;
        # only an expired one not yet swept by TTL is replaced, in a transaction (others may be replacing it too).
        if self._live(ref.get(**READ)) is not None:
            return False
        replaced = self._transact(ref, lambda current: data if current is None else None)
        return replaced is data

    @_boundary
    def transact(
        self, collection: str, key: str, update: Callable[[Document | None], Document | None]
    ) -> Document | None:
        return self._transact(self._ref(collection, key), update)

    def _transact(self, ref, update: Callable[[Document | None], Document | None]) -> Document | None:
        outcome: dict = {}
        started = time.monotonic()

        @firestore.transactional
        def run(transaction):
            if "attempts" in outcome and time.monotonic() - started > TRANSACTION_BUDGET:
                raise DependencyUnavailable(DEPENDENCY, f"transaction not committed within {TRANSACTION_BUDGET:.0f} s "
                                                        f"({outcome['attempts']} attempts)")
            outcome["attempts"] = outcome.get("attempts", 0) + 1
            current = self._live(ref.get(transaction=transaction, **READ))
            new = update(None if current is None else dict(current))
            if new is None:
                outcome["doc"] = current
                return
            transaction.set(ref, _stored(new))
            outcome["doc"] = new

        run(self.client.transaction(max_attempts=TRANSACTION_ATTEMPTS))
        return outcome["doc"]

    @_boundary
    def set(self, collection: str, key: str, doc: Document) -> None:
        self._ref(collection, key).set(_stored(doc), **WRITE)

    @_boundary
    def delete(self, collection: str, key: str) -> None:
        self._ref(collection, key).delete(**WRITE)


def _bound_transaction_rpcs(client: firestore.Client) -> None:
    """Give this client's transaction RPCs our deadline.

    The SDK's transaction runner calls begin_transaction, commit and rollback itself, with the API's defaults
    (a 60 s deadline each) and no parameter to pass ours, so they get it as default keyword arguments here. A
    caller that passes its own (a WriteBatch commit: our set/create) still wins. `_firestore_api` is the SDK's
    private accessor of its GAPIC client (google-cloud-firestore is pinned in requirements.txt); the outage
    cases in tests/contracts/test_state_store.py fail if this stops bounding `transact`.
    """
    gapic = client._firestore_api
    for name, retry in (("begin_transaction", READ_RETRY), ("commit", WRITE_RETRY), ("rollback", READ_RETRY)):
        setattr(gapic, name, partial(getattr(gapic, name), retry=retry, timeout=RPC_TIMEOUT))


def _stored(doc: Document) -> Document:
    """The document as Firestore keeps it: `expires_at` as a timestamp (what the TTL policy reads)."""
    data = dict(doc)
    if isinstance(data.get("expires_at"), str):
        data["expires_at"] = datetime.fromisoformat(data["expires_at"])
    return data
