"""family-name sort: the list sorts people by first name or by family name

Revision ID: 0007
Revises: 0006 (team library)

contacts.sort_given and contacts.sort_family: the person's name folded as "given family" and "family given", each
indexed (with sort_name, the tie-break), so that the window's list, wall and table order 100,000 contacts by
either without splitting names in a query. They are filled here for every existing contact with the domain's
split (cardbook/domain/person_names.py: the parts the user stored, else the name as printed read for its family
name); a contact without a person's name (a shop, an email) gets its sort_name in both. The stored given and family
names are left as they are: the split fills them when the contact is next saved, never in a migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cardbook.domain.person_names import sort_keys

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_CHUNK = 5000


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_given", sa.String(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("sort_family", sa.String(), server_default="", nullable=False))

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, full_name, given_name, family_name, sort_name FROM contacts")).all()
    write = sa.text("UPDATE contacts SET sort_given = :given, sort_family = :family WHERE id = :id")
    values = []
    for cid, full_name, given, family, sort_name in rows:
        by_given, by_family = sort_keys(full_name or "", given, family, sort_name or "")
        values.append({"id": cid, "given": by_given, "family": by_family})
    for start in range(0, len(values), _CHUNK):
        bind.execute(write, values[start : start + _CHUNK])

    # Indexed after the fill: one build instead of an index kept up to date row by row. With sort_name, the
    # order's tie-break: the list's ids are ordered from the index alone (storage/models.py).
    op.create_index(op.f("ix_contacts_sort_given"), "contacts", ["sort_given", "sort_name"], unique=False)
    op.create_index(op.f("ix_contacts_sort_family"), "contacts", ["sort_family", "sort_name"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_contacts_sort_family"), table_name="contacts")
    op.drop_index(op.f("ix_contacts_sort_given"), table_name="contacts")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("sort_family")
        batch_op.drop_column("sort_given")
