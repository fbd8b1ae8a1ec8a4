"""Large stage outputs travel by reference; small ones inline."""

from __future__ import annotations

import pytest

from shared.adapters.file_blobs import FileBlobStore
from shared.errors import InvalidMessage
from shared.runtime import claim_check


def test_small_data_travels_inline(tmp_path):
    blobs = FileBlobStore(tmp_path)
    assert claim_check.wrap(b'{"a": 1}', blobs) == b'{"a": 1}'
    assert claim_check.unwrap(b'{"a": 1}', blobs) == b'{"a": 1}'


def test_large_data_goes_to_the_blob_store(tmp_path):
    blobs = FileBlobStore(tmp_path)
    big = b'{"text": "' + b"x" * 100_000 + b'"}'
    wrapped = claim_check.wrap(big, blobs)
    assert len(wrapped) < 200
    assert claim_check.unwrap(wrapped, blobs) == big


def test_missing_claim_is_a_permanent_error(tmp_path):
    blobs = FileBlobStore(tmp_path)
    wrapped = claim_check.wrap(b"y" * 70_000, blobs)
    (tmp_path / "messages").rename(tmp_path / "gone")
    with pytest.raises(InvalidMessage):
        claim_check.unwrap(wrapped, blobs)
