"""`python main.py serve`: the intake function served as functions-framework serves it (gunicorn), and the
stage chain on the durable local bus in a background thread, all under LOCAL_DATA_DIR.

On first run it generates development webhook secrets and seeds a demo client directory, then prints a
ready-to-paste request for each provider. Unfinished emails from an interrupted run are resumed at start.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLES = REPO_ROOT / "samples"


def serve(host: str = "127.0.0.1", port: int = 8080, workers: int = 1) -> int:
    """`workers`: dispatcher processes for the chain (1: a thread in this process, as a single instance)."""
    from shared import bootstrap
    from shared.local.dev_secrets import ensure_dev_secrets
    from shared.local.runtime import bind_handlers
    from shared.local.dispatcher import Dispatcher
    from shared.settings import Settings

    settings = Settings.from_env()
    data_dir = settings.local_data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = _single_instance_lock(data_dir)
    for name, value in ensure_dev_secrets(data_dir).items():
        os.environ.setdefault(name, value)  # this launcher's own environment, inherited by its server worker
    bootstrap.reset()
    deps = bootstrap.deps()
    seed_samples(data_dir)
    _ = deps.reports  # create/upgrade the local schema before serving
    resumed = deps.bus.recover()  # before any worker starts: only the launcher releases leases
    stop = threading.Event()
    pool = worker = None
    if workers > 1:
        from shared.local.workers import PoolProcess

        # a supervised DispatcherPool in a process of its own (gunicorn here reaps every child of this process)
        pool = PoolProcess(workers, data_dir).start()
    else:
        dispatcher = Dispatcher(deps.bus, bind_handlers(deps), deps.clock)
        worker = threading.Thread(target=dispatcher.run_forever, args=(stop,), name="local-bus", daemon=True)
        worker.start()
    print(_banner(host, port, data_dir, deps.bus.pending(), resumed, workers), flush=True)
    try:
        _run_http(host, port)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        if worker is not None:
            worker.join(timeout=10)
        if pool is not None:
            pool.close()
        lock.close()
    return 0


def _run_http(host: str, port: int) -> None:
    import functions_framework
    from functions_framework._http import create_server

    app = functions_framework.create_app(target="intake", source=str(REPO_ROOT / "main.py"))
    create_server(app, debug=False).run(host, port)


def _single_instance_lock(data_dir: Path):
    handle = open(data_dir / "serve.lock", "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise SystemExit(f"another `serve` is already running on {data_dir}") from None
    return handle


def serve_is_running(data_dir: Path) -> bool:
    """Whether another process holds this data dir's serve lock."""
    path = Path(data_dir) / "serve.lock"
    if not path.exists():
        return False
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def seed_samples(data_dir: Path) -> None:
    """Demo data for a fresh data dir: the sample client directory and a sample creditor email."""
    for source, target in ((SAMPLES / "clients.json", data_dir / "clients.json"),
                           (SAMPLES / "creditor-statement.eml", data_dir / "sample.eml")):
        if not target.exists():
            shutil.copyfile(source, target)


def _banner(host: str, port: int, data_dir: Path, pending: int, resumed: int, workers: int = 1) -> str:
    from shared.intake.providers import PROVIDERS

    base = f"http://{host}:{port}"
    sample = data_dir / "sample.eml"
    examples = "\n\n".join(
        f"# {provider.name} ({provider.path})\n{provider.example(base, sample, os.environ[provider.secret_variable])}"
        for provider in PROVIDERS
    )
    return f"""
Creditor intake is running locally: {base}  (data: {data_dir}; {pending} queued message(s), {resumed} resumed;
{workers} chain worker(s))
Development webhook secrets are in {data_dir / 'dev-secrets.json'}. Example requests (paste into a shell;
they all send the same sample email, so after the first one the answer is `"duplicate": true`):

{examples}

Then: python main.py reports list      (Ctrl-C stops the server; queued emails resume on the next start)
"""
