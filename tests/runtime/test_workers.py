"""`serve --workers N`: several dispatcher processes share one data dir's bus; every email still gets exactly
one report, and each message is delivered by one worker at a time."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from shared.bootstrap import Deps
from shared.cli import build_parser
from shared.intake.providers import raw_message
from shared.intake.service import accept
from shared.local.serve import seed_samples
from shared.local.workers import DispatcherPool
from shared.observability.context import new_correlation_id
from shared.settings import Settings

DEV = Path(__file__).resolve().parents[1] / "agents_data" / "dev"


def test_two_worker_processes_drain_the_bus_with_one_report_per_email(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    seed_samples(data_dir)
    deps = Deps(Settings.from_env({"LOCAL_DATA_DIR": str(data_dir), "AGENT_ENGINE": "rules"}))
    _ = deps.reports
    emails = sorted(DEV.glob("*.eml"))[:8]
    accepted = [accept(raw_message(path.read_bytes()), new_correlation_id(), deps).email_id for path in emails]
    with DispatcherPool(2, data_dir, quiet=True) as pool:
        assert len(pool.pids) == 2
        deadline = time.time() + 90
        while time.time() < deadline and deps.bus.pending():
            time.sleep(0.1)
        assert pool.alive() == 2
    assert deps.bus.pending() == 0
    reports = deps.reports.list()
    assert sorted(r.email_id for r in reports) == sorted(accepted)
    assert {r.status for r in reports} == {"processed"}
    with sqlite3.connect(data_dir / "state.sqlite3") as db:  # each stage completed once per email
        completions = db.execute("SELECT COUNT(*) FROM documents WHERE collection = 'stage_completions'").fetchone()
    assert completions[0] == 5 * len(emails)


def test_a_worker_that_cannot_start_is_reported(tmp_path):
    pool = DispatcherPool(1, tmp_path, handlers="shared.local.workers:no_such_factory", quiet=True)
    with pytest.raises(RuntimeError, match="did not start"):
        pool.start(timeout=60)


def test_serve_takes_a_worker_count():
    assert build_parser().parse_args(["serve"]).workers == 1
    assert build_parser().parse_args(["serve", "--workers", "3"]).workers == 3
