"""Code, build and infrastructure agree — and each cross-check fails when one of them is broken (shown on
mutated copies of cloudbuild.yaml and infra/)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import REPO_ROOT
from tests.deploy.checks import all_problems


def test_the_real_files_agree():
    assert all_problems(REPO_ROOT) == []


def test_terraform_fmt_check_passes():
    terraform = shutil.which("terraform")
    if terraform is None:
        pytest.skip("terraform is not installed")
    result = subprocess.run([terraform, "fmt", "-check", "-recursive", "infra"], cwd=REPO_ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def copy(tmp_path):
    shutil.copy(REPO_ROOT / "cloudbuild.yaml", tmp_path / "cloudbuild.yaml")
    shutil.copytree(REPO_ROOT / "infra", tmp_path / "infra")
    return tmp_path


def _edit(path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, count))


MUTATIONS = [
    ("a function is not deployed", "cloudbuild.yaml", "--entry-point=matching", "--entry-point=matching_v2",
     "entry point matching is not deployed"),
    ("a stage also gets an Eventarc trigger", "cloudbuild.yaml", "  - --entry-point=intent\n",
     "  - --entry-point=intent\n  - --trigger-topic=stage-intent\n", "two delivery paths"),
    ("no dead-letter policy", "infra/pubsub.tf", "  dead_letter_policy {\n    dead_letter_topic     = google_pubsub_topic.dead_letter[each.key].id\n    max_delivery_attempts = var.max_delivery_attempts\n  }\n",
     "", "no dead_letter_policy"),
    ("a stage topic is missing", "infra/locals.tf", '"intent", "extraction"', '"extraction"', "stage-intent"),
    ("a secret is not provided by the build", "cloudbuild.yaml", ",MONGODB_URI=MONGODB_URI-${_ENV}:latest", "",
     "MONGODB_URI but cloudbuild.yaml does not provide it"),
    ("a secret has no access in infra", "infra/locals.tf", 'secrets = ["SENTRY_DSN", "MONGODB_URI"]',
     'secrets = ["SENTRY_DSN"]', "infra gives it no access"),
    ("an env var is not set", "cloudbuild.yaml", "BLOB_BUCKET=${PROJECT_ID}-raw-mail-${_ENV},", "",
     "reads BLOB_BUCKET but cloudbuild.yaml does not set it"),
    ("a missing publish permission", "infra/locals.tf", 'publishes = ["stage-consolidation", "stage-report"]',
     'publishes = ["stage-consolidation"]', "extraction: infra lets it publish"),
    ("Cloud SQL access for the wrong function", "infra/locals.tf",
     'consolidation = { publishes = ["stage-matching", "stage-report"], secrets = ["SENTRY_DSN"], sql = false }',
     'consolidation = { publishes = ["stage-matching", "stage-report"], secrets = ["SENTRY_DSN"], sql = true }',
     "consolidation: Cloud SQL access"),
    ("a public stage", "cloudbuild.yaml", "  - --entry-point=report\n  - --trigger-http\n  - --no-allow-unauthenticated",
     "  - --entry-point=report\n  - --trigger-http\n  - --allow-unauthenticated", "report: public=True"),
    ("the replay schedule drifts from the Crons monitor's", "infra/scheduler.tf", 'replay_schedule = "*/30 * * * *"',
     'replay_schedule = "0 * * * *"', "the Sentry Crons monitor expects"),
    ("the replay job calls another function", "infra/scheduler.tf", 'uri         = local.function_url["replay"]',
     'uri         = local.function_url["report"]', "does not call the replay function's URL"),
    ("the push account may invoke replay", "cloudbuild.yaml",
     "--member=serviceAccount:intake-scheduler-${_ENV}", "--member=serviceAccount:intake-push-${_ENV}",
     "replay may be invoked by serviceAccount:intake-push-"),
    ("a Claude stage that times out before its Claude call", "cloudbuild.yaml", "  - --memory=1Gi\n  - --timeout=240s",
     "  - --memory=1Gi\n  - --timeout=45s", "extraction: timeout 45s is shorter than a worst-case Claude call"),
]


@pytest.mark.parametrize("what,file,old,new,expected", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_each_cross_check_catches_its_breakage(copy, what, file, old, new, expected):
    _edit(copy / file, old, new)
    problems = all_problems(copy)
    assert any(expected in problem for problem in problems), problems


def test_deploy_order_breakage_is_caught(copy):
    import yaml

    doc = yaml.safe_load((copy / "cloudbuild.yaml").read_text())
    steps = doc["steps"]
    intake = next(i for i, s in enumerate(steps) if s["id"] == "deploy-intake")
    steps.insert(2, steps.pop(intake))  # intake first: it would publish before its consumer exists
    (copy / "cloudbuild.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    assert any("is deployed before intent" in p for p in all_problems(copy))
