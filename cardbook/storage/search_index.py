"""Full-text search over contacts with SQLite FTS5.

- Accent-, case- and ligature-insensitive: text is folded in Python (`cardbook.domain.text.fold`, which also
  turns œ into oe — FTS5's `remove_diacritics` does not) both when indexed and when searched.
- Safe against anything a user types: the query is cut into word tokens here and each token is quoted, so
  FTS5 operators (`NEAR(`, `AND`, `*`, `-`, `"`, `:`, `^`) are plain text, never syntax.
- Several words are AND-ed, the last one (or every one) matched as a prefix, so results follow typing.
- Ranked by bm25 with the name weighing most, then the organisation, then contact details, places, notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cardbook.domain.text import fold
from cardbook.storage.models import ContactRow, EncounterRow, EventRow

_TOKEN = re.compile(r"\w+", re.UNICODE)
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


def _phone_forms(number: str, e164: str | None) -> list[str]:
    digits = re.sub(r"\D", "", number)
    forms = [number, digits]
    if e164:
        forms.append(e164.lstrip("+"))
        # The national significant number, so "612345678" and "0612..." style searches both land.
        forms.append(e164.lstrip("+")[2:])
    return forms


def document(row: ContactRow, events: Iterable[tuple[str, str | None]] = ()) -> dict[str, str]:
    """The folded text of one contact, per FTS column."""
    name = " ".join(p for p in (row.full_name, row.given_name, row.family_name) if p)
    org = " ".join(p for p in (row.company, row.department, row.title) if p)
    reach_parts: list[str] = []
    for email in row.emails:
        reach_parts.append(email.value)
    for phone in row.phones:
        reach_parts.extend(_phone_forms(phone.number, phone.e164))
    for link in row.links:
        reach_parts.append(link.value)
    place_parts = [row.address or ""]
    for event_name, event_place in events:
        place_parts.append(event_name)
        if event_place:
            place_parts.append(event_place)
    notes = " ".join([row.notes or "", *(tag.name for tag in row.tags)])
    return {
        "name": fold(name),
        "org": fold(org),
        "reach": fold(" ".join(reach_parts)),
        "place": fold(" ".join(place_parts)),
        "notes": fold(notes),
    }


def events_of(session: Session, contact_ids: Iterable[int]) -> dict[int, list[tuple[str, str | None]]]:
    """The (name, place) of the events where each contact was met, for their index entry."""
    rows = session.execute(
        select(EncounterRow.contact_id, EventRow.name, EventRow.place)
        .join(EventRow, EncounterRow.event_id == EventRow.id)
        .where(EncounterRow.contact_id.in_(list(contact_ids)))
        .distinct()
        .order_by(EncounterRow.contact_id, EventRow.id)
    ).all()
    found: dict[int, list[tuple[str, str | None]]] = {}
    for contact_id, name, place in rows:
        found.setdefault(contact_id, []).append((name, place))
    return found


def reindex(session: Session, row: ContactRow) -> None:
    """Replace one contact's entry in the index (call after any change to it, in the same transaction)."""
    doc = document(row, events_of(session, [row.id]).get(row.id, []))
    session.execute(text("DELETE FROM contacts_fts WHERE rowid = :id"), {"id": row.id})
    session.execute(
        text(
            "INSERT INTO contacts_fts(rowid, name, org, reach, place, notes) "
            "VALUES (:id, :name, :org, :reach, :place, :notes)"
        ),
        {"id": row.id, **doc},
    )


def unindex(session: Session, contact_id: int) -> None:
    session.execute(text("DELETE FROM contacts_fts WHERE rowid = :id"), {"id": contact_id})


def search_ids(session: Session, query: str, limit: int | None = 200) -> list[int]:
    """Contact ids matching every word of the query, best first."""
    expression = match_expression(query)
    if expression is None:
        return []
    sql = f"SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :q ORDER BY bm25(contacts_fts, {_WEIGHTS})"
    params: dict[str, object] = {"q": expression}
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [int(r[0]) for r in session.execute(text(sql), params)]


def count_matches(session: Session, query: str) -> int:
    expression = match_expression(query)
    if expression is None:
        return 0
    row = session.execute(
        text("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH :q"), {"q": expression}
    ).one()
    return int(row[0])


def optimize(session: Session) -> None:
    """Merge index segments and drop deleted text for good (FTS5 keeps it until merged)."""
    session.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')"))
