"""Contract suite for the BlobStore port; every adapter must pass it.

Outage cases: Cloud Storage unreachable (a closed port) and unresponsive (a silent port), and a file store whose
root is not a folder. Each method must raise DependencyUnavailable within its deadline; a missing object stays
KeyError (get) / False (exists), and an outage is never mistaken for one.
"""

from __future__ import annotations

import uuid

import pytest

from shared.adapters import gcs_blobs
from shared.adapters.file_blobs import FileBlobStore
from tests.contracts.outage import assert_unavailable, closed_port, silent_port

# A GCS call gives up retrying after RETRY_DEADLINE; the attempt running then ends within its timeouts.
GCS_DEADLINE = gcs_blobs.RETRY_DEADLINE + sum(gcs_blobs.REQUEST_TIMEOUT)


@pytest.fixture(params=["files", "gcs"])
def blobs(request, tmp_path):
    if request.param == "files":
        yield FileBlobStore(tmp_path / "blobs")
    else:
        emulator = request.getfixturevalue("storage_emulator")
        request.getfixturevalue("emulator_env")(storage=emulator)
        from google.cloud import storage

        from shared.adapters.gcs_blobs import GcsBlobStore

        bucket = f"test-{uuid.uuid4().hex[:12]}"
        client = storage.Client(project="test-project")
        client.create_bucket(bucket)
        yield GcsBlobStore(bucket, client=client, resumable=True)


def test_content_type_and_metadata_are_kept(blobs):
    blobs.put("raw/m.eml", b"From: a", "message/rfc822", {"provider": "raw"})
    if hasattr(blobs, "metadata"):
        meta = blobs.metadata("raw/m.eml")
        assert meta == {"content_type": "message/rfc822", "metadata": {"provider": "raw"}}
    else:
        blob = blobs.bucket.get_blob("raw/m.eml")
        assert blob.content_type == "message/rfc822" and blob.metadata == {"provider": "raw"}


def test_put_get_roundtrip_binary(blobs):
    data = bytes(range(256)) * 10
    blobs.put("raw/abc.eml", data, "message/rfc822", {"provider": "mailgun"})
    assert blobs.get("raw/abc.eml") == data
    assert blobs.exists("raw/abc.eml")


def test_missing_key_raises_key_error(blobs):
    with pytest.raises(KeyError):
        blobs.get("raw/none.eml")
    assert not blobs.exists("raw/none.eml")


def test_put_same_key_twice_is_harmless(blobs):
    blobs.put("attachments/x", b"one", "application/pdf")
    blobs.put("attachments/x", b"one", "application/pdf")
    assert blobs.get("attachments/x") == b"one"


def test_empty_object(blobs):
    blobs.put("attachments/empty", b"", "application/octet-stream")
    assert blobs.get("attachments/empty") == b""


def test_path_traversal_is_refused(tmp_path):
    store = FileBlobStore(tmp_path / "blobs")
    with pytest.raises(ValueError):
        store.put("../escape", b"x", "text/plain")


# --- outages -------------------------------------------------------------------------------------------------
def _every_method(store):
    return {
        "put": lambda: store.put("raw/m.eml", b"From: a", "message/rfc822", {"provider": "raw"}),
        "get": lambda: store.get("raw/m.eml"),
        "exists": lambda: store.exists("raw/m.eml"),
    }


def _gcs_at(monkeypatch, port: int) -> dict:
    """Both upload paths (multipart for Cloud Storage, resumable for the emulator) against one address."""
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", f"http://127.0.0.1:{port}")
    multipart = gcs_blobs.GcsBlobStore("outage-bucket", project="test-project")
    resumable = gcs_blobs.GcsBlobStore("outage-bucket", project="test-project", resumable=True)
    return {**_every_method(multipart), "put resumable": _every_method(resumable)["put"]}


def test_gcs_unreachable_raises_dependency_unavailable_in_time(monkeypatch):
    assert_unavailable(_gcs_at(monkeypatch, closed_port()), "cloud storage", GCS_DEADLINE)


def test_gcs_not_answering_raises_dependency_unavailable_in_time(monkeypatch):
    with silent_port() as port:
        assert_unavailable(_gcs_at(monkeypatch, port), "cloud storage", GCS_DEADLINE)


def test_gcs_stopped_after_use_raises_dependency_unavailable_in_time(monkeypatch, tmp_path):
    from google.cloud import storage

    from tests import services

    emulator = services.start_storage(tmp_path)
    try:
        monkeypatch.setenv("STORAGE_EMULATOR_HOST", emulator.host)
        storage.Client(project="test-project").create_bucket("stopped-bucket")
        store = gcs_blobs.GcsBlobStore("stopped-bucket", project="test-project", resumable=True)
        store.put("raw/m.eml", b"From: a", "message/rfc822")
        assert store.get("raw/m.eml") == b"From: a"
    finally:
        emulator.stop()
    assert_unavailable(_every_method(store), "cloud storage", GCS_DEADLINE)


def test_file_store_whose_root_is_not_a_folder_is_unavailable(tmp_path):
    root = tmp_path / "blobs"
    root.write_text("a file where the blob folder should be")
    assert_unavailable(_every_method(FileBlobStore(root)), "local files", 0)


def test_file_store_missing_object_is_still_an_answer(tmp_path):
    store = FileBlobStore(tmp_path / "never-created")
    assert not store.exists("raw/m.eml")
    with pytest.raises(KeyError):
        store.get("raw/m.eml")
    store.put("raw/m.eml", b"x", "message/rfc822")
    with pytest.raises(KeyError):  # a key below an object names no object (as in Cloud Storage)
        store.get("raw/m.eml/inner")
