"""Contact services shared by the command line and the window: create, read, update, delete, list, search."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, bindparam, case, func, literal_column, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, selectinload

from cardbook.domain.contact import Contact
from cardbook.domain.enums import ContactStatus, Reciprocity
from cardbook.domain.exchange import meeting_stats
from cardbook.domain.person_names import NameOrder, NameParts, name_parts, shown_name
from cardbook.storage.contacts import corrections, search_index
from cardbook.storage.convert import apply_contact, contact_from_row, encounter_from_row, topic_rows
from cardbook.storage.errors import EditConflictError

# re-exported until ui/ moves (issue 12): new code imports them from cardbook.storage.errors
from cardbook.storage.errors import NotFoundError as NotFoundError
from cardbook.storage.errors import ValidationError as ValidationError
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, ContactRow, EncounterRow, EventRow, StoredImageRow


@dataclass(frozen=True, slots=True)
class ContactSummary:
    """One line of a contact list: what the list shows and sorts by, without loading the whole contact."""

    id: int
    name: str
    company: str | None
    title: str | None
    meeting_count: int
    last_met: date | None
    reciprocity: Reciprocity
    status: ContactStatus
    # The name's parts as stored (None: not known; `parts` reads them from the name then)
    given_name: str | None = None
    family_name: str | None = None
    full_name: str = ""

    @property
    def parts(self) -> NameParts:
        """Given and family names: those stored, else the full name's split (domain/person_names.py)."""
        return name_parts(self.full_name, self.given_name, self.family_name)

    def shown_name(self, order: NameOrder) -> str:
        """The name as a list shows it in `order` ("Jean Dupont", "DUPONT Jean", or as written)."""
        return shown_name(self.full_name, self.given_name, self.family_name, self.name, order)


def _whole_contacts() -> tuple[Any, ...]:
    """Loader options: a contact's emails, phones, links and tags read with it (one query per collection)."""
    return (
        selectinload(ContactRow.emails),
        selectinload(ContactRow.phones),
        selectinload(ContactRow.links),
        selectinload(ContactRow.tags),
        selectinload(ContactRow.topics),
        selectinload(ContactRow.addresses),
        selectinload(ContactRow.other_names),
    )


def load_contact_row(session: Session, contact_id: int) -> ContactRow:
    """A contact's row with its emails, phones, links and tags loaded (for services that rewrite a contact)."""
    query = select(ContactRow).where(ContactRow.id == contact_id).options(*_whole_contacts())
    row = session.scalars(query).one_or_none()
    if row is None:
        raise NotFoundError(f"no contact with id {contact_id}")
    return row


def load_contact_rows(session: Session, ids: Sequence[int]) -> Sequence[ContactRow]:
    """The rows of `ids` (in no particular order) with their emails, phones, links and tags loaded; `ids` should
    stay below SQLite's limit on bound parameters (callers read in chunks)."""
    return session.scalars(select(ContactRow).where(ContactRow.id.in_(list(ids))).options(*_whole_contacts())).all()


def _validate(contact: Contact) -> None:
    if not (contact.display_name or contact.phones or contact.websites):
        raise ValidationError("A contact needs at least a name, a company, an email or a phone number.")


def refresh_summary(session: Session, row: ContactRow) -> None:
    """Recompute the cached meeting count, dates and reciprocity from the contact's encounters."""
    encounters = session.scalars(select(EncounterRow).where(EncounterRow.contact_id == row.id)).all()
    stats = meeting_stats(encounter_from_row(e) for e in encounters)
    row.meeting_count = stats.count
    row.first_met = stats.first_met
    row.last_met = stats.last_met
    row.reciprocity = stats.reciprocity.value


def create_contact(library: Library, contact: Contact) -> Contact:
    _validate(contact)
    with library.writing() as session:
        row = ContactRow()
        session.add(row)
        apply_contact(session, row, contact)
        session.flush()
        search_index.reindex(session, row)
        return contact_from_row(row)


def get_contact(library: Library, contact_id: int) -> Contact:
    with library.session() as session:
        return contact_from_row(load_contact_row(session, contact_id))


def update_contact(library: Library, contact: Contact) -> Contact:
    """Save an edited contact. `contact.version` is the version it was read at: when the stored contact has
    moved on since (another member, window or command saved it), the save is refused with EditConflictError
    and nothing is written. A contact without a version (not read from the library) is saved over whatever is
    stored; callers that read and write in one go use `edit_contact` instead."""
    if contact.id is None:
        raise ValidationError("update_contact needs a contact id")
    _validate(contact)
    with library.writing() as session:
        claim_edit(session, contact.id, contact.version)
        row = load_contact_row(session, contact.id)
        return _write(session, row, contact)


def edit_contact(library: Library, contact_id: int, change: Callable[[Contact], None]) -> Contact:
    """Read a contact, `change` it and save it in one write transaction: nobody can save between the read and
    the write, so this never conflicts (the command line's `contact --set`)."""
    with library.writing() as session:
        row = load_contact_row(session, contact_id)
        contact = contact_from_row(row)
        change(contact)
        _validate(contact)
        claim_edit(session, contact_id, row.version)
        session.expire(row, ["version"])  # raised in SQL: read back
        return _write(session, row, contact)


def _write(session: Session, row: ContactRow, contact: Contact) -> Contact:
    status_before = row.status
    apply_contact(session, row, contact)
    session.flush()
    search_index.reindex(session, row)
    # Leaving review records what the user kept of the reader's proposal (the reader learns from it).
    corrections.note_status_change(session, row.id, status_before, contact)
    return contact_from_row(row)


def claim_edit(session: Session, contact_id: int, version: int | None) -> None:
    """Raise the contact's version for an edit made on the copy read at `version` (None: whatever is stored),
    or refuse it. One conditional UPDATE, so the check and the raise are one step even without the library's
    write lock: of two edits of the same copy, the second finds the version moved and is refused. Call it
    before loading the row in the session (the loaded row then carries the new version).

    What counts as an edit: every change of the contact's own fields (update, topics, merges and "met again",
    a card's back joined). The cached summary of its meetings (refresh_summary) is not one: a meeting recorded
    by another member does not make the contact's edit stale."""
    raised = update(ContactRow).where(ContactRow.id == contact_id)
    if version is not None:
        raised = raised.where(ContactRow.version == version)
    done = session.execute(raised.values(version=ContactRow.version + 1).execution_options(synchronize_session=False))
    if getattr(done, "rowcount", 1) == 1:
        return
    name = session.execute(select(ContactRow.full_name, ContactRow.company).where(ContactRow.id == contact_id)).first()
    if name is None:
        raise NotFoundError(f"no contact with id {contact_id}")
    raise EditConflictError(contact_id, (name[0] or "").strip() or (name[1] or "").strip())


def raise_version(session: Session, row: ContactRow) -> None:
    """A contact changed by a merge, "met again" or a joined back (already loaded in the session): its version
    goes up, so that an editor open on the old copy is refused rather than undo the merge's additions. Written
    as `version + 1` in SQL: the value is read back when next used."""
    row.version = ContactRow.version + 1


@dataclass(frozen=True, slots=True)
class Topics:
    """ "What can I bring?" of one contact: what they are looking for and what they offer, text and tags."""

    needs: str = ""
    offers: str = ""
    need_tags: tuple[str, ...] = ()
    offer_tags: tuple[str, ...] = ()


def topics_of(library: Library, contact_id: int) -> Topics:
    with library.session() as session:
        row = load_contact_row(session, contact_id)
        return _topics(row)


def _topics(row: ContactRow) -> Topics:
    need_tags = tuple(t.tag for t in row.topics if t.kind == "need")
    offer_tags = tuple(t.tag for t in row.topics if t.kind == "offer")
    return Topics(row.needs or "", row.offers or "", need_tags, offer_tags)


def set_topics(library: Library, contact_id: int, topics: Topics) -> Topics:
    """Write a contact's needs and offers alone (the contact pane edits them apart from the card's fields) and
    return what they were, so that undo is `set_topics(library, contact_id, returned)`."""
    with library.writing() as session:
        claim_edit(session, contact_id, None)  # the needs and offers are the contact's fields too
        row = load_contact_row(session, contact_id)
        before = _topics(row)
        row.needs = topics.needs.strip()
        row.offers = topics.offers.strip()
        # the tags tidied as a full save tidies them (convert.topic_rows): one rule for both
        row.topics = topic_rows(row, Contact(need_tags=list(topics.need_tags), offer_tags=list(topics.offer_tags)))
        return before


def delete_contact(library: Library, contact_id: int) -> None:
    """Delete a contact with its encounters, cards, referrals and follow-ups, its index entry and its images.

    Image files are removed after the commit, and only those no other card still uses (the same photo may
    hold several people's cards); on a server library their chunks go in the same transaction as their rows.
    """
    with library.writing() as session:
        row = load_contact_row(session, contact_id)
        image_ids = {
            i
            for card in session.scalars(select(CardImageRow).where(CardImageRow.contact_id == contact_id))
            for i in (card.original_image_id, card.crop_image_id)
            if i is not None
        }
        search_index.unindex(session, contact_id)
        session.delete(row)
        session.flush()
        orphans: list[tuple[str, str]] = []
        for image_id in image_ids:
            still_used = session.scalar(
                select(func.count())
                .select_from(CardImageRow)
                .where((CardImageRow.original_image_id == image_id) | (CardImageRow.crop_image_id == image_id))
            )
            if not still_used:
                image = session.get(StoredImageRow, image_id)
                if image is not None:
                    orphans.append((image.sha256, image.extension))
                    session.delete(image)
        session.flush()
        library.images.discard(session, [sha for sha, _ in orphans])  # a server library's chunks, in this commit
    for sha, ext in orphans:
        library.images.remove(sha, ext)


def count_contacts(library: Library, status: ContactStatus | None = None) -> int:
    with library.session() as session:
        query = select(func.count()).select_from(ContactRow)
        if status is not None:
            query = query.where(ContactRow.status == status.value)
        return int(session.scalar(query) or 0)


def summaries(library: Library, ids: list[int]) -> list[ContactSummary]:
    """List lines for the given ids, in the given order (ids that no longer exist are skipped).

    Plain column tuples rather than ORM objects: the window asks for a page of these on every keystroke."""
    if not ids:
        return []
    columns = (
        ContactRow.id,
        ContactRow.full_name,
        ContactRow.company,
        ContactRow.title,
        ContactRow.meeting_count,
        ContactRow.last_met,
        ContactRow.reciprocity,
        ContactRow.status,
        ContactRow.given_name,
        ContactRow.family_name,
    )
    found: dict[int, ContactSummary] = {}
    with library.session() as session:
        # Chunks stay below SQLite's limit on bound parameters.
        for start in range(0, len(ids), 10_000):
            query = select(*columns).where(ContactRow.id.in_(ids[start : start + 10_000]))
            for cid, name, company, title, count, last_met, reciprocity, status, given, family in session.execute(
                query
            ):
                found[cid] = ContactSummary(
                    id=cid,
                    name=name or company or "",
                    company=company,
                    title=title,
                    meeting_count=count,
                    last_met=last_met,
                    reciprocity=Reciprocity(reciprocity),
                    status=ContactStatus(status),
                    given_name=given,
                    family_name=family,
                    full_name=name or "",
                )
    return [found[i] for i in ids if i in found]


def search(library: Library, query: str, limit: int | None = 200) -> list[ContactSummary]:
    """Full-text search, best match first. Any text is accepted; a query with no words returns nothing."""
    with library.session() as session:
        ids = search_index.search_ids(session, query, limit)
    return summaries(library, ids)


def search_ids(library: Library, query: str, limit: int | None = 1000) -> list[int]:
    """Ids matching the query, best first (the window's list fetches the rows it shows)."""
    with library.session() as session:
        return search_index.search_ids(session, query, limit)


# "name": the name as written; "given" and "family": the person's first or family name first (revision 0007)
ORDERS = ("name", "given", "family", "company", "last_met", "meetings", "reciprocity")
NAME_ORDERS = {"first": "given", "family": "family"}  # the --sort choices and the window's name sort


def _order_by(order: str, descending: bool) -> list[Any]:
    """ORDER BY terms: the chosen key, then the name; unknown values (no company, never met) sort last in both
    directions. "Last met" and "meetings" read most naturally newest / most first, so that is their ascending.
    Each key is an indexed column (or the small reciprocity case), so the 100,000-contact list orders its ids
    by walking an index rather than sorting every row."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}; expected one of {', '.join(ORDERS)}")
    unknown_last: list[Any] = []
    natural_descending = order in ("last_met", "meetings")
    key: Any
    if order == "name":
        key = ContactRow.sort_name
    elif order == "given":
        key = ContactRow.sort_given
    elif order == "family":
        key = ContactRow.sort_family
    elif order == "company":
        unknown_last = [ContactRow.sort_company == ""]
        key = ContactRow.sort_company
    elif order == "last_met":
        unknown_last = [ContactRow.last_met.is_(None)]
        key = ContactRow.last_met
    elif order == "meetings":
        key = ContactRow.meeting_count
    else:  # reciprocity, in the order of the enumeration: mutual, from them, from me, unknown
        key = case(
            {r.value: i for i, r in enumerate(Reciprocity)}, value=ContactRow.reciprocity, else_=len(Reciprocity)
        )
    reverse = descending != natural_descending
    return [*unknown_last, key.desc() if reverse else key.asc(), ContactRow.sort_name, ContactRow.id]


def all_contact_ids(
    library: Library, order: str = "name", *, descending: bool = False, status: ContactStatus | None = None
) -> list[int]:
    """Contact ids in list order: the window's table holds ids and fetches rows on demand."""
    query = select(ContactRow.id).order_by(*_order_by(order, descending))
    if status is not None:
        query = query.where(ContactRow.status == status.value)
    with library.session() as session:
        # On the connection, not through the ORM's result rows: 100,000 plain ints need none of its machinery
        # (435 -> 342 ms at 100,000 by name, alternated in one run; docs/ARCHITECTURE.md, "The list holds every id").
        return [row[0] for row in session.connection().execute(query)]


def order_ids(library: Library, ids: list[int], order: str = "name", *, descending: bool = False) -> list[int]:
    """A subset (search results, a smart list) in list order, in one query: the ids travel as one JSON array
    (SQLite's json_each; an array on PostgreSQL), so any number of them fits in one bound parameter."""
    if not ids:
        return []
    unique = list(dict.fromkeys(ids))
    wanted: Select[tuple[Any]]
    if library.engine.dialect.name == "postgresql":  # the same, as one array parameter
        wanted = select(func.unnest(bindparam("ids", unique, type_=postgresql.ARRAY(Integer))))
    else:
        wanted = select(literal_column("value")).select_from(func.json_each(json.dumps(unique)))
    query = select(ContactRow.id).where(ContactRow.id.in_(wanted)).order_by(*_order_by(order, descending))
    with library.session() as session:
        return list(session.scalars(query))


def contact_ids_at_event(library: Library, event_id: int) -> list[int]:
    """Contacts met at an event, by name."""
    with library.session() as session:
        met = select(EncounterRow.contact_id).where(EncounterRow.event_id == event_id)
        query = select(ContactRow.id).where(ContactRow.id.in_(met)).order_by(ContactRow.sort_name, ContactRow.id)
        return list(session.scalars(query))


def contact_ids_in_network(library: Library, network_id: int) -> list[int]:
    """Contacts met at any event of a network, by name."""
    with library.session() as session:
        events = select(EventRow.id).where(EventRow.network_id == network_id)
        met = select(EncounterRow.contact_id).where(EncounterRow.event_id.in_(events))
        query = select(ContactRow.id).where(ContactRow.id.in_(met)).order_by(ContactRow.sort_name, ContactRow.id)
        return list(session.scalars(query))
