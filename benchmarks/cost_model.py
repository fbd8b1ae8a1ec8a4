"""Benchmark 6: cost per 1,000 emails at list prices, for the offline engine and the Claude engine.

The counts are measured here, on the same labelled emails for both engines, by running intake and the whole
chain in-process with every port wrapped in a call counter (benchmarks/counting.py): function invocations and
their wall time, Pub/Sub messages and bytes, Firestore reads and writes (the state store, breakers included),
Cloud SQL writes (report upserts), Cloud Storage operations and bytes, and Claude tokens as the fake Messages
API (tests/engine/claude, oracle responder) reports them in each response's usage — the SDK records that usage
on the report. Prices, and the few assumptions that are not measurements (monthly volume, Claude latency), live
in benchmarks/prices.json with their source and date.

Local wall time stands in for cloud instance time; each invocation is billed rounded up to 100 ms, so for
the offline engine the rounding, not the work, sets the compute cost.
"""

from __future__ import annotations

import json
import math
import shutil
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.common import Context, Result
from benchmarks.counting import Counting, firestore_ops

REPO = Path(__file__).resolve().parents[1]
PRICES = Path(__file__).resolve().parent / "prices.json"
LABELLED = REPO / "tests" / "agents_data" / "dev"


def load_prices(path: Path = PRICES) -> dict:
    return json.loads(path.read_text())


def measure(emails: list[Path], workdir: Path, engine: str, api_url: str | None = None) -> dict:
    """Run `emails` through intake + chain with counted ports; return per-email counts."""
    from shared.bootstrap import Deps
    from shared.intake.service import accept
    from shared.local.runtime import FileMessage, bind_handlers
    from shared.observability.context import new_correlation_id
    from shared.local.dispatcher import Dispatcher
    from shared.settings import Settings

    data_dir = workdir / f"cost-{engine}-{uuid.uuid4().hex[:6]}"
    data_dir.mkdir(parents=True)
    shutil.copyfile(LABELLED.parent / "clients.json" if (LABELLED.parent / "clients.json").exists()
                    else REPO / "samples" / "clients.json", data_dir / "clients.json")
    overrides = {"local_data_dir": data_dir, "agent_engine": engine}
    if engine == "claude":
        overrides.update(anthropic_api_key="sk-ant-bench-not-a-key", anthropic_base_url=api_url)
    deps = Deps(Settings.from_env({}, **overrides))
    raw_bus = deps.bus
    for name in ("state", "blobs", "reports", "bus"):
        deps.wrap(name, Counting)
    durations: dict[str, list[float]] = defaultdict(list)
    handlers = {}
    for subscription, handler in bind_handlers(deps).items():
        handlers[subscription] = _timed(handler, _stage_of(subscription), durations)
    for path in emails:
        started = time.perf_counter()
        accept(FileMessage(path.read_bytes()), new_correlation_id(), deps, dedupe=True)
        durations["intake"].append(time.perf_counter() - started)
    Dispatcher(raw_bus, handlers, deps.clock).run_until_idle()
    reports = deps.reports.list(limit=len(emails) + 10)
    if len(reports) != len(emails):
        raise RuntimeError(f"{engine}: {len(reports)} reports for {len(emails)} emails")
    tokens: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for report in reports:
        for stage, usage in report.stage_usage.items():
            model = _model(usage.get("engine"), stage, deps.settings)
            if model:
                tokens[(stage, model)].update({k: usage.get(k, 0) for k in
                                               ("input_tokens", "output_tokens", "cache_read_tokens",
                                                "cache_write_tokens")})
    n = len(emails)
    reads, writes = firestore_ops(deps.state.calls)
    shutil.rmtree(data_dir, ignore_errors=True)
    return {
        "emails": n,
        "invocations": {stage: len(times) / n for stage, times in durations.items()},
        "durations": {stage: times for stage, times in durations.items()},
        "pubsub_messages": deps.bus.calls["publish"] / n,
        "pubsub_bytes": deps.bus.bytes["publish"] / n,
        "firestore_reads": reads / n,
        "firestore_writes": writes / n,
        "sql_writes": deps.reports.calls["upsert"] / n,
        "gcs_class_a": deps.blobs.calls["put"] / n,
        "gcs_class_b": (deps.blobs.calls["get"] + deps.blobs.calls["exists"]) / n,
        "gcs_bytes_stored": deps.blobs.bytes["put"] / n,
        "tokens": {f"{stage}:{model}": dict(counts) for (stage, model), counts in tokens.items()},
        "tokens_per_email": {f"{stage}:{model}": {k: v / n for k, v in counts.items()}
                             for (stage, model), counts in tokens.items()},
    }


def _stage_of(subscription: str) -> str:
    from shared import chain

    return chain.consumer_of(subscription)


def _timed(handler, stage: str, durations):
    def timed(event):
        started = time.perf_counter()
        try:
            return handler(event)
        finally:
            durations[stage].append(time.perf_counter() - started)

    return timed


def _model(engine: str | None, stage: str, settings) -> str | None:
    """The Claude model a stage's tokens are priced at (None for the rules engine)."""
    if not engine or not engine.startswith("claude"):
        return None
    for model in (settings.claude_intent_model, settings.claude_extraction_model):
        if model in engine:
            return model
    return settings.claude_intent_model if stage == "intent" else settings.claude_extraction_model


def cost_per_1000(counts: dict, prices: dict, claude_calls_per_email: dict[str, float] | None = None) -> dict:
    """USD per 1,000 emails by line item, from per-email counts and the price file."""
    from shared.deployment import FUNCTIONS

    items, p, a = {}, prices["items"], prices["assumptions"]
    run = p["cloud_run_functions"]
    granularity = run["billing_granularity_seconds"]
    waits = claude_calls_per_email or {}
    vcpu_s = gib_s = 0.0
    for stage, times in counts["durations"].items():
        spec = FUNCTIONS[stage]
        memory_gib = _gib(spec.memory)
        vcpu = a["vcpu_for_memory"][spec.memory]
        extra = sum(a["claude_seconds_per_call"][model] * calls for (s, model), calls in waits.items() if s == stage)
        per_invocation = [math.ceil((t + extra) / granularity - 1e-9) * granularity for t in times]
        billed = sum(per_invocation) / counts["emails"]
        vcpu_s += billed * vcpu
        gib_s += billed * memory_gib
    invocations = sum(counts["invocations"].values())
    items["functions: requests"] = invocations * run["per_million_requests"] / 1e6 * 1000
    items["functions: vCPU-seconds"] = vcpu_s * run["vcpu_second"] * 1000
    items["functions: GiB-seconds"] = gib_s * run["gib_second"] * 1000
    pubsub = p["pubsub"]
    per_message = max(pubsub["min_billed_bytes"], counts["pubsub_bytes"] / max(counts["pubsub_messages"], 1e-9))
    throughput = counts["pubsub_messages"] * per_message * 2  # published once, delivered once
    items["pubsub: throughput"] = throughput / 2**40 * pubsub["per_tib_throughput"] * 1000
    fs = p["firestore"]
    items["firestore: reads"] = counts["firestore_reads"] * fs["per_100k_reads"] / 1e5 * 1000
    items["firestore: writes"] = counts["firestore_writes"] * fs["per_100k_writes"] / 1e5 * 1000
    gcs = p["cloud_storage"]
    items["storage: operations"] = (counts["gcs_class_a"] * gcs["per_1000_class_a"]
                                    + counts["gcs_class_b"] * gcs["per_1000_class_b"])
    items["storage: bytes kept"] = (counts["gcs_bytes_stored"] / 2**30 * gcs["per_gib_month"]
                                    * a["blob_retention_months"] * 1000)
    sql = p["cloud_sql"]
    items["cloud sql: instance share"] = (sql["instance_per_month"] + sql["storage_per_month"]) \
        / a["emails_per_month"] * 1000
    models = p["claude"]["models"]
    claude = 0.0
    for key, usage in counts["tokens_per_email"].items():
        price = models[key.split(":", 1)[1]]
        claude += (usage.get("input_tokens", 0) * price["input"] + usage.get("output_tokens", 0) * price["output"]
                   + usage.get("cache_write_tokens", 0) * price["cache_write"]
                   + usage.get("cache_read_tokens", 0) * price["cache_read"]) / 1e6 * 1000
    if counts["tokens_per_email"]:
        items["claude: tokens"] = claude
    return items


def _gib(memory: str) -> float:
    return float(memory[:-2]) / 1024 if memory.endswith("Mi") else float(memory[:-2])


def run(ctx: Context) -> list[Result]:
    from tests.engine.claude.fake_messages_api import FakeMessagesAPI
    from tests.engine.claude.oracle import OracleResponder

    prices = load_prices()
    emails = sorted(LABELLED.glob("*.eml"))[: ctx.scale(30, 6)]
    offline = measure(emails, ctx.workdir, "rules")
    with FakeMessagesAPI(OracleResponder(LABELLED)) as api:
        claude = measure(emails, ctx.workdir, "claude", api.url)
        calls = Counter()
        for request in api.requests:
            calls[(_request_stage(request), request["body"]["model"])] += 1
    claude_calls = {key: n / len(emails) for key, n in calls.items()}
    rows = []
    for engine, counts, waits in (("offline", offline, None), ("claude", claude, claude_calls)):
        items = cost_per_1000(counts, prices, waits)
        total = sum(items.values())
        dominant = max(items, key=items.get)
        variable = {k: v for k, v in items.items() if not k.startswith("cloud sql")}
        variable_dominant = max(variable, key=variable.get)
        summary = {k: v for k, v in counts.items() if k not in ("durations", "tokens")}
        summary["claude_calls_per_email"] = {f"{s}:{m}": v for (s, m), v in (waits or {}).items()}
        rows.append(Result("cost_model", f"cost per 1,000 emails, {engine} engine", "USD", [round(total, 4)],
                           target=f"dominant: {dominant} ({items[dominant] / total:.0%}); per-email items only: "
                                  f"{sum(variable.values()):.4f}, dominant {variable_dominant}",
                           details={"items_per_1000": {k: round(v, 6) for k, v in items.items()}, "dominant": dominant,
                                    "per_email_items_total": round(sum(variable.values()), 6),
                                    "per_email_dominant": variable_dominant, "counts_per_email": summary,
                                    "prices": str(PRICES.relative_to(REPO)), "prices_recorded": prices["recorded"]}))
    ctx.measured["cost"] = {row.metric: row.details for row in rows}
    return rows


def _request_stage(request: dict) -> str:
    tool = request["body"]["tools"][0]["name"]
    return "intent" if tool == "classify_email" else "extraction"
