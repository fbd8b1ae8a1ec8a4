"""`python -m benchmarks [--quick] [--only NAME,...]`: run the benchmarks, print the table, write the JSON.

Results go to benchmarks/results/latest.json (and a copy named by the UTC time), with the machine they came
from. Exit status 0 even when a target is missed: a missed target is a finding, printed as such; a benchmark
that crashes exits 1.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.common import Context, Services
from benchmarks.report import render

ORDER = ["cold_start", "intake_load", "hostile_input", "engine_cpu", "chain", "sentry_overhead", "breaker_cost",
         "cost_model"]
RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict:
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "cpu": _cpu_model(), "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}


def _cpu_model() -> str:
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="small counts, 3 rounds: a fast look, not figures")
    parser.add_argument("--only", help="comma-separated benchmark names: " + ", ".join(ORDER))
    parser.add_argument("--out", type=Path, default=RESULTS, help="directory for the JSON results")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else ORDER
    unknown = set(names) - set(ORDER)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    ctx = Context(workdir=workdir, services=Services(workdir), quick=args.quick, rounds=3 if args.quick else 7)
    started, rows, failed = time.monotonic(), [], []
    try:
        for name in [n for n in ORDER if n in names]:
            print(f"== {name}", file=sys.stderr, flush=True)
            begun = time.monotonic()
            try:
                module = importlib.import_module(f"benchmarks.{name}")
                rows.extend(module.run(ctx))
            except Exception:
                traceback.print_exc()
                failed.append(name)
            print(f"   {name}: {time.monotonic() - begun:.1f} s", file=sys.stderr, flush=True)
    finally:
        ctx.services.close()
        shutil.rmtree(workdir, ignore_errors=True)
    document = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "quick": args.quick,
                "seconds": round(time.monotonic() - started, 1), "machine": machine(),
                "results": [row.as_dict() for row in rows], "failed": failed}
    print(render(document))
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = document["when"].replace(":", "").replace("+0000", "Z")
    for path in (args.out / "latest.json", args.out / f"{stamp}{'-quick' if args.quick else ''}.json"):
        path.write_text(json.dumps(document, indent=2) + "\n")
    print(f"\nwritten: {args.out / 'latest.json'}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
