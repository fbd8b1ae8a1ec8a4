"""The per-email processing report a caseworker reads, built from the final envelope."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from shared.domain.fields import COLUMNS
from shared.domain.money import Amount
from shared.domain.review import Reason

Status = Literal["processed", "failed", "reviewed"]  # reviewed: a caseworker's outcome, final like processed

# The report shows who wrote and about what, never the body: the sender's address (RFC 5321 caps a path at 256
# octets) and the subject cut to a line's length.
SENDER_MAX_CHARS = 254
SUBJECT_MAX_CHARS = 200


def short_sender(address: str | None) -> str | None:
    """The sender's address for the report: stripped, at most SENDER_MAX_CHARS; None when there is none."""
    address = " ".join((address or "").split())
    return address[:SENDER_MAX_CHARS] or None


def short_subject(subject: str | None) -> str | None:
    """The subject on one line, at most SUBJECT_MAX_CHARS (an ellipsis marks a cut); None when empty."""
    subject = " ".join((subject or "").split())
    if len(subject) > SUBJECT_MAX_CHARS:
        subject = subject[:SUBJECT_MAX_CHARS - 1] + "…"
    return subject or None


class ProcessingReport(BaseModel):
    """One report row. Its field columns (creditor_name ... payment_deadline) are those the field table
    (`shared.domain.fields`) marks as columns, typed here; the value of every field is in extracted_fields."""

    email_id: str
    message_id: str | None = None
    correlation_id: str
    sender: str | None = None
    subject: str | None = None
    received_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    status: Status
    failed_stage: str | None = None
    error: str | None = None
    intent: str | None = None
    client_id: str | None = None
    client_name: str | None = None
    creditor_name: str | None = None
    debt_amount: Amount | None = None
    currency: str | None = None
    reference_numbers: list[str] = Field(default_factory=list)
    payment_deadline: date | None = None
    extracted_fields: dict[str, Any] = Field(default_factory=dict)
    missing_fields: list[str] = Field(default_factory=list)
    match_candidates: list[dict[str, Any]] = Field(default_factory=list)
    overall_confidence: float | None = None
    confidence_route: str | None = None
    needs_review: bool = False
    review_reason: str | None = None  # the reasons as a person reads them, "; "-joined
    review_reasons: list[Reason] = Field(default_factory=list)  # the same reasons as {code, field, detail}
    sources_processed: list[str] = Field(default_factory=list)
    total_tokens_used: int = 0
    # Per agent stage: {"intent": {"engine": "claude:<model>", "input_tokens": ..., "output_tokens": ...,
    # "cache_read_tokens": ..., "cache_write_tokens": ...}, "extraction": {...}}
    stage_usage: dict[str, dict[str, Any]] = Field(default_factory=dict)
    processing_time_ms: int | None = None
    version: int = 1  # grows with every change of the row: a review names the version it was made on
    reviewed_fields: dict[str, Any] = Field(default_factory=dict)  # values a person confirmed or set, by field
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    mail_key: str | None = None  # the canonical mail in the blob store, as the stages read it
    audit: bool = False  # an auto-approved report drawn for a caseworker's audit (shared.domain.audit)

    def cli_json(self) -> dict[str, Any]:
        """The `process --json` / `reports show --json` shape."""
        keys = (
            "email_id", "message_id", "correlation_id", "sender", "subject", "received_at", "status", "intent",
            "client_id", "client_name", *COLUMNS, "extracted_fields", "missing_fields",
            "overall_confidence", "confidence_route", "needs_review", "review_reason", "review_reasons",
            "total_tokens_used", "stage_usage", "processing_time_ms", "audit",
        )
        data = self.model_dump(mode="json")
        out = {key: data[key] for key in keys}
        out["failed_stage"] = data["failed_stage"]
        out["error"] = data["error"]
        out["match_candidates"] = data["match_candidates"]
        out["created_at"] = data["created_at"]
        return out

