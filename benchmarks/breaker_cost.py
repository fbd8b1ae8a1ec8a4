"""Benchmark 5: what the circuit breakers cost on the happy path, in Firestore operations.

Emails run through the whole chain in one process (one "instance") with the state store on the Firestore
emulator; every call the breakers make to it is counted at the adapter, by collection. The product's breaker
reads its shared document at most once per `cache_seconds` per instance and writes nothing while healthy. The
baseline is the naive breaker most code starts with: read the state before every call, write the outcome
after it. Same emails, same chain, alternating rounds.

Counting: a `get` is one document read; a `transact` is one read and one write (a Firestore transaction reads
the document, then commits); `set`/`create`/`delete` are one write.
"""

from __future__ import annotations

import math
import shutil
import time
import uuid
from collections import Counter
from pathlib import Path

from benchmarks.common import Context, Result, alternate
from benchmarks.counting import firestore_ops

REPO = Path(__file__).resolve().parents[1]
EMAILS = REPO / "tests" / "agents_data" / "dev"
BREAKER_COLLECTION = "circuit_breakers"


class CollectionCounting:
    """StateStore proxy that counts calls per (collection, method)."""

    def __init__(self, inner):
        self.inner = inner
        self.calls: dict[str, Counter] = {}

    def _count(self, method: str, collection: str) -> None:
        self.calls.setdefault(collection, Counter())[method] += 1

    def get(self, collection, key):
        self._count("get", collection)
        return self.inner.get(collection, key)

    def create(self, collection, key, doc, ttl=None):
        self._count("create", collection)
        return self.inner.create(collection, key, doc, ttl)

    def transact(self, collection, key, update):
        self._count("transact", collection)
        return self.inner.transact(collection, key, update)

    def set(self, collection, key, doc):
        self._count("set", collection)
        return self.inner.set(collection, key, doc)

    def delete(self, collection, key):
        self._count("delete", collection)
        return self.inner.delete(collection, key)


class NaiveBreaker:
    """The baseline: reads the shared state before every call and writes the call's outcome after it."""

    def __init__(self, name: str, state):
        self.name, self.state = name, state

    def call(self, fn):
        from shared.resilience.breaker import BreakerOpen

        doc = self.state.get(BREAKER_COLLECTION, self.name) or {"state": "closed", "calls": 0, "failures": 0}
        if doc["state"] != "closed":
            raise BreakerOpen(self.name)
        try:
            result = fn()
        except Exception:
            self.state.transact(BREAKER_COLLECTION, self.name, lambda d: _counted(d, failed=True))
            raise
        self.state.transact(BREAKER_COLLECTION, self.name, lambda d: _counted(d, failed=False))
        return result


def _counted(doc, failed: bool) -> dict:
    doc = dict(doc or {"state": "closed", "calls": 0, "failures": 0})
    doc["calls"] += 1
    doc["failures"] += int(failed)
    return doc


def _emails(count: int) -> list[bytes]:
    files = sorted(EMAILS.glob("*.eml"))[:count]
    return [path.read_bytes() for path in files]


def run_chain(emails: list[bytes], firestore_host: str, workdir: Path, naive: bool) -> dict:
    """Run `emails` through intake and the whole chain as one instance; return breaker op counts and timing."""
    import os

    from shared.adapters.firestore_state import FirestoreStateStore
    from shared.bootstrap import Deps
    from shared.intake.service import accept
    from shared.local.runtime import FileMessage, dispatcher_for
    from shared.observability.context import new_correlation_id
    from shared.resilience.guarded import BREAKERS
    from shared.settings import Settings

    os.environ["FIRESTORE_EMULATOR_HOST"] = firestore_host
    data_dir = workdir / uuid.uuid4().hex[:8]
    data_dir.mkdir(parents=True)
    shutil.copyfile(REPO / "samples" / "clients.json", data_dir / "clients.json")
    settings = Settings.from_env({}, local_data_dir=data_dir, agent_engine="rules")
    state = CollectionCounting(FirestoreStateStore(settings.project, prefix=f"bench{uuid.uuid4().hex[:8]}_"))
    deps = Deps(settings, state=state)
    if naive:
        deps.__dict__["_breakers"] = {name: NaiveBreaker(name, state) for name in BREAKERS}
    started = time.monotonic()
    for raw in emails:
        accept(FileMessage(raw), new_correlation_id(), deps, dedupe=False)
    dispatcher_for(deps).run_until_idle()
    elapsed = time.monotonic() - started
    reports = len(deps.reports.list(limit=len(emails) + 10))
    breaker_calls = state.calls.get(BREAKER_COLLECTION, Counter())
    reads, writes = firestore_ops(breaker_calls)
    all_calls = sum((c for c in state.calls.values()), Counter())
    breakers_used = len(deps.__dict__.get("_breakers", {}))
    shutil.rmtree(data_dir, ignore_errors=True)
    return {"reads": reads, "writes": writes, "seconds": elapsed, "emails": len(emails), "reports": reports,
            "breakers": breakers_used, "state_ops": firestore_ops(all_calls)}


def run(ctx: Context) -> list[Result]:
    from shared.resilience.guarded import BREAKERS

    host = ctx.services.firestore.host
    emails = _emails(ctx.scale(40, 8))
    rounds = min(ctx.rounds, 3)
    product_runs, naive_runs = [], []

    def product():
        product_runs.append(run_chain(emails, host, ctx.workdir, naive=False))
        return product_runs[-1]["reads"] / len(emails)

    def naive():
        naive_runs.append(run_chain(emails, host, ctx.workdir, naive=True))
        return naive_runs[-1]["reads"] / len(emails)

    product_reads, naive_reads = alternate(rounds, product, naive)
    for runs in (product_runs, naive_runs):
        for r in runs:
            if r["reports"] < len(emails):
                raise RuntimeError(f"only {r['reports']} of {len(emails)} emails reached a report")
    ttl = max(config.cache_seconds for config in BREAKERS.values())
    # The allowance: one read per breaker per instance per TTL window the run spanned (the first read included).
    allowed = [r["breakers"] * (math.floor(r["seconds"] / ttl) + 1) for r in product_runs]
    reads_ok = all(r["reads"] <= a for r, a in zip(product_runs, allowed))
    writes_ok = all(r["writes"] == 0 for r in product_runs)
    details = {"emails_per_round": len(emails), "ttl_seconds": ttl, "instance": "one process (one Deps)",
               "product_rounds": product_runs, "naive_rounds": naive_runs, "allowed_reads_per_round": allowed}
    ctx.measured["breaker"] = {
        "reads_per_email": sum(r["reads"] for r in product_runs) / (len(emails) * len(product_runs)),
        "writes_per_email": sum(r["writes"] for r in product_runs) / (len(emails) * len(product_runs)),
        "naive_reads_per_email": sum(r["reads"] for r in naive_runs) / (len(emails) * len(naive_runs)),
        "naive_writes_per_email": sum(r["writes"] for r in naive_runs) / (len(emails) * len(naive_runs)),
    }
    return [
        Result("breaker_cost", "breaker Firestore reads per email (happy path, Firestore emulator)", "reads/email",
               product_reads, naive_reads, "naive breaker (read+write every call)",
               f"<= 1 read per breaker per instance per {ttl:g} s TTL", reads_ok, details),
        Result("breaker_cost", "breaker Firestore writes per email (happy path)", "writes/email",
               [r["writes"] / len(emails) for r in product_runs], [r["writes"] / len(emails) for r in naive_runs],
               "naive breaker", "0 writes", writes_ok),
    ]
