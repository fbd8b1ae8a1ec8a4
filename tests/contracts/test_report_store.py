"""Contract suite for the ReportStore port: SQLAlchemy on SQLite and on a real PostgreSQL (pg8000).

Outage cases, on engines built as production builds them (shared.bootstrap.build_report_engine): Postgres
unreachable (a closed port), unresponsive (a silent port) and stopped under a working store; a SQLite report
file that cannot be opened. Every method raises DependencyUnavailable within its deadline. SQL the database
refuses (here: a missing table) is a bug, not an outage, and passes unchanged.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import create_engine

from shared.adapters import sql_reports
from shared.adapters.sql_reports import SqlAlchemyReportStore
from shared.bootstrap import build_report_engine
from shared.domain.report import ProcessingReport
from shared.domain.review import reason, rendered
from shared.reports.migrate import upgrade
from shared.settings import Settings
from tests.contracts.outage import assert_unavailable, closed_port, silent_port

# Connecting: one pg8000 socket wait (connect, then the server's first answer); a pooled connection: the pool wait.
POSTGRES_DEADLINE = sql_reports.PG_SOCKET_TIMEOUT_SECONDS + sql_reports.POOL_TIMEOUT_SECONDS


@pytest.fixture
def reports(report_engine, clock):
    return SqlAlchemyReportStore(report_engine, clock)


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


def test_list_filters_by_review_reason_code(reports):
    t0 = datetime(2026, 3, 1, tzinfo=timezone.utc)
    given = {"e0": [reason("no_client_match")], "e1": [reason("missing_required_field", "debtor_name")],
             "e2": [reason("missing_required_field", "creditor_name"), reason("no_client_match")], "e3": []}
    for i, (email_id, reasons) in enumerate(given.items()):
        reports.upsert(_report(email_id=email_id, created_at=t0 + timedelta(days=i), needs_review=bool(reasons),
                               review_reason=rendered(reasons), review_reasons=reasons))
    assert [r.email_id for r in reports.list(reason_code="no_client_match")] == ["e2", "e0"]
    assert [r.email_id for r in reports.list(reason_code="missing_required_field", limit=1)] == ["e2"]
    assert reports.list(reason_code="intent_disputed") == []


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


# --- outages -------------------------------------------------------------------------------------------------
def _every_method(store):
    return {
        "upsert": lambda: store.upsert(_report()),
        "get": lambda: store.get("e1"),
        "list": lambda: store.list(),
    }


def _store_for(url: str, tmp_path, clock) -> SqlAlchemyReportStore:
    return SqlAlchemyReportStore(build_report_engine(Settings.from_env({}, database_url=url, local_data_dir=tmp_path)),
                                 clock)


def test_postgres_unreachable_raises_dependency_unavailable_in_time(tmp_path, clock):
    store = _store_for(f"postgresql+pg8000://postgres@127.0.0.1:{closed_port()}/reports", tmp_path, clock)
    assert_unavailable(_every_method(store), "postgres", POSTGRES_DEADLINE)


def test_postgres_not_answering_raises_dependency_unavailable_in_time(tmp_path, clock):
    with silent_port() as port:
        store = _store_for(f"postgresql+pg8000://postgres@127.0.0.1:{port}/reports", tmp_path, clock)
        assert_unavailable(_every_method(store), "postgres", POSTGRES_DEADLINE)


def test_postgres_stopped_under_a_working_store(tmp_path, clock):
    from tests import services

    server = services.start_postgres(tmp_path)
    try:
        store = _store_for(f"postgresql+pg8000://postgres@127.0.0.1:{server.extra['port']}/postgres", tmp_path, clock)
        upgrade(store.engine)
        store.upsert(_report())
        assert store.get("e1").status == "processed"
    finally:
        server.stop()
    assert_unavailable(_every_method(store), "postgres", POSTGRES_DEADLINE)


def test_sqlite_report_file_that_cannot_be_opened_is_unavailable(tmp_path, clock):
    settings = Settings.from_env({}, local_data_dir=tmp_path)
    (tmp_path / "reports.sqlite3").mkdir()  # a folder where the report file should be
    store = SqlAlchemyReportStore(build_report_engine(settings), clock)
    assert_unavailable(_every_method(store), "sqlite", 0)


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_sql_the_database_refuses_is_not_an_outage(request, tmp_path, clock, dialect):
    from sqlalchemy.exc import DBAPIError

    from shared.errors import DependencyUnavailable

    if dialect == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    else:
        engine = create_engine(request.getfixturevalue("postgres_url"))
    store = SqlAlchemyReportStore(engine, clock)  # no migration: the table is missing
    with pytest.raises(DBAPIError) as caught:
        store.get("e1")
    assert not isinstance(caught.value, DependencyUnavailable)
    engine.dispose()
