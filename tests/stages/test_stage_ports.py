"""Each stage runs on exactly the ports the chain's table says it needs, given as fakes — nothing else. The
sample creditor email goes through the five stages in chain order, each called as `stage.run(message,
**only_its_ports)`, and ends as a processed report naming the sample's client."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from shared import chain
from shared.clock import FakeClock
from shared.domain.audit import AuditSampler
from shared.domain.client import ClientRecord
from shared.domain.envelope import Envelope, FailureNotice
from shared.domain.results import Failure
from shared.engine.rules import RulesEngine
from shared.intake.service import understand
from shared.mail.limits import ParseLimits
from tests.engine.fakes import FakeClientDirectory
from tests.stages.fakes import MemoryBlobStore, MemoryReportStore

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
WITH_PDF = Path(__file__).resolve().parents[1] / "agents_data" / "dev" / "003-telekom-mahnung-pdf.eml"


def _stored_sample(path: Path = SAMPLES / "creditor-statement.eml") -> tuple[Envelope, MemoryBlobStore]:
    raw = path.read_bytes()
    understood = understand(raw, ParseLimits())
    sha = hashlib.sha256(raw).hexdigest()
    blobs = MemoryBlobStore({f"mail/{sha}.json": understood.mail_json, f"raw/{sha}.eml": raw})
    for attachment in understood.parsed.mail.attachments:
        blobs.objects[attachment.blob_key] = understood.parsed.attachment_payloads[attachment.sha256]
    envelope = Envelope(email_id="e-ports", correlation_id="c-ports", provider="raw",
                        received_at=datetime(2026, 12, 1, tzinfo=timezone.utc), raw_key=f"raw/{sha}.eml",
                        raw_sha256=sha, raw_size=len(raw), mail_key=f"mail/{sha}.json")
    return envelope, blobs


def test_the_table_declares_each_stages_ports_from_its_signature():
    assert {stage.name: stage.ports for stage in chain.STAGES} == {
        "intent": ("blobs", "engine"),
        "extraction": ("blobs", "engine"),
        "consolidation": (),
        "matching": ("clients", "blobs"),
        "report": ("reports", "clock", "audit"),
    }
    for stage in chain.STAGES:
        assert set(stage.ports) <= chain.PORTS, stage.name


def test_the_sample_runs_through_every_stage_given_only_its_ports():
    envelope, blobs = _stored_sample()
    clients = [ClientRecord.model_validate(c) for c in json.loads((SAMPLES / "clients.json").read_text())]
    ports = {"blobs": blobs, "engine": RulesEngine(), "clients": FakeClientDirectory(clients),
             "reports": MemoryReportStore(), "clock": FakeClock(datetime(2026, 12, 1, 0, 5, tzinfo=timezone.utc)),
             "audit": AuditSampler(0.0)}
    message = envelope
    for stage in chain.STAGES:
        given = {name: ports[name] for name in stage.ports}
        message = stage.run(message, **given)
        assert isinstance(message, stage.writes), stage.name
        if stage.next_topic is not None:
            assert isinstance(message, chain.BY_NAME[_consumer(stage.next_topic)].reads)
    report = ports["reports"].get("e-ports")
    assert report == message and report.status == "processed"
    assert report.intent and report.client_id and report.debt_amount is not None
    assert envelope.mail_key in blobs.reads


def _consumer(topic: str) -> str:
    return next(stage.name for stage in chain.STAGES if stage.topic == topic)


def test_stages_that_write_blobs_are_the_ones_that_say_so():
    """intent and extraction write only the PDF-text cache (shared.stages.documents); nothing else writes."""
    envelope, blobs = _stored_sample(WITH_PDF)
    message = chain.INTENT.run(envelope, blobs=blobs, engine=RulesEngine())
    assert len(blobs.writes) == 1 and blobs.writes[0].startswith("pdf-text/")
    chain.EXTRACTION.run(message, blobs=blobs, engine=RulesEngine())
    assert len(blobs.writes) == 1  # the second stage reads the cached text
    assert blobs.reads.count(blobs.writes[0]) == 2


SCANNED = Path(__file__).resolve().parents[1] / "agents_data" / "dev8" / "015-gerichtskasse-rheinau-mahnung-scan.eml"


def test_only_extraction_reads_a_scan_by_ocr_and_the_later_stages_take_its_text():
    """OCR needs about 600 MB while its models run: the intent stage (512 MiB) caches the scan unread, extraction
    (1 GiB) reads it and replaces the cache, matching finds the client in what OCR read."""
    envelope, blobs = _stored_sample(SCANNED)
    message = chain.INTENT.run(envelope, blobs=blobs, engine=RulesEngine())
    [key] = blobs.writes
    assert json.loads(blobs.get(key)) == {"text": "", "scanned": True, "ocr_tried": False,
                                          "problem": "image-only PDF (scanned): no text layer"}
    message = chain.EXTRACTION.run(message, blobs=blobs, engine=RulesEngine())
    cached = json.loads(blobs.get(key))
    assert blobs.writes == [key, key] and cached["ocr_tried"] and "Mahnbetrag insgesamt" in cached["text"]
    amounts = [f for f in message.extraction.findings if f.field == "debt_amount"]
    assert [(f.value, f.source) for f in amounts] == [("96.50", "pdf:Mahnung_Scan.pdf")]
    assert "unverified_scan_value" in {r.code for r in message.extraction.review_reasons}
    message = chain.CONSOLIDATION.run(message)
    clients = [ClientRecord.model_validate(c) for c in json.loads((SAMPLES / "clients.json").read_text())]
    matched = chain.MATCHING.run(message, blobs=blobs, clients=FakeClientDirectory(clients))
    assert blobs.writes == [key, key]  # matching read the cache, it ran no OCR
    assert matched.matching.client_id == "C-1001"  # Klaus Meyer, born 12.04.1978: named only in the scan


def test_a_stage_called_without_its_ports_refuses():
    envelope, _ = _stored_sample()
    with pytest.raises(TypeError):
        chain.INTENT.run(envelope)


def test_the_report_stage_takes_a_failure_notice():
    reports = MemoryReportStore()
    notice = FailureNotice(email_id="e-f", correlation_id="c-f",
                           failure=Failure(stage="intent", error_class="InvalidMessage", message="bad"))
    stored = chain.REPORT.run(notice, reports=reports, clock=FakeClock(), audit=AuditSampler(1.0))
    assert stored.status == "failed" and stored.failed_stage == "intent"
    assert isinstance(notice, chain.REPORT.reads)
