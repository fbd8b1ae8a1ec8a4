"""The matching stage reads the canonical mail (and its PDFs' text) for the whole-mail client lookup, but not
an auto-reply's: it states nothing about a debtor though it quotes the firm's letter naming one."""

from __future__ import annotations

from datetime import datetime, timezone

from shared.domain.client import ClientRecord
from shared.domain.envelope import Envelope
from shared.domain.mail import InboundMail
from shared.domain.results import Consolidation, IntentResult
from shared.stages import matching
from tests.engine.fakes import FakeClientDirectory
from tests.stages.fakes import MemoryBlobStore

QUOTING = InboundMail(subject="Abwesenheitsnotiz: Ihre Anfrage",
                      text="Ich bin bis zum 12.10. nicht im Büro.\n\n> Wir vertreten Herrn Klaus Meyer.")
CLIENTS = [ClientRecord(client_id="K-1", first_name="Klaus", last_name="Meyer")]


def _run(intent: str):
    blobs = MemoryBlobStore({"mail/e1.json": QUOTING.model_dump_json().encode()})
    envelope = Envelope(email_id="e1", correlation_id="c1", provider="raw", received_at=datetime(2026, 12, 1,
                        tzinfo=timezone.utc), raw_key="raw/e1", raw_sha256="0" * 64, raw_size=10,
                        mail_key="mail/e1.json", intent=IntentResult(intent=intent, confidence=0.9),
                        consolidation=Consolidation())
    return matching.run(envelope, clients=FakeClientDirectory(CLIENTS), blobs=blobs), blobs


def test_the_whole_mail_is_read_for_names():
    envelope, blobs = _run("information_request")
    assert envelope.matching.client_id == "K-1" and "mail/e1.json" in blobs.reads


def test_an_auto_reply_is_not_read():
    envelope, blobs = _run("auto_reply")
    assert envelope.matching.client_id is None and blobs.reads == []
