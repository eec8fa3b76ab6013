"""Which contact of the library an incoming contact of a library file is, if any.

In order: the same identity (`_uids`: the contact's id and creation time where it was made, and the identities
it was imported under before, kept as `contact_sources` rows of format "cardbook"), else the duplicate rules'
strongest evidence (domain/duplicates.py): the same e-mail or phone with a compatible name, or the same name at
the same company. A weaker likeness (the same name alone) is not enough to merge two people without asking; such
a contact is imported as new, and `cardbook duplicates` proposes the pair.

Only contacts that were in the library before the import are candidates: two contacts of one file stay two.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from cardbook.domain.duplicates import DuplicateIndex, DuplicateSubject
from cardbook.domain.person_names import sort_keys
from cardbook.domain.text import fold
from cardbook.storage.contacts.merge import duplicate_subjects
from cardbook.storage.convert import contact_from_row
from cardbook.storage.models import ContactRow, ContactSourceRow
from cardbook.storage.upkeep.transfer_rows import DERIVED_CONTACT_COLUMNS, LINEAGE_FORMAT, contact_uid

# What a newer copy of a contact does not replace: its identity, the caches the library computes, the edit count.
NOT_REPLACED = (DERIVED_CONTACT_COLUMNS - {"status"}) | {"version"}
SAME_PERSON = 90  # duplicates' score for "same email", "same phone" (names compatible), "same name and company"


class ContactIdentities:
    """The library's contacts as the importer recognises them, read once before the import writes anything."""

    def __init__(self, session: Session) -> None:
        self.uids: dict[str, int] = {
            contact_uid(contact_id, created): contact_id
            for contact_id, created in session.execute(select(ContactRow.id, ContactRow.created_at))
        }
        for contact_id, text in session.execute(
            select(ContactSourceRow.contact_id, ContactSourceRow.text).where(ContactSourceRow.format == LINEAGE_FORMAT)
        ):
            self.uids.setdefault(text, contact_id)
        subjects, _names = duplicate_subjects(session)
        self._index = DuplicateIndex(subjects)

    def by_lineage(self, uids: list[str]) -> int | None:
        """The library's contact the incoming one is a copy of (the same identity), not merely alike, or None."""
        return next((self.uids[uid] for uid in uids if uid in self.uids), None)

    def find(self, values: Mapping[str, Any], uids: list[str], match: Mapping[str, Any]) -> int | None:
        """The library's contact that the incoming one is, or None."""
        copy_of = self.by_lineage(uids)
        if copy_of is not None:
            return copy_of
        name = str(values.get("full_name") or "").strip() or " ".join(
            str(values[p]) for p in ("given_name", "family_name") if values.get(p)
        )
        subject = DuplicateSubject(
            id=0,  # no contact has id 0: the index never takes the subject for itself
            name=name,
            company=str(values.get("company") or ""),
            emails=tuple(str(e).strip().casefold() for e in match.get("emails", ()) if str(e).strip()),
            phones=tuple(str(p) for p in match.get("phones", ()) if p),
        )
        found = self._index.matches(subject, min_score=SAME_PERSON)
        if not found:
            return None
        best = found[0]
        return best.second_id if best.first_id == 0 else best.first_id


def parse_identity(raw: Mapping[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """The `_uids` and `_match` of a contact's line, whatever a damaged file put there."""
    uids = raw.get("_uids")
    match = raw.get("_match")
    clean_uids = [u for u in uids if isinstance(u, str) and u] if isinstance(uids, list) else []
    clean_match: dict[str, Any] = {}
    if isinstance(match, dict):
        for key in ("emails", "phones"):
            items = match.get(key)
            clean_match[key] = [i for i in items if isinstance(i, str)] if isinstance(items, list) else []
    return clean_uids, clean_match


def fill_empty(session: Session, table: Table, contact_id: int, values: Mapping[str, Any]) -> bool:
    """Give a contact already in the library what it lacks from the incoming one (a title, a department...):
    its own values are the user's and are never replaced. True when something was filled in."""
    current = session.execute(select(table).where(table.c.id == contact_id)).mappings().one()
    missing = {
        name: value
        for name, value in values.items()
        if name not in DERIVED_CONTACT_COLUMNS and current.get(name) in (None, "") and value not in (None, "")
    }
    if not missing:
        return False
    if "version" in table.c:  # filled in is edited: an editor open on the old copy must not overwrite it
        missing["version"] = table.c.version + 1
    session.execute(update(table).where(table.c.id == contact_id).values(**missing))
    return True


class Replaced(enum.Enum):
    NOTHING = "nothing"  # the incoming copy did not change since the two were in step
    EQUAL = "equal"  # it changed (its summary, say), and its own values are these: in step now
    REPLACED = "replaced"
    BOTH_CHANGED = "both changed"  # edited on both sides since they were in step: this library's copy is kept


def replace_if_newer(
    session: Session, table: Table, contact_id: int, values: Mapping[str, Any], in_step: dt.datetime | None
) -> Replaced:
    """A copy of the same contact (same lineage) edited since the two were last in step (`in_step`, when the
    lineage was recorded or last brought in step; None: unknown, the later edit wins): its own values replace
    these (a push after a pull, docs/TEAM_LIBRARY.md "Push and pull"), unless this contact changed since too —
    then nothing is replaced, and the caller says so. The copy's time of edit is kept; `version` goes up as for
    any edit."""
    current = session.execute(select(table).where(table.c.id == contact_id)).mappings().one()
    theirs, ours = values.get("updated_at"), current.get("updated_at")
    if theirs is None or ours is None:
        return Replaced.NOTHING
    if in_step is not None:
        if theirs <= in_step:
            return Replaced.NOTHING
        if ours > in_step:
            return Replaced.BOTH_CHANGED
    elif theirs <= ours:
        return Replaced.NOTHING
    changed = {
        name: value
        for name, value in values.items()
        if name in table.c and name not in NOT_REPLACED and current.get(name) != value
    }
    if not changed:
        return Replaced.EQUAL
    changed["updated_at"] = theirs
    changed["version"] = int(current.get("version") or 1) + 1
    session.execute(update(table).where(table.c.id == contact_id).values(**changed))
    return Replaced.REPLACED


def resort(row: ContactRow) -> None:
    """A contact's sort keys after its name or company was filled in (the same as storage/convert.py)."""
    contact = contact_from_row(row)
    row.sort_name = fold(contact.display_name)
    row.sort_given, row.sort_family = sort_keys(
        contact.full_name, contact.given_name, contact.family_name, row.sort_name
    )
    row.sort_company = fold(contact.company or "")
