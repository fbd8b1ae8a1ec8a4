"""Stages let the ports' errors speak for themselves: an outage arrives as the adapter's DependencyUnavailable
and leaves the stage unchanged (the message is redelivered), a missing canonical mail is the stage's
InvalidMessage, and anything else — an untranslated SDK error, a bug — is not disguised as an outage. The stages
do not know which database sits behind a port. Real adapters, broken the way an outage breaks them."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from shared.adapters.file_blobs import FileBlobStore
from shared.domain.envelope import Envelope
from shared.domain.mail import Attachment, InboundMail
from shared.domain.results import Consolidation, FieldValue
from shared.errors import DependencyUnavailable, InvalidMessage
from shared.stages import matching
from shared.stages.common import load_mail
from shared.stages.documents import load_documents
from tests.engine.fakes import FakeClientDirectory
from tests.stages.fakes import MemoryBlobStore


def _envelope(**extra) -> Envelope:
    return Envelope(email_id="e1", correlation_id="c1", provider="raw", received_at=datetime(2026, 11, 29,
                    tzinfo=timezone.utc), raw_key="raw/e1", raw_sha256="0" * 64, raw_size=10, mail_key="mail/e1.json",
                    **extra)


def _broken_blobs(tmp_path) -> FileBlobStore:
    root = tmp_path / "blobs"
    root.write_text("a file where the blob folder should be")
    return FileBlobStore(root)


def test_load_mail_missing_is_invalid_message(tmp_path):
    with pytest.raises(InvalidMessage):
        load_mail(_envelope(), FileBlobStore(tmp_path / "blobs"))


def test_load_mail_outage_propagates_as_the_adapters_dependency_unavailable(tmp_path):
    with pytest.raises(DependencyUnavailable) as caught:
        load_mail(_envelope(), _broken_blobs(tmp_path))
    assert caught.value.dependency == "local files"


def test_load_mail_does_not_disguise_a_bug(tmp_path):
    blobs = FileBlobStore(tmp_path / "blobs")
    blobs.put("mail/e1.json", b"not the canonical mail", "application/json")
    with pytest.raises(ValueError) as caught:  # pydantic's ValidationError
        load_mail(_envelope(), blobs)
    assert not isinstance(caught.value, DependencyUnavailable)


def test_documents_outage_propagates(tmp_path):
    pdf = Attachment(filename="a.pdf", content_type="application/pdf", size=3, sha256="a" * 64,
                     blob_key="attachments/" + "a" * 64)
    with pytest.raises(DependencyUnavailable):
        load_documents(InboundMail(attachments=[pdf]), _broken_blobs(tmp_path))


def _consolidation() -> Consolidation:
    return Consolidation(fields={"debtor_name": FieldValue(value="Klaus Meyer", confidence=0.9)})


class OutageDirectory(FakeClientDirectory):
    def candidates(self, name_keys, reference_keys, limit=20):
        raise DependencyUnavailable("mongodb", "ServerSelectionTimeoutError")


class UntranslatedDirectory(FakeClientDirectory):
    """A directory whose SDK error escaped untranslated (a bug in an adapter): the stage must not guess."""

    def candidates(self, name_keys, reference_keys, limit=20):
        from pymongo.errors import OperationFailure

        raise OperationFailure("unknown operator: $nope", code=2)


def _stored_mail() -> MemoryBlobStore:
    """The canonical mail the matching stage reads for the names and codes of the whole mail."""
    return MemoryBlobStore({"mail/e1.json": InboundMail(subject="Klaus Meyer").model_dump_json().encode()})


def test_matching_outage_propagates_unchanged():
    with pytest.raises(DependencyUnavailable) as caught:
        matching.run(_envelope(consolidation=_consolidation()), clients=OutageDirectory(), blobs=_stored_mail())
    assert caught.value.dependency == "mongodb"


def test_matching_does_not_turn_a_database_error_into_an_outage():
    from pymongo.errors import OperationFailure

    with pytest.raises(OperationFailure):
        matching.run(_envelope(consolidation=_consolidation()), clients=UntranslatedDirectory(), blobs=_stored_mail())


def test_matching_a_missing_canonical_mail_is_invalid_message():
    """The matcher reads the whole mail: without it the message cannot be matched (as for intent and extraction)."""
    with pytest.raises(InvalidMessage):
        matching.run(_envelope(consolidation=_consolidation()), clients=FakeClientDirectory(), blobs=MemoryBlobStore())
