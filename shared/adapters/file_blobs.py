"""BlobStore on the local filesystem: one file per key under a root folder, metadata beside it as JSON."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Mapping

from shared.ports import BlobStore


class FileBlobStore(BlobStore):
    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        if not key or key.startswith("/") or ".." in key.split("/"):
            raise ValueError(f"invalid blob key {key!r}")
        return self.root / key

    def put(self, key: str, data: bytes, content_type: str, metadata: Mapping[str, str] | None = None) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(path, data)
        meta = {"content_type": content_type, "metadata": dict(metadata or {})}
        _atomic_write(path.with_name(path.name + ".meta.json"), json.dumps(meta).encode())

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            raise KeyError(key) from None

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def metadata(self, key: str) -> dict:
        """Content type and metadata stored with `key` (local inspection helper, not part of the port)."""
        path = self._path(key)
        return json.loads(path.with_name(path.name + ".meta.json").read_text())


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
