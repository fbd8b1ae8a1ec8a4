"""The cold-start benchmark's pieces: importtime parsing, SDK classification and attribution, what each function
needs, the requests it sends, and real cold starts (hello-world; intake on the emulators) that must answer.
No timing thresholds: the numbers are the benchmark's business."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import uuid
from datetime import datetime, timezone

import pytest

from benchmarks import cold_start as cs
from shared.intake.signatures import verify_mailgun

IMPORTTIME = """\
import time: self [us] | cumulative | imported package
import time:       120 |        120 |   _io
import time:       300 |        300 |       cryptography.hazmat
import time:       500 |        800 |     google.auth.crypt
import time:      1000 |       1800 |   google.auth
import time:       700 |       2500 | google.cloud.firestore_v1.client
some unrelated line on stderr
import time:       200 |        200 |     pydantic.main
import time:        50 |        250 |   shared.domain.envelope
import time:        40 |        290 | shared.stages.report
"""


def test_parse_importtime_reads_rows_in_order_with_depth():
    rows = cs.parse_importtime(IMPORTTIME)
    assert [r.module for r in rows] == ["_io", "cryptography.hazmat", "google.auth.crypt", "google.auth",
                                        "google.cloud.firestore_v1.client", "pydantic.main",
                                        "shared.domain.envelope", "shared.stages.report"]
    assert [r.depth for r in rows] == [1, 3, 2, 1, 0, 2, 1, 0]
    assert rows[4].self_us == 700 and rows[4].cumulative_us == 2500


def test_package_of_splits_the_google_namespace():
    assert cs.package_of("google.cloud.firestore_v1.client") == "google.cloud.firestore_v1"
    assert cs.package_of("google.pubsub_v1.types") == "google.pubsub_v1"
    assert cs.package_of("google.api_core.exceptions") == "google.api_core"
    assert cs.package_of("sqlalchemy.orm.session") == "sqlalchemy"
    assert cs.package_of("json") == "json"


@pytest.mark.parametrize("module, kind", [
    ("google.cloud.pubsub_v1.publisher.client", "pubsub"), ("google.pubsub_v1.services", "pubsub"),
    ("google.cloud.firestore_v1.base_client", "firestore"), ("google.cloud.storage.blob", "storage"),
    ("google.resumable_media.requests", "storage"), ("sqlalchemy.engine", "sql"), ("pg8000.native", "sql"),
    ("mongomock.collection", "mongo"), ("pymongo", "mongo"), ("bson", "mongo"), ("anthropic._client", "claude"),
    ("sentry_sdk.integrations", "sentry"), ("grpc._channel", "google-common"),
    ("google.auth.transport", "google-common"),
    ("google.protobuf.message", "google-common"), ("shared.bootstrap", "own"), ("functions.stages", "own"),
    ("email.parser", "stdlib"), ("pydantic.main", "other"), ("cryptography.x509", "other"),
])
def test_classify(module, kind):
    assert cs.classify(module) == kind


def test_classify_prefers_what_hello_imports():
    assert cs.classify("flask.app", frozenset({"flask.app"})) == "framework"
    assert cs.classify("flask.app") == "other"


def test_libraries_are_billed_to_the_sdk_that_imported_them():
    rows = cs.parse_importtime(IMPORTTIME)
    billed = dict(zip([r.module for r in rows], cs.attributed(rows)))
    assert billed["cryptography.hazmat"] == "google-common"  # under google.auth.crypt
    assert billed["pydantic.main"] == "other"  # under our own module: a library we use
    assert billed["_io"] == "firestore"  # stdlib pulled in by the Firestore client module itself
    assert billed["shared.stages.report"] == "own"


def test_offenders_and_costs_sum_self_times_per_package():
    rows = cs.parse_importtime(IMPORTTIME)
    top = cs.offenders(rows)
    assert top[0] == {"package": "google.auth", "kind": "google-common", "ms": 1.5}
    crypto = next(o for o in top if o["package"] == "cryptography")
    assert crypto["via"] == "google-common" and crypto["ms"] == 0.3
    kinds = cs.cost_by_kind(rows)
    assert kinds["google-common"] == pytest.approx(1.8) and kinds["firestore"] == pytest.approx(0.8, abs=0.1)
    assert kinds["own"] == 0.1 and kinds["other"] == 0.2
    assert sum(kinds.values()) == pytest.approx(sum(r.self_us for r in rows) / 1000, abs=0.2)


def test_import_plan_front_loads_needed_sdks_only():
    rows = cs.parse_importtime(IMPORTTIME + "import time:       900 |        900 | google.cloud.storage.client\n")
    plan = cs.import_plan(rows, {"firestore"}, frozenset())
    assert "google.cloud.firestore_v1.client" in plan["sdk"] and "cryptography.hazmat" in plan["sdk"]
    assert "google.cloud.storage.client" not in plan["sdk"] + plan["other"] + plan["own"]  # unneeded: left alone
    assert plan["other"] == ["pydantic.main"]
    assert plan["own"] == ["shared.domain.envelope", "shared.stages.report"]


def test_needed_services_follow_the_deployment_table():
    assert cs.needed_services("intake") == {"firestore", "storage", "pubsub"}
    assert cs.needed_services("intent") == {"firestore", "storage", "pubsub"}
    assert cs.needed_services("consolidation") == {"firestore", "pubsub"}
    assert cs.needed_services("matching") == {"firestore", "storage", "pubsub", "mongo"}  # it reads the mail
    assert cs.needed_services("report") == {"firestore", "sql"}
    assert "claude" in cs.needed_services("extraction", engine="claude")
    assert "claude" not in cs.needed_services("consolidation", engine="claude")
    assert "sentry" in cs.needed_services("report", sentry=True)
    assert cs.services_imported(["google.cloud.storage.blob", "json", "sqlalchemy"]) == {"storage", "sql"}


def _form(request: cs.Request) -> dict[str, str]:
    boundary = re.search(r"boundary=(\S+)", request.headers["Content-Type"]).group(1)
    fields = {}
    for part in request.body.split(f"--{boundary}".encode())[1:-1]:
        head, _, value = part.partition(b"\r\n\r\n")
        fields[re.search(rb'name="([^"]+)"', head).group(1).decode()] = value[:-2].decode()
    return fields


def test_mailgun_requests_are_signed_and_never_duplicates():
    first, second = cs.mailgun_request("k"), cs.mailgun_request("k")
    a, b = _form(first), _form(second)
    verify_mailgun("k", a["timestamp"], a["token"], a["signature"], datetime.now(timezone.utc), 900)
    assert a["token"] != b["token"]
    ids = [re.search(r"(?im)^Message-ID: (.+)$", f["body-mime"]).group(1) for f in (a, b)]
    assert ids[0] != ids[1] and ids[0].startswith("<cold-")
    assert first.path == "/mailgun"


def test_push_request_is_a_pubsub_push_envelope():
    request = cs.push_request("p1", "stage-intent", b'{"x": 1}', {"email_id": "e1"})
    assert request.path == "/projects/p1/topics/stage-intent"
    envelope = json.loads(request.body)
    assert envelope["subscription"] == "projects/p1/subscriptions/stage-intent-sub"
    assert envelope["message"]["attributes"] == {"email_id": "e1"}
    assert envelope["message"]["data"] == "eyJ4IjogMX0="


def test_hello_world_cold_starts_answer(tmp_path):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    http = cs.cold_start("hello_http", cs.HELLO, "http", env, cs.mailgun_request(), tmp_path / "http.log")
    assert http.status == 200 and http.body == b"hello" and http.ms > 0
    push = cs.push_request("p1", "stage-intent", b"{}", {"email_id": "e1"})
    event = cs.cold_start("hello_event", cs.HELLO, "cloudevent", env, push, tmp_path / "event.log")
    assert event.status // 100 == 2 and event.ms > 0


def test_intake_cold_start_on_the_emulators_publishes_and_answers(
        pubsub_emulator, firestore_emulator, storage_emulator, emulator_env, tmp_path):
    from google.cloud import pubsub_v1, storage

    project, bucket = f"p-{uuid.uuid4().hex[:8]}", f"b-{uuid.uuid4().hex[:8]}"
    emulator_env(pubsub=pubsub_emulator, firestore=firestore_emulator, storage=storage_emulator, project=project)
    storage.Client(project=project).create_bucket(bucket)
    publisher, subscriber = pubsub_v1.PublisherClient(), pubsub_v1.SubscriberClient()
    topic = publisher.topic_path(project, "stage-intent")
    publisher.create_topic(name=topic)
    subscription = subscriber.subscription_path(project, "probe")
    subscriber.create_subscription(name=subscription, topic=topic)
    env = {**os.environ, "RUNTIME": "gcp", "BLOB_BUCKET": bucket, "MAILGUN_SIGNING_KEY": cs.MAILGUN_KEY,
           "LOCAL_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}
    setup = cs.Setup(project, env, {}, tmp_path)

    served = cs.cold_start("intake", cs.REPO_ROOT / "main.py", "http", setup.fresh_env(), setup.request("intake"),
                           setup.log("intake"))
    cs.check("intake", served)
    assert served.ms > 0
    pulled = subscriber.pull(subscription=subscription, max_messages=5, timeout=10)
    assert [m.message.attributes["email_id"] for m in pulled.received_messages] == [json.loads(served.body)["email_id"]]

    split = cs.split(setup, "intake", frozenset())  # importtime and the phased first call, fresh processes
    assert split["unneeded"] == [] and set(split["imported"]) == {"firestore", "pubsub", "storage"}
    assert split["phases_ms"]["sdk_imports"] > 0 and split["sdk_packages_imported_during_request"] == []
    assert split["top_offenders"] and split["clients_built"] == ["firestore", "pubsub", "storage"]
    subscriber.close()


def test_signature_helper_matches_the_providers_scheme():
    request = cs.mailgun_request("secret")
    fields = _form(request)
    expected = hmac.new(b"secret", (fields["timestamp"] + fields["token"]).encode(), hashlib.sha256).hexdigest()
    assert fields["signature"] == expected
