"""The cost model: arithmetic from counts and the price file, and counts measured through the real chain
(offline engine, and the Claude engine through the fake Messages API's recorded usage)."""

import json

import pytest

from benchmarks import cost_model
from benchmarks.cost_model import LABELLED, PRICES, cost_per_1000, load_prices, measure


def _counts(**over):
    counts = {"emails": 1, "invocations": {"intake": 1, "intent": 1}, "durations": {"intake": [0.01], "intent": [0.25]},
              "pubsub_messages": 1.0, "pubsub_bytes": 200.0, "firestore_reads": 2.0, "firestore_writes": 1.0,
              "sql_writes": 1.0, "gcs_class_a": 2.0, "gcs_class_b": 3.0, "gcs_bytes_stored": 2**30 / 1000,
              "tokens_per_email": {}}
    counts.update(over)
    return counts


def test_price_file_names_a_source_and_a_date_for_every_item():
    prices = json.loads(PRICES.read_text())
    assert prices["recorded"]
    for item in prices["items"].values():
        assert item["source"].startswith("http") and isinstance(item["checked"], bool)


def test_arithmetic_per_1000_emails():
    prices = load_prices()
    items = cost_per_1000(_counts(), prices)
    run = prices["items"]["cloud_run_functions"]
    # intake 10 ms bills as 100 ms, intent 250 ms as 300 ms: 0.4 s at 512Mi (0.333 vCPU, 0.5 GiB).
    assert items["functions: vCPU-seconds"] == pytest.approx(0.4 * 0.333 * run["vcpu_second"] * 1000, rel=1e-3)
    assert items["functions: GiB-seconds"] == pytest.approx(0.4 * 0.5 * run["gib_second"] * 1000, rel=1e-3)
    assert items["functions: requests"] == pytest.approx(2 * 0.40 / 1e6 * 1000)
    # a 200-byte message is billed as 1,000 bytes, published and delivered
    assert items["pubsub: throughput"] == pytest.approx(2000 / 2**40 * 40 * 1000, rel=1e-6)
    assert items["firestore: reads"] == pytest.approx(2 * 0.06 / 1e5 * 1000, rel=1e-3)
    assert items["storage: operations"] == pytest.approx(2 * 0.005 + 3 * 0.0004, rel=1e-3)
    assert "claude: tokens" not in items


def test_claude_tokens_and_waiting_are_priced_per_model():
    prices = load_prices()
    tokens = {"intent:claude-haiku-4-5": {"input_tokens": 1000, "output_tokens": 100}}
    items = cost_per_1000(_counts(tokens_per_email=tokens), prices, {("intent", "claude-haiku-4-5"): 1})
    assert items["claude: tokens"] == pytest.approx((1000 * 1.0 + 100 * 5.0) / 1e6 * 1000, rel=1e-3)
    waited = cost_per_1000(_counts(), prices, {("intent", "claude-haiku-4-5"): 1})
    assert waited["functions: vCPU-seconds"] > cost_per_1000(_counts(), prices)["functions: vCPU-seconds"]


def test_measured_counts_through_the_offline_chain(tmp_path):
    emails = sorted(LABELLED.glob("*.eml"))[:3]
    counts = measure(emails, tmp_path, "rules")
    assert counts["invocations"] == {s: 1.0 for s in
                                     ("intake", "intent", "extraction", "consolidation", "matching", "report")}
    assert counts["sql_writes"] == 1.0 and counts["pubsub_messages"] >= 5
    assert counts["firestore_writes"] > 0 and counts["gcs_class_a"] >= 2
    assert counts["tokens_per_email"] == {}


def test_measured_tokens_come_from_the_fake_api_usage(tmp_path):
    from tests.engine.claude.fake_messages_api import FakeMessagesAPI
    from tests.engine.claude.oracle import OracleResponder

    emails = sorted(LABELLED.glob("*.eml"))[:2]
    with FakeMessagesAPI(OracleResponder(LABELLED)) as api:
        counts = measure(emails, tmp_path, "claude", api.url)
        requests = len(api.requests)
    assert requests >= 4  # intent and extraction for each email
    intent = counts["tokens_per_email"]["intent:claude-haiku-4-5"]
    assert intent["input_tokens"] > 100 and intent["output_tokens"] > 0


def test_run_reports_both_engines_and_the_dominant_item(tmp_path):
    from benchmarks.common import Context, Services

    ctx = Context(tmp_path, Services(tmp_path), quick=True, rounds=3)
    rows = cost_model.run(ctx)
    assert [r.metric for r in rows] == ["cost per 1,000 emails, offline engine", "cost per 1,000 emails, claude engine"]
    offline, claude = rows
    assert claude.product[0] > offline.product[0] > 0
    assert claude.details["per_email_dominant"] == "claude: tokens"
