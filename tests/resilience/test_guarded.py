"""The guarded ports count what the adapters raise: DependencyUnavailable (an outage, translated by the adapter
from its SDK's error) opens the breaker; KeyError (BlobStore.get's "no such object") is an answer and never
does. Real local adapters, broken the way an outage breaks them; the fake clock means nothing sleeps."""

from __future__ import annotations

import pytest

from shared.adapters.file_blobs import FileBlobStore
from shared.adapters.mongo_clients import JsonBackedClientDirectory
from shared.adapters.sqlite_state import SqliteStateStore
from shared.domain.client import ClientRecord
from shared.errors import DependencyUnavailable
from shared.resilience.breaker import CLOSED, OPEN, BreakerOpen
from shared.resilience.guarded import BREAKERS, GuardedBlobStore, GuardedClientDirectory, breaker_for


@pytest.fixture
def state(tmp_path, clock):
    return SqliteStateStore(tmp_path / "state.sqlite3", clock)


def _broken_root(tmp_path):
    root = tmp_path / "blobs"
    root.write_text("a file where the blob folder should be")
    return root


def test_dependency_unavailable_from_the_blob_store_opens_the_breaker(tmp_path, state, clock):
    blobs = GuardedBlobStore(FileBlobStore(_broken_root(tmp_path)), breaker_for("storage", state, clock))
    for _ in range(BREAKERS["storage"].failure_threshold):
        with pytest.raises(DependencyUnavailable) as caught:
            blobs.get("mail/x.json")
        assert caught.value.dependency == "local files"
    assert blobs.breaker.status()["state"] == OPEN
    with pytest.raises(BreakerOpen):
        blobs.get("mail/x.json")


def test_missing_objects_never_open_the_breaker(tmp_path, state, clock):
    blobs = GuardedBlobStore(FileBlobStore(tmp_path / "blobs"), breaker_for("storage", state, clock))
    for _ in range(3 * BREAKERS["storage"].failure_threshold):
        with pytest.raises(KeyError):
            blobs.get("mail/missing.json")
    assert blobs.breaker.status()["state"] == CLOSED
    blobs.put("mail/x.json", b"{}", "application/json")
    assert blobs.get("mail/x.json") == b"{}"


def test_dependency_unavailable_from_the_client_directory_opens_the_breaker(tmp_path, state, clock):
    directory = JsonBackedClientDirectory(_broken_root(tmp_path) / "clients.json")
    clients = GuardedClientDirectory(directory, breaker_for("mongodb", state, clock))
    record = ClientRecord(client_id="C1", first_name="Anna", last_name="Schmidt", date_of_birth="1970-01-01")
    for _ in range(BREAKERS["mongodb"].failure_threshold):
        with pytest.raises(DependencyUnavailable):
            clients.upsert_many([record])
    assert clients.breaker.status()["state"] == OPEN
