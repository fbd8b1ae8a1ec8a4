"""Start and stop the real services of the production-like local setup: the official Pub/Sub and Firestore
emulators, gcp-storage-emulator and a throw-away PostgreSQL (`serve --emulators` and the test harness).

Each runs on a free port in its own process group; `Service.stop` stops exactly what was started. A service
that cannot run on this machine raises `ServiceUnavailable` naming it and why.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SDK = Path("/usr/lib/google-cloud-sdk/platform")
PUBSUB_SCRIPT = SDK / "pubsub-emulator" / "bin" / "cloud-pubsub-emulator"
FIRESTORE_JAR = SDK / "cloud-firestore-emulator" / "cloud-firestore-emulator.jar"
PG_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), default=Path("/usr/lib/postgresql/15/bin"),
             key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)


class ServiceUnavailable(RuntimeError):
    """A service cannot be started here; the message names it and says why."""


def unavailable(service: str, why: str):
    raise ServiceUnavailable(f"{service} is not available: {why}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listening on port {port} after {timeout:.0f}s")


@dataclass
class Service:
    name: str
    host: str
    process: subprocess.Popen
    log: Path
    extra: dict = field(default_factory=dict)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        if "datadir" in self.extra:
            shutil.rmtree(self.extra["datadir"], ignore_errors=True)


def _spawn(name: str, argv: list[str], port: int, workdir: Path, env: dict | None = None) -> Service:
    log = workdir / f"{name}.log"
    handle = open(log, "wb")
    process = subprocess.Popen(argv, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
                               env={**os.environ, **(env or {})}, cwd=workdir)
    try:
        wait_for_port(port, process)
    except RuntimeError as exc:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        raise RuntimeError(f"{name} did not start: {exc}; log: {log.read_text(errors='replace')[-2000:]}") from None
    return Service(name, f"127.0.0.1:{port}", process, log)


def start_pubsub(workdir: Path) -> Service:
    if not PUBSUB_SCRIPT.exists() or not shutil.which("java"):
        unavailable("Pub/Sub emulator", f"{PUBSUB_SCRIPT} or java not found")
    port = free_port()
    return _spawn("pubsub", [str(PUBSUB_SCRIPT), "--host=127.0.0.1", f"--port={port}"], port, workdir)


def start_firestore(workdir: Path) -> Service:
    if not FIRESTORE_JAR.exists() or not shutil.which("java"):
        unavailable("Firestore emulator", f"{FIRESTORE_JAR} or java not found")
    port = free_port()
    argv = ["java", "-Duser.language=en", "-cp", str(FIRESTORE_JAR),
            "com.google.cloud.datastore.emulator.firestore.CloudFirestore", "start",
            "--host=127.0.0.1", f"--port={port}"]
    return _spawn("firestore", argv, port, workdir)


def start_storage(workdir: Path) -> Service:
    executable = Path(sys.executable).parent / "gcp-storage-emulator"
    if not executable.exists():
        unavailable("GCS emulator", "gcp-storage-emulator is not installed (pip install gcp-storage-emulator)")
    port = free_port()
    argv = [str(executable), "start", "--host=127.0.0.1", f"--port={port}", "--in-memory"]
    service = _spawn("storage", argv, port, workdir)
    service.host = f"http://127.0.0.1:{port}"
    return service


def start_postgres(workdir: Path) -> Service:
    """initdb + pg_ctl in a temp dir; as root through `runuser -u postgres` (Postgres refuses root)."""
    if not (PG_BIN / "initdb").exists():
        unavailable("PostgreSQL", f"{PG_BIN}/initdb not found (apt-get install -y postgresql)")
    datadir = Path(tempfile.mkdtemp(prefix="intake-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(datadir, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run([*as_postgres, str(PG_BIN / "initdb"), "-D", str(datadir / "db"), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8"], check=True, capture_output=True)
    argv = [*as_postgres, str(PG_BIN / "postgres"), "-D", str(datadir / "db"), "-p", str(port), "-h", "127.0.0.1",
            "-k", str(datadir), "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"]
    service = _spawn("postgres", argv, port, workdir)
    service.extra.update(port=port, datadir=datadir)
    service.host = f"127.0.0.1:{port}"
    return service
