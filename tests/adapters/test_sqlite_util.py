"""The shared SQLite plumbing: opening a file another process is still creating waits instead of failing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from shared.adapters.sqlite_util import connect, immediate

HOLD_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("CREATE TABLE IF NOT EXISTS created_by_other (x)")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""


def hold_write_lock(path, seconds: float) -> subprocess.Popen:
    """Another process creates the (still rollback-journal) file and keeps its write lock for `seconds`."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_connect_waits_for_another_process_creating_the_file(tmp_path):
    # The journal-mode switch does not call SQLite's busy handler: without the wait this failed at once with
    # "database is locked", which the intake answered as a 503 when serve's processes opened a new queue.
    path = tmp_path / "queue.sqlite"
    holder = hold_write_lock(path, 1.5)
    started = time.monotonic()
    db = connect(path)
    waited = time.monotonic() - started
    holder.wait(timeout=10)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT name FROM sqlite_master").fetchall() == [("created_by_other",)]
    assert waited > 0.2  # it waited for the other process rather than racing it


def test_connect_gives_up_after_its_timeout(tmp_path):
    path = tmp_path / "queue.sqlite"
    holder = hold_write_lock(path, 5)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            connect(path, timeout=0.3)
    finally:
        holder.kill()
        holder.wait()


def test_immediate_commits_or_rolls_back(tmp_path):
    db = connect(tmp_path / "state.sqlite")
    db.execute("CREATE TABLE t (x)")
    with immediate(db):
        db.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(ZeroDivisionError):
        with immediate(db):
            db.execute("INSERT INTO t VALUES (2)")
            1 / 0
    assert db.execute("SELECT x FROM t").fetchall() == [(1,)]
