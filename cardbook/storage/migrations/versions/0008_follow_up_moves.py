"""follow-up moves: removing a meeting puts back the "stay in touch" follow-up it moved

Revision ID: 0008
Revises: 0007 (family-name sort)

follow_up_moves: for each meeting recorded without a card that moved a "stay in touch" follow-up, the follow-up
and its due date before and after (docs/MEETINGS.md, "Taking one back"). Empty at first: a meeting recorded
before this revision moved its follow-up without keeping where from, and removing it leaves the follow-up where
it is, as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "follow_up_moves",
        sa.Column("encounter_id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=False),
        sa.Column("due_before", sa.Date(), nullable=True),
        sa.Column("due_after", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["encounter_id"],
            ["encounters.id"],
            name=op.f("fk_follow_up_moves_encounter_id_encounters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["follow_ups.id"],
            name=op.f("fk_follow_up_moves_follow_up_id_follow_ups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("encounter_id", "follow_up_id", name=op.f("pk_follow_up_moves")),
    )
    op.create_index(op.f("ix_follow_up_moves_follow_up_id"), "follow_up_moves", ["follow_up_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_follow_up_moves_follow_up_id"), table_name="follow_up_moves")
    op.drop_table("follow_up_moves")
