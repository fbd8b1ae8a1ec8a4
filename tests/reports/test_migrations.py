"""The report table's migrations: head matches shared/reports/schema.py, and 0003 (sender, subject,
received_at), 0004 (payment_deadline) and 0005 (review_reasons) upgrade a store holding older rows, on SQLite (the
local store) and on a real Postgres."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from shared.adapters.sql_reports import SqlAlchemyReportStore
from shared.domain.report import ProcessingReport
from shared.domain.review import reason, rendered
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
    _insert_row_written_before(engine)
    upgrade(engine)
    old = SqlAlchemyReportStore(engine, clock).get("old")
    assert old is not None and (old.sender, old.subject, old.received_at) == (None, None, None)


def test_0003_downgrades(engine):
    upgrade(engine)
    _downgrade(engine, "0002")
    assert "sender" not in {c["name"] for c in inspect(engine).get_columns("processing_reports")}


def test_payment_deadline_round_trips(engine, clock):
    upgrade(engine)
    store = SqlAlchemyReportStore(engine, clock)
    store.upsert(ProcessingReport(email_id="e1", correlation_id="c1", status="processed",
                                  payment_deadline=date(2027, 1, 15)))
    assert store.get("e1").payment_deadline == date(2027, 1, 15)


def test_0004_keeps_older_rows_without_a_deadline_and_downgrades(engine, clock):
    upgrade(engine, "0003")
    _insert_row_written_before(engine)
    upgrade(engine)
    old = SqlAlchemyReportStore(engine, clock).get("old")
    assert old is not None and old.payment_deadline is None
    _downgrade(engine, "0003")
    columns = {c["name"] for c in inspect(engine).get_columns("processing_reports")}
    assert "payment_deadline" not in columns and "sender" in columns


def test_review_reasons_round_trip_and_can_be_counted_by_code_in_sql(engine, clock):
    upgrade(engine)
    store = SqlAlchemyReportStore(engine, clock)
    reasons = [reason("no_client_match"), reason("below_calibrated_threshold", "creditor_name", "0.813 < 0.84")]
    store.upsert(ProcessingReport(email_id="e1", correlation_id="c1", status="processed", needs_review=True,
                                  review_reason=rendered(reasons), review_reasons=reasons))
    store.upsert(ProcessingReport(email_id="e2", correlation_id="c2", status="processed"))
    assert store.get("e1").review_reasons == reasons and store.get("e2").review_reasons == []
    each = ("jsonb_array_elements(review_reasons) AS r(value)" if engine.dialect.name == "postgresql"
            else "json_each(review_reasons) AS r")
    with engine.connect() as connection:
        counts = connection.execute(text(
            f"SELECT r.value ->> 'code', count(*) FROM processing_reports, {each} GROUP BY 1 ORDER BY 1")).all()
    assert [tuple(row) for row in counts] == [("below_calibrated_threshold", 1), ("no_client_match", 1)]


def test_0005_gives_older_rows_no_structured_reasons_and_downgrades(engine, clock):
    upgrade(engine, "0004")
    _insert_row_written_before(engine, review_reason="no matching client")
    upgrade(engine)
    old = SqlAlchemyReportStore(engine, clock).get("old")
    assert old.review_reason == "no matching client" and old.review_reasons == []
    _downgrade(engine, "0004")
    columns = {c["name"] for c in inspect(engine).get_columns("processing_reports")}
    assert "review_reasons" not in columns and "payment_deadline" in columns


def _insert_row_written_before(engine, review_reason: str | None = None) -> None:
    """A report row as an older schema wrote it: only the columns every revision has (id 'old')."""
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO processing_reports (email_id, correlation_id, created_at, updated_at, status, "
            "reference_numbers, extracted_fields, missing_fields, match_candidates, needs_review, review_reason, "
            "sources_processed, total_tokens_used) VALUES ('old', 'c', :now, :now, 'processed', '[]', '{}', '[]', "
            "'[]', :review, :reason, '[]', 0)"), {"now": RECEIVED, "review": review_reason is not None,
                                                 "reason": review_reason})


def _downgrade(engine, revision: str) -> None:
    from alembic import command

    from shared.reports.migrate import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
