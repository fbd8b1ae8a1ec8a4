"""Firestore specifics on the official emulator: the TTL field is a real timestamp (what a TTL policy reads),
an expired-but-unswept document can be claimed again, a create that loses to a live document runs no
transaction (50 simultaneous claims of one key cost 50 creates and 49 reads, not 49 transactions on one
document), and an emulator stopped under a working store gives DependencyUnavailable in time."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime, timedelta

from shared.adapters import firestore_state
from shared.adapters.firestore_state import FirestoreStateStore
from shared.errors import DependencyUnavailable
from tests.contracts.outage import assert_unavailable


def test_expires_at_is_stored_as_a_timestamp(firestore_emulator, emulator_env, clock):
    emulator_env(firestore=firestore_emulator)
    store = FirestoreStateStore("test-project", prefix=f"t{uuid.uuid4().hex[:8]}_", clock=clock)
    assert store.create("replay", "tok", {"v": 1}, ttl=timedelta(minutes=5))
    raw = store.client.collection(store.prefix + "replay").document("tok").get().to_dict()
    assert isinstance(raw["expires_at"], datetime)
    assert raw["expires_at"] == clock.now() + timedelta(minutes=5)


def test_expired_document_can_be_created_again(firestore_emulator, emulator_env, clock):
    emulator_env(firestore=firestore_emulator)
    store = FirestoreStateStore("test-project", prefix=f"t{uuid.uuid4().hex[:8]}_", clock=clock)
    assert store.create("replay", "tok", {"v": 1}, ttl=timedelta(seconds=30))
    assert store.create("replay", "tok", {"v": 2}, ttl=timedelta(seconds=30)) is False
    clock.advance(31)
    assert store.create("replay", "tok", {"v": 3}, ttl=timedelta(seconds=30)) is True
    assert store.get("replay", "tok")["v"] == 3


class CountingTransactions:
    """Counts the transactions a store's client starts (wraps the client's `transaction` factory)."""

    def __init__(self, store):
        self.started = 0
        self.lock = threading.Lock()
        factory = store.client.transaction

        def counted(**kwargs):
            with self.lock:
                self.started += 1
            return factory(**kwargs)

        store.client.transaction = counted


def _race(store, key, threads, ttl=None, unavailable=None):
    """Each thread creates `key` at once; their outcomes. With a list as `unavailable`, a thread whose create
    raised DependencyUnavailable (the retryable error) is recorded there instead of failing the thread."""
    outcomes, barrier = [], threading.Barrier(threads)

    def claim(n):
        barrier.wait()
        try:
            outcomes.append(store.create("claims", key, {"n": n}, ttl=ttl))
        except DependencyUnavailable as exc:
            if unavailable is None:
                raise
            unavailable.append(exc)

    workers = [threading.Thread(target=claim, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return outcomes


def test_fifty_simultaneous_creates_of_a_live_key_run_no_transaction(firestore_emulator, emulator_env, clock):
    emulator_env(firestore=firestore_emulator)
    store = FirestoreStateStore("test-project", prefix=f"t{uuid.uuid4().hex[:8]}_", clock=clock)
    transactions = CountingTransactions(store)
    outcomes = _race(store, "one-key", 50, ttl=timedelta(minutes=5))
    assert sorted(outcomes) == [False] * 49 + [True]
    assert transactions.started == 0


def test_simultaneous_creates_of_an_expired_key_replace_it_once(firestore_emulator, emulator_env, clock):
    emulator_env(firestore=firestore_emulator)
    store = FirestoreStateStore("test-project", prefix=f"t{uuid.uuid4().hex[:8]}_", clock=clock)
    assert store.create("claims", "old", {"n": -1}, ttl=timedelta(seconds=30))
    clock.advance(31)
    transactions = CountingTransactions(store)
    # Small: the emulator serialises contending transactions slowly. A loser that cannot commit within the
    # adapter's budget raises the retryable error (the webhook answers 503, the provider retries); what may
    # never happen is a second replacement.
    unavailable = []
    outcomes = _race(store, "old", 5, ttl=timedelta(seconds=30), unavailable=unavailable)
    assert sorted(outcomes) == [False] * (4 - len(unavailable)) + [True]
    assert store.get("claims", "old")["n"] in range(5)
    assert 1 <= transactions.started <= 5


def test_emulator_stopped_under_a_working_store(tmp_path, monkeypatch, clock):
    from tests import services

    emulator = services.start_firestore(tmp_path)
    try:
        monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", emulator.host)
        store = FirestoreStateStore("test-project", prefix="stopped_", clock=clock)
        store.set("things", "k", {"v": 1})
        assert store.get("things", "k") == {"v": 1}
    finally:
        emulator.stop()
    calls = {
        "get": lambda: store.get("things", "k"),
        "create": lambda: store.create("things", "new", {"v": 1}),
        "transact": lambda: store.transact("things", "k", lambda doc: {"v": 2}),
        "set": lambda: store.set("things", "k", {"v": 3}),
        "delete": lambda: store.delete("things", "k"),
    }
    assert_unavailable(calls, "firestore", firestore_state.RPC_TIMEOUT)
