"""Hostile input through the whole intake: for each class of hostile email (tests/mail/hostile.py) at a given
size, a correctly signed post to /raw answered by the real intake entry point, then the chain run to its
report. Per class: the answer's status, seconds to answer, the peak resident memory above the level before
the request, and how many reports the chain wrote.

    python -m benchmarks.hostile_input SIZE_BYTES [CLASS ...]     one JSON line per class

Runs in a process of its own under an address-space cap (its size at start + CAP_BYTES), so a regression ends
in MemoryError instead of taking the machine. The peak is the kernel's VmHWM, reset before each post through
/proc/self/clear_refs. The test (tests/intake/test_hostile_intake.py) and `make bench` both use it.
"""

from __future__ import annotations

import gc
import hashlib
import hmac
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.process_memory import cap_address_space, reset_peak, return_free_memory, status

ROOT = Path(__file__).resolve().parents[1]
CAP_BYTES = 2 * 1024**3
SECRET = "hostile-bench-secret"


def _intake(data_dir: Path):
    import functions_framework

    from shared import bootstrap
    from shared.bootstrap import Deps
    from shared.settings import Settings

    deps = Deps(Settings.from_env({}, local_data_dir=data_dir, raw_webhook_secret=SECRET))
    bootstrap.use(deps)
    app = functions_framework.create_app(target="intake", source=str(ROOT / "main.py"))
    return deps, app.test_client()


def _build(hostile, size: int) -> bytes:
    """The class's email at most `size` bytes long and close to it (some builders overshoot their size)."""
    raw = hostile.build(size)
    if len(raw) > size:
        raw = hostile.build(int(size * size / len(raw) * 0.99))
    return raw


def measure(name: str, size: int, workdir: Path) -> dict:
    """One class: post, answer, peak, then the chain and its reports (in a fresh data dir)."""
    from shared.local.runtime import dispatcher_for
    from tests.mail.hostile import CLASSES

    data_dir = workdir / name
    deps, client = _intake(data_dir)
    raw = _build(CLASSES[name], size)
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    gc.collect()
    return_free_memory()
    reset_peak()
    before = status("VmHWM")[0]
    began = time.monotonic()
    try:
        response = client.post("/raw", data=raw, content_type="message/rfc822",
                               headers={"X-Signature": f"sha256={signature}"})
        answer, error = response.status_code, None
    except MemoryError:
        answer, error = None, "MemoryError"
    seconds = time.monotonic() - began
    peak = status("VmHWM")[0] - before
    reports, chain_seconds = 0, 0.0
    if answer == 200:
        began = time.monotonic()
        dispatcher_for(deps).run_until_idle()
        chain_seconds = time.monotonic() - began
        reports = len(deps.reports.list())
    shutil.rmtree(data_dir, ignore_errors=True)
    return {"name": name, "size": len(raw), "status": answer, "seconds": round(seconds, 3), "peak": peak,
            "reports": reports, "chain_seconds": round(chain_seconds, 2), "error": error}


def probe(size: int, names: list[str] | None = None, timeout: float = 1800) -> list[dict]:
    """Run `measure` for each class in a capped subprocess; one dict per class."""
    output = subprocess.run([sys.executable, "-m", "benchmarks.hostile_input", str(size), *(names or [])],
                            cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
    rows = [json.loads(line) for line in output.stdout.splitlines() if line.startswith("{\"name\"")]
    if not rows:
        raise RuntimeError(f"hostile-input probe printed nothing: {output.stderr[-2000:]}")
    return rows


def run(ctx) -> list:
    """`make bench` rows: worst answer seconds and peak RSS per MB of input, per class, at 25 MB (quick: 1 MB)."""
    from benchmarks.common import Result

    size = ctx.scale(25 * 1024 * 1024, 1024 * 1024)  # MAX_BODY_BYTES by default
    rows = probe(size)
    worst = max(rows, key=lambda r: r["seconds"])
    fattest = max(rows, key=lambda r: r["peak"] / r["size"])
    per_class = {r["name"]: {"status": r["status"], "seconds": r["seconds"], "peak_mib": round(r["peak"] / 2**20, 1),
                             "rss_per_mb_input": round(r["peak"] / r["size"], 2), "reports": r["reports"],
                             "chain_seconds": r["chain_seconds"]} for r in rows}
    mib = size / 2**20
    return [
        Result("hostile_input", f"intake answer, worst of {len(rows)} hostile classes at {mib:.0f} MiB", "s",
               [worst["seconds"]], target="<= 5 s, 200 or the stop status, one report each",
               met=worst["seconds"] <= 5 and all(r["status"] == 200 for r in rows)
               and all(r["reports"] == 1 for r in rows if r["status"] == 200),
               details={"worst_class": worst["name"], "classes": per_class}),
        Result("hostile_input", f"intake peak RSS per MB of input, worst class at {mib:.0f} MiB", "MiB/MiB",
               [fattest["peak"] / fattest["size"]], target="peak <= 3 x body + 50 MB",
               met=all(r["peak"] <= 3 * r["size"] + 50 * 2**20 for r in rows),
               details={"worst_class": fattest["name"]}),
    ]


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.mail.hostile import CLASSES

    size, names = int(argv[0]), argv[1:] or list(CLASSES)
    _intake(Path(tempfile.mkdtemp()))  # imports and the app warm before the cap and the first measurement
    cap_address_space(CAP_BYTES)
    workdir = Path(tempfile.mkdtemp(prefix="hostile-"))
    try:
        for name in names:
            print(json.dumps(measure(name, size, workdir)), flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
