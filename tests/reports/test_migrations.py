"""The report table's migrations: head matches shared/reports/schema.py, and 0003 (sender, subject,
received_at) and 0004 (payment_deadline) upgrade a store holding older rows, on SQLite (the local store) and on a
real Postgres."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from shared.adapters.sql_reports import SqlAlchemyReportStore
from shared.domain.report import ProcessingReport
from shared.reports.migrate import upgrade
from shared.reports.schema import metadata

RECEIVED = datetime(2026, 12, 6, 8, 15, tzinfo=timezone.utc)


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'reports.sqlite3'}")
    else:
        engine = create_engine(request.getfixturevalue("postgres_url"))
    yield engine
    engine.dispose()


def test_head_has_exactly_the_columns_the_code_reads(engine):
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = [d for d in compare_metadata(context, metadata) if d[0] in ("add_column", "remove_column")]
    assert differences == []
    columns = {c["name"] for c in inspect(engine).get_columns("processing_reports")}
    assert {"sender", "subject", "received_at"} <= columns


def test_sender_subject_and_received_at_round_trip(engine, clock):
    upgrade(engine)
    store = SqlAlchemyReportStore(engine, clock)
    store.upsert(ProcessingReport(email_id="e1", correlation_id="c1", status="processed", sender="inkasso@example.com",
                                  subject="Forderung Ihres Mandanten Müller", received_at=RECEIVED))
    stored = store.get("e1")
    assert (stored.sender, stored.subject, stored.received_at) == (
        "inkasso@example.com", "Forderung Ihres Mandanten Müller", RECEIVED)


def test_0003_keeps_older_rows_with_the_new_columns_empty(engine, clock):
    upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO processing_reports (email_id, correlation_id, created_at, updated_at, status, "
            "reference_numbers, extracted_fields, missing_fields, match_candidates, needs_review, "
            "sources_processed, total_tokens_used) VALUES ('old', 'c', :now, :now, 'processed', '[]', '{}', '[]', "
            "'[]', false, '[]', 0)"), {"now": RECEIVED})
    upgrade(engine)
    old = SqlAlchemyReportStore(engine, clock).get("old")
    assert old is not None and (old.sender, old.subject, old.received_at) == (None, None, None)


def test_0003_downgrades(engine):
    upgrade(engine)
    from alembic import command

    from shared.reports.migrate import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert "sender" not in {c["name"] for c in inspect(engine).get_columns("processing_reports")}


def test_payment_deadline_round_trips(engine, clock):
    upgrade(engine)
    store = SqlAlchemyReportStore(engine, clock)
    store.upsert(ProcessingReport(email_id="e1", correlation_id="c1", status="processed",
                                  payment_deadline=date(2027, 1, 15)))
    assert store.get("e1").payment_deadline == date(2027, 1, 15)


def test_0004_keeps_older_rows_without_a_deadline_and_downgrades(engine, clock):
    upgrade(engine, "0003")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO processing_reports (email_id, correlation_id, created_at, updated_at, status, "
            "reference_numbers, extracted_fields, missing_fields, match_candidates, needs_review, "
            "sources_processed, total_tokens_used) VALUES ('old', 'c', :now, :now, 'processed', '[]', '{}', '[]', "
            "'[]', false, '[]', 0)"), {"now": RECEIVED})
    upgrade(engine)
    old = SqlAlchemyReportStore(engine, clock).get("old")
    assert old is not None and old.payment_deadline is None
    from alembic import command

    from shared.reports.migrate import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    columns = {c["name"] for c in inspect(engine).get_columns("processing_reports")}
    assert "payment_deadline" not in columns and "sender" in columns
