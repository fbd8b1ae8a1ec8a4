"""Shared SQLite plumbing for the local adapters: connection setup and an IMMEDIATE transaction."""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator


BUSY_TIMEOUT = 30.0  # seconds a statement waits for another connection's lock before SQLITE_BUSY


def connect(path: Path | str, timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """Autocommit connection usable from several threads (callers serialize with a lock), WAL journal."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
    _use_wal(db, timeout)
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def _use_wal(db: sqlite3.Connection, timeout: float) -> None:
    """Switch the file to the WAL journal, waiting out other connections as a statement would.

    Changing the journal mode takes an exclusive lock and SQLite returns SQLITE_BUSY at once, without calling
    the busy handler, while another process holds any lock — which happens when several processes open a new
    queue file together (`serve` and its workers). So retry here, up to the same timeout."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            busy = (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_BUSY")
            if not busy or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


@contextmanager
def immediate(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error): one writer at a time, across processes too."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def epoch(value: str | datetime | None) -> float | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.timestamp()
