"""Answers gunicorn gives before the function runs (header block too large, malformed request line or
header, unsupported transfer coding) are JSON like every other refusal — against the real server that
functions-framework starts (`create_server`, gunicorn), over raw sockets."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

from shared.local.services import free_port
from tests.conftest import REPO_ROOT

SERVER = """
import sys
import functions_framework
from functions_framework._http import create_server
app = functions_framework.create_app(target="intake", source=sys.argv[1])
create_server(app, debug=False).run("127.0.0.1", int(sys.argv[2]))
"""


@pytest.fixture(scope="module")
def server_port(tmp_path_factory):
    port = free_port()
    env = {**os.environ, "LOCAL_DATA_DIR": str(tmp_path_factory.mktemp("data")), "PYTHONPATH": str(REPO_ROOT)}
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(REPO_ROOT / "main.py"), str(port)], env=env,
                               cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield port
    process.terminate()
    process.wait(10)


def _exchange(port: int, request: bytes) -> tuple[int, str, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(request)
        data = b""
        while chunk := connection.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), headers.get("Content-Type", ""), body


MALFORMED = {
    "header field too large": b"POST /mailgun HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 10_000 + b"\r\n\r\n",
    "too many header fields": b"POST /mailgun HTTP/1.1\r\nHost: x\r\n" + b"".join(
        f"X-{n}: v\r\n".encode() for n in range(150)) + b"\r\n",
    "malformed header name": b"POST /raw HTTP/1.1\r\nHost: x\r\nBad Header: v\r\n\r\n",
    "bad http version": b"POST /raw HTTP/9.x\r\nHost: x\r\n\r\n",
    "unsupported transfer coding": b"POST /raw HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
    "bad chunk size": b"POST /raw HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_the_servers_own_refusals_are_json(server_port, case):
    status, content_type, body = _exchange(server_port, MALFORMED[case])
    assert 400 <= status < 600 and status != 500, (case, status)
    assert content_type == "application/json", (case, content_type, body[:200])
    assert json.loads(body)["error"]


def test_the_functions_own_answers_stay_json_through_gunicorn(server_port):
    status, content_type, body = _exchange(server_port, b"GET /mailgun HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert (status, content_type) == (405, "application/json") and "POST" in json.loads(body)["error"]
