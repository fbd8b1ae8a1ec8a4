"""Contract suite for the StateStore port; every adapter must pass it.

Outage cases: Firestore unreachable (a closed port) and unresponsive (a silent port): every method raises
DependencyUnavailable within its deadline. SQLite has no server to lose; its outages are a data folder that
cannot exist (the store cannot open its file: DependencyUnavailable from the constructor, which bootstrap runs
on first use) and a file another process keeps write-locked past the busy timeout (writes fail; reads go on,
as WAL readers are never blocked by a writer).
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from datetime import timedelta

import pytest

from shared.adapters import firestore_state
from shared.adapters.sqlite_state import SqliteStateStore
from shared.errors import DependencyUnavailable
from tests.contracts.outage import assert_unavailable, closed_port, silent_port


@pytest.fixture(params=["sqlite", "firestore"])
def store(request, tmp_path, clock):
    if request.param == "sqlite":
        yield SqliteStateStore(tmp_path / "state.sqlite3", clock)
    else:
        emulator = request.getfixturevalue("firestore_emulator")
        request.getfixturevalue("emulator_env")(firestore=emulator)
        from shared.adapters.firestore_state import FirestoreStateStore

        yield FirestoreStateStore("test-project", prefix=f"t{uuid.uuid4().hex[:10]}_", clock=clock)


def test_get_absent_returns_none(store):
    assert store.get("things", "missing") is None


def test_set_get_roundtrip(store):
    store.set("things", "a", {"n": 1, "s": "x", "l": [1, 2]})
    assert store.get("things", "a") == {"n": 1, "s": "x", "l": [1, 2]}


def test_create_only_if_absent(store):
    assert store.create("things", "k", {"v": 1}) is True
    assert store.create("things", "k", {"v": 2}) is False
    assert store.get("things", "k")["v"] == 1


def test_collections_are_separate(store):
    store.set("one", "k", {"v": 1})
    assert store.get("two", "k") is None


def test_ttl_expires_documents(store, clock):
    assert store.create("replay", "tok", {"v": 1}, ttl=timedelta(seconds=60))
    assert store.get("replay", "tok")["v"] == 1
    assert "expires_at" in store.get("replay", "tok")
    clock.advance(61)
    assert store.get("replay", "tok") is None
    assert store.create("replay", "tok", {"v": 2}, ttl=timedelta(seconds=60)) is True


def test_transact_read_modify_write(store):
    store.transact("counters", "c", lambda doc: {"n": (doc or {"n": 0})["n"] + 1})
    result = store.transact("counters", "c", lambda doc: {"n": doc["n"] + 1})
    assert result == {"n": 2}
    assert store.get("counters", "c") == {"n": 2}


def test_transact_returning_none_leaves_document(store):
    store.set("things", "k", {"v": 1})
    assert store.transact("things", "k", lambda doc: None) == {"v": 1}
    assert store.get("things", "k") == {"v": 1}


def test_transact_error_leaves_document(store):
    store.set("things", "k", {"v": 1})

    def boom(doc):
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        store.transact("things", "k", boom)
    assert store.get("things", "k") == {"v": 1}


def test_concurrent_transactions_lose_no_update(store):
    """Small on purpose: the Firestore emulator is slow under contention (see LOCAL_SERVICES.md). A transaction
    that cannot commit within its budget raises the retryable DependencyUnavailable (the caller redelivers);
    what must never happen is an increment that reported success and is not in the count."""
    committed, unavailable, other = [], [], []

    def bump():
        for _ in range(3):
            try:
                store.transact("counters", "c", lambda doc: {"n": (doc or {"n": 0})["n"] + 1})
                committed.append(1)
            except DependencyUnavailable as exc:
                unavailable.append(exc)
            except Exception as exc:  # surfaced below: a lost update must not hide behind a dead thread
                other.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert other == []
    assert len(committed) + len(unavailable) == 9 and len(committed) >= 1
    # an attempt that timed out may still have committed; none that reported success may be missing
    assert len(committed) <= store.get("counters", "c")["n"] <= 9


def test_delete(store):
    store.set("things", "k", {"v": 1})
    store.delete("things", "k")
    store.delete("things", "k")
    assert store.get("things", "k") is None


# --- outages -------------------------------------------------------------------------------------------------
def _every_method(store):
    return {
        "get": lambda: store.get("things", "k"),
        "create": lambda: store.create("things", "k", {"v": 1}, ttl=timedelta(seconds=60)),
        "transact": lambda: store.transact("things", "k", lambda doc: {"v": 2}),
        "set": lambda: store.set("things", "k", {"v": 3}),
        "delete": lambda: store.delete("things", "k"),
    }


def _firestore_at(monkeypatch, clock, port: int):
    monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", f"127.0.0.1:{port}")
    return firestore_state.FirestoreStateStore("test-project", prefix="outage_", clock=clock)


def test_firestore_unreachable_raises_dependency_unavailable_in_time(monkeypatch, clock):
    store = _firestore_at(monkeypatch, clock, closed_port())
    assert_unavailable(_every_method(store), "firestore", firestore_state.RPC_TIMEOUT)


def test_firestore_not_answering_raises_dependency_unavailable_in_time(monkeypatch, clock):
    with silent_port() as port:
        store = _firestore_at(monkeypatch, clock, port)
        assert_unavailable(_every_method(store), "firestore", firestore_state.RPC_TIMEOUT)


def test_sqlite_store_whose_folder_cannot_exist_is_unavailable(tmp_path, clock):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    (tmp_path / "dir.sqlite3").mkdir()
    assert_unavailable({
        "open under a file": lambda: SqliteStateStore(blocker / "state.sqlite3", clock),
        "open a folder": lambda: SqliteStateStore(tmp_path / "dir.sqlite3", clock),
    }, "sqlite", 0)


def test_sqlite_store_locked_by_another_process_is_unavailable_for_writes(tmp_path, clock):
    path = tmp_path / "state.sqlite3"
    store = SqliteStateStore(path, clock)
    store.set("things", "k", {"v": 0})
    store._db.execute("PRAGMA busy_timeout = 200")  # the adapter waits 30 s for the lock; the test, not so long
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        writes = {name: call for name, call in _every_method(store).items() if name != "get"}
        assert_unavailable(writes, "sqlite", 0.2 * len(writes))
        assert store.get("things", "k") == {"v": 0}
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.set("things", "k", {"v": 4})  # the lock released, the store works again
    assert store.get("things", "k") == {"v": 4}
