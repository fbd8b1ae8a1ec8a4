"""Sentry overhead per stage invocation: Sentry enabled (DSN of a local sink on 127.0.0.1, production sample
rates from Settings: traces 0.1, profiles 0.1) against disabled (no DSN). Target (the issue): <= 1 ms median.

`shared.observability.sentry` keeps a process-global init state, so each configuration lives in its own
worker process (`python -m benchmarks.sentry_overhead --worker`), started once; the parent asks the workers
for rounds in ABBA order over a pipe. Each worker has its own local data dir, builds its inputs before any
round (distinct emails accepted by the intake service, their `intent` CloudEvents read off the local bus), and
logs as a function instance does (JSON lines, here to /dev/null and the local log file), so Sentry's logging
integration sees the same records it would in production.

Two measurements, both the median per-invocation time of a round, enabled minus disabled:
  * stage — `shared.runtime.entry.serve_event("intent", event, deps)`: a real stage on a real, distinct input
    (decode, claim check, rules engine, publish, completion record), the whole entry point Sentry wraps;
  * wrapper — `sentry.run_in_sentry(no-op, tags, trace, ...)` alone: what the wrapper itself costs.
A third worker runs the stage with traces (and profiles) at 1.0, for the worst case.

The stage events carry no `sentry-trace` attribute (the inputs are made with Sentry off), so each invocation
makes its own sampling decision at the configured rate, as an intake-sampled trace would on average.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from benchmarks.common import Context, Result, alternate
from shared.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "creditor-statement.eml"
TARGET_MS = 1.0
STAGE = "intent"


# -- the worker (one process per configuration) ----------------------------------------------------------------
class _Worker:
    """Measures in its own process; driven by JSON lines on stdin, answers JSON lines on the original stdout."""

    def __init__(self, data_dir: Path, dsn: str | None, traces: float, profiles: float, inputs: int):
        from shared.bootstrap import Deps
        from shared.observability.logs import configure
        from shared.settings import Settings

        self.settings = Settings.from_env({}, local_data_dir=data_dir, sentry_dsn=dsn or None,
                                          sentry_traces_sample_rate=traces, sentry_profiles_sample_rate=profiles,
                                          sentry_environment="bench", mailgun_signing_key="unused")
        configure(log_file=data_dir / "logs" / "pipeline.jsonl", project=self.settings.project,
                  stream=open(os.devnull, "w"))
        self.deps = Deps(self.settings)
        self.events = self._inputs(inputs)

    def _inputs(self, count: int, emails: int = 20) -> list:
        """`count` distinct `intent` CloudEvents: `emails` distinct emails through the intake service (Sentry
        not yet initialised), their events read off the local bus, then copies of those envelopes under new
        email ids (each a first delivery for the stage: its own completion record, the same stored mail)."""
        from datetime import datetime, timezone

        from shared import chain
        from shared.domain.envelope import decode_envelope
        from shared.intake.providers.common import ProviderMessage
        from shared.intake.service import accept, new_email_id
        from shared.pubsub_event import decode_pubsub_event, to_cloud_event

        raw = SAMPLE.read_bytes()
        for n in range(min(emails, count)):
            unique = raw.replace(b"Message-ID: <forderung-448812-20261116@stadtwerke-koeln.example>",
                                 f"Message-ID: <bench-{n}-{uuid.uuid4().hex}@stadtwerke-koeln.example>".encode())
            accept(ProviderMessage("mailgun", unique, None), uuid.uuid4().hex, self.deps)
        delivered: list = []

        class Collect(dict):
            def get(self, key, default=None):
                return delivered.append

        while self.deps.bus.deliver_next(Collect()):
            pass
        route = chain.BY_NAME[STAGE]
        envelopes = [decode_envelope(decode_pubsub_event(e).data) for e in delivered
                     if e.data["subscription"].endswith("/" + route.subscription)]
        events = []
        for n in range(count):
            envelope = envelopes[n % len(envelopes)]
            if n >= len(envelopes):
                envelope = envelope.model_copy(update={"email_id": new_email_id(self.deps),
                                                       "correlation_id": uuid.uuid4().hex})
            events.append(to_cloud_event(self.settings.project, route.topic, route.subscription, uuid.uuid4().hex,
                                         envelope.encode(), envelope.attributes(), datetime.now(timezone.utc)))
        return events

    def stage_round(self, count: int) -> dict:
        from shared.runtime.entry import serve_event

        if len(self.events) < count:
            raise RuntimeError(f"out of inputs: {len(self.events)} left, {count} asked")
        batch, self.events = self.events[:count], self.events[count:]
        times, cpu = [], []
        for event in batch:
            began, began_cpu = time.perf_counter(), time.process_time()
            serve_event(STAGE, event, self.deps)
            times.append((time.perf_counter() - began) * 1000)
            cpu.append((time.process_time() - began_cpu) * 1000)
        return _summary(times, cpu)

    def wrapper_round(self, count: int) -> dict:
        from shared.observability import sentry

        sentry.init(self.settings)
        tags = {"stage": STAGE, "email_id": "20261129T000000-000000000000", "correlation_id": "c" * 32,
                "provider": "mailgun"}
        noop = lambda: None  # noqa: E731
        times, cpu = [], []
        for _ in range(count):
            began, began_cpu = time.perf_counter(), time.process_time()
            sentry.run_in_sentry(noop, tags, {}, name=STAGE, op="function.pubsub")
            times.append((time.perf_counter() - began) * 1000)
            cpu.append((time.process_time() - began_cpu) * 1000)
        return _summary(times, cpu)


def _summary(times: list[float], cpu: list[float]) -> dict:
    """Per-invocation medians: wall time (what the invocation takes) and the process's CPU time (all its
    threads, Sentry's sender included; not inflated by other processes on a busy machine)."""
    return {"median_ms": statistics.median(times), "mean_ms": statistics.fmean(times),
            "cpu_median_ms": statistics.median(cpu), "n": len(times)}


def worker_main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--dsn", default="")
    parser.add_argument("--traces", type=float, default=0.1)
    parser.add_argument("--profiles", type=float, default=0.1)
    parser.add_argument("--inputs", type=int, required=True)
    args = parser.parse_args(argv)
    answers = os.fdopen(os.dup(1), "w", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)   # anything else printed goes nowhere; the answers keep their own descriptor
    worker = _Worker(args.data_dir, args.dsn, args.traces, args.profiles, args.inputs)
    answers.write(json.dumps({"ready": len(worker.events)}) + "\n")
    for line in sys.stdin:
        command = json.loads(line)
        if command["op"] == "stop":
            break
        result = getattr(worker, f"{command['op']}_round")(command["count"])
        answers.write(json.dumps(result) + "\n")
    if worker.settings.sentry_dsn:
        import sentry_sdk

        sentry_sdk.flush(timeout=5)
    return 0


class WorkerProcess:
    """The parent's handle on one worker."""

    def __init__(self, name: str, data_dir: Path, dsn: str | None, traces: float, profiles: float, inputs: int):
        self.name = name
        data_dir.mkdir(parents=True, exist_ok=True)
        self.stderr = open(data_dir / "worker.stderr", "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.sentry_overhead", "--worker", "--data-dir", str(data_dir),
             "--dsn", dsn or "", "--traces", str(traces), "--profiles", str(profiles), "--inputs", str(inputs)],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.stderr, text=True, bufsize=1)

    def wait_ready(self) -> int:
        return self._answer()["ready"]

    def round(self, op: str, count: int) -> dict:
        self.process.stdin.write(json.dumps({"op": op, "count": count}) + "\n")
        return self._answer()

    def _answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=10)
            raise RuntimeError(f"sentry worker {self.name} exited ({self.process.returncode}); "
                               f"see {self.stderr.name}")
        return json.loads(line)

    def stop(self) -> None:
        try:
            if self.process.poll() is None:
                self.process.stdin.write(json.dumps({"op": "stop"}) + "\n")
                self.process.stdin.flush()
                self.process.wait(timeout=15)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            self.stderr.close()


# -- the benchmark -------------------------------------------------------------------------------------------
def run(ctx: Context) -> list[Result]:
    from benchmarks.sentry_sink import SentrySink

    per_round = ctx.scale(70, 40)           # stage invocations per round (each on its own input)
    wrapper_calls = ctx.scale(400, 200)     # no-op wrapper calls per round
    inputs = per_round * ctx.rounds + 5
    began = time.monotonic()
    sink = SentrySink()
    base = ctx.workdir / "sentry-overhead"
    workers = {}
    try:
        specs = {"enabled": (sink.dsn, None), "disabled": (None, None), "full": (sink.dsn, 1.0)}
        for name, (dsn, rate) in specs.items():
            defaults = Settings()
            traces = rate if rate is not None else defaults.sentry_traces_sample_rate
            profiles = rate if rate is not None else defaults.sentry_profiles_sample_rate
            workers[name] = WorkerProcess(name, base / name, dsn, traces, profiles, inputs)
        for worker in workers.values():
            if worker.wait_ready() < inputs - 5:
                raise RuntimeError(f"worker {worker.name} prepared too few inputs")
        for worker in workers.values():   # first invocations initialise the SDK and warm caches: not samples
            worker.round("stage", 2)
            worker.round("wrapper", 50)

        setup_seconds = time.monotonic() - began
        full_stage: list[float] = []
        cpu: dict[str, list[float]] = {"enabled": [], "disabled": [], "full": []}

        def stage(name: str) -> float:
            answer = workers[name].round("stage", per_round)
            cpu[name].append(answer["cpu_median_ms"])
            return answer["median_ms"]

        def enabled_stage() -> float:
            full_stage.append(stage("full"))
            return stage("enabled")

        stage_on, stage_off = alternate(ctx.rounds, enabled_stage, lambda: stage("disabled"))
        wrap_on, wrap_off = alternate(ctx.rounds,
                                      lambda: workers["enabled"].round("wrapper", wrapper_calls)["median_ms"],
                                      lambda: workers["disabled"].round("wrapper", wrapper_calls)["median_ms"])
    finally:
        for worker in workers.values():
            worker.stop()
        time.sleep(0.2)
        received = sink.snapshot()
        sink.close()

    stage_diff = [a - b for a, b in zip(stage_on, stage_off)]
    full_diff = [a - b for a, b in zip(full_stage, stage_off)]
    wrap_diff = [a - b for a, b in zip(wrap_on, wrap_off)]
    median_diff = statistics.median(stage_diff)
    common = {"stage": STAGE, "invocations_per_round": per_round, "rounds": ctx.rounds,
              "sample_rates": {"traces": Settings().sentry_traces_sample_rate,
                               "profiles": Settings().sentry_profiles_sample_rate},
              "sink_received": received, "setup_seconds": round(setup_seconds, 1),
              "measure_seconds": round(time.monotonic() - began - setup_seconds, 1)}
    return [
        Result("sentry_overhead", f"{STAGE} stage invocation: Sentry on minus off (median per invocation)", "ms",
               stage_diff, target=f"<= {TARGET_MS:g} ms median", met=median_diff <= TARGET_MS,
               details={**common, "enabled_median_ms": _r(stage_on), "disabled_median_ms": _r(stage_off),
                        "what": "serve_event on distinct real inputs; product = difference per round"}),
        Result("sentry_overhead", f"{STAGE} stage invocation, process CPU time: Sentry on minus off", "ms",
               [a - b for a, b in zip(cpu["enabled"], cpu["disabled"])],
               details={"enabled_cpu_median_ms": _r(cpu["enabled"]), "disabled_cpu_median_ms": _r(cpu["disabled"]),
                        "full_minus_off_cpu_ms": _r([a - b for a, b in zip(cpu["full"], cpu["disabled"])]),
                        "what": "the same invocations as the wall-time row, CPU time of the worker process (all "
                                "threads): a cross-check that other processes on a busy machine do not inflate"}),
        Result("sentry_overhead", f"{STAGE} stage invocation time, Sentry on (traces/profiles 0.1) vs off", "ms",
               stage_on, stage_off, "Sentry disabled (no DSN)", details=common),
        Result("sentry_overhead", f"{STAGE} stage invocation: Sentry on at traces/profiles 1.0 minus off", "ms",
               full_diff, details={**common, "enabled_full_median_ms": _r(full_stage),
                                   "what": "worst case: every invocation sends its transaction before returning "
                                           "(profiles at 1.0 too; the SDK drops profiles of runs this short)"}),
        Result("sentry_overhead", "run_in_sentry wrapper alone (no-op body): on minus off", "ms", wrap_diff,
               details={"calls_per_round": wrapper_calls, "enabled_median_ms": _r(wrap_on),
                        "disabled_median_ms": _r(wrap_off)}),
    ]


def _r(values: list[float]) -> float:
    return round(statistics.median(values), 4) if values else float("nan")

if __name__ == "__main__":
    sys.exit(worker_main(sys.argv[1:]))
