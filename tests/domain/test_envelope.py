"""The versioned envelope: encode/decode, version checks, validation errors as InvalidMessage."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from shared.domain import envelope as env_module
from shared.domain.envelope import CURRENT_VERSION, Envelope, FailureNotice, decode_envelope, decode_report_input
from shared.domain.results import Failure
from shared.domain.review import ReviewReason
from shared.errors import InvalidMessage


def _envelope(**extra) -> Envelope:
    base = dict(email_id="e1", correlation_id="c1", provider="raw",
                received_at=datetime(2026, 1, 1, tzinfo=timezone.utc), raw_key="raw/x.eml", raw_sha256="x",
                raw_size=10, mail_key="mail/x.json")
    return Envelope(**{**base, **extra})


def test_roundtrip():
    original = _envelope(message_id="<m@x>", defects=["D"])
    assert decode_envelope(original.encode()) == original


def test_attributes_always_carry_ids():
    assert _envelope().attributes() == {"correlation_id": "c1", "email_id": "e1", "provider": "raw"}


@pytest.mark.parametrize("data", [b"not json", b"[1]", b'{"schema_version": 99}', b"{}", b"\xff\xfe"])
def test_invalid_data_is_a_permanent_error(data):
    with pytest.raises(InvalidMessage):
        decode_envelope(data)


def test_schema_violation_names_fields_not_values():
    data = json.loads(_envelope().encode())
    data["raw_size"] = "secret body text"
    with pytest.raises(InvalidMessage) as caught:
        decode_envelope(json.dumps(data).encode())
    assert "raw_size" in str(caught.value) and "secret body text" not in str(caught.value)


def test_previous_version_is_upgraded(monkeypatch):
    """A rolling deploy: the previous version is accepted through its registered upgrade step."""
    monkeypatch.setattr(env_module, "CURRENT_VERSION", CURRENT_VERSION + 1)
    monkeypatch.setitem(env_module.UPGRADES, CURRENT_VERSION, lambda d: {**d, "defects": ["upgraded"]})
    old = json.loads(_envelope().encode())
    assert env_module.decode_envelope(json.dumps(old).encode()).defects == ["upgraded"]


def test_without_an_upgrade_step_only_the_current_version_is_accepted(monkeypatch):
    assert env_module.accepted_versions() == (CURRENT_VERSION - 1, CURRENT_VERSION)
    monkeypatch.delitem(env_module.UPGRADES, CURRENT_VERSION - 1)
    assert env_module.accepted_versions() == (CURRENT_VERSION,)


def test_a_version_1_envelope_with_sentence_reasons_decodes_into_structured_reasons():
    """A message in flight from before review reasons were structured: each sentence becomes its reason."""
    old = json.loads(_envelope().encode())
    old["schema_version"] = 1
    old["extraction"] = {"findings": [], "sources_processed": ["email_body"], "engine": "rules",
                         "review_reasons": ["total not stated", "something an older engine said"]}
    old["consolidation"] = {"fields": {}, "missing_fields": ["debtor_name"], "overall_confidence": 0.5,
                            "confidence_route": "low",
                            "review_reasons": ["below calibrated threshold (0.813 < 0.84): creditor_name",
                                               "missing required field: debtor_name"]}
    old["matching"] = {"review_reason": "no matching client"}
    decoded = decode_envelope(json.dumps(old).encode())
    assert decoded.schema_version == CURRENT_VERSION
    assert decoded.extraction.review_reasons == [
        ReviewReason(code="total_not_stated", field="debt_amount"),
        ReviewReason(code="other", detail="something an older engine said")]
    assert decoded.consolidation.review_reasons == [
        ReviewReason(code="below_calibrated_threshold", field="creditor_name", detail="0.813 < 0.84"),
        ReviewReason(code="missing_required_field", field="debtor_name")]
    assert decoded.matching.review_reason == ReviewReason(code="no_client_match")


def test_report_input_accepts_failure_notices():
    notice = FailureNotice(email_id="e1", correlation_id="c1", failure=Failure(stage="intent", error_class="X", message="m"))
    assert decode_report_input(notice.encode()) == notice
    assert isinstance(decode_report_input(_envelope().encode()), Envelope)
