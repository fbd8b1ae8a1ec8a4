"""`python main.py serve --emulators` (`make run-emulators`): the production-like pipeline on this machine.

Starts the Pub/Sub, Firestore and GCS emulators and a throw-away PostgreSQL, creates the bucket, the schema,
every topic and push subscription (with dead-letter topics), and serves every function on its own port as on
GCP: intake on INTAKE_PORT (8080, where `make run` listens, so the same requests work) and the other functions
on consecutive ports from FUNCTION_PORTS_FROM (8090). The banner says what runs where, how to send a webhook and
which variables point the command line at the emulators (also written to $LOCAL_DATA_DIR/emulators.env while it
runs). Ctrl-C (or SIGTERM) stops everything it started and removes its temp folder.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import socket
import tempfile
import time
from pathlib import Path

DEFAULT_INTAKE_PORT = 8080
DEFAULT_FUNCTION_PORTS_FROM = 8090
ENV_FILE = "emulators.env"
# what the command line needs to read the emulators' state and reports (breaker status, reports list, dlq replay)
CLI_VARIABLES = ("RUNTIME", "GOOGLE_CLOUD_PROJECT", "PUBSUB_EMULATOR_HOST", "FIRESTORE_EMULATOR_HOST",
                 "STORAGE_EMULATOR_HOST", "BLOB_BUCKET", "DATABASE_URL")


def serve_emulators() -> int:
    from shared.local import services
    from shared.local.dev_secrets import ensure_dev_secrets
    from shared.local.emulators import ENTRY_POINTS, fixed_ports, provision_pubsub, start_functions
    from shared.settings import Settings

    settings = Settings.from_env()
    data_dir = settings.local_data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    ports = fixed_ports(*_requested_ports(os.environ))
    _check_free(ports)
    workdir = Path(tempfile.mkdtemp(prefix="intake-emulators-"))
    env_file = data_dir / ENV_FILE
    started: list = []
    _stop_on_signals()
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
        fleet = start_functions({**env, **ensure_dev_secrets(data_dir)}, workdir, tuple(ENTRY_POINTS), ports)
        started.extend(fleet.services.values())
        provision_pubsub(env["GOOGLE_CLOUD_PROJECT"], fleet, settings.max_delivery_attempts,
                         settings.retry_min_backoff_seconds, settings.retry_max_backoff_seconds)
        env_file.write_text(cli_exports(env) + "\n")
        print(_banner(fleet, started[:4], env, data_dir, workdir), flush=True)
        _wait_for_interrupt()
    except KeyboardInterrupt:  # during start-up: stop what was started, like Ctrl-C later
        print("interrupted during start-up", flush=True)
    finally:
        for service in reversed(started):
            service.stop()
        env_file.unlink(missing_ok=True)
        shutil.rmtree(workdir, ignore_errors=True)
        print(f"stopped everything that was started and removed {workdir}", flush=True)
    return 0


def _requested_ports(environ) -> tuple[int, int]:
    """(intake port, first port of the other functions) from INTAKE_PORT and FUNCTION_PORTS_FROM."""
    chosen = []
    for name, default in (("INTAKE_PORT", DEFAULT_INTAKE_PORT), ("FUNCTION_PORTS_FROM", DEFAULT_FUNCTION_PORTS_FROM)):
        raw = environ.get(name) or str(default)
        if not raw.isdigit() or not 0 < int(raw) < 65536:
            raise SystemExit(f"error: {name}={raw!r} is not a port number (1-65535)")
        chosen.append(int(raw))
    return chosen[0], chosen[1]


def _check_free(ports: dict[str, int]) -> None:
    """Refuse before starting anything when a chosen port is taken or two functions share one."""
    if len(set(ports.values())) < len(ports):
        raise SystemExit(f"error: the functions' ports overlap: {ports}; choose INTAKE_PORT outside "
                         "FUNCTION_PORTS_FROM and the five ports after it")
    for name, port in ports.items():
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                raise SystemExit(
                    f"error: port {port} for the {name} function is in use (is `make run` running?); choose "
                    "others: make run-emulators PORT=... FUNCTION_PORTS_FROM=...") from None


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


def cli_exports(env: dict[str, str]) -> str:
    """One `export` line that points `python main.py ...` (breaker status, reports list) at the emulators."""
    return "export " + " ".join(f"{name}={shlex.quote(env[name])}" for name in CLI_VARIABLES)


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


def _stop_on_signals() -> None:
    """Ctrl-C (SIGINT) and SIGTERM raise KeyboardInterrupt from now on, during start-up too, so either ends in
    the cleanup. Set explicitly: a shell starts a background job with SIGINT ignored, and Python then never
    raises KeyboardInterrupt, so `kill -INT` would not stop a backgrounded `serve --emulators`."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.default_int_handler)


def _wait_for_interrupt() -> None:
    try:
        while True:
            time.sleep(1.0)
    except KeyboardInterrupt:
        pass


def _banner(fleet, services, env: dict[str, str], data_dir: Path, workdir: Path) -> str:
    from shared.local.serve import cli_command, shell_setup, webhook_examples

    what = {"pubsub": "Pub/Sub emulator", "firestore": "Firestore emulator", "storage": "GCS emulator",
            "postgres": "PostgreSQL (reports)"}
    backends = "\n".join(f"  {what.get(s.name, s.name):22} {s.host}" for s in services)
    functions = "\n".join(f"  {name:22} {fleet.url(name)}" + ("   <- webhooks go here" if name == "intake" else "")
                          for name in fleet.services)
    intake, cli = fleet.url("intake"), cli_command()
    return f"""
Production-like pipeline on the emulators (project {env['GOOGLE_CLOUD_PROJECT']}, bucket {env['BLOB_BUCKET']}, \
data: {data_dir}):
{backends}
functions (functions-framework, fed by Pub/Sub push subscriptions):
{functions}
Health check: curl -s {intake}/healthz

In another terminal, from {Path.cwd()}, export the development webhook secrets and send the sample email
(the same routes and secrets as `make run`):

{shell_setup(data_dir)}

{webhook_examples(intake, data_dir / 'sample.eml')}

Point the command line at the emulators (the line is also in {data_dir / ENV_FILE} while this runs), then
look at the breakers and the reports:

{cli_exports(env)}
{cli} breaker status
{cli} reports list

Function logs: {workdir}/function-*.log (removed on exit). Ctrl-C stops everything.
"""
