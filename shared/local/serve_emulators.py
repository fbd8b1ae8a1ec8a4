"""`python main.py serve --emulators`: the production-like pipeline on this machine.

Starts the Pub/Sub, Firestore and GCS emulators and a throw-away PostgreSQL, creates the bucket, the schema,
every topic and push subscription (with dead-letter topics), serves every function on its own port as on GCP,
prints how to send a webhook and where to look, and stops everything it started on Ctrl-C.
"""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from pathlib import Path


def serve_emulators() -> int:
    from shared.local import services
    from shared.local.dev_secrets import ensure_dev_secrets
    from shared.local.emulators import provision_pubsub, start_functions
    from shared.settings import Settings

    settings = Settings.from_env()
    data_dir = settings.local_data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="intake-emulators-"))
    started: list = []
    try:
        for start in (services.start_pubsub, services.start_firestore, services.start_storage,
                      services.start_postgres):
            started.append(start(workdir))
            print(f"started {started[-1].name} on {started[-1].host}", flush=True)
        pubsub, firestore, storage, postgres = started
        env = _environment(settings, data_dir, pubsub, firestore, storage, postgres)
        os.environ.update({k: v for k, v in env.items() if k.endswith(("_HOST", "PROJECT"))})
        _prepare_storage_and_schema(env)
        _seed(data_dir)
        fleet = start_functions({**env, **ensure_dev_secrets(data_dir)}, workdir)
        started.extend(fleet.services.values())
        provision_pubsub(env["GOOGLE_CLOUD_PROJECT"], fleet, settings.max_delivery_attempts,
                         settings.retry_min_backoff_seconds, settings.retry_max_backoff_seconds)
        print(_banner(fleet, env, data_dir, workdir), flush=True)
        _wait_for_interrupt()
    finally:
        for service in reversed(started):
            service.stop()
        print("stopped everything that was started", flush=True)
    return 0


def _environment(settings, data_dir: Path, pubsub, firestore, storage, postgres) -> dict[str, str]:
    return {
        "RUNTIME": "gcp",
        "GOOGLE_CLOUD_PROJECT": settings.project if settings.project != "local-project" else "intake-local",
        "PUBSUB_EMULATOR_HOST": pubsub.host,
        "FIRESTORE_EMULATOR_HOST": firestore.host,
        "STORAGE_EMULATOR_HOST": storage.host,
        "BLOB_BUCKET": "intake-raw-mail",
        "DATABASE_URL": f"postgresql+pg8000://postgres@127.0.0.1:{postgres.extra['port']}/postgres",
        "LOCAL_DATA_DIR": str(data_dir),
    }


def _prepare_storage_and_schema(env: dict[str, str]) -> None:
    from google.cloud import storage
    from sqlalchemy import create_engine

    from shared.reports.migrate import upgrade

    storage.Client(project=env["GOOGLE_CLOUD_PROJECT"]).create_bucket(env["BLOB_BUCKET"])
    engine = create_engine(env["DATABASE_URL"])
    upgrade(engine)
    engine.dispose()


def _seed(data_dir: Path) -> None:
    from shared.local.serve import seed_samples

    seed_samples(data_dir)


def _wait_for_interrupt() -> None:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass


def _banner(fleet, env: dict[str, str], data_dir: Path, workdir: Path) -> str:
    urls = "\n".join(f"  {name:14} {fleet.url(name)}" for name in fleet.services)
    return f"""
Production-like pipeline on the emulators (project {env['GOOGLE_CLOUD_PROJECT']}):
{urls}
Send a webhook to the intake URL exactly as printed by `make run` (same routes and dev secrets in
{data_dir / 'dev-secrets.json'}), e.g. for the raw relay:
  SIG=$(openssl dgst -sha256 -hmac "$(python3 -c 'import json;print(json.load(open("{data_dir / 'dev-secrets.json'}"))["RAW_WEBHOOK_SECRET"])')" {data_dir / 'sample.eml'} | sed 's/^.*= //')
  curl -s -H 'Content-Type: message/rfc822' -H "X-Signature: sha256=$SIG" --data-binary @{data_dir / 'sample.eml'} {fleet.url('intake')}/raw
Reports (Postgres): DATABASE_URL={env['DATABASE_URL']} python main.py reports list
Function logs: {workdir}/function-*.log   Ctrl-C stops everything.
"""
