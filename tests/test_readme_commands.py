"""The README's commands work as pasted: the shell blocks of "Two commands", "Sending email in" and "Command
line" run in bash (errexit, pipefail) from the repo root, in the shell the README tells a reader to open (the
venv first on PATH, nothing else set up), against a fresh data dir.

What a test cannot run as written is run the closest honest way, and said so here:
- `make run` / `make test`: not run (the test would start itself); `make -n` checks the targets exist.
- `make shell`: an interactive subshell; it is run with commands on its stdin that must find the venv and
  the exported dev secrets.
- `python main.py serve ...` (foreground servers): started in the background, checked on /healthz, stopped
  with Ctrl-C, which must end them with exit 0.
- The port 8080 becomes a free port; EMAIL_ID / CORRELATION_ID become the ids of the newest report.
- "Sending email in" needs a running server: `serve` is started on that port in the background first.
A failing command fails the test with the command's text and the block's output.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from shared.local.dev_secrets import VARIABLES as SECRET_VARIABLES
from shared.settings import SETTING_VARIABLES
from shared.local.services import free_port
from tests.conftest import REPO_ROOT
from tests.services import interrupt

pytestmark = pytest.mark.slow

README = REPO_ROOT / "README.md"
VENV_BIN = Path(sys.executable).parent

PRELUDE = r"""
trap 'echo "README COMMAND FAILED (exit $?): $BASH_COMMAND" >&2' ERR
serve_check() {  # serve_check PORT COMMAND...: a foreground server, run in the background and stopped by Ctrl-C
  local port=$1; shift
  local log; log=$(mktemp)
  "$@" >"$log" 2>&1 &
  local pid=$! up=
  for _ in $(seq 1 900); do
    if curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; then up=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$up" ]; then
    echo "server did not answer /healthz on $port: $*" >&2; tail -n 40 "$log" >&2
    kill -INT "$pid" 2>/dev/null; wait "$pid"; return 1
  fi
  kill -INT "$pid"
  local status=0; wait "$pid" || status=$?
  [ "$status" = 0 ] || { echo "server ended with exit $status after Ctrl-C: $*" >&2; tail -n 40 "$log" >&2; }
  rm -f "$log"
  return "$status"
}
newest() {  # newest FIELD: that field of the newest report
  python main.py reports list --json | head -n 1 | python -c "import json,sys; print(json.load(sys.stdin)['$1'])"
}
"""


def section_blocks(title: str) -> list[str]:
    """The ```sh blocks of the README section whose `## ` heading starts with `title`."""
    text = README.read_text()
    match = re.search(rf"^## {re.escape(title)}.*?$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"README has no section '## {title}'"
    return re.findall(r"^```sh\n(.*?)^```", match.group(1), re.M | re.S)


def logical_lines(block: str) -> list[str]:
    """Lines joined where a command continues (a trailing backslash or pipe)."""
    lines, current = [], ""
    for line in block.splitlines():
        current += line + "\n"
        if not line.rstrip().endswith(("\\", "|")):
            lines.append(current.rstrip("\n"))
            current = ""
    return lines + ([current.rstrip("\n")] if current else [])


def free_port_range(count: int) -> int:
    """The first of `count` consecutive free ports."""
    for _ in range(200):
        first = free_port()
        if first + count < 65536 and all(_is_free(first + i) for i in range(count)):
            return first
    raise AssertionError(f"no {count} consecutive free ports")


def _is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def shell_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The reader's shell: no setting and no secret exported, the venv first on PATH (as `make shell` or
    `. .venv/bin/activate` leave it), a fresh data dir."""
    env = {k: v for k, v in os.environ.items() if k not in SETTING_VARIABLES and k not in SECRET_VARIABLES}
    env.update(LOCAL_DATA_DIR=str(data_dir), VIRTUAL_ENV=str(VENV_BIN.parent),
               PATH=f"{VENV_BIN}:{env.get('PATH', '/usr/bin:/bin')}", **extra)
    return env


def run_block(script: str, env: dict[str, str], timeout: float = 240) -> str:
    result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", PRELUDE + script], cwd=REPO_ROOT, env=env,
                            capture_output=True, text=True, timeout=timeout)
    output = f"--- script ---\n{script}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    assert result.returncode == 0, f"a README command failed (exit {result.returncode})\n{output}"
    return result.stdout


def start_serve(data_dir: Path, port: int) -> subprocess.Popen:
    """`serve` on `port`, its output (and its workers') written to data_dir/../serve.log — a file, never a pipe
    nobody reads: a full pipe blocks the server mid-write, holding whatever lock it held (the local bus's write
    lock: the next webhook waited 30 s and got a 503)."""
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(data_dir.parent / "serve.log", "w") as log:
        process = subprocess.Popen([sys.executable, "main.py", "serve", "--port", str(port)], cwd=REPO_ROOT,
                                   env=shell_env(data_dir), stdout=log, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return process
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.2)
    interrupt(process)
    raise AssertionError(f"serve did not come up on {port}: {serve_log(data_dir)}")


def serve_log(data_dir: Path) -> str:
    return (data_dir.parent / "serve.log").read_text(errors="replace")


def test_two_commands(tmp_path):
    blocks = section_blocks("Two commands")
    lines = [line for block in blocks for line in logical_lines(block) if line.strip() and not line.startswith("#")]
    commands = [line.split("#")[0].strip() for line in lines]
    assert commands[:2] == ["make run", "make test"], commands
    for target in ("run", "test"):
        dry = subprocess.run(["make", "-n", target], cwd=REPO_ROOT, capture_output=True, text=True)
        assert dry.returncode == 0 and dry.stdout.strip(), f"make {target}: {dry.stderr}"
    # The shell the README offers: `make shell` fed commands on stdin, and the activate line; in both the
    # CLI and the dev secrets must be there. Run with a shell env that has neither.
    checks = ('python -c "import functions_framework" && test -n "$RAW_WEBHOOK_SECRET" '
              '&& test -n "$MAILGUN_SIGNING_KEY" && python main.py reports list && echo SHELL-WORKS')
    script = []
    for command in commands[2:]:
        if command == "make shell":
            script.append(f"make -s shell <<'EOF'\nset -e\n{checks}\nEOF")
        else:
            script.append(f"{command}\n{checks}")
    assert any("make shell" in c for c in commands[2:]), "the README should offer `make shell`"
    env = shell_env(tmp_path / "data", SHELL="/bin/bash")
    env["PATH"] = env["PATH"].split(":", 1)[1]  # not yet activated: that is what these lines do
    env.pop("VIRTUAL_ENV")
    output = run_block("\n".join(script), env)
    assert output.count("SHELL-WORKS") == len(script), output


def test_sending_email_in(tmp_path):
    blocks = section_blocks("Sending email in")
    assert blocks, "no shell block in 'Sending email in'"
    data_dir, port = tmp_path / "data", free_port()
    server = start_serve(data_dir, port)
    try:
        output = run_block("\n".join(block.replace("8080", str(port)) for block in blocks), shell_env(data_dir))
    finally:
        interrupt(server)
    server_output = serve_log(data_dir)
    assert "/review/" in server_output, server_output  # the banner is in the log the secrets are checked against
    answers = [json.loads(line) for line in output.splitlines() if line.startswith("{") and "email_id" in line]
    assert [a["duplicate"] for a in answers] == [False, True, True, True], output
    assert len({a["email_id"] for a in answers}) == 1
    assert '{"status": "ok"}' in output.replace('{"status":"ok"}', '{"status": "ok"}')
    secrets = json.loads((data_dir / "dev-secrets.json").read_text())
    for name, value in secrets.items():  # neither the banner nor the commands show a secret
        assert value not in server_output + output, f"{name} appears in clear"


def command_line_script(block: str, serve_port: int, emulator_port: int) -> str:
    lines = []
    for line in logical_lines(block):
        command = line.strip()
        if command.startswith("python main.py serve") and "--emulators" in command:
            lines.append(f"serve_check {emulator_port} {command}")
        elif command.startswith("python main.py serve"):
            lines.append(f"serve_check {serve_port} {command.replace('8080', str(serve_port))}")
        else:
            lines.append(line.replace("EMAIL_ID", '"$(newest email_id)"')
                         .replace("CORRELATION_ID", '"$(newest correlation_id)"'))
    return "\n".join(lines)


def test_command_line(tmp_path):
    blocks = section_blocks("Command line")
    assert blocks, "no shell block in 'Command line'"
    parser_commands = _cli_commands()
    documented = " ".join(blocks)
    missing = [c for c in parser_commands if f"python main.py {c}" not in documented]
    assert not missing, f"commands of `python main.py --help` the README's Command line block omits: {missing}"
    serve_port, emulator_port = free_port(), free_port()
    env = shell_env(tmp_path / "data", INTAKE_PORT=str(emulator_port), FUNCTION_PORTS_FROM=str(free_port_range(6)))
    run_block("\n".join(command_line_script(block, serve_port, emulator_port) for block in blocks), env, timeout=420)


def _cli_commands() -> list[str]:
    """Every command and subcommand of the real parser ("reports list", "eval", ...)."""
    import argparse

    from shared.cli import build_parser

    def subcommands(parser) -> dict:
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return actions[0].choices if actions else {}

    names = []
    for name, sub in subcommands(build_parser()).items():
        nested = subcommands(sub)
        names.extend(f"{name} {child}" for child in nested) if nested else names.append(name)
    return names
