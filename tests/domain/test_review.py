"""Review reasons: each code renders as the sentence people have always read, and parse reads it back."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from shared.domain.review import FIELD_OF_CODE, Reason, ReviewReason, distinct, parse, reason, rendered

SENTENCES = {
    "low confidence": ReviewReason(code="low_confidence"),
    "medium confidence: debt_amount 0.70, intent 0.80": ReviewReason(
        code="medium_confidence", detail="debt_amount 0.70, intent 0.80"),
    "no calibrated threshold: nothing is auto-approved": ReviewReason(code="no_calibrated_threshold"),
    "below calibrated threshold (0.813 < 0.84): creditor_name": ReviewReason(
        code="below_calibrated_threshold", field="creditor_name", detail="0.813 < 0.84"),
    "not calibrated for auto-approval: payment_deadline": ReviewReason(code="not_calibrated",
                                                                        field="payment_deadline"),
    "missing required field: debtor_name": ReviewReason(code="missing_required_field", field="debtor_name"),
    "conflicting totals": ReviewReason(code="conflicting_totals", field="debt_amount"),
    "total only in quoted history": ReviewReason(code="total_only_in_quoted_history", field="debt_amount"),
    "total not stated": ReviewReason(code="total_not_stated", field="debt_amount"),
    "amount stated but no total recognised": ReviewReason(code="unrecognised_amount", field="debt_amount"),
    "creditor trades under another name": ReviewReason(code="trading_name", field="creditor_name"),
    "possible reference not recognised": ReviewReason(code="unplaced_reference", field="reference_numbers"),
    "unreadable attachment scan.pdf: encrypted": ReviewReason(code="unreadable_attachment",
                                                               detail="scan.pdf: encrypted"),
    "attachment not sent to claude: scan.pdf": ReviewReason(code="attachment_not_sent", detail="scan.pdf"),
    "ungrounded value dropped: debt_amount (not a money mention in email_body)": ReviewReason(
        code="ungrounded_value", field="debt_amount", detail="not a money mention in email_body"),
    "ungrounded value dropped: reference_number": ReviewReason(code="ungrounded_value", field="reference_number"),
    "unverified value from scanned document: debt_amount": ReviewReason(code="unverified_scan_value",
                                                                         field="debt_amount"),
    "not confirmed by the offline engine: intent": ReviewReason(code="not_confirmed", field="intent"),
    "intent disputed": ReviewReason(code="intent_disputed"),
    "claude answer invalid": ReviewReason(code="engine_answer_invalid"),
    "claude rejected the request": ReviewReason(code="engine_request_rejected"),
    "no matching client": ReviewReason(code="no_client_match"),
    "ambiguous client match": ReviewReason(code="ambiguous_client_match"),
    "client suggested by surname only": ReviewReason(code="weak_client_match"),
    "input limit hit: depth, parts": ReviewReason(code="input_limit_hit", detail="depth, parts"),
    "parser defects: MissingHeaderBodySeparatorDefect": ReviewReason(
        code="parser_defects", detail="MissingHeaderBodySeparatorDefect"),
    "processing failed at stage extraction": ReviewReason(code="processing_failed", detail="extraction"),
}


@pytest.mark.parametrize("sentence", SENTENCES)
def test_each_code_renders_its_sentence_and_parses_back(sentence):
    assert SENTENCES[sentence].render() == sentence
    assert parse(sentence) == SENTENCES[sentence]


def test_every_code_but_other_has_a_sentence_here():
    codes = set(ReviewReason.model_fields["code"].annotation.__args__)
    assert codes - {r.code for r in SENTENCES.values()} == {"other"}


@pytest.mark.parametrize("text", ["something an older engine said", "missing required field: two words",
                                  "below calibrated threshold: creditor_name", ""])
def test_a_text_no_code_reads_is_other_and_renders_unchanged(text):
    assert parse(text) == ReviewReason(code="other", detail=text)
    assert parse(text).render() == text


def test_reason_gives_the_field_a_wording_concerns_without_naming_it():
    assert all(reason(code).field == field for code, field in FIELD_OF_CODE.items())
    assert reason("not_confirmed", "creditor_name").field == "creditor_name"


def test_reasons_are_frozen_and_their_codes_closed():
    with pytest.raises(ValidationError):
        reason("intent_disputed").code = "other"
    with pytest.raises(ValidationError):
        ReviewReason(code="made_up")


def test_a_reason_field_accepts_the_old_sentence_or_the_structured_form():
    class Holder(BaseModel):
        reasons: list[Reason]

    held = Holder.model_validate({"reasons": ["no matching client", {"code": "intent_disputed"}]})
    assert held.reasons == [reason("no_client_match"), reason("intent_disputed")]
    assert Holder.model_validate_json(held.model_dump_json()) == held


def test_rendered_and_distinct_give_each_sentence_once_in_order():
    reasons = [reason("no_client_match"), reason("intent_disputed"), parse("no matching client")]
    assert rendered(reasons) == "no matching client; intent disputed"
    assert distinct(reasons) == reasons[:2]
    assert rendered([]) is None
