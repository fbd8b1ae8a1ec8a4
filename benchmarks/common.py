"""What every benchmark shares: alternating product/baseline rounds, median-and-spread summaries, the result
row each benchmark returns, and the run context (quick mode, a work directory, lazily started emulators, and
the per-email counts one benchmark measures for another — the cost model reads them).

A figure on a noisy machine only means something next to its baseline measured in the same run, so every
benchmark measures both, alternately (ABBA order, so drift hits both sides alike), and reports medians.
"""

from __future__ import annotations

import math
import os
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable


@dataclass
class Result:
    """One row of the results table: a metric of the product, its baseline, and the target it is held to."""

    benchmark: str                       # module name: "cold_start", "chain", ...
    metric: str                          # what was measured: "intake: process start to first response"
    unit: str                            # "ms", "req/s", "emails/s", "MiB", "reads/email", "USD"
    product: list[float]
    baseline: list[float] | None = None
    baseline_name: str | None = None    # "hello-world functions-framework", "naive breaker", ...
    target: str = ""                     # the target in words: "<= hello + SDK imports + 150 ms"
    met: bool | None = None              # None: no target for this row (a breakdown or an input)
    details: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        out = {"benchmark": self.benchmark, "metric": self.metric, "unit": self.unit, "target": self.target,
               "met": self.met, "product": summarise(self.product), "details": self.details}
        if self.baseline is not None:
            out["baseline"] = summarise(self.baseline)
            out["baseline_name"] = self.baseline_name
            base = statistics.median(self.baseline) if self.baseline else 0
            out["ratio"] = round(statistics.median(self.product) / base, 3) if base else None
        return out


def summarise(samples: list[float]) -> dict:
    """Median and spread (min, max, and the interquartile range when there are enough samples)."""
    if not samples:
        return {"n": 0}
    ordered = sorted(samples)
    out = {"n": len(ordered), "median": _round(statistics.median(ordered)), "min": _round(ordered[0]),
           "max": _round(ordered[-1])}
    if len(ordered) >= 4:
        q1, _, q3 = statistics.quantiles(ordered, n=4)
        out["iqr"] = _round(q3 - q1)
    return out


def _round(value: float) -> float:
    return round(value, 3 if abs(value) < 100 else 1)


def alternate(rounds: int, product: Callable[[], float], baseline: Callable[[], float]) -> tuple[list, list]:
    """Run product and baseline `rounds` times each in ABBA order; return (product samples, baseline samples)."""
    ours, theirs = [], []
    for i in range(rounds):
        if i % 2 == 0:
            ours.append(product())
            theirs.append(baseline())
        else:
            theirs.append(baseline())
            ours.append(product())
    return ours, theirs


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of latencies)."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), math.ceil(pct / 100 * len(ordered))))
    return ordered[rank - 1]


def rss_mib(pid: int | None = None) -> float:
    """Resident memory of a process (default: this one) in MiB, from /proc."""
    with open(f"/proc/{pid or os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS not found")


class Services:
    """The emulators a benchmark asks for, started on first use and stopped by `close` (the runner's job)."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self._started: dict = {}

    def _get(self, name: str):
        if name not in self._started:
            from shared.local import services

            start = {"pubsub": services.start_pubsub, "firestore": services.start_firestore,
                     "storage": services.start_storage, "postgres": services.start_postgres}[name]
            self._started[name] = start(self.workdir)
        return self._started[name]

    @property
    def pubsub(self):
        return self._get("pubsub")

    @property
    def firestore(self):
        return self._get("firestore")

    @property
    def storage(self):
        return self._get("storage")

    @property
    def postgres(self):
        """Throw-away PostgreSQL; its database URL is `postgres_url`."""
        return self._get("postgres")

    @property
    def postgres_url(self) -> str:
        return f"postgresql+pg8000://postgres@127.0.0.1:{self.postgres.extra['port']}/postgres"

    def emulator_env(self, *names: str) -> dict[str, str]:
        """The standard variables that point the Google clients at the named emulators."""
        variables = {"pubsub": "PUBSUB_EMULATOR_HOST", "firestore": "FIRESTORE_EMULATOR_HOST",
                     "storage": "STORAGE_EMULATOR_HOST"}
        return {variables[name]: self._get(name).host for name in names}

    def close(self) -> None:
        for service in self._started.values():
            service.stop()
        self._started.clear()


@dataclass
class Context:
    """What the runner hands every benchmark's `run(ctx)`."""

    workdir: Path
    services: Services
    quick: bool = False                 # smaller counts and fewer rounds: for tests and a fast look
    rounds: int = 7                      # alternating rounds per comparison (quick: 3)
    measured: dict = field(default_factory=dict)  # per-email counts one benchmark leaves for another

    def scale(self, full: int, quick: int) -> int:
        return quick if self.quick else full
