"""`python main.py serve`: the intake function served as functions-framework serves it (gunicorn), and the
stage chain on the durable local bus in a background thread, all under LOCAL_DATA_DIR.

On first run it generates development webhook secrets, seeds a demo client directory and queues the sample emails
(so the review queue is not empty), then prints a ready-to-paste request for each provider. Unfinished emails from an interrupted run are resumed at start.

The banner never shows a secret: it prints the command that exports the dev secrets into the reader's shell
(`dev-secrets --export`), and requests that use those variables. Every command it prints works as pasted from
the directory `serve` was started in, with or without the venv activated.
"""

from __future__ import annotations

import fcntl
import os
import shlex
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
    queued = queue_samples(deps, data_dir)
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
    print(_banner(host, port, data_dir, deps.bus.pending(), resumed, workers, queued), flush=True)
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
    from functions_framework._http import create_server

    create_server(local_app(), debug=False).run(host, port)


def local_app():
    """The intake function's app answering /review/ with the review function, as one local server on one port
    (in the cloud they are two functions; the review one behind IAP)."""
    import functions_framework

    source = str(REPO_ROOT / "main.py")
    app = functions_framework.create_app(target="intake", source=source)
    review = functions_framework.create_app(target="review", source=source)
    intake_wsgi = app.wsgi_app

    def by_path(environ, start_response):
        path = environ.get("PATH_INFO", "")
        target = review.wsgi_app if path == "/review" or path.startswith("/review/") else intake_wsgi
        return target(environ, start_response)

    app.wsgi_app = by_path
    return app


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


def queue_samples(deps, data_dir: Path) -> int:
    """On a data dir's first start, the bundled sample emails (samples/creditor-statement.eml and samples/review/)
    go through intake, so the chain processes them and the review queue is not empty; never again after that
    (a marker file), nor when the data dir already has reports or queued messages. Returns how many were queued."""
    from shared.intake.service import accept
    from shared.local.runtime import FileMessage
    from shared.observability.context import new_correlation_id

    marker = data_dir / "samples-queued"
    if marker.exists() or deps.reports.list(limit=1) or deps.bus.pending():  # not a fresh data dir
        return 0
    emails = [SAMPLES / "creditor-statement.eml", *sorted((SAMPLES / "review").glob("*.eml"))]
    for path in emails:
        accept(FileMessage(path.read_bytes()), new_correlation_id(), deps, dedupe=False)
    marker.write_text(f"{len(emails)} sample emails queued on the first start\n")
    return len(emails)


def cli_command() -> str:
    """`python main.py` as the reader can paste it from the current directory: this interpreter (the venv's,
    so no activation is needed) and main.py, each relative to the current directory when below it."""
    import sys

    def shown(path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    return f"{shown(Path(sys.executable))} {shown(REPO_ROOT / 'main.py')}"


def shell_setup(data_dir: Path) -> str:
    """The lines that prepare a second terminal: the data dir when it is not the default one, and the dev
    webhook secrets exported as the variables the example requests use."""
    from shared.settings import Settings

    lines = []
    if Path(data_dir).resolve() != Settings.from_env({}).local_data_dir.resolve():
        lines.append(f"export LOCAL_DATA_DIR={shlex.quote(str(data_dir))}")
    lines.append(f'eval "$({cli_command()} dev-secrets --export)"')
    return "\n".join(lines)


_SECRET = "__DEV_SECRET__"


def webhook_examples(base: str, sample: Path) -> str:
    """One ready-to-paste request per provider, reading its secret from the shell variable of the same name
    (exported by `dev-secrets --export`), never from a value written into the text."""
    from shared.intake.providers import PROVIDERS

    blocks = []
    for provider in PROVIDERS:
        reference = f'"${provider.secret_variable}"'
        text = provider.example(base, sample, _SECRET).replace(f"'{_SECRET}'", reference)
        blocks.append(f"# {provider.name} ({provider.path})\n{text.replace(_SECRET, reference)}")
    return "\n\n".join(blocks)


def _banner(host: str, port: int, data_dir: Path, pending: int, resumed: int, workers: int = 1,
            samples: int = 0) -> str:
    base = f"http://{host}:{port}"
    cli = cli_command()
    return f"""
Creditor intake is running locally: {base}  (data: {data_dir}; {pending} queued message(s), {resumed} resumed;
{workers} chain worker(s)). Health check: curl -s {base}/healthz   (answers {{"status": "ok"}})

In another terminal, from {Path.cwd()}, export the development webhook secrets (kept in
{data_dir / 'dev-secrets.json'}) into that shell:

{shell_setup(data_dir)}

Then send the sample email (each request sends the same one, so after the first the answer is "duplicate": true):

{webhook_examples(base, data_dir / 'sample.eml')}

See the result: {cli} reports list      (or `make shell`, then `python main.py reports list`)
Review what needs review in a browser: {base}/review/   (as {os.environ.get("REVIEW_DEV_USER") or "caseworker@localhost"}{
f"; {samples} sample emails were queued on this first start" if samples else ""})
Ctrl-C stops the server; queued emails resume on the next start.
"""
