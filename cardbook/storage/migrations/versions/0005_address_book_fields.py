"""what address books hold: several addresses in parts, nickname, birthday, anniversary, other names, kinds

Revision ID: 0005
Revises: 0004 (needs and offers searchable)

- contact_addresses: every postal address in vCard's seven parts, with its kind. Each contact's single
  address becomes its first row, split into parts where the line splits cleanly (interop.addresses.split_postal:
  only when joining the parts gives back the very same line), else kept whole in the street, line breaks
  included. contacts.address stays, as the first address on one line.
- contacts.nickname / birthday / anniversary; contact_other_names (aliases); contact_emails.kind;
  contact_phones.label (pager, main, text...); instant-messaging handles are contact_links rows of kind "im".

The search index needs no rewrite: the name column gains nicknames and other names, which no contact has yet,
and the place column is the address line, which is the same text as before (address_line of a split address
is the line it was split from).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cardbook.interop.addresses import split_postal

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("street", sa.Text(), nullable=False),
        *(sa.Column(name, sa.String(), nullable=False) for name in ("extended", "city", "region", "postcode")),
        *(sa.Column(name, sa.String(), nullable=False) for name in ("country", "po_box")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_addresses_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_addresses")),
    )
    op.create_index(op.f("ix_contact_addresses_contact_id"), "contact_addresses", ["contact_id"], unique=False)
    op.create_table(
        "contact_other_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_other_names_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_other_names")),
    )
    op.create_index(op.f("ix_contact_other_names_contact_id"), "contact_other_names", ["contact_id"], unique=False)
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("birthday", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("anniversary", sa.String(length=64), nullable=True))
    with op.batch_alter_table("contact_emails", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=8), nullable=True))
    with op.batch_alter_table("contact_phones", schema=None) as batch_op:
        batch_op.add_column(sa.Column("label", sa.String(length=16), server_default="", nullable=False))

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, address FROM contacts WHERE address IS NOT NULL AND address != ''"))
    insert = sa.text(
        "INSERT INTO contact_addresses (contact_id, position, kind, street, extended, city, region, postcode, "
        "country, po_box) VALUES (:cid, 0, :kind, :street, :extended, :city, :region, :postcode, :country, :po_box)"
    )
    for cid, address in rows.all():
        parts = split_postal(address.strip())
        values = {"cid": cid, "kind": parts.kind, "street": parts.street, "extended": parts.extended}
        values |= {"city": parts.city, "region": parts.region, "postcode": parts.postcode, "country": parts.country}
        bind.execute(insert, {**values, "po_box": parts.po_box})


def downgrade() -> None:
    # contacts.address still holds each first address; the others, and the new fields, cannot go back.
    op.execute("DELETE FROM contact_links WHERE kind = 'im'")
    with op.batch_alter_table("contact_phones", schema=None) as batch_op:
        batch_op.drop_column("label")
    with op.batch_alter_table("contact_emails", schema=None) as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("anniversary")
        batch_op.drop_column("birthday")
        batch_op.drop_column("nickname")
    op.drop_table("contact_other_names")
    op.drop_table("contact_addresses")
