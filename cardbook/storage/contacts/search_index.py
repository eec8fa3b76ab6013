"""Full-text search over contacts: SQLite FTS5, or PostgreSQL's own full-text search for a server library.

- Accent-, case- and ligature-insensitive: text is folded in Python (`cardbook.domain.text.fold`, which also
  turns œ into oe — FTS5's `remove_diacritics` does not) both when indexed and when searched.
- Safe against anything a user types: the query is cut into word tokens here and each token is quoted, so
  FTS5 operators (`NEAR(`, `AND`, `*`, `-`, `"`, `:`, `^`) are plain text, never syntax.
- Several words are AND-ed, the last one (or every one) matched as a prefix, so results follow typing.
- Ranked by bm25 with the name weighing most, then the organisation, then contact details, places, notes.
- "What can I bring?" is searchable: what a contact needs and offers (text and tags) sits in the notes column,
  so "comptable" finds both the accountant and the person looking for one.

On PostgreSQL (docs/TEAM_LIBRARY.md, "Search"), `contacts_fts` is a plain table with the same columns and
`rowid` as its key, so that reading it back (check, migrations) is the same SQL; it has one more column,
`terms`, a tsvector with a GIN index, and a query is a tsquery of prefixes (`'lefe':* & 'mar':*`). Both are
written here as tsvector and tsquery literals, word for word, not through PostgreSQL's parser: the parser keeps
"p.martin@lyonnaise.fr" as one word and reads "0e3a4" (the tail of a LinkedIn address) as the number 0e3 and the
word a4, so its results differed from FTS5's (measured: 4 keystrokes in 410 at 10,000 contacts). Here the words
are cut as FTS5's unicode61 tokenizer cuts them (letters and digits; everything else separates) from text that
`fold` has already freed of accents, case and ligatures (more than `unaccent` does: œ, ß, ø, ł), so both engines
index and search the very same words. Weights by column: name A, organisation B, contact details C, places and
notes D.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from cardbook.domain.contact import Contact
from cardbook.domain.text import fold
from cardbook.interop.addresses import address_line, postal_addresses
from cardbook.storage.convert import contact_from_row
from cardbook.storage.models import ContactRow, EncounterRow, EventRow

_TOKEN = re.compile(r"\w+", re.UNICODE)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # what unicode61 keeps as a word: letters and digits, not "_"
COLUMNS = ("name", "org", "reach", "place", "notes")
# PostgreSQL's weight class per column, and ts_rank's weights for classes {D, C, B, A}: the proportions of the
# bm25 weights below, places and notes sharing the lowest class (PostgreSQL has four).
_PG_CLASS = {"name": "A", "org": "B", "reach": "C", "place": "D", "notes": "D"}
_PG_WEIGHTS = "{0.15, 0.3, 0.5, 1.0}"
# tsvector's own limits: a lexeme under 2 KB (longer words keep their first characters, far more than any query
# token, so prefix matching is unchanged), at most 256 positions per lexeme, positions up to 16,383.
_PG_MAX_LEXEME = 500
_PG_MAX_POSITIONS = 256
_PG_LAST_POSITION = 16_383
# bm25 weights, in the column order of contacts_fts(name, org, reach, place, notes).
_WEIGHTS = "10.0, 5.0, 3.0, 2.0, 1.0"
MAX_QUERY_TOKENS = 12  # beyond this a query is noise; keeps hostile input from building huge MATCH strings
MAX_TOKEN_LENGTH = 64


def tokens(query: str) -> list[str]:
    found = [t[:MAX_TOKEN_LENGTH] for t in _TOKEN.findall(fold(query))]
    return found[:MAX_QUERY_TOKENS]


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH string for a user's query, or None when it holds no searchable word."""
    words = tokens(query)
    if not words:
        return None
    # Every token is a quoted prefix: "lefe"* — quoting makes operators inert, the star matches as you type.
    return " ".join(f'"{w}"*' for w in words)


@cache
def _country_codes() -> frozenset[str]:
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return frozenset(str(code) for code in COUNTRY_CODE_TO_REGION_CODE)


def phone_forms(number: str, e164: str | None) -> list[str]:
    """The ways someone may type a number: as printed, its digits, E.164 digits, and the national forms.

    Country codes are prefix-free, so the national significant number is what follows the one known code
    that starts the E.164 digits ("+33612345678" -> "612345678", also as "0612345678").
    """
    forms = [number, re.sub(r"\D", "", number)]
    if e164:
        digits = e164.lstrip("+")
        forms.append(digits)
        codes = _country_codes()
        national = next((digits[n:] for n in (1, 2, 3) if digits[:n] in codes), None)
        if national:
            forms.extend([national, "0" + national])
    return forms


def document_for(contact: Contact, events: Iterable[tuple[str, str | None]] = ()) -> dict[str, str]:
    """The folded text of one contact, per FTS column (what `reindex` writes and `check` compares)."""
    names = (contact.full_name, contact.given_name, contact.family_name, contact.nickname, *contact.other_names)
    name = " ".join(p for p in names if p)
    org = " ".join(p for p in (contact.company, contact.department, contact.title) if p)
    reach = [
        *contact.emails,
        *(form for phone in contact.phones for form in phone_forms(phone.number, phone.e164)),
        *contact.websites,
        *contact.social,
        *contact.im,
    ]
    # Every address (one line each): a contact of a migrated library has one, the same text as before 0005.
    place = [address_line(a) for a in postal_addresses(contact)] or [""]
    for event_name, event_place in events:
        place.append(event_name)
        if event_place:
            place.append(event_place)
    notes = notes_text(
        contact.notes, contact.tags, contact.needs, contact.offers, contact.need_tags, contact.offer_tags
    )
    return {
        "name": fold(name),
        "org": fold(org),
        "reach": fold(" ".join(reach)),
        "place": fold(" ".join(place)),
        "notes": notes,
    }


def notes_text(
    notes: str | None,
    tags: Iterable[str],
    needs: str = "",
    offers: str = "",
    need_tags: Iterable[str] = (),
    offer_tags: Iterable[str] = (),
) -> str:
    """The folded notes column: the notes and tags as ever, then what the contact needs and offers (text, then
    tags). Plain values in, so that migration 0004 (which reindexes this column) needs no ORM model. A contact
    without needs or offers gets exactly the text it had before 0004."""
    base = " ".join([notes or "", *sorted(tags, key=str.casefold)])
    extras = [
        text
        for text in (needs, offers, *sorted(need_tags, key=str.casefold), *sorted(offer_tags, key=str.casefold))
        if text
    ]
    return fold(" ".join([base, *extras]))


def document(row: ContactRow, events: Iterable[tuple[str, str | None]] = ()) -> dict[str, str]:
    return document_for(contact_from_row(row), events)


def events_of(session: Session, contact_ids: Iterable[int]) -> dict[int, list[tuple[str, str | None]]]:
    """The (name, place) of the events where each contact was met, for their index entry."""
    rows = session.execute(
        select(EncounterRow.contact_id, EventRow.name, EventRow.place)
        .join(EventRow, EncounterRow.event_id == EventRow.id)
        .where(EncounterRow.contact_id.in_(list(contact_ids)))
        .group_by(EncounterRow.contact_id, EventRow.id)
        .order_by(EncounterRow.contact_id, EventRow.id)
    ).all()
    found: dict[int, list[tuple[str, str | None]]] = {}
    for contact_id, name, place in rows:
        found.setdefault(contact_id, []).append((name, place))
    return found


def _dialect(session: Session | Connection) -> str:
    return (session.get_bind() if isinstance(session, Session) else session).dialect.name


def pg_terms(entry: dict[str, object]) -> str:
    """The tsvector literal of one index entry: each word with its positions and its column's weight class.
    Words hold only letters and digits, so quoting them needs no escaping."""
    positions: dict[str, list[str]] = {}
    position = 0
    for column in COLUMNS:
        weight = _PG_CLASS[column]
        for word in _WORD.findall(str(entry[column])):
            position += 1
            marks = positions.setdefault(word[:_PG_MAX_LEXEME], [])
            if len(marks) < _PG_MAX_POSITIONS:
                marks.append(f"{min(position, _PG_LAST_POSITION)}{weight}")
    return " ".join(f"'{word}':{','.join(marks)}" for word, marks in positions.items())


_SQLITE_INSERT = (
    "INSERT INTO contacts_fts(rowid, name, org, reach, place, notes) VALUES (:id, :name, :org, :reach, :place, :notes)"
)
_PG_INSERT = (
    "INSERT INTO contacts_fts(rowid, name, org, reach, place, notes, terms) "
    "VALUES (:id, :name, :org, :reach, :place, :notes, CAST(:terms AS tsvector))"
)


def write_entries(session: Session | Connection, entries: list[dict[str, object]]) -> None:
    """Insert index entries (`id` and the five folded columns of `document_for`), on either engine."""
    if not entries:
        return
    if _dialect(session) == "postgresql":
        session.execute(text(_PG_INSERT), [{**entry, "terms": pg_terms(entry)} for entry in entries])
    else:
        session.execute(text(_SQLITE_INSERT), entries)


def set_notes(connection: Session | Connection, contact_id: int, notes: str) -> None:
    """Rewrite one entry's notes column (migration 0004), keeping PostgreSQL's terms in step."""
    if _dialect(connection) == "postgresql":
        rest = connection.execute(
            text("SELECT name, org, reach, place FROM contacts_fts WHERE rowid = :id"), {"id": contact_id}
        ).first()
        if rest is None:
            return
        entry: dict[str, object] = {"id": contact_id, **dict(zip(COLUMNS[:4], rest, strict=True)), "notes": notes}
        connection.execute(text("DELETE FROM contacts_fts WHERE rowid = :id"), {"id": contact_id})
        connection.execute(text(_PG_INSERT), {**entry, "terms": pg_terms(entry)})
        return
    update = text("UPDATE contacts_fts SET notes = :notes WHERE rowid = :id")
    connection.execute(update, {"notes": notes, "id": contact_id})


def reindex(session: Session, row: ContactRow) -> None:
    """Replace one contact's entry in the index (call after any change to it, in the same transaction)."""
    doc = document(row, events_of(session, [row.id]).get(row.id, []))
    session.execute(text("DELETE FROM contacts_fts WHERE rowid = :id"), {"id": row.id})
    write_entries(session, [{"id": row.id, **doc}])


def unindex(session: Session, contact_id: int) -> None:
    session.execute(text("DELETE FROM contacts_fts WHERE rowid = :id"), {"id": contact_id})


def search_ids(session: Session, query: str, limit: int | None = 200) -> list[int]:
    """Contact ids matching every word of the query, best first.

    A query whose words are all one or two letters long (the first keystrokes) matches a large part of the
    library, and ranking all of it is what costs time (25-150 ms at 100,000 contacts) while the ranking means
    little there: such queries come back in library order. From three letters on, results are ranked."""
    expression = match_expression(query)
    if expression is None:
        return []
    ranked = any(len(word) >= 3 for word in tokens(query))
    params: dict[str, object] = {"q": expression}
    if _dialect(session) == "postgresql":
        params["q"] = pg_query(query)
        if not params["q"]:
            return []
        sql = "SELECT rowid FROM contacts_fts WHERE terms @@ CAST(:q AS tsquery)"
        if ranked:
            sql += f" ORDER BY ts_rank('{_PG_WEIGHTS}', terms, CAST(:q AS tsquery)) DESC, rowid"
        else:
            sql += " ORDER BY rowid"
    else:
        sql = "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :q"
        if ranked:
            sql += f" ORDER BY bm25(contacts_fts, {_WEIGHTS})"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [int(r[0]) for r in session.execute(text(sql), params)]


def pg_query(query: str) -> str:
    """The tsquery text for a user's query: every word a prefix, AND-ed; a word that unicode61 would cut in
    pieces ("foo_bar") is those pieces in a row, as FTS5 reads the quoted phrase. Only letters and digits reach
    the tsquery syntax, so nothing a user types can be an operator."""
    terms = []
    for word in tokens(query):
        pieces = [f"'{piece}'" for piece in _WORD.findall(word)]
        if pieces:
            pieces[-1] += ":*"
            terms.append("(" + " <-> ".join(pieces) + ")")
    return " & ".join(terms)


def optimize(session: Session) -> None:
    """Merge index segments and drop deleted text for good (FTS5 keeps it until merged). On PostgreSQL,
    deleted rows are dropped by VACUUM (autovacuum), which cannot run inside a transaction: nothing to do."""
    if _dialect(session) != "postgresql":
        session.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')"))
