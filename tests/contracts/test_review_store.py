"""Contract suite for the ReviewStore port: SQLAlchemy on SQLite and on a real PostgreSQL (pg8000).

The queue (processed reports needing review, oldest first, filters, counts per reason code); a review applied with
optimistic locking (the version it was made on; a stale one, or a second review of a reviewed report, is a
ReviewConflict — also when two caseworkers race); corrections kept with who, when, before, after and span; a
reviewed report is final for the chain's own writes too.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from shared.adapters.sql_reports import SqlAlchemyReportStore
from shared.adapters.sql_reviews import SqlAlchemyReviewStore
from shared.domain.corrections import Correction, ReviewConflict, ReviewRejected
from shared.domain.report import ProcessingReport
from shared.domain.review import reason, rendered

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def stores(report_engine, clock):
    return SqlAlchemyReportStore(report_engine, clock), SqlAlchemyReviewStore(report_engine, clock)


def _report(email_id: str, minutes: int = 0, **extra) -> ProcessingReport:
    base = dict(email_id=email_id, correlation_id="c-" + email_id, status="processed", intent="debt_statement",
                creditor_name="Stadtwerke Beispiel GmbH", needs_review=True,
                review_reasons=[reason("no_client_match")], received_at=T0 + timedelta(minutes=minutes),
                created_at=T0 + timedelta(minutes=minutes))
    fields = {**base, **extra}
    fields.setdefault("review_reason", rendered(fields["review_reasons"]))  # as the report stage writes it
    return ProcessingReport(**fields)


AMOUNT = Correction(field="debt_amount", before="120.00", after="1234.56", source="email_body", span=(40, 48))


def test_the_queue_holds_processed_reports_needing_review_oldest_first(stores):
    reports, reviews = stores
    reports.upsert(_report("late", minutes=5))
    reports.upsert(_report("early", minutes=1))
    reports.upsert(_report("approved", minutes=0, needs_review=False, review_reasons=[]))
    reports.upsert(_report("broken", minutes=0, status="failed", failed_stage="intent", error="E: x"))
    assert [r.email_id for r in reviews.queue()] == ["early", "late"]


def test_the_queue_filters_by_reason_intent_creditor_and_time(stores):
    reports, reviews = stores
    reports.upsert(_report("a", minutes=1, review_reasons=[reason("missing_required_field", "debt_amount")]))
    reports.upsert(_report("b", minutes=2, intent="rejection", creditor_name="Muster Inkasso GmbH"))
    reports.upsert(_report("c", minutes=3))
    assert [r.email_id for r in reviews.queue(reason_code="no_client_match")] == ["b", "c"]
    assert [r.email_id for r in reviews.queue(intent="rejection")] == ["b"]
    assert [r.email_id for r in reviews.queue(creditor="INKASSO")] == ["b"]
    assert [r.email_id for r in reviews.queue(creditor="100%_")] == []  # LIKE wildcards are literal
    assert [r.email_id for r in reviews.queue(since=T0 + timedelta(minutes=2), until=T0 + timedelta(minutes=3))] == ["b"]
    assert reviews.stats().reasons == {"no_client_match": 2, "missing_required_field": 1}


def test_a_saved_review_keeps_the_engines_values_beside_the_reviewed_ones(stores, clock):
    reports, reviews = stores
    reports.upsert(_report("e1", debt_amount="120.00"))
    clock.advance(60)
    stored = reviews.review("e1", 1, [AMOUNT], "save", "ana@firm.example")
    assert stored.version == 2 and stored.status == "processed" and stored.needs_review
    assert str(stored.debt_amount) == "120.00" and stored.reviewed_fields == {"debt_amount": "1234.56"}
    assert stored.reviewed_by == "ana@firm.example" and stored.reviewed_at == clock.now()
    [kept] = reviews.corrections("e1")
    assert (kept.field, kept.before, kept.after, kept.source, kept.span) == ("debt_amount", "120.00", "1234.56",
                                                                               "email_body", (40, 48))
    assert kept.reviewer == "ana@firm.example" and kept.at == clock.now()
    assert [r.email_id for r in reviews.queue()] == ["e1"]  # saved, not yet approved


def test_approval_is_final_for_caseworkers_and_for_the_chain(stores):
    reports, reviews = stores
    reports.upsert(_report("e1"))
    stored = reviews.review("e1", 1, [Correction(field="client_id", before=None, after="K-2001")], "approve", "ana")
    assert stored.status == "reviewed" and not stored.needs_review and stored.version == 2
    assert reviews.queue() == []
    with pytest.raises(ReviewConflict):
        reviews.review("e1", 2, [], "approve", "ben")
    again = reports.upsert(_report("e1", intent="other"))  # a redelivery or `dlq replay`
    assert again.status == "reviewed" and again.intent == "debt_statement" and again.version == 2


def test_a_stale_version_is_a_conflict_and_changes_nothing(stores):
    reports, reviews = stores
    reports.upsert(_report("e1"))
    reviews.review("e1", 1, [AMOUNT], "save", "ana")
    with pytest.raises(ReviewConflict):
        reviews.review("e1", 1, [Correction(field="debt_amount", before="120.00", after="99.00")], "save", "ben")
    assert reports.get("e1").reviewed_fields == {"debt_amount": "1234.56"}
    assert len(reviews.corrections("e1")) == 1


def test_two_caseworkers_saving_the_same_version_at_once_one_wins(stores):
    reports, reviews = stores
    reports.upsert(_report("e1"))
    outcomes, start = [], threading.Barrier(2)

    def save(who: str):
        start.wait()
        try:
            reviews.review("e1", 1, [Correction(field="intent", before="debt_statement", after=who)], "save", who)
            outcomes.append("saved")
        except ReviewConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(who,)) for who in ("ana", "ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["conflict", "saved"]
    assert reports.get("e1").version == 2 and len(reviews.corrections("e1")) == 1


def test_not_creditor_mail_is_reviewed_as_other(stores):
    reports, reviews = stores
    reports.upsert(_report("e1"))
    stored = reviews.review("e1", 1, [], "not_creditor_mail", "ana")
    assert stored.status == "reviewed" and stored.reviewed_fields == {"intent": "other", "not_creditor_mail": True}


def test_unknown_reports_fields_and_actions_are_refused(stores):
    reports, reviews = stores
    with pytest.raises(KeyError):
        reviews.review("nobody", 1, [], "save", "ana")
    reports.upsert(_report("e1"))
    with pytest.raises(ReviewRejected, match="not a reviewable field: body"):
        reviews.review("e1", 1, [Correction(field="body", after="x")], "save", "ana")
    with pytest.raises(ReviewRejected, match="unknown action"):
        reviews.review("e1", 1, [], "delete", "ana")
    assert reports.get("e1").version == 1


def test_a_report_replacing_a_failed_one_gets_a_new_version(stores):
    reports, _reviews = stores
    reports.upsert(_report("e1", status="failed", failed_stage="intent", error="E: x"))
    assert reports.upsert(_report("e1")).version == 2


def _confirm_all(report: ProcessingReport, **changed) -> list[Correction]:
    from shared.domain.audit import engine_value
    from shared.domain.corrections import REVIEWABLE

    return [Correction(field=name, before=engine_value(report, name),
                       after=changed.get(name, engine_value(report, name))) for name in REVIEWABLE]


def _auto_approved(email_id: str, minutes: int = 0, **extra) -> ProcessingReport:
    return _report(email_id, minutes, needs_review=False, review_reasons=[], client_id="K-1001",
                   debt_amount="120.00", currency="EUR",
                   extracted_fields={"debt_amount": {"value": "120.00"}, "currency": {"value": "EUR"},
                                     "creditor_name": {"value": "Stadtwerke Beispiel GmbH"}}, **extra)


def test_audits_wait_in_the_queue_beside_reviews_and_are_counted_under_audit(stores):
    reports, reviews = stores
    reports.upsert(_report("needs", minutes=2))
    reports.upsert(_auto_approved("drawn", minutes=1, audit=True))
    reports.upsert(_auto_approved("not-drawn", minutes=0))
    assert [r.email_id for r in reviews.queue()] == ["drawn", "needs"]
    assert [r.email_id for r in reviews.queue(reason_code="audit")] == ["drawn"]
    assert reviews.queue(reason_code="audit")[0].audit
    assert reviews.stats().reasons == {"audit": 1, "no_client_match": 1}


def test_an_audit_is_approved_only_when_every_field_was_confirmed_or_corrected(stores):
    reports, reviews = stores
    report = reports.upsert(_auto_approved("drawn", audit=True))
    some = _confirm_all(report)[:3]
    with pytest.raises(ReviewRejected, match="still open: .*debt_amount"):
        reviews.review("drawn", 1, some, "approve", "ana")
    assert reports.get("drawn").status == "processed" and reports.get("drawn").version == 1
    saved = reviews.review("drawn", 1, some, "save", "ana")  # confirmations saved earlier count
    rest = [c for c in _confirm_all(report) if c.field not in {s.field for s in some}]
    assert reviews.review("drawn", saved.version, rest, "approve", "ana").status == "reviewed"


def test_a_report_that_is_not_an_audit_may_be_approved_without_confirming_everything(stores):
    reports, reviews = stores
    reports.upsert(_report("needs"))
    assert reviews.review("needs", 1, [], "approve", "ana").status == "reviewed"


def test_stats_count_automation_the_queue_and_the_errors_audits_found(stores):
    reports, reviews = stores
    reports.upsert(_report("needs", minutes=1))
    reports.upsert(_report("broken", status="failed", failed_stage="intent", error="E: x",
                           review_reasons=[reason("processing_failed", detail="intent")]))
    reports.upsert(_auto_approved("quiet"))
    right = reports.upsert(_auto_approved("audit-right", audit=True))
    wrong = reports.upsert(_auto_approved("audit-wrong", audit=True))
    reports.upsert(_auto_approved("audit-open", audit=True))
    reviews.review("audit-right", 1, _confirm_all(right), "approve", "ana")
    reviews.review("audit-wrong", 1, _confirm_all(wrong, debt_amount="1200.00", client_id=None), "approve", "ana")
    reviews.review("needs", 1, [], "approve", "ana")  # a reviewed report that needed review: not automation
    stats = reviews.stats()
    assert (stats.reports, stats.failed, stats.auto_approved, stats.reviewed) == (6, 1, 4, 3)
    assert (stats.in_queue, stats.audits_sampled, stats.audits_done) == (1, 3, 2)
    assert (stats.audit_wrong_fields, stats.audit_reports_wrong) == (2, 1)
    assert stats.reasons == {"audit": 1}
    assert stats.automation == pytest.approx(4 / 6) and stats.silent_error_rate == pytest.approx(1.0)
    assert stats.silent_error_bound == 1.0 and "2 wrong field(s) in 2 audited report(s)" in stats.audit_line()


def test_stats_of_an_empty_store_measure_nothing(stores):
    _, reviews = stores
    stats = reviews.stats()
    assert stats.reports == 0 and stats.automation is None and stats.silent_error_rate is None
    assert "not measured" in stats.audit_line()
