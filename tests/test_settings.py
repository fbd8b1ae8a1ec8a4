"""Settings: one clear line per problem, defaults written once, and the variable list tests clear is complete."""

from __future__ import annotations

import ast
import dataclasses
import os
import re
from pathlib import Path

import pytest

import shared.settings as settings_module
from shared.mail.limits import ParseLimits
from shared.settings import PARSE_LIMIT_VARIABLES, SETTING_VARIABLES, VARIABLES, Settings, SettingsError


def problems_of(env: dict) -> list[str]:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(env)
    return caught.value.problems


def test_a_bad_value_is_one_line_naming_the_variable_and_what_was_expected():
    assert problems_of({"MAX_BODY_BYTES": "25MB"}) == ["MAX_BODY_BYTES: expected a whole number of bytes, got '25MB'"]
    assert problems_of({"INTAKE_BUDGET_SECONDS": "soon"}) == [
        "INTAKE_BUDGET_SECONDS: expected a number of seconds, got 'soon'"]
    assert problems_of({"DB_IAM_AUTH": "maybe"}) == ["DB_IAM_AUTH: expected true or false, got 'maybe'"]
    assert problems_of({"CLAUDE_TRUST": "model"}) == ["CLAUDE_TRUST: expected 'agree' or 'calibrated', got 'model'"]


def test_calibrated_claude_trust_is_refused_while_no_claude_calibration_is_committed(monkeypatch, tmp_path):
    assert Settings.from_env({}).claude_trust == "agree"
    monkeypatch.setattr(settings_module, "CLAUDE_CALIBRATION_FILE", tmp_path / "claude.json")
    [line] = problems_of({"CLAUDE_TRUST": "calibrated"})
    assert line.startswith("CLAUDE_TRUST: calibrated needs shared/engine/calibration/claude.json and no Claude "
                           "calibration is committed (it is fitted by python -m tools.calibrate")
    (tmp_path / "claude.json").write_text("{}")
    assert Settings.from_env({"CLAUDE_TRUST": "calibrated"}).claude_trust == "calibrated"


def test_the_cli_refuses_calibrated_claude_trust_with_one_line_and_exit_2(tmp_path):
    import subprocess
    import sys

    from shared.settings import CLAUDE_CALIBRATION_FILE

    if CLAUDE_CALIBRATION_FILE.is_file():
        pytest.skip("a Claude calibration is committed: calibrated is a valid setting")
    env = {k: v for k, v in os.environ.items() if k not in SETTING_VARIABLES}
    env.update(CLAUDE_TRUST="calibrated", LOCAL_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "main.py", "reports", "list"], cwd=Path(__file__).resolve().parents[1],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # one line
    assert "CLAUDE_TRUST: calibrated needs" in result.stderr


def test_every_problem_is_reported_at_once_one_line_each():
    problems = problems_of({"MAX_BODY_BYTES": "25MB", "RUNTIME": "cloud", "REPORT_TZ": "Mars/Olympus",
                            "MAX_MIME_DEPTH": "500", "MAX_HTML_BYTES": "0", "INTAKE_BUDGET_SECONDS": "90"})
    assert sorted(line.split(":")[0] for line in problems) == sorted(
        ["MAX_BODY_BYTES", "MAX_HTML_BYTES", "MAX_MIME_DEPTH", "RUNTIME", "INTAKE_BUDGET_SECONDS", "REPORT_TZ"])
    assert all("\n" not in line for line in problems)
    assert "MAX_MIME_DEPTH: must be at most 100, got '500'" in problems


def test_a_malformed_secret_is_named_but_never_echoed():
    problems = problems_of({"POSTMARK_BASIC_AUTH": "hunter2-no-colon"})
    assert problems == ["POSTMARK_BASIC_AUTH: expected the form user:password"]


def test_requirements_are_checked_only_for_the_dependencies_a_caller_uses():
    settings = Settings.from_env({"RUNTIME": "gcp"})  # reading alone demands nothing
    settings.require()  # e.g. `breaker status`: state only
    with pytest.raises(SettingsError, match=r"^BLOB_BUCKET: required with RUNTIME=gcp"):
        settings.require("blobs")
    with pytest.raises(SettingsError, match=r"^DATABASE_URL or INSTANCE_CONNECTION_NAME: required"):
        settings.require("reports")
    Settings.from_env({"RUNTIME": "gcp", "BLOB_BUCKET": "b", "DATABASE_URL": "sqlite://"}).require("blobs", "reports")


def test_gcp_without_a_bucket_never_falls_back_to_local_files(tmp_path):
    from shared.bootstrap import Deps

    deps = Deps(Settings.from_env({"RUNTIME": "gcp", "LOCAL_DATA_DIR": str(tmp_path)}))
    with pytest.raises(SettingsError, match="BLOB_BUCKET"):
        deps.blobs


def test_defaults_are_the_dataclass_defaults_and_each_field_has_one_variable():
    assert Settings.from_env({}) == Settings()
    filled = {name for name, _ in VARIABLES.values()}
    assert len(filled) == len(VARIABLES)  # no field read from two variables
    assert filled | {"parse_limits"} == {f.name for f in dataclasses.fields(Settings)}
    assert set(PARSE_LIMIT_VARIABLES.values()) <= {f.name for f in dataclasses.fields(ParseLimits)}


def test_from_env_writes_no_default_of_its_own():
    """Defaults live in the Settings fields only: the reading code holds no literal default values."""
    tree = ast.parse(Path(settings_module.__file__).read_text())
    from_env = next(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == "from_env")
    literals = [node.value for node in ast.walk(from_env)
                if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and node.value is not None
                and not isinstance(node.value, bool)]
    assert literals == []


def test_every_variable_settings_reads_is_in_setting_variables():
    """Any upper-case NAME_LIKE_THIS string in settings.py (the tables' keys, a direct os.environ read) is listed."""
    tree = ast.parse(Path(settings_module.__file__).read_text())
    names = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and re.fullmatch(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+", node.value)}
    assert names and names <= set(SETTING_VARIABLES)
    env_reads = [node for node in ast.walk(tree)
                 if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv")]
    assert len(env_reads) == 1  # the one `os.environ` default of from_env; everything goes through the tables


def test_the_test_environment_clears_every_setting_variable():
    leaked = [name for name in SETTING_VARIABLES if name != "LOCAL_DATA_DIR" and name in os.environ]
    assert leaked == []
    for name in ("MAX_BODY_BYTES", "REPORT_TZ", "MONGODB_DATABASE", "MAILGUN_MAX_AGE_SECONDS"):
        assert name in SETTING_VARIABLES


def test_overrides_win_over_the_environment():
    settings = Settings.from_env({"MAX_BODY_BYTES": "10", "REPORT_TZ": "UTC"}, max_body_bytes=20)
    assert settings.max_body_bytes == 20 and settings.report_tz == "UTC"
    # an override replaces an unreadable value instead of failing on it
    assert Settings.from_env({"MAX_BODY_BYTES": "25MB"}, max_body_bytes=5).max_body_bytes == 5
