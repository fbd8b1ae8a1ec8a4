"""Contract suite for the StateStore port; every adapter must pass it."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta

import pytest

from shared.adapters.sqlite_state import SqliteStateStore


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
    """Small on purpose: the Firestore emulator is slow under contention (see LOCAL_SERVICES.md)."""
    errors = []

    def bump():
        try:
            for _ in range(3):
                store.transact("counters", "c", lambda doc: {"n": (doc or {"n": 0})["n"] + 1})
        except Exception as exc:  # surfaced below: a lost update must not hide behind a dead thread
            errors.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.get("counters", "c") == {"n": 9}


def test_delete(store):
    store.set("things", "k", {"v": 1})
    store.delete("things", "k")
    store.delete("things", "k")
    assert store.get("things", "k") is None
