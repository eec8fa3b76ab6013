"""search "what can I bring?": what a contact needs and offers joins the search index

Revision ID: 0004
Revises: 0003 (exchange reasons, needs and offers)

The index's notes column (storage/contacts/search_index.notes_text) now ends with the contact's needs and
offers, text and tags. Only contacts that have some are rewritten: every other entry is already what the new
code writes. The column is rebuilt from plain values read here, not from ORM models, which follow the latest
schema and would not match this revision's. search_index.set_notes keeps PostgreSQL's weighted words in step.
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from cardbook.storage.contacts.search_index import notes_text, set_notes

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _tags(bind: sa.Connection) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = defaultdict(list)
    query = "SELECT contact_tags.contact_id, tags.name FROM contact_tags JOIN tags ON tags.id = contact_tags.tag_id"
    for cid, name in bind.execute(sa.text(query)):
        tags[cid].append(name)
    return tags


def upgrade() -> None:
    bind = op.get_bind()
    tags = _tags(bind)
    topics: dict[tuple[int, str], list[str]] = defaultdict(list)
    for cid, kind, tag in bind.execute(sa.text("SELECT contact_id, kind, tag FROM contact_topics")):
        topics[(cid, kind)].append(tag)
    rows = bind.execute(
        sa.text(
            "SELECT id, notes, needs, offers FROM contacts WHERE needs != '' OR offers != '' "
            "OR id IN (SELECT contact_id FROM contact_topics)"
        )
    ).all()
    for cid, notes, needs, offers in rows:
        text = notes_text(notes, tags[cid], needs, offers, topics[(cid, "need")], topics[(cid, "offer")])
        set_notes(bind, cid, text)


def downgrade() -> None:
    bind = op.get_bind()
    tags = _tags(bind)
    for cid, notes in bind.execute(sa.text("SELECT id, notes FROM contacts")).all():
        set_notes(bind, cid, notes_text(notes, tags[cid]))
