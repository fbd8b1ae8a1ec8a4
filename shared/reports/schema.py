"""The `processing_reports` and `review_corrections` tables and the column types that keep amounts and timestamps exact everywhere.

The Alembic migrations under alembic/versions create this table; this module is what the code reads and
writes through. `ExactDecimal` is NUMERIC(16,2) on Postgres (14 integer digits) and the exact decimal text on SQLite (SQLAlchemy's
Numeric goes through float on SQLite). `UtcDateTime` stores UTC and always returns aware UTC datetimes.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import (JSON, Boolean, Column, Date, DateTime, Float, Index, Integer, MetaData, Numeric, String, Table,
                        Text, false, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator

from shared.domain.money import to_amount
from shared.domain.report import SENDER_MAX_CHARS, SUBJECT_MAX_CHARS


class ExactDecimal(TypeDecorator):
    impl = Numeric(16, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(32))
        return dialect.type_descriptor(Numeric(16, 2, asdecimal=True))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        amount = to_amount(value)
        return f"{amount:f}" if dialect.name == "sqlite" else amount

    def process_result_value(self, value, dialect):
        return None if value is None else to_amount(value if isinstance(value, Decimal) else str(value))


class UtcDateTime(TypeDecorator):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware datetime")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


REASONS_JSON = JSON().with_variant(JSONB(), "postgresql")
"""review_reasons, a JSON list of {code, field, detail}: jsonb on Postgres, so a review page filters by code with
`review_reasons @> '[{"code": "no_client_match"}]'` and counts per code over jsonb_array_elements (json_each on
SQLite)."""

metadata = MetaData()

processing_reports = Table(
    "processing_reports",
    metadata,
    Column("email_id", String(64), primary_key=True),
    Column("message_id", Text),
    Column("correlation_id", String(64), nullable=False),
    Column("sender", String(SENDER_MAX_CHARS)),
    Column("subject", String(SUBJECT_MAX_CHARS)),
    Column("received_at", UtcDateTime()),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    Column("status", String(16), nullable=False),
    Column("failed_stage", String(32)),
    Column("error", Text),
    Column("intent", String(32)),
    Column("client_id", String(64)),
    Column("client_name", Text),
    Column("creditor_name", Text),
    Column("debt_amount", ExactDecimal()),
    Column("currency", String(3)),
    Column("reference_numbers", JSON, nullable=False),
    Column("payment_deadline", Date),
    Column("extracted_fields", JSON, nullable=False),
    Column("missing_fields", JSON, nullable=False),
    Column("match_candidates", JSON, nullable=False),
    Column("overall_confidence", Float),
    Column("confidence_route", String(8)),
    Column("needs_review", Boolean, nullable=False),
    Column("review_reason", Text),
    Column("review_reasons", REASONS_JSON, nullable=False, server_default=text("'[]'")),
    Column("sources_processed", JSON, nullable=False),
    Column("total_tokens_used", Integer, nullable=False),
    Column("stage_usage", JSON, nullable=False, server_default=text("'{}'")),
    Column("processing_time_ms", Integer),
    Column("version", Integer, nullable=False, server_default=text("1")),
    Column("reviewed_fields", JSON, nullable=False, server_default=text("'{}'")),
    Column("reviewed_by", Text),
    Column("reviewed_at", UtcDateTime()),
    Column("mail_key", Text),
    Column("audit", Boolean, nullable=False, server_default=false()),
    Index("ix_processing_reports_created_at", "created_at"),
    Index("ix_processing_reports_needs_review", "needs_review"),
)

review_corrections = Table(
    "review_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email_id", String(64), nullable=False),
    Column("reviewer", Text, nullable=False),
    Column("at", UtcDateTime(), nullable=False),
    Column("field", String(64), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Column("source", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Index("ix_review_corrections_email_id", "email_id"),
)
"""One row per field a caseworker confirmed or corrected (shared.domain.corrections)."""
