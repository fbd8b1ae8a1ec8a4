"""The chain benchmark in quick form: one report per email, and the per-email counts the cost model reads."""

from __future__ import annotations

import pytest

from benchmarks import chain
from benchmarks.common import Context, Services

@pytest.fixture()
def quick_context(tmp_path, monkeypatch):
    monkeypatch.setattr(chain, "QUICK_EMAILS", 24)
    monkeypatch.setattr(chain, "QUICK_SAMPLE", 8)
    return Context(workdir=tmp_path, services=Services(tmp_path), quick=True)

def test_quick_chain_run_reports_every_email_and_counts(quick_context):
    rows = chain.run(quick_context)   # raises when a report is missing or failed
    throughput, start, middle, end = rows
    assert throughput.unit == "emails/s" and throughput.product[0] > 0 and throughput.baseline[0] > 0
    assert throughput.details["emails"] == 24 and throughput.details["workers"] >= 1
    assert all(r.unit == "MiB" and r.product[0] > 0 for r in (start, middle, end))
    assert end.met in (True, False)

    measured = quick_context.measured["chain"]
    per = measured["per_email"]
    assert measured["emails"] == 8
    assert per["invocations"] == {"intake": 1, "intent": 1, "extraction": 1, "consolidation": 1, "matching": 1,
                                  "report": 1}
    assert set(per["seconds"]) >= {"intake", "intent", "extraction", "consolidation", "matching", "report"}
    assert all(value > 0 for value in per["seconds"].values())
    assert per["pubsub_messages"] == 5  # intake + four stage outputs
    assert per["pubsub_bytes"] > 1000
    assert per["sql_writes"] == 1
    assert per["state_calls"]["create"] >= 6  # dedupe + one completion record per stage
    assert per["state_calls"]["get"] >= 5
    assert per["blob_calls"]["put"] >= 2 and per["blob_calls"]["get"] >= 2
    assert per["blob_bytes_put"] >= per["mean_email_bytes"] > 2000

def test_noop_handlers_forward_each_stage():
    from shared import chain as the_chain

    published = []

    class Bus:
        def publish(self, topic, data, attributes):
            published.append(topic)

    class Deps:
        bus = Bus()

    handlers = chain.noop_handlers(Deps())
    assert set(handlers) == {s for subs in the_chain.subscriptions().values() for s in subs}
