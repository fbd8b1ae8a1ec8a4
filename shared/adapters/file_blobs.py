"""BlobStore on the local filesystem: one file per key under a root folder, metadata beside it as JSON.

Errors: a missing object is KeyError (get) or False (exists); a store that cannot be used (the root is not a
folder, a permission, a full or failing disk) is DependencyUnavailable("local files", ...). An invalid key is
ValueError (a bug in the caller).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Mapping

from shared.adapters.errors import translated
from shared.ports import BlobStore

DEPENDENCY = "local files"
_boundary = translated(DEPENDENCY, lambda exc: isinstance(exc, OSError))


class FileBlobStore(BlobStore):
    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        if not key or key.startswith("/") or ".." in key.split("/"):
            raise ValueError(f"invalid blob key {key!r}")
        return self.root / key

    @_boundary
    def put(self, key: str, data: bytes, content_type: str, metadata: Mapping[str, str] | None = None) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(path, data)
        meta = {"content_type": content_type, "metadata": dict(metadata or {})}
        _atomic_write(path.with_name(path.name + ".meta.json"), json.dumps(meta).encode())

    @_boundary
    def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return path.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):  # no object by that name (a prefix is none)
            self._check_root()
            raise KeyError(key) from None

    @_boundary
    def exists(self, key: str) -> bool:
        if self._path(key).is_file():
            return True
        self._check_root()
        return False

    def _check_root(self) -> None:
        """An absent root is an empty store; a root that is not a folder is a broken one (OSError)."""
        if self.root.exists() and not self.root.is_dir():
            raise NotADirectoryError(f"blob root {self.root} is not a folder")

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
