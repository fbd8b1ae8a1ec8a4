"""Add processing_reports.payment_deadline: the day the creditor sets for payment, when the email states one.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows written before this revision were never asked for a deadline: NULL, as for a mail that states none.
    with op.batch_alter_table("processing_reports") as batch:
        batch.add_column(sa.Column("payment_deadline", sa.Date()))


def downgrade() -> None:
    with op.batch_alter_table("processing_reports") as batch:
        batch.drop_column("payment_deadline")
