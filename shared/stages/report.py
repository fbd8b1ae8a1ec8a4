"""Report stage: turn the final envelope (or a failure) into the caseworker's report row and upsert it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shared.clock import Clock
from shared.domain.audit import AuditSampler
from shared.domain.envelope import Envelope, FailureNotice
from shared.domain.fields import FIELDS as EXTRACTED_FIELDS
from shared.domain.report import ProcessingReport, short_sender, short_subject
from shared.domain.results import Failure, FieldValue
from shared.domain.review import FIELD_OF_CODE, ReviewReason, distinct, parse, reason, rendered
from shared.mail.limits import LIMIT_PREFIX, limits_hit
from shared.ports import ReportStore

# The intent's reasons are its engine's explanations as text; these among them send the report to review.
INTENT_REVIEW_REASONS = (reason("engine_answer_invalid"), reason("engine_request_rejected"),
                         reason("intent_disputed"), reason("not_confirmed", "intent"))


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
        reasons.extend(r for r in map(parse, envelope.intent.reasons) if r in INTENT_REVIEW_REASONS)
    limits = limits_hit(envelope.defects)
    if limits:  # intake cut something it could not read in full: the caseworker checks against the raw message
        reasons.append(reason("input_limit_hit", detail=", ".join(dict.fromkeys(limits))))
    defects = [defect for defect in envelope.defects if not defect.startswith(LIMIT_PREFIX)]
    if defects:
        reasons.append(reason("parser_defects", detail=", ".join(defects[:5])))
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
        review_reason=rendered(reasons),
        review_reasons=distinct(reasons),
        sources_processed=list(envelope.extraction.sources_processed if envelope.extraction else []),
        total_tokens_used=sum(u.total for u in usage.values()),
        stage_usage=_stage_usage(envelope),
        processing_time_ms=_elapsed_ms(envelope.received_at, now),
        mail_key=envelope.mail_key or None,
    )


def report_columns(fields: dict[str, FieldValue]) -> dict[str, Any]:
    """The value of each field the field table gives a report column ([] for an absent list, else None)."""
    columns = {}
    for field in EXTRACTED_FIELDS:
        if field.column:
            value = fields[field.name].value if field.name in fields else None
            columns[field.name] = list(value or []) if field.many else value
    return columns


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


def _named_route_reason(route: ReviewReason, envelope: Envelope) -> ReviewReason:
    """'medium confidence' becomes 'medium confidence: debt_amount 0.70, intent 0.80' (the weak links named)."""
    if route.code not in ("medium_confidence", "low_confidence"):
        return route
    weak = _weak_links(envelope)
    named = ", ".join(f"{name} {confidence:.2f}" for name, confidence in weak)
    return reason(route.code, detail=named) if weak else route


def _field_reasons(envelope: Envelope, reasons: list[ReviewReason]) -> dict[str, list[str]]:
    """Each extracted field's own review reasons: its low confidence, its absence, what an engine said of it."""
    from shared.engine.consolidate import MEDIUM

    extracted = envelope.consolidation.fields if envelope.consolidation else {}
    own: dict[str, list[str]] = {}
    for name, confidence in _weak_links(envelope):
        level = "medium" if confidence >= MEDIUM else "low"
        own.setdefault(name, []).append(f"{level} confidence {confidence:.2f}")
    for item in reasons:
        if item.code == "missing_required_field":
            own.setdefault(item.field, []).append("missing (required for this intent)")
        elif item.code in FIELD_OF_CODE:  # its wording does not name the field: the whole sentence
            own.setdefault(item.field, []).append(item.render())
        elif item.field in extracted and (text := item.render()).endswith(f": {item.field}"):  # "...engine: x"
            own.setdefault(item.field, []).append(text.removesuffix(f": {item.field}"))
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
    failure_reason = reason("processing_failed", detail=failure.stage)
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
        review_reason=failure_reason.render(),
        review_reasons=[failure_reason],
        processing_time_ms=_elapsed_ms(received_at, now) if received_at else None,
    )


def run(message: Envelope | FailureNotice, *, reports: ReportStore, clock: Clock,
        audit: AuditSampler) -> ProcessingReport:
    """Write the report for `message` and return the row as stored. An auto-approved report the audit sampler
    draws is marked `audit`: it enters the review queue as well (the same draw on every redelivery)."""
    now = clock.now()
    if isinstance(message, FailureNotice):
        report = failed_report(message.email_id, message.correlation_id, message.failure, now)
    else:
        report = build_report(message, now)
    if report.status == "processed" and not report.needs_review and audit.selects(report.email_id):
        report = report.model_copy(update={"audit": True})
    return reports.upsert(report)


def _elapsed_ms(start: datetime, end: datetime) -> int:
    return max(0, int((end - start).total_seconds() * 1000))
