"""SQLAlchemy 2 typed models. These never leave a session: services convert them to domain dataclasses.

Enumerations are stored as their string values (readable with any SQLite tool, stable across renames of the
Python members). Times are stored in UTC.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so that Alembic batch migrations can find and alter them later.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ContactRow(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String, default="")
    given_name: Mapped[str | None] = mapped_column(String)
    family_name: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(String)
    company: Mapped[str | None] = mapped_column(String)
    department: Mapped[str | None] = mapped_column(String)
    # The first postal address on one line (what lists and older code read); every address, in parts, is in
    # contact_addresses (revision 0005). A row with this line and no address rows reads as that one address.
    address: Mapped[str | None] = mapped_column(Text)
    nickname: Mapped[str | None] = mapped_column(String)
    birthday: Mapped[str | None] = mapped_column(String(64))  # ISO 8601 text: "1980-04-15" or "--04-15"
    anniversary: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    # "What can I bring?": what they are looking for and what they offer, as the user wrote it; the tags of
    # each are in contact_topics. The introductions matcher reads both (storage/ledger/introductions.py).
    needs: Mapped[str] = mapped_column(Text, default="", server_default="")
    offers: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[str] = mapped_column(String(16), default="active")
    # Lower-cased, accent-free display name: the sort key of every list, and the tie-break of the others.
    sort_name: Mapped[str] = mapped_column(String, default="", index=True)
    sort_company: Mapped[str] = mapped_column(String, default="", index=True)
    # The person's name folded as "given family" and "family given" (domain/person_names.py, revision 0007): the
    # list's sort by first name or by family name ("DUPONT Jean" under J, then under D). A shop without a
    # person's name has its display name in both. Each is indexed with sort_name, the order's tie-break (below).
    sort_given: Mapped[str] = mapped_column(String, default="", server_default="")
    sort_family: Mapped[str] = mapped_column(String, default="", server_default="")
    # A cache of what the contact's encounters say, kept by the services (and verified by `check`), so that a
    # 100,000-contact list sorts by "last met" or "reciprocity" without aggregating encounters on every query.
    meeting_count: Mapped[int] = mapped_column(Integer, default=0, index=True)
    first_met: Mapped[dt.date | None] = mapped_column(Date)
    last_met: Mapped[dt.date | None] = mapped_column(Date, index=True)
    reciprocity: Mapped[str] = mapped_column(String(16), default="unknown", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Optimistic concurrency (revision 0006, docs/TEAM_LIBRARY.md): raised by every saved edit, so that an edit
    # made on an older copy can be told from one made on the latest.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    emails: Mapped[list[EmailRow]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="EmailRow.position"
    )
    phones: Mapped[list[PhoneRow]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="PhoneRow.position"
    )
    links: Mapped[list[LinkRow]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="LinkRow.position"
    )
    addresses: Mapped[list[AddressRow]] = relationship(cascade="all, delete-orphan", order_by="AddressRow.position")
    other_names: Mapped[list[OtherNameRow]] = relationship(
        cascade="all, delete-orphan", order_by="OtherNameRow.position"
    )
    tags: Mapped[list[TagRow]] = relationship(secondary="contact_tags", order_by="TagRow.name")
    topics: Mapped[list[TopicRow]] = relationship(cascade="all, delete-orphan", order_by="TopicRow.tag")
    encounters: Mapped[list[EncounterRow]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    cards: Mapped[list[CardImageRow]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )


class EmailRow(Base):
    __tablename__ = "contact_emails"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[str] = mapped_column(String)
    # Lower-cased address, for duplicate detection ("same email").
    normalized: Mapped[str] = mapped_column(String, index=True)
    kind: Mapped[str | None] = mapped_column(String(8))  # "work" | "home" | "other"; NULL: not said (work)

    contact: Mapped[ContactRow] = relationship(back_populates="emails")


class PhoneRow(Base):
    __tablename__ = "contact_phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String)
    e164: Mapped[str | None] = mapped_column(String, index=True)
    kind: Mapped[str] = mapped_column(String(16), default="other")
    label: Mapped[str] = mapped_column(String(16), default="", server_default="")  # "pager", "main", "text"...

    contact: Mapped[ContactRow] = relationship(back_populates="phones")


class LinkRow(Base):
    """Websites, social profiles and instant-messaging handles (URIs): the same shape, told apart by kind."""

    __tablename__ = "contact_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))  # "website" | "social" | "im"
    value: Mapped[str] = mapped_column(String)

    contact: Mapped[ContactRow] = relationship(back_populates="links")


class AddressRow(Base):
    """A postal address in vCard's seven parts, with its kind (revision 0005)."""

    __tablename__ = "contact_addresses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(8), default="work")  # "work" | "home" | "other"
    street: Mapped[str] = mapped_column(Text, default="")
    extended: Mapped[str] = mapped_column(String, default="")
    city: Mapped[str] = mapped_column(String, default="")
    region: Mapped[str] = mapped_column(String, default="")
    postcode: Mapped[str] = mapped_column(String, default="")
    country: Mapped[str] = mapped_column(String, default="")
    po_box: Mapped[str] = mapped_column(String, default="")


class OtherNameRow(Base):
    """Another name the person is known by (an alias, a merged record's name): searched, and seen by duplicate
    detection."""

    __tablename__ = "contact_other_names"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String)


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)


class ContactTagRow(Base):
    __tablename__ = "contact_tags"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True)


class TopicRow(Base):
    """A tag of what a contact needs ("need") or offers ("offer"): matched exactly, case-blind, by the
    introductions matcher — stronger evidence than words of the free text."""

    __tablename__ = "contact_topics"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # "need" | "offer"
    tag: Mapped[str] = mapped_column(String, primary_key=True)


class StoredImageRow(Base):
    """An image file in the library's content-addressed store (the same photo is stored once)."""

    __tablename__ = "images"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    extension: Mapped[str] = mapped_column(String(8))
    byte_size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ImageChunkRow(Base):
    """A piece of a stored image's bytes, in a server library (revision 0006): every member sees the same images,
    written and read 1 MiB at a time. A folder library keeps its images as files and leaves this table empty."""

    __tablename__ = "image_chunks"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class CardImageRow(Base):
    __tablename__ = "card_images"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(8), default="front")
    original_image_id: Mapped[int | None] = mapped_column(ForeignKey("images.id", ondelete="SET NULL"), index=True)
    crop_image_id: Mapped[int | None] = mapped_column(ForeignKey("images.id", ondelete="SET NULL"), index=True)
    ocr_text: Mapped[str] = mapped_column(Text, default="")
    # Word boxes on the straightened crop: [[text, left, top, width, height, confidence], ...]
    words_json: Mapped[str] = mapped_column(Text, default="[]")
    # What the reader proposed for each field, with its confidence and the lines it came from (for review).
    fields_json: Mapped[str] = mapped_column(Text, default="{}")
    # The card's corners in the original photo (TL, TR, BR, BL) and the quarter turns applied, so the review
    # screen can show where the card was found and let the user move the corners and read it again.
    corners_json: Mapped[str] = mapped_column(Text, default="[]")
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    captured_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    contact: Mapped[ContactRow] = relationship(back_populates="cards")


class MemberRow(Base):
    """A person using a team library (revision 0006): encounters, referrals and follow-ups say whose they are."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    # Their own card ("My card"), as the contact JSON the personal setting holds; "" until they set it.
    card_json: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class NetworkRow(Base):
    __tablename__ = "networks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    kind: Mapped[str] = mapped_column(String(32), default="other")
    yearly_cost: Mapped[float | None] = mapped_column(Float)
    member_since: Mapped[dt.date | None] = mapped_column(Date)
    member_until: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(String)
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id", ondelete="SET NULL"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class EncounterRow(Base):
    __tablename__ = "encounters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(String)
    offered_by: Mapped[str] = mapped_column(String(8), default="unknown")
    reciprocated: Mapped[str] = mapped_column(String(8), default="unknown")
    reciprocated_on: Mapped[dt.date | None] = mapped_column(Date)
    owe_dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    # When they gave and I did not: "not_asked" (a one-way giver), "my_lapse" (a card I owe) or "unknown"
    # (not recorded; every such row of a library from before revision 0003). NULL for any other exchange.
    why_no_card: Mapped[str | None] = mapped_column(String(16))
    # Whose it is, in a team library (revision 0006): NULL is the library's owner (every row of a personal library).
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)

    contact: Mapped[ContactRow] = relationship(back_populates="encounters")


class ReferralRow(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # NULL means "me" on that side.
    from_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    to_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    to_name: Mapped[str | None] = mapped_column(String)
    date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(8), default="pending")
    value: Mapped[float | None] = mapped_column(Float)
    # Whose it is, in a team library (revision 0006): NULL is the library's owner (every row of a personal library).
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)


class FollowUpRow(Base):
    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    every_weeks: Mapped[int | None] = mapped_column(Integer)
    # Whose it is, in a team library (revision 0006): NULL is the library's owner (every row of a personal library).
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)


class FollowUpMoveRow(Base):
    """A "stay in touch" follow-up that a meeting recorded without a card moved, and from where (revision 0008), so
    that removing that meeting puts it back when nothing changed it since (storage/ledger/meetings.py,
    docs/MEETINGS.md). Goes with the meeting or the follow-up."""

    __tablename__ = "follow_up_moves"

    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    due_before: Mapped[dt.date | None] = mapped_column(Date)
    due_after: Mapped[dt.date] = mapped_column(Date)


class ContactSourceRow(Base):
    """The text a contact was imported from (a vCard, a CSV row), kept whole so nothing the file said is lost.

    A table rather than a column: a merged contact can have several sources."""

    __tablename__ = "contact_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    format: Mapped[str] = mapped_column(String(16))  # "vcard" | "csv"
    file_name: Mapped[str | None] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class RoleRow(Base):
    """A title and company someone held before: a newer card from a known person updates the contact and
    keeps the old role here (job changes stay in the person's story)."""

    __tablename__ = "contact_roles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String)
    company: Mapped[str | None] = mapped_column(String)
    department: Mapped[str | None] = mapped_column(String)
    until: Mapped[dt.date | None] = mapped_column(Date)  # when the newer card was collected
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SettingRow(Base):
    """Small key/value settings that belong to the library (the user's country, their own card...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CorrectionRow(Base):
    """One field of a reviewed card: what the reader proposed and what the user kept (cardbook.domain.
    corrections). Written when a contact leaves "awaiting review"; the reader learns from these rows.

    What was learned outlives the contact: deleting a contact keeps its rows (contact_id becomes NULL), so
    a company learned for a domain stays learned. Erasing a person (their names, their domain) must delete
    the rows by their values, not only by contact_id."""

    __tablename__ = "review_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    field: Mapped[str] = mapped_column(String(16))
    proposed: Mapped[str | None] = mapped_column(Text)
    kept: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(8), default="ocr")  # of the proposal: ocr, qr, learned
    # The texts of the lines the proposal came from: ["…", …]
    lines_json: Mapped[str] = mapped_column(Text, default="[]")
    # Lines the user moved into this field or out of every field: [[text, reader's label, kept label], …]
    relabelled_json: Mapped[str] = mapped_column(Text, default="[]")
    # The card's web domains (e-mail and website), registrable part only: ["acme.fr", …]
    domains_json: Mapped[str] = mapped_column(Text, default="[]")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


Index("ix_encounters_contact_date", EncounterRow.contact_id, EncounterRow.date)
# The list's name orders (storage.contacts.records._order_by: key, sort_name, id) read from the index alone: with
# the key only, every row was looked up for its sort_name, and ordering 100,000 ids took twice as long.
Index("ix_contacts_sort_given", ContactRow.sort_given, ContactRow.sort_name)
Index("ix_contacts_sort_family", ContactRow.sort_family, ContactRow.sort_name)
