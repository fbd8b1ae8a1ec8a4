"""Cloud Logging structured lines: labels, trace, operation first/last, and no email text in any log line."""

from __future__ import annotations

import io
import json
import logging

import pytest

from shared.observability import context
from shared.observability.logs import CloudLoggingFormatter
from tests.e2e.helpers import SAMPLE_EML, intake_client, post_mailgun, run_chain


@pytest.fixture
def captured():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(CloudLoggingFormatter(project="proj"))
    root = logging.getLogger()
    root.addHandler(handler)
    previous = root.level
    root.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    root.setLevel(previous)


def _entries(stream) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.startswith("{")]


def test_one_email_is_followed_by_its_correlation_id_through_every_stage(captured, deps):
    client = intake_client(deps)
    answer = post_mailgun(client, deps, ).get_json()
    run_chain(deps)
    mine = [e for e in _entries(captured)
            if e["logging.googleapis.com/labels"].get("correlation_id") == answer["correlation_id"]]
    stages = [e["logging.googleapis.com/labels"].get("stage") for e in mine]
    for stage in ("intake", "intent", "extraction", "consolidation", "matching", "report"):
        assert stage in stages
    for entry in mine:
        assert {"severity", "message", "time", "logging.googleapis.com/sourceLocation"} <= set(entry)
    operations = [e["logging.googleapis.com/operation"] for e in mine if "logging.googleapis.com/operation" in e]
    assert all(op["id"] == answer["email_id"] for op in operations)
    assert operations[0].get("first") is True and operations[-1].get("last") is True
    everything = captured.getvalue()
    for fragment in (b"Gesamtforderung", b"Klaus Meyer", b"forderungen@stadtwerke", SAMPLE_EML[200:260]):
        assert fragment.decode("utf-8", "ignore") not in everything


def test_trace_header_becomes_the_cloud_logging_trace(captured, deps):
    client = intake_client(deps)
    trace_id = "4bf92f3577b34da6a3ce929d0e0e4736"
    client.get("/healthz", headers={"traceparent": f"00-{trace_id}-00f067aa0ba902b7-01"})
    client.post("/raw", data=b"x", content_type="text/plain",
                headers={"X-Cloud-Trace-Context": f"{trace_id}/1;o=1"})
    traced = [e for e in _entries(captured) if "logging.googleapis.com/trace" in e]
    assert traced and traced[0]["logging.googleapis.com/trace"] == f"projects/proj/traces/{trace_id}"


def test_trace_id_parsing():
    assert context.trace_id_from_headers({"traceparent": "00-" + "a" * 32 + "-" + "b" * 16 + "-01"}) == "a" * 32
    assert context.trace_id_from_headers({"X-Cloud-Trace-Context": "c" * 32 + "/5;o=1"}) == "c" * 32
    assert context.trace_id_from_headers({"traceparent": "garbage"}) is None
