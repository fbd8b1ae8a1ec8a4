"""Contract suite for the ReportStore port: SQLAlchemy on SQLite and on a real PostgreSQL (pg8000)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import create_engine

from shared.adapters.sql_reports import SqlAlchemyReportStore
from shared.domain.report import ProcessingReport
from shared.reports.migrate import upgrade


@pytest.fixture(params=["sqlite", "postgres"])
def reports(request, tmp_path, clock):
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'reports.sqlite3'}")
    else:
        engine = create_engine(request.getfixturevalue("postgres_url"))
    upgrade(engine)
    yield SqlAlchemyReportStore(engine, clock)
    engine.dispose()


def _report(email_id="e1", status="processed", **extra) -> ProcessingReport:
    base = dict(email_id=email_id, correlation_id="c1", status=status, intent="debt_statement",
                created_at=datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc))
    base.update(extra)
    return ProcessingReport(**base)


def test_exact_decimal_roundtrip(reports):
    reports.upsert(_report(debt_amount=Decimal("12345678901234.56"), currency="EUR"))
    stored = reports.get("e1")
    assert stored.debt_amount == Decimal("12345678901234.56")
    assert str(stored.debt_amount) == "12345678901234.56"


def test_json_columns_and_timestamps_roundtrip(reports):
    fields = {"debt_amount": {"value": "10.00", "confidence": 0.9, "source": "email_body", "span": [1, 6]}}
    reports.upsert(_report(reference_numbers=["A-1", "B 2"], extracted_fields=fields, missing_fields=["x"]))
    stored = reports.get("e1")
    assert stored.reference_numbers == ["A-1", "B 2"]
    assert stored.extracted_fields == fields
    assert stored.created_at == datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert stored.created_at.tzinfo is not None


def test_failed_never_overwrites_processed(reports):
    reports.upsert(_report(status="processed", intent="rejection"))
    stored = reports.upsert(_report(status="failed", failed_stage="intent", error="X: y", intent=None))
    assert stored.status == "processed" and stored.intent == "rejection"


def test_processed_replaces_failed_and_keeps_created_at(reports, clock):
    reports.upsert(_report(status="failed", failed_stage="matching", error="E: boom"))
    clock.advance(60)
    stored = reports.upsert(_report(status="processed", created_at=datetime(2030, 1, 1, tzinfo=timezone.utc)))
    assert stored.status == "processed" and stored.failed_stage is None
    assert stored.created_at == datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert stored.updated_at == clock.now()


def test_processed_is_final(reports):
    reports.upsert(_report(status="processed", intent="rejection"))
    stored = reports.upsert(_report(status="processed", intent="other"))
    assert stored.intent == "rejection"


def test_list_filters_by_time_and_review(reports):
    t0 = datetime(2026, 3, 1, tzinfo=timezone.utc)
    for i in range(5):
        reports.upsert(_report(email_id=f"e{i}", created_at=t0 + timedelta(days=i), needs_review=i % 2 == 0))
    assert [r.email_id for r in reports.list()] == ["e4", "e3", "e2", "e1", "e0"]
    assert [r.email_id for r in reports.list(since=t0 + timedelta(days=1), until=t0 + timedelta(days=3))] == ["e2", "e1"]
    assert [r.email_id for r in reports.list(needs_review=True)] == ["e4", "e2", "e0"]


def test_get_missing(reports):
    assert reports.get("nope") is None


def test_stage_usage_roundtrip(reports):
    usage = {"intent": {"engine": "claude:claude-haiku-4-5", "input_tokens": 812, "output_tokens": 41,
                        "cache_read_tokens": 0, "cache_write_tokens": 0}}
    reports.upsert(_report(stage_usage=usage, total_tokens_used=853))
    assert reports.get("e1").stage_usage == usage


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_migration_0002_gives_older_rows_an_empty_stage_usage(request, tmp_path, clock, dialect):
    from sqlalchemy import text

    if dialect == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    else:
        engine = create_engine(request.getfixturevalue("postgres_url"))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO processing_reports (email_id, correlation_id, created_at, updated_at, status, "
            "reference_numbers, extracted_fields, missing_fields, match_candidates, needs_review, "
            "sources_processed, total_tokens_used) VALUES ('old', 'c', :now, :now, 'processed', '[]', '{}', '[]', "
            "'[]', false, '[]', 0)"), {"now": datetime(2026, 11, 1, tzinfo=timezone.utc)})
    upgrade(engine)
    assert SqlAlchemyReportStore(engine, clock).get("old").stage_usage == {}
    engine.dispose()
