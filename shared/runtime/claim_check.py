"""Claim check for large stage outputs: Eventarc/Pub/Sub deliver at most 512 KB per event, so any message
over 64 KB is stored in the blob store and the message carries only a reference to it."""

from __future__ import annotations

import hashlib
import json

from shared.errors import InvalidMessage

INLINE_LIMIT = 64 * 1024


def wrap(data: bytes, blobs) -> bytes:
    """`data` itself when small, else a reference to a content-addressed blob holding it."""
    if len(data) <= INLINE_LIMIT:
        return data
    key = f"messages/{hashlib.sha256(data).hexdigest()}.json"
    blobs.put(key, data, "application/json")
    return json.dumps({"kind": "claim_check", "key": key, "size": len(data)}).encode()


def unwrap(data: bytes, blobs) -> bytes:
    """The message data, loading it from the blob store when `data` is a claim check."""
    if len(data) > 512 or not data.startswith(b'{"kind": "claim_check"'):
        return data
    reference = json.loads(data)
    try:
        return blobs.get(reference["key"])
    except KeyError:
        raise InvalidMessage(f"claim-checked message {reference['key']} is not in the blob store") from None
