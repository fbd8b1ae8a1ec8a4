"""The subprocess side of the cold-start benchmark (stdlib-only at import time, so it adds nothing to what it
measures). Run as a script from the repository root with the function's environment:

    python benchmarks/cold_start_worker.py prime OUT.json
        Provision the emulators for one project (bucket, topics) and run the chain once, in this process, on
        the real Firestore and GCS emulators, recording what intake and each stage publish (a recording bus
        stands in for Pub/Sub here only): each stage's realistic input for the measured runs.

    python benchmarks/cold_start_worker.py probe ENTRY SOURCE SIGNATURE REQUEST.json MODE [SDK_MODULES.json]
        One cold first call of ENTRY, in-process through functions-framework's Flask app (no server).
        MODE "natural": create the app, then handle the request (run it under `python -X importtime` to see
        what the first call imports). MODE "phased": the same work in forced sequential phases, each timed:
        framework + app, the SDK modules listed in SDK_MODULES.json, other libraries listed there, our own
        modules, client creation, then the first request (its first RPCs). Prints one JSON line.
"""

from __future__ import annotations

import time

_T_MAIN = time.time()  # as early as this script can stamp it

import base64  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Run as a script, the path starts with benchmarks/: put the repository root there instead (as for main.py).
sys.path[0] = REPO_ROOT


# --- probe ---------------------------------------------------------------------------------------------------
def _import_all(names: list[str]) -> list[str]:
    """Import each module (in order); return the ones that could not be imported on their own."""
    failed = []
    for name in names:
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except Exception:  # a private or conditional module: it is imported later by whoever needs it
            failed.append(name)
    return failed


def _build_clients(services: list[str]) -> list[str]:
    """Create the clients of the services the function uses on a normal message (nothing is sent yet)."""
    from shared.bootstrap import deps

    dependencies = deps()
    builders = {
        "firestore": lambda: dependencies.state.client,
        "storage": lambda: dependencies.blobs.inner.bucket,
        "pubsub": lambda: dependencies.bus.publisher,
        "sql": lambda: dependencies.reports,  # SQLAlchemy engine and store; the pool connects on first use
        "mongo": lambda: dependencies.clients,  # pymongo client, or mongomock loaded from clients.json
    }
    built = []
    for service in services:
        if service in builders:
            builders[service]()
            built.append(service)
    return built


def _first_request(app, request: dict) -> tuple[int, str]:
    client = app.test_client()
    response = client.open(request["path"], method=request["method"], headers=request["headers"],
                           data=base64.b64decode(request["body"]))
    return response.status_code, response.get_data(as_text=True)[:300]


def probe(entry: str, source: str, signature: str, request_file: str, mode: str, modules_file: str | None) -> None:
    t0 = float(os.environ.get("COLD_START_T0", _T_MAIN))
    request = json.loads(open(request_file).read())
    phases: dict[str, float] = {"interpreter": (_T_MAIN - t0) * 1000}
    mark = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        phases[name] = (now - mark) * 1000
        mark = now

    import functions_framework

    app = functions_framework.create_app(target=entry, source=source, signature_type=signature)
    lap("framework")
    skipped: list[str] = []
    built: list[str] = []
    if mode == "phased":
        plan = json.loads(open(modules_file).read()) if modules_file else {}
        skipped += _import_all(plan.get("sdk", []))
        lap("sdk_imports")
        skipped += _import_all(plan.get("other", []))
        lap("other_imports")
        skipped += _import_all(plan.get("own", []))
        lap("own_imports")
        built = _build_clients(plan.get("clients", []))
        lap("clients")
    before = set(sys.modules)
    status, body = _first_request(app, request)
    lap("first_request")
    imported_during_request = sorted(set(sys.modules) - before)
    print(json.dumps({"entry": entry, "mode": mode, "status": status, "body": body, "phases_ms": phases,
                      "clients": built, "skipped_modules": skipped,
                      "imported_during_request": imported_during_request if mode == "phased" else None,
                      "modules": sorted(sys.modules)}), flush=True)


# --- prime ---------------------------------------------------------------------------------------------------
class RecordingBus:
    """Keeps what is published (priming only: the measured runs publish to the real emulator)."""

    def __init__(self):
        self.sent: list[tuple[str, bytes, dict]] = []

    def publish(self, topic: str, data: bytes, attributes) -> str:
        self.sent.append((topic, bytes(data), dict(attributes)))
        return str(len(self.sent))


def prime(out_file: str) -> None:
    import subprocess
    from datetime import datetime, timezone

    import functions_framework
    from google.cloud import pubsub_v1, storage

    from shared import bootstrap, chain, topics
    from shared.bootstrap import Deps
    from shared.pubsub_event import to_cloud_event
    from shared.runtime.entry import serve_event
    from shared.settings import Settings

    settings = Settings.from_env()
    from sqlalchemy import create_engine, text

    admin = create_engine(os.environ["COLD_START_ADMIN_URL"], isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {settings.database_url.rsplit('/', 1)[1]}"))
    admin.dispose()
    migrate = subprocess.Popen([sys.executable, "main.py", "db", "upgrade"], cwd=REPO_ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    storage.Client(project=settings.project).create_bucket(settings.blob_bucket)
    publisher = pubsub_v1.PublisherClient()
    for stage in chain.STAGES:
        publisher.create_topic(name=publisher.topic_path(settings.project, stage.topic))
    request = json.loads(open(os.environ["COLD_START_PRIME_REQUEST"]).read())

    bus = RecordingBus()
    deps = Deps(settings, bus=bus)
    bootstrap.use(deps)
    app = functions_framework.create_app(target="intake", source=os.path.join(REPO_ROOT, "main.py"))
    status, body = _first_request(app, request)
    if status // 100 != 2:
        raise SystemExit(f"priming intake answered {status}: {body}")
    inputs = {}
    for stage in chain.STAGES:
        published = [m for m in bus.sent if m[0] == stage.topic]
        if not published:
            raise SystemExit(f"priming: nothing was published to {stage.topic} (sent: {[m[0] for m in bus.sent]})")
        _, data, attributes = published[-1]
        if "reports" in stage.ports and migrate.wait(timeout=120) != 0:
            raise SystemExit(f"main.py db upgrade failed: {migrate.stdout.read().decode(errors='replace')}")
        inputs[stage.name] = {"topic": stage.topic, "data": base64.b64encode(data).decode(),
                              "attributes": attributes}
        event = to_cloud_event(settings.project, stage.topic, stage.subscription, f"prime-{stage.name}", data,
                               attributes, datetime.now(timezone.utc))
        serve_event(stage.name, event, deps)
    failures = [m for m in bus.sent if m[0] == topics.REPORT and b'"failure":null' not in m[1].replace(b" ", b"")]
    print(json.dumps({"inputs": inputs, "intake": json.loads(body), "published": [m[0] for m in bus.sent],
                      "failures": len(failures)}), file=open(out_file, "w"))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "probe":
        probe(*sys.argv[2:7], sys.argv[7] if len(sys.argv) > 7 else None)
    elif command == "prime":
        prime(sys.argv[2])
    else:
        raise SystemExit(f"unknown command {command!r}")
