"""Simultaneous deliveries against two intake *processes* sharing one state store — locally (SQLite state,
files, the durable local bus) and on the emulators (Firestore state, Pub/Sub, GCS emulator, Postgres reports):
one email_id and one report per email however many copies arrive at once, while distinct emails are accepted
in parallel. Requests answered with the provider's retry status are retried, as the provider would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from benchmarks.intake_load import mailgun_body
from shared.bootstrap import Deps
from shared.settings import Settings
from tests.conftest import REPO_ROOT, TEST_SECRETS
from tests.e2e.helpers import SAMPLE_EML, run_chain
from tests.e2e.pubsub_stack import gcp_settings, prepare_project, start_stack, wait_until

pytestmark = pytest.mark.slow

SECRET_ENV = {name.upper(): value for name, value in TEST_SECRETS.items()}


class IntakeProcesses:
    """Two intake processes on one backend; `urls` to post to, `reports()` to count what the chain wrote."""

    def __init__(self, env: dict, workdir: Path, reports):
        self.workdir, self.reports = workdir, reports
        self.inflight = workdir / "inflight.json"
        self.processes, self.urls = [], []
        for index in range(2):
            port_file = workdir / f"port-{index}"
            process = subprocess.Popen([sys.executable, "-m", "tests.e2e.intake_process", str(port_file),
                                        str(self.inflight)], cwd=REPO_ROOT, env=env)
            self.processes.append(process)
            wait_until(lambda: port_file.exists() and port_file.read_text(), timeout=60, interval=0.1)
            self.urls.append(f"http://127.0.0.1:{port_file.read_text()}")

    def max_in_flight(self) -> int:
        return json.loads(self.inflight.read_text())["max"] if self.inflight.exists() else 0

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
            process.wait(10)


@pytest.fixture(params=["local", "emulators"])
def intakes(request, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    env = {**os.environ, **SECRET_ENV, "LOCAL_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO_ROOT)}
    if request.param == "local":
        deps = Deps(Settings.from_env({}, local_data_dir=data_dir, **TEST_SECRETS))

        def reports():
            run_chain(deps)
            return deps.reports.list()
        processes = IntakeProcesses(env, tmp_path, reports)
    else:
        emulators = tuple(request.getfixturevalue(f"{name}_emulator") for name in ("pubsub", "firestore", "storage"))
        postgres_url = request.getfixturevalue("postgres_url")
        project, bucket = prepare_project(request.getfixturevalue("emulator_env"), emulators, postgres_url, data_dir)
        settings = gcp_settings(project, bucket, postgres_url, emulators, data_dir)
        fleet = start_stack(Deps(settings))
        request.addfinalizer(fleet.stop)
        env.update(RUNTIME="gcp", GOOGLE_CLOUD_PROJECT=project, BLOB_BUCKET=bucket,
                   PUBSUB_EMULATOR_HOST=emulators[0].host, FIRESTORE_EMULATOR_HOST=emulators[1].host,
                   STORAGE_EMULATOR_HOST=emulators[2].host, STATE_COLLECTION_PREFIX=settings.state_prefix)
        deps = Deps(settings)

        def reports():
            time.sleep(3)  # let redeliveries (if any) land before counting
            return deps.reports.list()
        processes = IntakeProcesses(env, tmp_path, reports)
        processes.expect_reports = lambda n: wait_until(lambda: len(deps.reports.list()) >= n, timeout=120)
    yield processes
    processes.stop()


def _post(url: str, body: bytes, content_type: str) -> tuple[int, dict]:
    request = urllib.request.Request(url + "/mailgun", data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _deliver_at_once(intakes: IntakeProcesses, posts: list[tuple[bytes, str]]) -> list[tuple[int, dict]]:
    """Release every post at the same moment, alternating between the two processes; retry each answer of
    429 (Mailgun's retry status here) as the provider would, until it gets a final answer."""
    results: list = [None] * len(posts)
    barrier = threading.Barrier(len(posts))

    def deliver(index: int) -> None:
        url = intakes.urls[index % 2]
        barrier.wait()
        for _ in range(200):
            status, answer = _post(url, *posts[index])
            if status != 429:
                break
            time.sleep(0.05)
        results[index] = (status, answer)

    threads = [threading.Thread(target=deliver, args=(index,)) for index in range(len(posts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


def _key() -> str:
    return TEST_SECRETS["mailgun_signing_key"]


def _expect_reports(intakes, count: int):
    if hasattr(intakes, "expect_reports"):
        intakes.expect_reports(count)
    return intakes.reports()


def test_fifty_identical_posts_at_once_give_one_email_id_and_one_report(intakes):
    post = mailgun_body(SAMPLE_EML, _key(), token=uuid.uuid4().hex)
    results = _deliver_at_once(intakes, [post] * 50)
    assert {status for status, _ in results} == {200}, results
    assert len({answer["email_id"] for _, answer in results}) == 1
    assert sum(not answer["duplicate"] for _, answer in results) == 1
    assert len(_expect_reports(intakes, 1)) == 1


def test_one_email_under_fifty_tokens_at_once_gives_one_email_id(intakes):
    raw = SAMPLE_EML.replace(b"Message-ID: <", b"Message-ID: <tokens-")
    results = _deliver_at_once(intakes, [mailgun_body(raw, _key(), token=uuid.uuid4().hex) for _ in range(50)])
    assert {status for status, _ in results} == {200}, results
    assert len({answer["email_id"] for _, answer in results}) == 1
    assert len(_expect_reports(intakes, 1)) == 1


def test_one_token_with_twenty_bodies_at_once_accepts_one(intakes):
    token = uuid.uuid4().hex
    bodies = [SAMPLE_EML.replace(b"Message-ID: <", f"Message-ID: <body-{n}-".encode()) for n in range(20)]
    results = _deliver_at_once(intakes, [mailgun_body(raw, _key(), token=token) for raw in bodies])
    statuses = sorted(status for status, _ in results)
    assert statuses == [200] + [403] * 19, statuses
    assert all("replay" in answer["error"] for status, answer in results if status == 403)
    assert len(_expect_reports(intakes, 1)) == 1


def test_fifty_distinct_emails_at_once_are_accepted_in_parallel(intakes, record_property):
    raws = [SAMPLE_EML.replace(b"Message-ID: <", f"Message-ID: <distinct-{n}-".encode()) for n in range(50)]
    results = _deliver_at_once(intakes, [mailgun_body(raw, _key()) for raw in raws])
    assert {status for status, _ in results} == {200}, results
    assert len({answer["email_id"] for _, answer in results}) == 50
    in_flight = intakes.max_in_flight()
    record_property("max_in_flight", in_flight)
    print(f"\n50 distinct emails across two intake processes: {in_flight} accepted in parallel at most")
    assert in_flight >= 2, "intake serialised distinct emails (a global lock?)"
    assert len(_expect_reports(intakes, 50)) == 50
