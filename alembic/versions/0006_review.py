"""Caseworker review: report versions for optimistic locking, the reviewed values beside the engine's, who and
when, the mail's stored key (the review page shows the email as the stages read it), and the corrections table.

`version` starts at 1 and grows with every change of the row (a report replacing a failed one, every review);
a review names the version it was made on and fails when the row moved on. `reviewed_fields` holds the values a
person confirmed or set ({field: value}); the engine's values stay in their columns and extracted_fields.
`review_corrections` keeps one row per field a person confirmed or corrected: who, when, before, after, span.
The status check admits `reviewed` (a caseworker's outcome, final like `processed`); a downgrade turns reviewed
rows back into processed ones (their reviewed values go with the dropped columns).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("processing_reports") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))
        batch.add_column(sa.Column("reviewed_fields", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
        batch.add_column(sa.Column("reviewed_by", sa.Text()))
        batch.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("mail_key", sa.Text()))
        batch.drop_constraint("ck_processing_reports_status", type_="check")
        batch.create_check_constraint("ck_processing_reports_status", "status IN ('processed', 'failed', 'reviewed')")
    op.create_table(
        "review_corrections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("email_id", sa.String(64), nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("before", sa.JSON()),
        sa.Column("after", sa.JSON()),
        sa.Column("source", sa.Text()),
        sa.Column("span_start", sa.Integer()),
        sa.Column("span_end", sa.Integer()),
    )
    op.create_index("ix_review_corrections_email_id", "review_corrections", ["email_id"])


def downgrade() -> None:
    op.drop_index("ix_review_corrections_email_id", "review_corrections")
    op.drop_table("review_corrections")
    op.execute("UPDATE processing_reports SET status = 'processed' WHERE status = 'reviewed'")  # keeps the rows
    with op.batch_alter_table("processing_reports") as batch:
        batch.drop_constraint("ck_processing_reports_status", type_="check")
        batch.create_check_constraint("ck_processing_reports_status", "status IN ('processed', 'failed')")
        for column in ("mail_key", "reviewed_at", "reviewed_by", "reviewed_fields", "version"):
            batch.drop_column(column)
