"""The report stage draws auto-approved reports for audit (AUDIT_SAMPLE_RATE): only auto-approved ones, the same
draw on every delivery of an email."""

from __future__ import annotations

from datetime import datetime, timezone

from shared.clock import FakeClock
from shared.domain.audit import AuditSampler
from shared.domain.envelope import FailureNotice
from shared.domain.results import ExtractionResult, Failure, IntentResult
from shared.stages import report as report_stage
from tests.stages.fakes import MemoryReportStore
from tests.stages.test_report import _envelope

CLOCK = FakeClock(datetime(2026, 11, 29, 9, 1, tzinfo=timezone.utc))


def _run(envelope, rate: float):
    return report_stage.run(envelope, reports=MemoryReportStore(), clock=CLOCK, audit=AuditSampler(rate))


def _approved():
    return _envelope(IntentResult(intent="debt_statement", confidence=0.9, engine="rules"), ExtractionResult())


def test_an_auto_approved_report_drawn_by_the_sampler_is_marked_audit():
    assert not _approved().consolidation.review_reasons
    assert _run(_approved(), 1.0).audit and not _run(_approved(), 1.0).needs_review
    assert not _run(_approved(), 0.0).audit


def test_reports_that_need_review_or_failed_are_never_audits():
    disputed = _envelope(IntentResult(intent="debt_statement", confidence=0.5, engine="rules",
                                      reasons=["claude answer invalid"]), ExtractionResult())
    assert _run(disputed, 1.0).needs_review and not _run(disputed, 1.0).audit
    notice = FailureNotice(email_id="e-f", correlation_id="c-f",
                           failure=Failure(stage="intent", error_class="InvalidMessage", message="bad"))
    assert not _run(notice, 1.0).audit


def test_the_draw_is_the_same_on_every_delivery_and_near_the_rate():
    sampler = AuditSampler(0.05)
    ids = [f"email-{n:05d}" for n in range(20000)]
    drawn = [email_id for email_id in ids if sampler.selects(email_id)]
    assert drawn == [email_id for email_id in ids if sampler.selects(email_id)]
    assert 0.045 < len(drawn) / len(ids) < 0.055
    assert set(drawn) <= {email_id for email_id in ids if AuditSampler(0.2).selects(email_id)}  # nested
