"""End to end on real services: the intake function and every stage served by functions-framework, fed by
push subscriptions on the official Pub/Sub emulator, state in the Firestore emulator, blobs in the GCS emulator,
the report in PostgreSQL. The client directory is mongomock over clients.json (no MongoDB server here)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request

import pytest
from sqlalchemy import create_engine

from shared.adapters.sql_reports import SqlAlchemyReportStore
from shared.local.emulators import provision_pubsub, start_functions
from tests.conftest import TEST_SECRETS
from tests.e2e.helpers import SAMPLE_EML
from tests.e2e.pubsub_stack import prepare_project

pytestmark = pytest.mark.slow


@pytest.fixture
def stack(pubsub_emulator, firestore_emulator, storage_emulator, postgres_url, emulator_env, tmp_path):
    data_dir = tmp_path / "data"
    project, bucket = prepare_project(emulator_env, (pubsub_emulator, firestore_emulator, storage_emulator),
                                      postgres_url, data_dir)
    engine = create_engine(postgres_url)
    env = {
        "RUNTIME": "gcp", "GOOGLE_CLOUD_PROJECT": project, "BLOB_BUCKET": bucket, "DATABASE_URL": postgres_url,
        "PUBSUB_EMULATOR_HOST": pubsub_emulator.host, "FIRESTORE_EMULATOR_HOST": firestore_emulator.host,
        "STORAGE_EMULATOR_HOST": storage_emulator.host, "LOCAL_DATA_DIR": str(data_dir),
        **{name.upper(): value for name, value in TEST_SECRETS.items()},
    }
    fleet = start_functions(env, tmp_path)
    try:
        provision_pubsub(project, fleet, max_attempts=5, min_backoff=1, max_backoff=2)
        yield fleet, SqlAlchemyReportStore(engine)
    finally:
        fleet.stop()
        engine.dispose()


def _post_raw(fleet, raw: bytes = SAMPLE_EML) -> dict:
    signature = hmac.new(TEST_SECRETS["raw_webhook_secret"].encode(), raw, hashlib.sha256).hexdigest()
    request = urllib.request.Request(f"{fleet.url('intake')}/raw", data=raw, method="POST",
                                     headers={"Content-Type": "message/rfc822", "X-Signature": f"sha256={signature}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _wait_for(reports, email_id: str, timeout: float = 60.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        report = reports.get(email_id)
        if report is not None:
            return report
        time.sleep(0.3)
    raise AssertionError(f"no report for {email_id} after {timeout}s")


def test_webhook_to_report_through_pubsub_push(stack):
    fleet, reports = stack
    answer = _post_raw(fleet)
    assert answer["duplicate"] is False
    report = _wait_for(reports, answer["email_id"])
    assert report.status == "processed"
    assert report.correlation_id == answer["correlation_id"]
    assert report.client_id == "C-1001" and str(report.debt_amount) == "1157.37"


def test_duplicate_webhook_gives_one_report(stack):
    fleet, reports = stack
    answers = [_post_raw(fleet) for _ in range(3)]
    assert [a["duplicate"] for a in answers] == [False, True, True]
    _wait_for(reports, answers[0]["email_id"])
    time.sleep(1.0)
    assert [r.email_id for r in reports.list()] == [answers[0]["email_id"]]
