"""team library: members, who met whom, a version per contact, card images in the database

Revision ID: 0006
Revises: 0005 (address book fields)

What a library shared by a team needs (docs/TEAM_LIBRARY.md), added on both engines so that one schema and one
set of models serve both; a personal library simply leaves the new parts empty:

- members: each person using the library (a name, their own card as the contact JSON "My card" holds).
- encounters.member_id, referrals.member_id, follow_ups.member_id: whose exchange, referral or follow-up it is.
  NULL is "the library's owner": every row of a personal library, and every row written before this revision,
  is the user's own, and nothing is guessed for them. `library push` assigns them to the member who pushes.
- contacts.version: optimistic concurrency. Every update of a contact row raises it; an edit made on an older
  copy is refused instead of silently overwriting what another member saved.
- image_chunks: the bytes of each stored image (keyed by the image's SHA-256, as `images` is), in 1 MiB chunks,
  so that a server library's images are seen by every member and are written and read in pieces, never a whole
  photo in one statement. A folder library keeps its images as files and leaves this table empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

MEMBER_TABLES = ("encounters", "referrals", "follow_ups")


def upgrade() -> None:
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("card_json", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("name", name=op.f("uq_members_name")),
    )
    for table in MEMBER_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("member_id", sa.Integer(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_member_id"), ["member_id"], unique=False)
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_member_id_members"), "members", ["member_id"], ["id"], ondelete="SET NULL"
            )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.create_table(
        "image_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "seq", name=op.f("pk_image_chunks")),
    )
