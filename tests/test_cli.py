"""The command line, run as a user runs it: `python main.py ...` in a subprocess on a temp data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO_ROOT

SAMPLE = REPO_ROOT / "samples" / "creditor-statement.eml"
CLIENTS = REPO_ROOT / "samples" / "clients.json"
PROCESS_KEYS = {
    "email_id", "message_id", "correlation_id", "status", "intent", "client_id", "client_name", "creditor_name",
    "debt_amount", "currency", "reference_numbers", "extracted_fields", "missing_fields", "overall_confidence",
    "confidence_route", "needs_review", "review_reason", "total_tokens_used", "processing_time_ms",
}


def cli(*args: str, data_dir) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("ANTHROPIC_API_KEY", "DATABASE_URL", "MONGODB_URI")}
    env["LOCAL_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO_ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_process_json_prints_the_report_and_stores_it(tmp_path):
    data = tmp_path / "data"
    assert cli("clients", "import", str(CLIENTS), data_dir=data).returncode == 0
    first = cli("process", str(SAMPLE), "--json", data_dir=data)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout.strip())
    assert PROCESS_KEYS <= set(report)
    assert report["status"] == "processed" and report["client_id"] == "C-1001"
    assert report["debt_amount"] == "1157.37" and isinstance(report["reference_numbers"], list)
    assert report["extracted_fields"]["debt_amount"]["source"]
    second = json.loads(cli("process", str(SAMPLE), "--json", data_dir=data).stdout.strip())
    assert second["email_id"] != report["email_id"]  # processed afresh, not an earlier duplicate
    listed = cli("reports", "list", "--json", data_dir=data)
    assert {json.loads(line)["email_id"] for line in listed.stdout.splitlines()} == {report["email_id"], second["email_id"]}
    shown = json.loads(cli("reports", "show", report["email_id"], "--json", data_dir=data).stdout)
    assert shown["debt_amount"] == "1157.37"


def test_process_reports_unparseable_input_without_traceback(tmp_path):
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01\x02 not a mail")
    result = cli("process", str(junk), str(SAMPLE), "--json", data_dir=tmp_path / "data")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["path"] == str(junk) and "not an email" in lines[0]["error"]
    assert lines[1]["status"] == "processed"
    assert "Traceback" not in result.stderr


def test_reports_list_date_filters_are_inclusive_local_days(tmp_path):
    data = tmp_path / "data"
    cli("process", str(SAMPLE), data_dir=data)
    from datetime import datetime
    from zoneinfo import ZoneInfo

    today = datetime.now(ZoneInfo("Europe/Berlin")).date().isoformat()
    assert "1 report(s)" in cli("reports", "list", "--since", today, "--until", today, data_dir=data).stdout
    assert "0 report(s)" in cli("reports", "list", "--until", "2000-01-01", data_dir=data).stdout
    assert "0 report(s)" in cli("reports", "list", "--needs-review", "--since", "2999-01-01", data_dir=data).stdout


def test_clients_import_rejects_a_bad_file_with_a_clear_error(tmp_path):
    bad = tmp_path / "clients.json"
    bad.write_text('[{"client_id": "X"}]')
    result = cli("clients", "import", str(bad), data_dir=tmp_path / "data")
    assert result.returncode == 1 and "client record #0 is invalid" in result.stderr
    assert "Traceback" not in result.stderr


def test_reports_show_unknown_id(tmp_path):
    result = cli("reports", "show", "nope", data_dir=tmp_path / "data")
    assert result.returncode == 1 and "no report" in result.stderr


def test_trace_prints_the_email_log_lines_in_stage_order(tmp_path):
    data = tmp_path / "data"
    report = json.loads(cli("process", str(SAMPLE), "--json", data_dir=data).stdout.strip())
    traced = cli("trace", report["correlation_id"], data_dir=data)
    assert traced.returncode == 0
    stages = [line.split()[2] for line in traced.stdout.splitlines()]
    assert stages == ["intake", "intent", "extraction", "consolidation", "matching", "report"]
    gcp = cli("trace", report["correlation_id"], "--gcp", data_dir=data)
    assert f'labels.correlation_id="{report["correlation_id"]}"' in gcp.stdout
    assert 'resource.type="cloud_run_revision"' in gcp.stdout
    assert cli("trace", "unknown-id", data_dir=data).returncode == 1


def test_breaker_status_and_reset(tmp_path):
    data = tmp_path / "data"
    status = cli("breaker", "status", data_dir=data)
    assert status.returncode == 0
    assert [line.split()[:2] for line in status.stdout.splitlines()] == [
        ["storage", "closed"], ["mongodb", "closed"], ["claude", "closed"]]
    assert cli("breaker", "reset", "mongodb", data_dir=data).returncode == 0
    assert cli("breaker", "reset", "nope", data_dir=data).returncode == 1


def test_dlq_replay_with_nothing_failed(tmp_path):
    result = cli("dlq", "replay", data_dir=tmp_path / "data")
    assert result.returncode == 0 and "replayed 0 email(s)" in result.stdout
