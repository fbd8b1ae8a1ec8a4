"""BlobStore on Google Cloud Storage (or gcp-storage-emulator via STORAGE_EMULATOR_HOST).

Objects are private (no ACLs are set; the bucket uses uniform access), carry their content type and
metadata, and are named by the callers' content-addressed keys. The client is created on first use, and the
Storage SDK is imported only then: the stages that touch blobs only for a claim-checked input or a failure's
replay copy (consolidation, matching, report) do not pay for it at every cold start.

`resumable=True` sends every upload as a resumable session (two requests) instead of one multipart request.
It exists for gcp-storage-emulator, whose multipart parser loses the body of `message/rfc822` content; real
Cloud Storage takes the single multipart request, which is faster for the small objects we store.

Errors: a missing object is KeyError (get) or False (exists); every outage (transport, timeout, 5xx, 401/403,
a missing bucket, a retry that gave up) is DependencyUnavailable("cloud storage", ...). Every request carries
REQUEST_TIMEOUT and is retried by the Storage retry policy for at most RETRY_DEADLINE seconds.
"""

from __future__ import annotations

import io
import threading
from typing import TYPE_CHECKING, Mapping

from shared.adapters.errors import google_outage, translated
from shared.ports import BlobStore

if TYPE_CHECKING:
    from google.cloud import storage

RESUMABLE_CHUNK = 8 * 1024 * 1024
DEPENDENCY = "cloud storage"

# (connect, read) seconds per HTTP request. The read timeout bounds each wait for bytes, not a whole transfer.
REQUEST_TIMEOUT = (5.0, 10.0)
# The client's default retry keeps retrying for 120 s, longer than intake's 30 s request budget and its 60 s
# function timeout. No retry starts after 15 s, and the attempt running then ends within REQUEST_TIMEOUT: a
# call ends within ~25 s. (Redelivery, or the provider's retry of the webhook, takes over after that.)
RETRY_DEADLINE = 15.0

_boundary = translated(DEPENDENCY, google_outage)


def _retry():
    from google.cloud.storage.retry import DEFAULT_RETRY

    return DEFAULT_RETRY.with_timeout(RETRY_DEADLINE)


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

    @_boundary
    def put(self, key: str, data: bytes, content_type: str, metadata: Mapping[str, str] | None = None) -> None:
        blob = self.bucket.blob(key, chunk_size=RESUMABLE_CHUNK if self.resumable else None)
        if metadata:
            blob.metadata = dict(metadata)
        deadline = dict(timeout=REQUEST_TIMEOUT, retry=_retry())  # keys are content hashes: a retry is harmless
        if self.resumable:  # unknown size → the client opens a resumable session
            blob.upload_from_file(io.BytesIO(data), content_type=content_type, **deadline)
        else:
            blob.upload_from_string(data, content_type=content_type, **deadline)

    @_boundary
    def get(self, key: str) -> bytes:
        from google.api_core.exceptions import NotFound

        try:
            return self.bucket.blob(key).download_as_bytes(timeout=REQUEST_TIMEOUT, retry=_retry())
        except NotFound:
            raise KeyError(key) from None

    @_boundary
    def exists(self, key: str) -> bool:
        return self.bucket.blob(key).exists(timeout=REQUEST_TIMEOUT, retry=_retry())
