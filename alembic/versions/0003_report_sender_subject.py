"""Add processing_reports.sender, subject and received_at: who wrote, about what, and when it arrived.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The bounds of shared.domain.report (SENDER_MAX_CHARS, SUBJECT_MAX_CHARS), written out: a migration is a
# record of what was done and must not change when the code does.
SENDER = sa.String(254)
SUBJECT = sa.String(200)


def upgrade() -> None:
    # Rows written before this revision know none of the three: NULL, shown as unknown.
    with op.batch_alter_table("processing_reports") as batch:
        batch.add_column(sa.Column("sender", SENDER))
        batch.add_column(sa.Column("subject", SUBJECT))
        batch.add_column(sa.Column("received_at", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("processing_reports") as batch:
        batch.drop_column("received_at")
        batch.drop_column("subject")
        batch.drop_column("sender")
