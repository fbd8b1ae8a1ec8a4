"""CSRF tokens of the review forms: an HMAC of the caseworker's identity under a server key.

Every form carries the token of the caseworker it was rendered for; a POST is accepted only with the token of the
caseworker making it (a page on another site cannot read it, so it cannot forge a POST in a caseworker's browser).
The key is REVIEW_CSRF_SECRET (from Secret Manager in the cloud); locally a random key kept in the data dir
(`review-csrf.key`, created on first use, readable by its owner only).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

FIELD = "csrf_token"


def token(key: bytes, reviewer: str) -> str:
    return hmac.new(key, reviewer.encode(), hashlib.sha256).hexdigest()


def valid(key: bytes, reviewer: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(token(key, reviewer), given)


def local_key(data_dir: Path) -> bytes:
    """The data dir's CSRF key, created with 32 random bytes on first use (mode 0600)."""
    path = Path(data_dir) / "review-csrf.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            return path.read_text().strip().encode()
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode()
