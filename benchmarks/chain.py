"""Chain throughput: emails/s through the whole local chain, and resident memory at its start, middle and end.

The run, as `serve --workers N` keeps it: a fresh LOCAL_DATA_DIR (SQLite bus, state and reports, file blobs,
the JSON-backed client directory seeded from samples/clients.json), the offline rules engine, N dispatcher
processes (shared.local.workers.DispatcherPool, N = the CPU count, 2 on the reference machine) sharing the bus,
and this process as the intake: it accepts every email of the committed mix (benchmarks/mix.json, built by
benchmarks/mix.py into a spool folder before the clock starts) the way the webhook does — parse, claim-check
store, publish, dedupe record — as fast as it can, while the workers drain the chain. The clock stops when the
last of the emails has its report; a run that ends with a report missing or `failed` raises (a benchmark that
measures failures is worthless).

Baseline (the runtime's floor): the same number of emails through the same bus and the same dispatcher
processes with no-op stage handlers — each stage republishes its input to the next topic, the report stage
writes nothing — and this process publishing a small envelope per email as the intake. Product and baseline
run alternately (one round each in full mode: 10,000 emails are the sample).

Memory: VmRSS of every process involved (intake + workers), at the start (workers ready, before the first
email), the middle (half of the reports written) and the end (all written). Flat: the summed end RSS is at most
1.10 × the middle + 32 MiB (growth from start to middle is warm-up: lazy imports, SQLite page caches).

CHAIN_EMAILS=N runs N emails of the mix instead of its 10,000 (a shorter full run while the chain is slow).

Per-email counts for the cost model (ctx.measured["chain"]) come from a sample of the mix run in this process
with the ports wrapped by benchmarks.counting.Counting and each function invocation timed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.common import Context, Result, alternate, rss_mib
from benchmarks.counting import Counting
from benchmarks.mix import Mix

NAME = "chain"
TARGET_RATE = 200.0
FLAT_FACTOR, FLAT_SLACK_MIB = 1.10, 32.0
QUICK_EMAILS, QUICK_SAMPLE = 120, 30
STAGES = ("intent", "extraction", "consolidation", "matching", "report")


# -- the baseline's handlers (imported by the worker processes) -----------------------------------------
def noop_handlers(deps) -> dict:
    """Stage handlers that do no work: each republishes its input to the next topic (report: nothing)."""
    from shared import chain
    from shared.pubsub_event import decode_pubsub_event

    def forward(next_topic):
        def handler(cloud_event):
            if next_topic is not None:
                message = decode_pubsub_event(cloud_event)
                deps.bus.publish(next_topic, message.data, message.attributes)
        return handler

    handlers = {}
    for topic, subscriptions in chain.subscriptions().items():
        stage = next((s for s in chain.STAGES if s.topic == topic), None)
        for subscription in subscriptions:
            handlers[subscription] = forward(stage.next_topic if stage else None)
    return handlers


# -- one run --------------------------------------------------------------------------------------------
def _prepare(data_dir: Path) -> None:
    from shared.local.serve import seed_samples

    data_dir.mkdir(parents=True, exist_ok=True)
    seed_samples(data_dir)


def _deps(data_dir: Path):
    from shared.bootstrap import Deps
    from shared.settings import Settings

    return Deps(Settings.from_env({**os.environ, "LOCAL_DATA_DIR": str(data_dir), "AGENT_ENGINE": "rules"}))


class _Memory:
    """Samples the summed RSS of the given processes; keeps start, middle and end."""

    def __init__(self, pids: list[int]):
        self.pids = pids
        self.points: dict[str, dict[str, float]] = {}

    def sample(self) -> dict[str, float]:
        out = {}
        for pid in self.pids:
            try:
                out[str(pid)] = round(rss_mib(pid), 1)
            except (OSError, RuntimeError):
                out[str(pid)] = 0.0
        return out

    def mark(self, point: str) -> None:
        self.points[point] = self.sample()

    def total(self, point: str) -> float:
        return round(sum(self.points.get(point, {}).values()), 1)


def _run_product(ctx: Context, spool: list[Path], workers: int, memory_out: dict) -> float:
    from shared.intake.providers import raw_message
    from shared.intake.service import accept
    from shared.local.workers import DispatcherPool
    from shared.observability.context import new_correlation_id

    data_dir = Path(ctx.workdir) / f"chain-product-{time.monotonic_ns()}"
    _prepare(data_dir)
    deps = _deps(data_dir)
    _ = deps.reports  # the schema, before any worker writes
    deps.bus.recover()
    total = len(spool)
    pool = DispatcherPool(workers, data_dir, quiet=True).start()
    try:
        memory = _Memory([os.getpid(), *pool.pids])
        counter = sqlite3.connect(f"file:{data_dir / 'reports.sqlite3'}?mode=ro", uri=True, timeout=30,
                                  check_same_thread=False)
        done = threading.Event()
        progress = {"reports": 0, "stalled": False}

        def watch():
            try:
                _watch()
            except BaseException as exc:  # never leave the run waiting on a dead watcher
                progress["error"] = repr(exc)
                done.set()

        def _watch():
            last, last_change = -1, time.monotonic()
            while not done.is_set():
                count = counter.execute("SELECT COUNT(*) FROM processing_reports").fetchone()[0]
                progress["reports"] = count
                if count >= total // 2 and "middle" not in memory.points:
                    memory.mark("middle")
                if count >= total:
                    memory.mark("end")
                    done.set()
                    return
                if count != last:
                    last, last_change = count, time.monotonic()
                elif time.monotonic() - last_change > 60 or pool.alive() < workers:
                    progress["stalled"] = True
                    done.set()
                    return
                time.sleep(0.1)

        memory.mark("start")
        began = time.perf_counter()
        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        for path in spool:
            accepted = accept(raw_message(path.read_bytes()), new_correlation_id(), deps)
            if accepted.duplicate:
                raise RuntimeError(f"{path.name} was taken for a duplicate")
        done.wait()
        elapsed = time.perf_counter() - began
        watcher.join()
    finally:
        pool.close()
    statuses = dict(counter.execute("SELECT status, COUNT(*) FROM processing_reports GROUP BY status").fetchall())
    counter.close()
    if progress.get("error") or progress["stalled"] or statuses.get("processed", 0) != total:
        raise RuntimeError(f"chain run incomplete: {statuses} of {total} emails "
                           f"({progress.get('error') or ('stalled' if progress['stalled'] else 'finished')})")
    memory_out.update(points=memory.points, pids={"intake": os.getpid(), "workers": pool.pids},
                      totals={p: memory.total(p) for p in ("start", "middle", "end")})
    deps.bus.close()
    shutil.rmtree(data_dir, ignore_errors=True)
    return total / elapsed


def _run_baseline(ctx: Context, total: int, workers: int) -> float:
    from shared import topics
    from shared.local.workers import DispatcherPool

    data_dir = Path(ctx.workdir) / f"chain-baseline-{time.monotonic_ns()}"
    _prepare(data_dir)
    deps = _deps(data_dir)
    deps.bus.recover()
    pool = DispatcherPool(workers, data_dir, handlers=f"{__name__}:noop_handlers", quiet=True).start()
    try:
        began = time.perf_counter()
        for index in range(total):
            email_id = f"baseline-{index:06d}"
            envelope = json.dumps({"email_id": email_id, "correlation_id": f"c-{index}", "raw_key": f"raw/{index}.eml",
                                   "mail_key": f"mail/{index}.json", "provider": "raw"}).encode()
            deps.bus.publish(topics.INTAKE_TOPIC, envelope, {"email_id": email_id, "correlation_id": f"c-{index}"})
        deadline = time.monotonic() + 300
        while deps.bus.pending() and time.monotonic() < deadline:
            time.sleep(0.02)
        elapsed = time.perf_counter() - began
        left = deps.bus.pending()
    finally:
        pool.close()
    deps.bus.close()
    shutil.rmtree(data_dir, ignore_errors=True)
    if left:
        raise RuntimeError(f"baseline run left {left} messages on the bus")
    return total / elapsed


# -- the counted sample ------------------------------------------------------------------------------------
def _measure_sample(ctx: Context, spool: list[Path]) -> dict:
    """Per-email counts and per-invocation times, in this process, ports wrapped by Counting."""
    from shared.intake.providers import raw_message
    from shared.intake.service import accept
    from shared.local.runtime import bind_handlers
    from shared.observability.context import new_correlation_id
    from shared.local.dispatcher import Dispatcher
    from shared import chain

    data_dir = Path(ctx.workdir) / "chain-sample"
    _prepare(data_dir)
    deps = _deps(data_dir)
    _ = deps.reports
    counted = {}
    for name in ("bus", "state", "blobs", "reports"):
        deps.wrap(name, lambda inner, name=name: counted.setdefault(name, Counting(inner)))
    seconds: dict[str, list[float]] = defaultdict(list)

    def timed(stage, handler):
        def run(event):
            started = time.perf_counter()
            try:
                handler(event)
            finally:
                seconds[stage].append(time.perf_counter() - started)
        return run

    handlers = {sub: timed(chain.consumer_of(sub), h) for sub, h in bind_handlers(deps).items()}
    dispatcher = Dispatcher(deps.bus, handlers, deps.clock)
    sizes = []
    for path in spool:
        raw = path.read_bytes()
        sizes.append(len(raw))
        started = time.perf_counter()
        accept(raw_message(raw), new_correlation_id(), deps)
        seconds["intake"].append(time.perf_counter() - started)
        dispatcher.run_until_idle()
    emails = len(spool)
    reports = deps.reports.list(limit=emails + 10)
    if len(reports) != emails or any(r.status != "processed" for r in reports):
        raise RuntimeError(f"sample run: {len(reports)} reports for {emails} emails")
    per = lambda n: round(n / emails, 4)  # noqa: E731
    bus, state, blobs, sql = (counted[n] for n in ("bus", "state", "blobs", "reports"))
    invocations = Counter({stage: len(times) for stage, times in seconds.items()})
    measured = {
        "emails": emails,
        "per_email": {
            "invocations": {name: per(invocations.get(name, 0)) for name in ("intake", *STAGES)},
            "seconds": {name: round(statistics.fmean(times), 6) for name, times in seconds.items()},
            "pubsub_messages": per(bus.calls["publish"]),
            "pubsub_bytes": per(bus.bytes["publish"]),
            "state_calls": {m: per(state.calls[m]) for m in ("get", "create", "transact", "set", "delete")},
            "sql_writes": per(sql.calls["upsert"]),
            "blob_calls": {m: per(blobs.calls[m]) for m in ("put", "get", "exists")},
            "blob_bytes_put": per(blobs.bytes["put"]),
            "mean_email_bytes": round(statistics.fmean(sizes), 1),
        },
    }
    busy = {name: sum(times) for name, times in seconds.items()}
    shares = {name: round(value / sum(busy.values()), 3) for name, value in busy.items()}
    deps.bus.close()
    shutil.rmtree(data_dir, ignore_errors=True)
    return {"measured": measured, "time_shares": shares}


# -- the benchmark -----------------------------------------------------------------------------------------
def run(ctx: Context) -> list[Result]:
    mix = Mix.load()
    total = int(os.environ.get("CHAIN_EMAILS") or ctx.scale(mix.count, QUICK_EMAILS))
    workers = max(1, min(os.cpu_count() or 1, 4))
    spool_dir = Path(ctx.workdir) / "chain-spool"
    started = time.monotonic()
    spool = mix.write(spool_dir, total)
    spool_seconds = time.monotonic() - started
    spool_bytes = sum(p.stat().st_size for p in spool)

    memory: dict = {}
    product, baseline = alternate(1, lambda: _run_product(ctx, spool, workers, memory),
                                  lambda: _run_baseline(ctx, total, workers))
    sample = _measure_sample(ctx, spool[:: max(1, total // ctx.scale(200, QUICK_SAMPLE))][: ctx.scale(200, QUICK_SAMPLE)])
    ctx.measured[NAME] = sample["measured"]
    shutil.rmtree(spool_dir, ignore_errors=True)

    composition = mix.composition(total)
    composition.update(total_bytes=spool_bytes, mean_bytes=round(spool_bytes / total), spool_seconds=round(spool_seconds, 1))
    details = {"emails": total, "workers": workers, "mix": composition,
               "stage_time_shares": sample["time_shares"], "sample_emails": sample["measured"]["emails"],
               "seconds_per_invocation": sample["measured"]["per_email"]["seconds"]}
    totals = memory["totals"]
    flat = totals["end"] <= totals["middle"] * FLAT_FACTOR + FLAT_SLACK_MIB
    memory_details = {"per_process_mib": memory["points"], "pids": memory["pids"],
                      "flat_rule": f"end <= middle x {FLAT_FACTOR} + {FLAT_SLACK_MIB:g} MiB (summed over processes)"}
    return [
        Result(NAME, f"chain throughput, {total} emails, intake + {workers} worker processes", "emails/s",
               product, baseline, "same bus + dispatchers, no-op stage handlers", f">= {TARGET_RATE:g} emails/s",
               min(product) >= TARGET_RATE, details),
        Result(NAME, "chain RSS at start (all processes)", "MiB", [totals["start"]], details=memory_details),
        Result(NAME, "chain RSS at middle (all processes)", "MiB", [totals["middle"]], details=memory_details),
        Result(NAME, "chain RSS at end (all processes)", "MiB", [totals["end"]],
               target=f"flat: end <= middle x {FLAT_FACTOR} + {FLAT_SLACK_MIB:g} MiB", met=flat,
               details=memory_details),
    ]
