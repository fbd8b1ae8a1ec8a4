"""Cloud Build's sentry-release step, run as Cloud Build would run it (substitutions applied) with stand-ins for
pip and sentry-cli that record their arguments: it creates the release every function sends and records a
deploy to the environment they send, and without a token it only says why it skipped."""

from __future__ import annotations

import os
import stat
import subprocess

import pytest

from tests.conftest import REPO_ROOT
from tests.deploy.checks import SENTRY_RELEASE_STEP, all_problems, load_build, load_doc, substitute

SHA = "9f1c2ab44e0d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"
VALUES = {"COMMIT_SHA": SHA, "_ENV": "staging", "REPO_FULL_NAME": "firm/creditor-intake", "PROJECT_ID": "p"}


def _run(tmp_path, token: str | None, **extra) -> tuple[subprocess.CompletedProcess, list[str]]:
    doc = load_doc(REPO_ROOT / "cloudbuild.yaml")
    step = next(s for s in doc["steps"] if s["id"] == SENTRY_RELEASE_STEP)
    values = {**VALUES, "_SENTRY_ORG": "firm", "_SENTRY_PROJECT": "intake", **extra}
    script = substitute(step["args"][1], values)
    calls = tmp_path / "calls"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("pip", "sentry-cli"):
        path = bin_dir / tool
        path.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{calls}"\n')
        path.chmod(path.stat().st_mode | stat.S_IEXEC)
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}"}
    env.update(substitute(item, values).split("=", 1) for item in step.get("env", []))
    if token is not None:
        env["SENTRY_AUTH_TOKEN"] = token
    result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=30)
    return result, calls.read_text().splitlines() if calls.exists() else []


def test_with_a_token_it_creates_finalises_and_deploys_the_release_the_functions_send(tmp_path):
    result, calls = _run(tmp_path, "sntrys_not_a_real_token")
    assert result.returncode == 0, result.stderr
    assert calls == [
        "pip install --quiet --root-user-action=ignore sentry-cli==3.8.2",
        f"sentry-cli releases new {SHA}",
        f"sentry-cli releases set-commits {SHA} --commit firm/creditor-intake@{SHA}",
        f"sentry-cli releases finalize {SHA}",
        f"sentry-cli deploys new --release {SHA} --env staging",
    ]
    for name, deploy in load_build(REPO_ROOT / "cloudbuild.yaml").items():  # what every event carries
        env = dict(item.split("=", 1) for item in substitute(deploy["args"]["--set-env-vars"], VALUES).split(","))
        assert (env["SENTRY_RELEASE"], env["SENTRY_ENVIRONMENT"]) == (SHA, "staging"), name
    assert "sntrys_not_a_real_token" not in result.stdout + result.stderr


@pytest.mark.parametrize("token", [None, "", "none"])
def test_without_a_token_it_says_why_and_calls_nothing(tmp_path, token):
    result, calls = _run(tmp_path, token)
    assert result.returncode == 0
    assert calls == []
    assert "sentry-release: skipped: no Sentry auth token configured" in result.stdout


def test_without_org_and_project_it_says_why(tmp_path):
    result, calls = _run(tmp_path, "tok", _SENTRY_ORG="", _SENTRY_PROJECT="")
    assert result.returncode == 0 and calls == []
    assert "_SENTRY_ORG and _SENTRY_PROJECT are not both set" in result.stdout


@pytest.mark.parametrize("old,new,expected", [
    ('sentry-cli releases new "$COMMIT_SHA"', 'sentry-cli releases new "${_ENV}-$COMMIT_SHA"',
     "sends SENTRY_RELEASE=$COMMIT_SHA, the release step creates"),
    ('--env "${_ENV}"', '--env production', "records deploys to ['production']"),
    ("sentry-cli==3.8.2", "sentry-cli", "does not install a pinned sentry-cli"),
    ("  secretEnv:\n  - SENTRY_AUTH_TOKEN\n", "", "does not get SENTRY_AUTH_TOKEN from Secret Manager"),
])
def test_the_release_check_catches_drift(tmp_path, old, new, expected):
    import shutil

    shutil.copy(REPO_ROOT / "cloudbuild.yaml", tmp_path / "cloudbuild.yaml")
    shutil.copytree(REPO_ROOT / "infra", tmp_path / "infra")
    text = (tmp_path / "cloudbuild.yaml").read_text()
    assert old in text
    (tmp_path / "cloudbuild.yaml").write_text(text.replace(old, new))
    assert any(expected in problem for problem in all_problems(tmp_path)), all_problems(tmp_path)


def test_sentry_cli_is_a_build_tool_not_a_function_dependency():
    assert "sentry-cli" not in (REPO_ROOT / "requirements.txt").read_text()
