"""Create processing_reports: one row per accepted email.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Exact amounts: NUMERIC(16,2) on Postgres (14 integer digits: 12345678901234.56 fits; NUMERIC(14,2) would not), the decimal text on SQLite (whose NUMERIC affinity is float).
AMOUNT = sa.Numeric(16, 2).with_variant(sa.String(32), "sqlite")


def upgrade() -> None:
    op.create_table(
        "processing_reports",
        sa.Column("email_id", sa.String(64), primary_key=True),
        sa.Column("message_id", sa.Text()),
        sa.Column("correlation_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("failed_stage", sa.String(32)),
        sa.Column("error", sa.Text()),
        sa.Column("intent", sa.String(32)),
        sa.Column("client_id", sa.String(64)),
        sa.Column("client_name", sa.Text()),
        sa.Column("creditor_name", sa.Text()),
        sa.Column("debt_amount", AMOUNT),
        sa.Column("currency", sa.String(3)),
        sa.Column("reference_numbers", sa.JSON(), nullable=False),
        sa.Column("extracted_fields", sa.JSON(), nullable=False),
        sa.Column("missing_fields", sa.JSON(), nullable=False),
        sa.Column("match_candidates", sa.JSON(), nullable=False),
        sa.Column("overall_confidence", sa.Float()),
        sa.Column("confidence_route", sa.String(8)),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("review_reason", sa.Text()),
        sa.Column("sources_processed", sa.JSON(), nullable=False),
        sa.Column("total_tokens_used", sa.Integer(), nullable=False),
        sa.Column("processing_time_ms", sa.Integer()),
        sa.CheckConstraint("status IN ('processed', 'failed')", name="ck_processing_reports_status"),
    )
    op.create_index("ix_processing_reports_created_at", "processing_reports", ["created_at"])
    op.create_index("ix_processing_reports_needs_review", "processing_reports", ["needs_review"])


def downgrade() -> None:
    op.drop_index("ix_processing_reports_needs_review", table_name="processing_reports")
    op.drop_index("ix_processing_reports_created_at", table_name="processing_reports")
    op.drop_table("processing_reports")
