"""What the report tells a caseworker beyond the figures: who wrote, about what, when, and why each field
needs a look."""

from __future__ import annotations

from datetime import datetime, timezone

from shared.domain.envelope import Envelope, decode_envelope
from shared.domain.report import SUBJECT_MAX_CHARS
from shared.domain.results import Consolidation, Failure, FieldValue, IntentResult, MatchResult
from shared.domain.review import reason
from shared.stages.report import build_report

RECEIVED = datetime(2026, 12, 6, 9, 30, tzinfo=timezone.utc)


def _envelope(**extra) -> Envelope:
    base = dict(email_id="e1", correlation_id="c1", provider="raw", received_at=RECEIVED, raw_key="raw/e1",
                raw_sha256="0" * 64, raw_size=10, mail_key="mail/e1")
    return Envelope(**{**base, **extra})


def test_sender_subject_and_received_time_come_from_the_envelope_bounded():
    report = build_report(_envelope(sender="inkasso@example.com", subject="Forderung " + "x" * 500), RECEIVED)
    assert report.sender == "inkasso@example.com" and report.received_at == RECEIVED
    assert len(report.subject) == SUBJECT_MAX_CHARS and report.subject.startswith("Forderung x")


def test_an_envelope_from_before_the_new_fields_still_decodes_and_reports():
    old = _envelope().model_dump(mode="json")
    del old["sender"], old["subject"]
    envelope = decode_envelope(__import__("json").dumps(old).encode())
    report = build_report(envelope, RECEIVED)
    assert report.sender is None and report.subject is None and report.received_at == RECEIVED


def test_a_failed_envelope_keeps_sender_and_subject():
    failure = Failure(stage="extraction", error_class="Boom", message="x")
    report = build_report(_envelope(sender="a@b.de", subject="Mahnung", failure=failure), RECEIVED)
    assert report.status == "failed" and (report.sender, report.subject) == ("a@b.de", "Mahnung")


def test_medium_confidence_names_its_fields_and_each_field_carries_its_own_reason():
    fields = {
        "creditor_name": FieldValue(value="Vodafone GmbH", confidence=0.95, source="email_body"),
        "debt_amount": FieldValue(value="120.00", confidence=0.7, source="email_body"),
        "reference_numbers": FieldValue(value=["KD-1"], confidence=0.9, source="subject"),
        "debtor_name": FieldValue(value=None, confidence=0.0),
    }
    consolidation = Consolidation(
        fields=fields, missing_fields=["debtor_name"], overall_confidence=0.7, confidence_route="medium",
        review_reasons=["medium confidence", "missing required field: debtor_name", "conflicting totals"])
    envelope = _envelope(intent=IntentResult(intent="debt_statement", confidence=0.95), consolidation=consolidation,
                         matching=MatchResult())
    report = build_report(envelope, RECEIVED)
    assert report.review_reason.startswith("medium confidence: debt_amount 0.70;")
    extracted = report.extracted_fields
    assert extracted["debt_amount"]["review_reason"] == "medium confidence 0.70; conflicting totals"
    assert extracted["debtor_name"]["review_reason"] == "missing (required for this intent)"
    assert extracted["creditor_name"]["review_reason"] is None


def test_the_report_carries_each_reason_structured_in_the_order_of_its_text():
    consolidation = Consolidation(
        fields={"debt_amount": FieldValue(value="120.00", confidence=0.7, source="email_body")},
        missing_fields=["debtor_name"], overall_confidence=0.7, confidence_route="medium",
        review_reasons=[reason("medium_confidence"), reason("missing_required_field", "debtor_name"),
                        reason("ungrounded_value", "debt_amount", "not a money mention in email_body")])
    intent = IntentResult(intent="debt_statement", confidence=0.95, reasons=["debt_statement:total", "intent disputed"])
    envelope = _envelope(intent=intent, consolidation=consolidation, matching=MatchResult(
        review_reason=reason("no_client_match")), defects=["limit:parts"])
    report = build_report(envelope, RECEIVED)
    assert report.review_reasons == [
        reason("medium_confidence", detail="debt_amount 0.70"), reason("missing_required_field", "debtor_name"),
        reason("ungrounded_value", "debt_amount", "not a money mention in email_body"), reason("no_client_match"),
        reason("intent_disputed"), reason("input_limit_hit", detail="parts")]
    assert report.review_reason == "; ".join(r.render() for r in report.review_reasons)
    assert report.review_reason.startswith("medium confidence: debt_amount 0.70; missing required field: debtor_name")
    assert report.cli_json()["review_reasons"][-1] == {"code": "input_limit_hit", "field": None, "detail": "parts"}


def test_a_failed_report_says_which_stage_as_text_and_as_a_code():
    report = build_report(_envelope(failure=Failure(stage="matching", error_class="Boom", message="x")), RECEIVED)
    assert report.review_reason == "processing failed at stage matching"
    assert report.review_reasons == [reason("processing_failed", detail="matching")]
