"""Contract suite for the BlobStore port; every adapter must pass it."""

from __future__ import annotations

import uuid

import pytest

from shared.adapters.file_blobs import FileBlobStore


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
