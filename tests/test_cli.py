"""The command line, run as a user runs it: `python main.py ...` in a subprocess on a temp data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from shared.domain.review import ReviewReason, rendered
from tests.conftest import REPO_ROOT

SAMPLE = REPO_ROOT / "samples" / "creditor-statement.eml"
CLIENTS = REPO_ROOT / "samples" / "clients.json"
PROCESS_KEYS = {
    "email_id", "message_id", "correlation_id", "status", "intent", "client_id", "client_name", "creditor_name",
    "debt_amount", "currency", "reference_numbers", "payment_deadline", "extracted_fields", "missing_fields",
    "overall_confidence", "confidence_route", "needs_review", "review_reason", "review_reasons", "total_tokens_used",
    "processing_time_ms",
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
    assert all("review_reasons" in json.loads(line) for line in listed.stdout.splitlines())
    reasons = [ReviewReason.model_validate(r) for r in shown["review_reasons"]]
    assert rendered(reasons) == shown["review_reason"] and bool(reasons) == shown["needs_review"]


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
    assert result.returncode == 2 and "client record #0 (X) is invalid: first_name: Field required" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_reports_show_unknown_id(tmp_path):
    result = cli("reports", "show", "nope", data_dir=tmp_path / "data")
    assert result.returncode == 1 and "no report" in result.stderr


def test_trace_prints_the_email_log_lines_in_stage_order(tmp_path):
    data = tmp_path / "data"
    report = json.loads(cli("process", str(SAMPLE), "--json", data_dir=data).stdout.strip())
    traced = cli("trace", report["correlation_id"], data_dir=data)
    assert traced.returncode == 0
    header, timeline = traced.stdout.split("\n\n", 1)
    stages = [line.split()[2] for line in timeline.splitlines()]
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
    assert all("never tripped" in line and "since" not in line for line in status.stdout.splitlines())
    assert cli("breaker", "reset", "mongodb", data_dir=data).returncode == 0
    assert "since " in cli("breaker", "status", data_dir=data).stdout.splitlines()[1]  # reset is a change
    assert cli("breaker", "reset", "nope", data_dir=data).returncode == 2


def test_dlq_replay_with_nothing_failed(tmp_path):
    result = cli("dlq", "replay", data_dir=tmp_path / "data")
    assert result.returncode == 0 and "replayed 0 email(s)" in result.stdout


# --- issue 15: what an operator sees -------------------------------------------------------------------------
def _one_error_line(result, code: int) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_a_bad_setting_is_one_line_per_problem_and_exit_2(tmp_path):
    result = subprocess.run([sys.executable, "main.py", "reports", "list"], cwd=REPO_ROOT, capture_output=True,
                            text=True, timeout=120, env={**_clean_env(tmp_path), "MAX_BODY_BYTES": "25MB",
                                                         "REPORT_TZ": "Mars/Olympus"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "error: MAX_BODY_BYTES: expected a whole number of bytes, got '25MB'",
        "error: REPORT_TZ: expected an IANA time zone such as Europe/Berlin, got 'Mars/Olympus'"]


def test_each_command_validates_only_what_it_uses(tmp_path):
    gcp = {**_clean_env(tmp_path), "RUNTIME": "gcp"}
    breaker = subprocess.run([sys.executable, "main.py", "breaker", "status"], cwd=REPO_ROOT, capture_output=True,
                             text=True, timeout=120, env=gcp)
    assert "BLOB_BUCKET" not in breaker.stderr  # it reads the state store only (here: no Firestore, so it fails)
    reports = subprocess.run([sys.executable, "main.py", "reports", "list"], cwd=REPO_ROOT, capture_output=True,
                             text=True, timeout=120, env=gcp)
    assert reports.returncode == 2 and "BLOB_BUCKET" not in reports.stderr
    assert reports.stderr.startswith("error: DATABASE_URL or INSTANCE_CONNECTION_NAME: required with RUNTIME=gcp")


def _clean_env(tmp_path) -> dict:
    from shared.settings import SETTING_VARIABLES

    env = {k: v for k, v in os.environ.items() if k not in SETTING_VARIABLES}
    env["LOCAL_DATA_DIR"] = str(tmp_path / "data")
    return env


def test_finding_nothing_names_the_data_dir_or_database(tmp_path):
    data = tmp_path / "elsewhere"
    listed = cli("reports", "list", data_dir=data)
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[-1] == f"0 report(s) in {data.resolve() / 'reports.sqlite3'}"
    assert str(data.resolve()) in cli("reports", "show", "nope", data_dir=data).stderr
    assert str(data.resolve()) in cli("clients", "list", data_dir=data).stdout
    assert str(data.resolve()) in cli("trace", "nope", data_dir=data).stderr


def test_a_database_url_is_named_with_its_password_masked():
    from shared.cli.where import masked_url

    assert masked_url("postgresql+pg8000://intake:s3cret@db.internal:5432/reports") == \
        "postgresql+pg8000://intake:***@db.internal:5432/reports"
    assert masked_url("postgresql+pg8000://db.internal/reports") == "postgresql+pg8000://db.internal/reports"


def test_reports_list_has_a_header_with_the_time_zone_and_takes_both_date_forms(tmp_path):
    data = tmp_path / "data"
    report = json.loads(cli("process", str(SAMPLE), "--json", data_dir=data).stdout.strip())
    from datetime import datetime
    from zoneinfo import ZoneInfo

    today = datetime.now(ZoneInfo("Europe/Berlin")).date()
    german = cli("reports", "list", "--since", today.strftime("%d.%m.%Y"), data_dir=data)
    iso = cli("reports", "list", "--since", today.isoformat(), data_dir=data)
    assert german.stdout == iso.stdout
    header, row, summary = german.stdout.splitlines()
    assert header.startswith("received (Europe/Berlin)") and "email_id" in header and "from" in header
    assert report["email_id"] in row and "forderungen@stadtwerke-koeln.example" in row
    assert summary.startswith("1 report(s) in ")
    refused = cli("reports", "list", "--since", "2026/12/06", data_dir=data)
    assert refused.returncode == 2 and "DD.MM.YYYY or YYYY-MM-DD" in refused.stderr
    assert "Traceback" not in refused.stderr and "fromisoformat" not in refused.stderr


def test_output_into_a_closed_pipe_ends_quietly(tmp_path):
    env = {**_clean_env(tmp_path)}
    for args in (["reports", "list"], ["breaker", "status"], ["clients", "list"]):
        proc = subprocess.Popen([sys.executable, "main.py", *args], cwd=REPO_ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdout.close()  # like `| head` that has already exited: every write fails with EPIPE
        stderr = proc.stderr.read().decode()
        proc.wait(timeout=120)
        assert "BrokenPipeError" not in stderr and "Traceback" not in stderr, stderr
        assert proc.returncode == 141


def test_reports_list_piped_into_head(tmp_path):
    data = tmp_path / "data"
    cli("process", str(SAMPLE), data_dir=data)
    result = subprocess.run(f"{sys.executable} main.py reports list | head -1", shell=True, cwd=REPO_ROOT,
                            env=_clean_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("received (") and "Error" not in result.stderr


def test_reports_show_reads_well_for_a_caseworker(tmp_path):
    data = tmp_path / "data"
    cli("clients", "import", str(CLIENTS), data_dir=data)
    report = json.loads(cli("process", str(SAMPLE), "--json", data_dir=data).stdout.strip())
    assert report["sender"] == "forderungen@stadtwerke-koeln.example" and report["received_at"]
    shown = cli("reports", "show", report["email_id"], data_dir=data).stdout
    assert "from:         forderungen@stadtwerke-koeln.example" in shown
    assert "subject:      Forderungsaufstellung zu Ihrem Mandanten Klaus Meyer" in shown
    assert "received:     " in shown and "(Europe/Berlin)" in shown
    field_lines = {line.split()[0]: line for line in shown.splitlines() if line.startswith("    ")}
    assert "1157.37" in field_lines["debt_amount"] and "email_body" in field_lines["debt_amount"]
    assert set(report["extracted_fields"]) <= set(field_lines)
    assert all("review_reason" in field for field in report["extracted_fields"].values())


def test_trace_prints_a_header_that_stands_alone_in_a_ticket(tmp_path):
    data = tmp_path / "data"
    report = json.loads(cli("process", str(SAMPLE), "--json", data_dir=data).stdout.strip())
    header = cli("trace", report["correlation_id"], data_dir=data).stdout.split("\n\n", 1)[0].splitlines()
    assert header[0] == f"correlation id: {report['correlation_id']}"
    assert header[1] == f"email_id:       {report['email_id']}"
    assert header[2].startswith("status:         processed")
    assert header[3].startswith("total time:     ") and header[3].endswith("(first to last log line)")


def test_eval_refuses_emails_without_truth_files(tmp_path):
    folder = tmp_path / "unlabelled"
    folder.mkdir()
    (folder / "a.eml").write_bytes(SAMPLE.read_bytes())
    line = _one_error_line(cli("eval", str(folder), data_dir=tmp_path / "data"), 2)
    assert "no NAME.json truth file" in line and "F1" not in line
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "no .eml files" in _one_error_line(cli("eval", str(empty), data_dir=tmp_path / "data"), 2)


def test_clients_list_show_and_a_mail_given_as_clients(tmp_path):
    data = tmp_path / "data"
    assert cli("clients", "import", str(CLIENTS), data_dir=data).returncode == 0
    listed = cli("clients", "list", data_dir=data).stdout.splitlines()
    assert listed[0].split()[:2] == ["client_id", "name"]
    assert [line.split()[0] for line in listed[1:-1]] == ["C-1001", "C-1002", "C-1003"]
    assert listed[-1].startswith("3 client(s) in ")
    shown = cli("clients", "show", "C-1001", data_dir=data).stdout
    assert "Klaus Meyer" in shown and "KD-448812" in shown
    assert cli("clients", "show", "C-9999", data_dir=data).returncode == 1
    line = _one_error_line(cli("clients", "import", str(SAMPLE), data_dir=data), 2)
    assert line == f"error: {SAMPLE}: not a JSON list of clients (see samples/clients.json for the format)"


def test_dev_secrets_export_lines_load_into_a_shell(tmp_path):
    data = tmp_path / "data"
    exported = cli("dev-secrets", "--export", data_dir=data)
    assert exported.returncode == 0
    names = [line.split("=", 1)[0] for line in exported.stdout.splitlines()]
    assert names == ["export MAILGUN_SIGNING_KEY", "export SENDGRID_BASIC_AUTH", "export POSTMARK_BASIC_AUTH",
                     "export RAW_WEBHOOK_SECRET"]
    stored = json.loads((data / "dev-secrets.json").read_text())
    script = (f'eval "$({sys.executable} main.py dev-secrets --export)"; '
              'printf "%s\\n" "$RAW_WEBHOOK_SECRET" "$POSTMARK_BASIC_AUTH"')
    loaded = subprocess.run(["sh", "-c", script], cwd=REPO_ROOT, env=_clean_env(tmp_path), capture_output=True,
                            text=True, timeout=120)
    assert loaded.stdout.splitlines() == [stored["RAW_WEBHOOK_SECRET"], stored["POSTMARK_BASIC_AUTH"]]
    plain = cli("dev-secrets", data_dir=data).stdout  # without --export: where they are, never the values
    assert stored["RAW_WEBHOOK_SECRET"] not in plain and "dev-secrets --export" in plain


def test_dev_secrets_values_are_shell_quoted():
    from shared.local.dev_secrets import export_lines

    assert export_lines({"RAW_WEBHOOK_SECRET": "a'b $c"}) == "export RAW_WEBHOOK_SECRET='a'\"'\"'b $c'"


def test_a_payment_deadline_flows_from_the_letter_to_the_report(tmp_path):
    """Finder, grounding, consolidation, report column and `reports show`, through the chain as a user runs it.
    The offline engine's calibration has a map for the field (fitted on the batches that label it, dev8 on)."""
    data, letter = tmp_path / "data", tmp_path / "deadline.eml"
    letter.write_bytes(SAMPLE.read_bytes().replace(b"Wir bitten um Mitteilung, ob Ihr Mandant eine Ratenzahlung "
                                                   b"anstrebt.", b"Der Betrag ist zahlbar bis 15.01.2027."))
    cli("clients", "import", str(CLIENTS), data_dir=data)
    report = json.loads(cli("process", str(letter), "--json", data_dir=data).stdout.strip())
    assert report["payment_deadline"] == "2027-01-15"
    assert report["extracted_fields"]["payment_deadline"]["source"] == "email_body"
    assert "not calibrated for auto-approval" not in (report["review_reason"] or "")
    shown = cli("reports", "show", report["email_id"], data_dir=data).stdout
    line = next(line for line in shown.splitlines() if line.split()[:1] == ["payment_deadline"])
    assert "2027-01-15" in line and "email_body" in line
    without = json.loads(cli("process", str(SAMPLE), "--json", data_dir=data).stdout.strip())
    assert without["payment_deadline"] is None and "payment_deadline" not in (without["review_reason"] or "")
    assert "payment_deadline" not in without["missing_fields"]


def test_reports_stats_counts_what_was_processed_and_says_nothing_is_measured_yet(tmp_path):
    data = tmp_path / "data"
    assert "no reports in" in cli("reports", "stats", data_dir=data).stdout
    processed = [json.loads(line) for line in cli("process", str(SAMPLE), str(REPO_ROOT / "samples" / "review" /
                                                                            "card-statement-en.eml"), "--json",
                                                     data_dir=data).stdout.splitlines()]
    waiting = sum(report["needs_review"] for report in processed)
    stats = json.loads(cli("reports", "stats", "--json", data_dir=data).stdout)
    assert (stats["reports"], stats["in_queue"], stats["auto_approved"]) == (2, waiting, 2 - waiting)
    assert stats["silent_error_rate"] is None and stats["silent_error_bound_90"] is None
    text = cli("reports", "stats", data_dir=data).stdout
    assert f"review queue: {waiting} waiting" in text and "AUDIT_SAMPLE_RATE 0.05" in text
    assert "the silent-error rate is not measured" in text


def test_reports_stats_prints_the_measured_rate_with_n_and_bound():
    from shared.cli.reports import describe_stats
    from shared.domain.audit import ReviewStats

    stats = ReviewStats(reports=200, auto_approved=120, audits_sampled=7, audits_done=6, audit_wrong_fields=1,
                        audit_reports_wrong=1, in_queue=81, reasons={"no_client_match": 40, "audit": 1})
    text = describe_stats(stats, 0.05, "db")
    assert "automation: 60.0% auto-approved (120)" in text
    assert "silent-error rate 16.7% (1 wrong field(s) in 6 audited report(s)" in text
    assert "90% upper bound 51.0%" in text and "no_client_match" in text


def test_corrections_export_writes_what_caseworkers_settled_and_eval_reads_it(tmp_path):
    from shared.bootstrap import Deps
    from shared.domain.audit import engine_value
    from shared.domain.corrections import Correction
    from shared.review.export import TRUTH_FIELDS
    from shared.settings import Settings

    data, out = tmp_path / "data", tmp_path / "labelled"
    empty = cli("corrections", "export", str(out), data_dir=data)
    assert empty.returncode == 0 and "no reviewed reports" in empty.stdout and not out.exists()
    cli("clients", "import", str(CLIENTS), data_dir=data)
    report = json.loads(cli("process", str(SAMPLE), "--json", data_dir=data).stdout.strip())
    deps = Deps(Settings.from_env({}, local_data_dir=data, runtime="local"))
    stored = deps.reports.get(report["email_id"])
    deps.reviews.review(stored.email_id, stored.version, [
        Correction(field=name, before=engine_value(stored, name), after=engine_value(stored, name))
        for name in TRUTH_FIELDS], "approve", "ana@firm.example")
    exported = cli("corrections", "export", str(out), data_dir=data)
    assert exported.returncode == 0 and "wrote 1 labelled email(s)" in exported.stdout, exported.stderr
    scored = cli("eval", str(out), "--json", data_dir=data)
    assert scored.returncode == 0, scored.stderr
    scores = json.loads(scored.stdout)[str(out)]
    assert scores["emails"] == 1 and scores["debt_amount_accuracy"] == 1.0  # the engine against confirmed values
