"""Add processing_reports.review_reasons: the review reasons as a JSON list of {code, field, detail}.

review_reason stays: the same reasons rendered as text, for people and existing queries. The new column is
jsonb on Postgres (containment and jsonb_array_elements for filtering and counting by code) and JSON on SQLite.
Rows written before this revision get [] (their text stays in review_reason).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reasons = sa.JSON().with_variant(JSONB(), "postgresql")
    with op.batch_alter_table("processing_reports") as batch:
        batch.add_column(sa.Column("review_reasons", reasons, nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    with op.batch_alter_table("processing_reports") as batch:
        batch.drop_column("review_reasons")
