"""Audit sampling: `audit` marks an auto-approved report drawn for a caseworker's audit (AUDIT_SAMPLE_RATE,
shared.domain.audit). Such a report enters the review queue although it needs no review; a completed audit is a
reviewed row with audit true, its errors the reviewed values that differ from the engine's. A downgrade drops the
mark (the audits' reviewed values stay).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("processing_reports") as batch:
        batch.add_column(sa.Column("audit", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("processing_reports") as batch:
        batch.drop_column("audit")
