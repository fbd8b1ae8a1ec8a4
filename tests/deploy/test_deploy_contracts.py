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
    # The review pages behind Identity-Aware Proxy.
    ("IAP is never turned on for review", "cloudbuild.yaml",
     "  - beta\n  - run\n  - services\n  - update\n  - review-${_ENV}\n  - --region=${_REGION}\n  - --iap\n",
     "  - beta\n  - run\n  - services\n  - update\n  - review-${_ENV}\n  - --region=${_REGION}\n",
     "never turns IAP on for review-${_ENV}"),
    ("nobody is granted access through IAP", "infra/iap.tf",
     'resource "google_iap_web_cloud_run_service_iam_member" "caseworker"',
     'resource "google_cloud_run_v2_service_iam_member" "caseworker"', "infra grants nobody access through IAP"),
    ("the IAP grant is not per caseworker", "infra/iap.tf",
     "[for m in var.caseworkers : { name = name, member = m }]",
     '[{ name = name, member = "allUsers" }]', "not one per caseworker"),
    ("caseworkers default to someone", "infra/variables.tf", "  type        = list(string)\n  default     = []",
     '  type        = list(string)\n  default     = ["user:anyone@example.com"]', "variable caseworkers defaults to"),
    ("the IAP API is not enabled", "infra/apis.tf", '    "iap.googleapis.com",\n', "",
     "infra does not enable iap.googleapis.com"),
    ("the push account may invoke review", "cloudbuild.yaml",
     "--member=serviceAccount:service-${_PROJECT_NUMBER}@gcp-sa-iap.iam.gserviceaccount.com",
     "--member=serviceAccount:intake-push-${_ENV}@${PROJECT_ID}.iam.gserviceaccount.com",
     "expected IAP's service agent"),
    ("review is public besides IAP", "cloudbuild.yaml",
     "  - --entry-point=review\n  - --trigger-http\n  - --no-allow-unauthenticated",
     "  - --entry-point=review\n  - --trigger-http\n  - --allow-unauthenticated", "review: public=True"),
    ("review cannot be reached through IAP", "cloudbuild.yaml",
     "  - --max-instances=${_MAX_INSTANCES}\n  - --ingress-settings=all\n- id: iap-review",
     "  - --max-instances=${_MAX_INSTANCES}\n  - --ingress-settings=internal-only\n- id: iap-review",
     "needs ingress `all`"),
    ("the IAP audience names another service", "cloudbuild.yaml", "/services/review-${_ENV}",
     "/services/intake-${_ENV}",
     "REVIEW_IAP_AUDIENCE=/projects/${_PROJECT_NUMBER}/locations/${_REGION}/services/intake"),
    ("the CSRF secret is not provided by the build", "cloudbuild.yaml",
     ",REVIEW_CSRF_SECRET=REVIEW_CSRF_SECRET-${_ENV}:latest", "", "REVIEW_CSRF_SECRET but cloudbuild.yaml does not"),
    ("the CSRF secret does not exist in infra", "infra/locals.tf",
     'secrets = ["SENTRY_DSN", "DB_PASS", "REVIEW_CSRF_SECRET"]', 'secrets = ["SENTRY_DSN", "DB_PASS"]',
     "review reads secret REVIEW_CSRF_SECRET but infra gives it no access"),
    ("the CSRF secret has no value", "infra/iap.tf", 'resource "google_secret_manager_secret_version" "review_csrf"',
     'resource "google_secret_manager_secret_iam_member" "review_csrf"',
     "no value for the generated secret REVIEW_CSRF_SECRET"),
    ("review may write anywhere in the bucket", "infra/locals.tf", '    review = "pdf-text/"\n', "",
     "infra limits bucket writes to {}"),
    ("the release is recorded before IAP is on", "cloudbuild.yaml", "  - deploy-review\n  - iap-review\n",
     "  - deploy-review\n", "does not wait for the IAP step of review"),
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


def test_a_removed_iap_step_is_caught(copy):
    import yaml

    doc = yaml.safe_load((copy / "cloudbuild.yaml").read_text())
    doc["steps"] = [s for s in doc["steps"] if s["id"] != "iap-review"]
    (copy / "cloudbuild.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    assert any("never turns IAP on for review-${_ENV}" in p for p in all_problems(copy))


def test_a_removed_caseworker_grant_is_caught(copy):
    text = (copy / "infra" / "iap.tf").read_text()
    start = text.index('resource "google_iap_web_cloud_run_service_iam_member"')
    end = text.index("}\n", text.index("depends_on", start)) + 2
    (copy / "infra" / "iap.tf").write_text(text[:start] + text[end:])
    assert any("infra grants nobody access through IAP" in p for p in all_problems(copy))
