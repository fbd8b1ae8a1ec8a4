"""An in-process production-like stack for resilience tests: every entry point of main.py is served by
functions-framework's Flask app on its own port (threads, one "instance"), fed by push subscriptions with
dead-letter policies on the official Pub/Sub emulator; state on the Firestore emulator, blobs on the GCS
emulator, reports on PostgreSQL. Serving in-process lets a test inject faults through the dependencies."""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field

import functions_framework
from werkzeug.serving import make_server

from shared import bootstrap
from shared.bootstrap import Deps
from shared.local.emulators import ENTRY_POINTS, provision_pubsub
from shared.settings import Settings
from tests.conftest import REPO_ROOT, TEST_SECRETS


@dataclass
class InProcessFleet:
    servers: dict = field(default_factory=dict)
    threads: list = field(default_factory=list)

    def url(self, name: str) -> str:
        host, port = self.servers[name].server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        for server in self.servers.values():
            server.shutdown()
            server.server_close()


def serve_in_process() -> InProcessFleet:
    fleet = InProcessFleet()
    for name, signature in ENTRY_POINTS.items():
        app = functions_framework.create_app(target=name, source=str(REPO_ROOT / "main.py"), signature_type=signature)
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        fleet.servers[name] = server
        fleet.threads.append(thread)
    return fleet


def gcp_settings(project: str, bucket: str, postgres_url: str, emulators, data_dir, **overrides) -> Settings:
    pubsub, firestore, storage = emulators
    values = dict(
        runtime="gcp", project=project, blob_bucket=bucket, database_url=postgres_url, local_data_dir=data_dir,
        pubsub_emulator_host=pubsub.host, firestore_emulator_host=firestore.host,
        storage_emulator_host=storage.host, state_prefix=f"t{uuid.uuid4().hex[:8]}_", **TEST_SECRETS,
    )
    values.update(overrides)
    return Settings.from_env({}, **values)


def start_stack(deps: Deps, max_attempts: int = 5, min_backoff: float = 1, max_backoff: float = 2) -> InProcessFleet:
    bootstrap.use(deps)
    fleet = serve_in_process()
    provision_pubsub(deps.settings.project, fleet, max_attempts=max_attempts, min_backoff=min_backoff,
                     max_backoff=max_backoff, ack_deadline=10)
    return fleet


def wait_until(predicate, timeout: float = 60.0, interval: float = 0.3):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


def prepare_project(emulator_env, emulators, postgres_url: str, data_dir) -> tuple[str, str]:
    """A fresh project id and bucket on the emulators, the schema on Postgres, the sample clients in
    `data_dir`. Returns (project, bucket)."""
    import shutil

    from google.cloud import storage
    from sqlalchemy import create_engine

    from shared.reports.migrate import upgrade

    pubsub, firestore, blob_emulator = emulators
    project, bucket = f"p-{uuid.uuid4().hex[:8]}", f"raw-{uuid.uuid4().hex[:8]}"
    emulator_env(pubsub=pubsub, firestore=firestore, storage=blob_emulator, project=project)
    storage.Client(project=project).create_bucket(bucket)
    engine = create_engine(postgres_url)
    upgrade(engine)
    engine.dispose()
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(REPO_ROOT / "samples" / "clients.json", data_dir / "clients.json")
    return project, bucket
