"""checkov (static analysis of the Terraform in infra/) finds no failed check: each finding is fixed in infra/ or
skipped beside its resource with a reason (`# checkov:skip=CKV_GCP_XX: why`), never disabled for the whole run.

checkov lives in its own venv (.venv-checkov, requirements-checkov.txt), which `make test` installs and names in
CHECKOV. It runs offline: no platform mapping or policy download, no version check, no module download, and a
minimal environment (no API key, no CKV_* settings, a temporary HOME) so nothing outside this repo changes what
it checks. Missing in CI (CI=true) it is a failure; elsewhere the test is skipped and says how to install it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

DEFAULT_BINARY = REPO_ROOT / ".venv-checkov" / "bin" / "checkov"
TIMEOUT_SECONDS = 120


def checkov_binary(default: Path = DEFAULT_BINARY) -> Path:
    """CHECKOV if set (it must exist), else `default` (.venv-checkov's), else one on PATH; fails in CI without one."""
    named = os.environ.get("CHECKOV")
    if named:
        if not Path(named).is_file():
            pytest.fail(f"CHECKOV={named} does not exist (make test installs it in .venv-checkov)")
        return Path(named)
    found = default if default.is_file() else shutil.which("checkov")
    if found:
        return Path(found)
    if os.environ.get("CI") == "true":
        pytest.fail("checkov is not installed in CI: `make test` installs it (requirements-checkov.txt)")
    pytest.skip("checkov is not installed: `make test` installs it in .venv-checkov (requirements-checkov.txt)")


def run_checkov(binary: Path, directory: Path, home: Path) -> dict:
    """checkov's JSON report for the Terraform under `directory` (an empty dict when it found nothing to scan)."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8",
           "BC_SKIP_MAPPING": "TRUE", "CKV_SKIP_PACKAGE_UPDATE_CHECK": "TRUE"}
    result = subprocess.run(
        [str(binary), "--directory", str(directory), "--framework", "terraform", "--output", "json", "--compact",
         "--skip-download", "--download-external-modules", "false"],
        cwd=directory, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    assert result.returncode in (0, 1), f"checkov exited {result.returncode}: {result.stderr[-2000:]}"
    report = json.loads(result.stdout or "{}")
    if isinstance(report, list):  # one entry per framework; only terraform was asked for
        report = next((r for r in report if r.get("check_type") == "terraform"), {})
    return report


def problems(report: dict) -> list[str]:
    """What is wrong with a checkov report: nothing scanned, files it could not parse, failed checks (id, resource,
    file and lines) and inline skips without a reason."""
    summary = report.get("summary", {})
    results = report.get("results", {})
    found = []
    if summary.get("passed", 0) + summary.get("failed", 0) == 0:
        found.append("checkov checked nothing (no Terraform resources found)")
    if summary.get("parsing_errors", 0):
        found.append(f"checkov could not parse: {results.get('parsing_errors')}")
    for check in results.get("failed_checks", []):
        first, last = check["file_line_range"]
        found.append(f"{check['check_id']} failed for {check['resource']} ({check['file_path']}:{first}-{last}): "
                     f"{check['check_name']}")
    for check in results.get("skipped_checks", []):
        reason = (check["check_result"].get("suppress_comment") or "").strip()
        if not reason or reason == "No comment provided":
            found.append(f"{check['check_id']} is skipped for {check['resource']} without a reason")
    return found


def _config_files(directory: Path) -> list[Path]:
    return [directory / name for name in (".checkov.yaml", ".checkov.yml") if (directory / name).exists()]


@pytest.fixture(scope="module")
def infra_report(tmp_path_factory) -> dict:
    return run_checkov(checkov_binary(), REPO_ROOT / "infra", tmp_path_factory.mktemp("home"))


def test_checkov_finds_no_failed_check_in_infra(infra_report):
    found = problems(infra_report)
    assert found == [], "fix infra/ or skip inline with a reason:\n" + "\n".join(found)
    assert infra_report["summary"]["resource_count"] > 0


def test_no_checkov_config_file_disables_checks_for_the_whole_run():
    assert _config_files(REPO_ROOT / "infra") + _config_files(REPO_ROOT) == []


def test_a_failed_check_and_a_skip_without_reason_are_reported(tmp_path):
    infra = tmp_path / "infra"
    shutil.copytree(REPO_ROOT / "infra", infra)
    sql = infra / "sql.tf"
    text = sql.read_text()
    for old, new in [('      ssl_mode = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"\n', ""),
                     ("# checkov:skip=CKV_GCP_79: Postgres 15", "# checkov:skip=CKV_GCP_79\n  # Postgres 15")]:
        assert old in text, old
        text = text.replace(old, new)
    sql.write_text(text)
    found = problems(run_checkov(checkov_binary(), infra, tmp_path / "home"))
    ssl = "CKV_GCP_6 failed for google_sql_database_instance.reports (/sql.tf:"
    assert any(p.startswith(ssl) for p in found), found
    assert "CKV_GCP_79 is skipped for google_sql_database_instance.reports without a reason" in found, found


def test_an_empty_directory_is_reported_as_checking_nothing(tmp_path):
    (tmp_path / "infra").mkdir()
    assert problems(run_checkov(checkov_binary(), tmp_path / "infra", tmp_path / "home")) == [
        "checkov checked nothing (no Terraform resources found)"]


def test_without_checkov_ci_fails_and_a_developer_is_told_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.delenv("CHECKOV", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="not installed in CI"):
        checkov_binary(default=tmp_path / "missing")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="make test"):
        checkov_binary(default=tmp_path / "missing")
    monkeypatch.setenv("CHECKOV", str(tmp_path / "missing"))
    with pytest.raises(pytest.fail.Exception, match="does not exist"):
        checkov_binary(default=tmp_path / "missing")
