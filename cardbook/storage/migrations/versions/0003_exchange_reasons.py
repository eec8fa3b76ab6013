"""exchange reasons and "what can I bring?": why no card went back, needs and offers

Revision ID: 0003
Revises: 0002 (review corrections)

- encounters.why_no_card: when they gave and I did not, why. Every old "them / no" row becomes "unknown":
  whether it was a one-way giver or my own lapse was never recorded, and is not guessed.
- contacts.needs / contacts.offers: free text; contact_topics: their tags.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("why_no_card", sa.String(length=16), nullable=True))
    op.execute("UPDATE encounters SET why_no_card = 'unknown' WHERE offered_by = 'them' AND reciprocated = 'no'")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("needs", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("offers", sa.Text(), server_default="", nullable=False))
    op.create_table(
        "contact_topics",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("tag", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_topics_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("contact_id", "kind", "tag", name=op.f("pk_contact_topics")),
    )


def downgrade() -> None:
    op.drop_table("contact_topics")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("offers")
        batch_op.drop_column("needs")
    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.drop_column("why_no_card")
