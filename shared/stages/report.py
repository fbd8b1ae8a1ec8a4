"""Report stage: turn the final envelope (or a failure) into the caseworker's report row and upsert it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shared.clock import Clock
from shared.domain.envelope import Envelope, FailureNotice
from shared.domain.fields import FIELDS as EXTRACTED_FIELDS
from shared.domain.report import ProcessingReport, short_sender, short_subject
from shared.domain.results import Failure, FieldValue
from shared.mail.limits import LIMIT_PREFIX, limits_hit
from shared.ports import ReportStore

INTENT_REVIEW_REASONS = ("claude answer invalid", "claude rejected the request", "intent disputed",
                         "not confirmed by the offline engine: intent")


def build_report(envelope: Envelope, now: datetime) -> ProcessingReport:
    """The report for a finished (or failed) envelope. Pure."""
    if envelope.failure is not None:
        return failed_report(envelope.email_id, envelope.correlation_id, envelope.failure, now,
                             message_id=envelope.message_id, received_at=envelope.received_at,
                             sender=envelope.sender, subject=envelope.subject)
    consolidation, matching = envelope.consolidation, envelope.matching
    fields = consolidation.fields if consolidation else {}
    reasons = [_named_route_reason(r, envelope) for r in (consolidation.review_reasons if consolidation else [])]
    if matching and matching.review_reason:
        reasons.append(matching.review_reason)
    if envelope.intent:  # an engine that could not give its own intent says so (e.g. "claude answer invalid")
        reasons.extend(r for r in envelope.intent.reasons if r in INTENT_REVIEW_REASONS)
    limits = limits_hit(envelope.defects)
    if limits:  # intake cut something it could not read in full: the caseworker checks against the raw message
        reasons.append("input limit hit: " + ", ".join(dict.fromkeys(limits)))
    defects = [defect for defect in envelope.defects if not defect.startswith(LIMIT_PREFIX)]
    if defects:
        reasons.append("parser defects: " + ", ".join(defects[:5]))
    own = _field_reasons(envelope, reasons)
    extracted = {name: {**field.model_dump(mode="json"), "review_reason": "; ".join(own.get(name, [])) or None}
                 for name, field in fields.items()}
    usage = envelope.stage_usage()
    return ProcessingReport(
        email_id=envelope.email_id,
        message_id=envelope.message_id,
        correlation_id=envelope.correlation_id,
        sender=short_sender(envelope.sender),
        subject=short_subject(envelope.subject),
        received_at=envelope.received_at,
        created_at=envelope.received_at,
        status="processed",
        intent=envelope.intent.intent if envelope.intent else None,
        client_id=matching.client_id if matching else None,
        client_name=matching.client_name if matching else None,
        **report_columns(fields),
        extracted_fields=extracted,
        missing_fields=list(consolidation.missing_fields if consolidation else []),
        match_candidates=[c.model_dump(mode="json") for c in (matching.candidates if matching else [])],
        overall_confidence=consolidation.overall_confidence if consolidation else None,
        confidence_route=consolidation.confidence_route if consolidation else None,
        needs_review=bool(reasons),
        review_reason="; ".join(dict.fromkeys(reasons)) or None,
        sources_processed=list(envelope.extraction.sources_processed if envelope.extraction else []),
        total_tokens_used=sum(u.total for u in usage.values()),
        stage_usage=_stage_usage(envelope),
        processing_time_ms=_elapsed_ms(envelope.received_at, now),
    )


def report_columns(fields: dict[str, FieldValue]) -> dict[str, Any]:
    """The value of each field the field table gives a report column ([] for an absent list, else None)."""
    columns = {}
    for field in EXTRACTED_FIELDS:
        if field.column:
            value = fields[field.name].value if field.name in fields else None
            columns[field.name] = list(value or []) if field.many else value
    return columns


# Review reasons that concern one field without naming it (the engines' wording), by the field they concern.
_FIELD_OF_REASON = {
    "conflicting totals": "debt_amount", "total only in quoted history": "debt_amount",
    "total not stated": "debt_amount", "amount stated but no total recognised": "debt_amount",
    "creditor trades under another name": "creditor_name", "possible reference not recognised": "reference_numbers",
}


def _weak_links(envelope: Envelope) -> list[tuple[str, float]]:
    """What holds the overall confidence below "high": the intent and each required field under HIGH."""
    from shared.engine.consolidate import HIGH, REQUIRED

    weak = []
    if envelope.intent and envelope.intent.confidence < HIGH:
        weak.append(("intent", envelope.intent.confidence))
    fields = envelope.consolidation.fields if envelope.consolidation else {}
    for name in REQUIRED.get(envelope.intent.intent if envelope.intent else "", ()):
        if name in fields and fields[name].value and fields[name].confidence < HIGH:
            weak.append((name, fields[name].confidence))
    return weak


def _named_route_reason(reason: str, envelope: Envelope) -> str:
    """'medium confidence' becomes 'medium confidence: debt_amount 0.70, intent 0.80' (the weak links named)."""
    if reason not in ("medium confidence", "low confidence"):
        return reason
    weak = _weak_links(envelope)
    return f"{reason}: " + ", ".join(f"{name} {confidence:.2f}" for name, confidence in weak) if weak else reason


def _field_reasons(envelope: Envelope, reasons: list[str]) -> dict[str, list[str]]:
    """Each extracted field's own review reasons: its low confidence, its absence, what an engine said of it."""
    from shared.engine.consolidate import MEDIUM

    extracted = envelope.consolidation.fields if envelope.consolidation else {}
    own: dict[str, list[str]] = {}
    for name, confidence in _weak_links(envelope):
        level = "medium" if confidence >= MEDIUM else "low"
        own.setdefault(name, []).append(f"{level} confidence {confidence:.2f}")
    for reason in reasons:
        if reason.startswith("missing required field: "):
            own.setdefault(reason.rsplit(": ", 1)[1], []).append("missing (required for this intent)")
        elif reason in _FIELD_OF_REASON:
            own.setdefault(_FIELD_OF_REASON[reason], []).append(reason)
        elif ": " in reason and (field := reason.rsplit(": ", 1)[1]) in extracted:  # "...offline engine: x"
            own.setdefault(field, []).append(reason.rsplit(": ", 1)[0])
    return own


def _stage_usage(envelope: Envelope) -> dict[str, dict]:
    """Engine/model and tokens of each agent stage that ran."""
    out = {}
    for stage in ("intent", "extraction"):
        result = getattr(envelope, stage)
        if result is not None:
            out[stage] = {"engine": result.engine, **result.usage.model_dump()}
    return out


def failed_report(
    email_id: str, correlation_id: str, failure: Failure, now: datetime,
    message_id: str | None = None, received_at: datetime | None = None,
    sender: str | None = None, subject: str | None = None,
) -> ProcessingReport:
    """The report of an email that could not be processed (what is known of it: ids, and from its envelope,
    if there was one, sender, subject and arrival)."""
    return ProcessingReport(
        email_id=email_id,
        message_id=message_id,
        correlation_id=correlation_id,
        sender=short_sender(sender),
        subject=short_subject(subject),
        received_at=received_at,
        created_at=received_at,
        status="failed",
        failed_stage=failure.stage,
        error=f"{failure.error_class}: {failure.message}",
        needs_review=True,
        review_reason=f"processing failed at stage {failure.stage}",
        processing_time_ms=_elapsed_ms(received_at, now) if received_at else None,
    )


def run(message: Envelope | FailureNotice, *, reports: ReportStore, clock: Clock) -> ProcessingReport:
    """Write the report for `message` and return the row as stored."""
    now = clock.now()
    if isinstance(message, FailureNotice):
        report = failed_report(message.email_id, message.correlation_id, message.failure, now)
    else:
        report = build_report(message, now)
    return reports.upsert(report)


def _elapsed_ms(start: datetime, end: datetime) -> int:
    return max(0, int((end - start).total_seconds() * 1000))
