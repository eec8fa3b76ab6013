"""review corrections: what the reader proposed and what the user kept, for the reader to learn from

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=16), nullable=False),
        sa.Column("proposed", sa.Text(), nullable=True),
        sa.Column("kept", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("lines_json", sa.Text(), nullable=False),
        sa.Column("relabelled_json", sa.Text(), nullable=False),
        sa.Column("domains_json", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_review_corrections_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_corrections")),
    )
    with op.batch_alter_table("review_corrections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_corrections_contact_id"), ["contact_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_corrections_contact_id"))
    op.drop_table("review_corrections")
