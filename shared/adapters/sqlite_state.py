"""StateStore on SQLite: documents as JSON rows, create-if-absent by primary key, transactions with
BEGIN IMMEDIATE (one writer at a time, also across processes sharing the file).

Errors: an absent document is None (get) or False (create); a file that cannot be opened or written, or a lock
not obtained within the busy timeout (shared.adapters.sqlite_util), is DependencyUnavailable("sqlite", ...),
from the constructor too (it opens the file).
"""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from pathlib import Path
from typing import Callable

from shared.adapters.errors import sqlite_outage, translated
from shared.adapters.sqlite_util import connect, epoch, immediate
from shared.clock import SystemClock
from shared.ports import Document, StateStore

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    collection TEXT NOT NULL,
    key TEXT NOT NULL,
    doc TEXT NOT NULL,
    expires_at REAL,
    PRIMARY KEY (collection, key)
)
"""

DEPENDENCY = "sqlite"
_boundary = translated(DEPENDENCY, sqlite_outage)


class SqliteStateStore(StateStore):
    def __init__(self, path: Path | str, clock=None):
        self.clock = clock or SystemClock()
        self._lock = threading.RLock()
        with translated(DEPENDENCY, sqlite_outage):
            self._db = connect(path)
            self._db.execute(_SCHEMA)

    def _now(self) -> float:
        return self.clock.now().timestamp()

    def _read(self, collection: str, key: str) -> Document | None:
        row = self._db.execute(
            "SELECT doc, expires_at FROM documents WHERE collection = ? AND key = ?", (collection, key)
        ).fetchone()
        if row is None or (row[1] is not None and row[1] <= self._now()):
            return None
        return json.loads(row[0])

    def _write(self, collection: str, key: str, doc: Document) -> None:
        expires = doc.get("expires_at")
        self._db.execute(
            "INSERT OR REPLACE INTO documents (collection, key, doc, expires_at) VALUES (?, ?, ?, ?)",
            (collection, key, json.dumps(doc, default=str), epoch(expires)),
        )

    @_boundary
    def get(self, collection: str, key: str) -> Document | None:
        with self._lock:
            return self._read(collection, key)

    @_boundary
    def create(self, collection: str, key: str, doc: Document, ttl: timedelta | None = None) -> bool:
        doc = dict(doc)
        if ttl is not None:
            doc["expires_at"] = (self.clock.now() + ttl).isoformat()
        with self._lock, immediate(self._db):
            if self._read(collection, key) is not None:
                return False
            self._write(collection, key, doc)
            return True

    @_boundary
    def transact(
        self, collection: str, key: str, update: Callable[[Document | None], Document | None]
    ) -> Document | None:
        with self._lock, immediate(self._db):
            current = self._read(collection, key)
            new = update(None if current is None else dict(current))
            if new is None:
                return current
            self._write(collection, key, new)
            return new

    @_boundary
    def set(self, collection: str, key: str, doc: Document) -> None:
        with self._lock:
            self._write(collection, key, dict(doc))

    @_boundary
    def delete(self, collection: str, key: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM documents WHERE collection = ? AND key = ?", (collection, key))

    def close(self) -> None:
        self._db.close()
