"""Add processing_reports.stage_usage: which engine and model ran each agent stage, and its tokens.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows written before this revision have no per-stage record: an empty object, not NULL.
    with op.batch_alter_table("processing_reports") as batch:
        batch.add_column(sa.Column("stage_usage", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table("processing_reports") as batch:
        batch.drop_column("stage_usage")
