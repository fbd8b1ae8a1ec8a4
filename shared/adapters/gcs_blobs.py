"""BlobStore on Google Cloud Storage (or gcp-storage-emulator via STORAGE_EMULATOR_HOST).

Objects are private (no ACLs are set; the bucket uses uniform access), carry their content type and
metadata, and are named by the callers' content-addressed keys. The client is created on first use, and the
Storage SDK is imported only then: the stages that touch blobs only for a claim-checked input or a failure's
replay copy (consolidation, matching, report) do not pay for it at every cold start.

`resumable=True` sends every upload as a resumable session (two requests) instead of one multipart request.
It exists for gcp-storage-emulator, whose multipart parser loses the body of `message/rfc822` content; real
Cloud Storage takes the single multipart request, which is faster for the small objects we store.
"""

from __future__ import annotations

import io
import threading
from typing import TYPE_CHECKING, Mapping

from shared.ports import BlobStore

if TYPE_CHECKING:
    from google.cloud import storage

RESUMABLE_CHUNK = 8 * 1024 * 1024


class GcsBlobStore(BlobStore):
    def __init__(self, bucket: str, project: str | None = None, client=None, resumable: bool = False):
        self.bucket_name = bucket
        self.resumable = resumable
        self.project = project
        self._client = client
        self._lock = threading.Lock()

    @property
    def bucket(self) -> storage.Bucket:
        with self._lock:
            if self._client is None:
                from google.cloud import storage

                self._client = storage.Client(project=self.project)
            return self._client.bucket(self.bucket_name)

    def put(self, key: str, data: bytes, content_type: str, metadata: Mapping[str, str] | None = None) -> None:
        blob = self.bucket.blob(key, chunk_size=RESUMABLE_CHUNK if self.resumable else None)
        if metadata:
            blob.metadata = dict(metadata)
        if self.resumable:  # unknown size → the client opens a resumable session
            blob.upload_from_file(io.BytesIO(data), content_type=content_type)
        else:
            blob.upload_from_string(data, content_type=content_type)

    def get(self, key: str) -> bytes:
        from google.api_core.exceptions import NotFound

        try:
            return self.bucket.blob(key).download_as_bytes()
        except NotFound:
            raise KeyError(key) from None

    def exists(self, key: str) -> bool:
        return self.bucket.blob(key).exists()
