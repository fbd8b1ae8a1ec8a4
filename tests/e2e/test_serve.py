"""`python main.py serve` as a user runs it: real HTTP on a free port, the chain in the background, and an
interrupted run resumed on restart."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys
import textwrap
import time
import urllib.request

import pytest

from shared.bootstrap import Deps
from shared.local.services import free_port
from shared.settings import Settings
from tests.conftest import REPO_ROOT
from tests.e2e.helpers import SAMPLE_EML
from tests.services import interrupt

pytestmark = pytest.mark.slow

CRASH_MID_CHAIN = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    from shared import bootstrap
    from shared.intake.service import accept
    from shared.local.runtime import FileMessage, bind_handlers
    from shared.local.dispatcher import Dispatcher

    deps = bootstrap.deps()
    accept(FileMessage(open({sample!r}, "rb").read()), "crash-test-1", deps)
    handlers = bind_handlers(deps)
    def die(event):
        os._exit(9)  # the instance dies while the extraction stage holds the message
    handlers["stage-extraction-sub"] = die
    Dispatcher(deps.bus, handlers, deps.clock).run_until_idle()
""")


def _env(data_dir) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_SIGNING_KEY", "_BASIC_AUTH", "_SECRET"))}
    env["LOCAL_DATA_DIR"] = str(data_dir)
    return env


def _start_serve(data_dir, port):
    process = subprocess.Popen([sys.executable, "main.py", "serve", "--port", str(port)], cwd=REPO_ROOT,
                               env=_env(data_dir), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                if response.status == 200:
                    return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError("serve did not come up: " + (process.stdout.read() if process.stdout else ""))


def _wait_for_report(data_dir, email_id=None, timeout=30):
    deps = Deps(Settings.from_env({"LOCAL_DATA_DIR": str(data_dir)}))
    deadline = time.time() + timeout
    while time.time() < deadline:
        reports = deps.reports.list()
        found = [r for r in reports if email_id in (None, r.email_id)]
        if found:
            return found
        time.sleep(0.2)
    return []


def test_serve_accepts_a_signed_webhook_and_writes_the_report(tmp_path):
    data_dir, port = tmp_path / "data", free_port()
    process = _start_serve(data_dir, port)
    try:
        key = json.loads((data_dir / "dev-secrets.json").read_text())["RAW_WEBHOOK_SECRET"]
        signature = hmac.new(key.encode(), SAMPLE_EML, hashlib.sha256).hexdigest()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/raw", data=SAMPLE_EML, method="POST",
            headers={"Content-Type": "message/rfc822", "X-Signature": f"sha256={signature}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = json.loads(response.read())
        reports = _wait_for_report(data_dir, body["email_id"])
        assert [r.status for r in reports] == ["processed"]
    finally:
        output = interrupt(process, timeout=20)
    assert "curl" in output and "/mailgun" in output  # the printed example requests


def test_serve_killed_mid_chain_resumes_on_restart(tmp_path):
    data_dir = tmp_path / "data"
    script = CRASH_MID_CHAIN.format(root=str(REPO_ROOT), sample=str(REPO_ROOT / "samples" / "creditor-statement.eml"))
    crashed = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, env=_env(data_dir), timeout=60)
    assert crashed.returncode == 9
    assert _wait_for_report(data_dir, timeout=0.1) == []
    process = _start_serve(data_dir, free_port())
    try:
        reports = _wait_for_report(data_dir)
    finally:
        interrupt(process, timeout=20)
    assert [(r.correlation_id, r.status) for r in reports] == [("crash-test-1", "processed")]
