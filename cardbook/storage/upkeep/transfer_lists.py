"""The caps on a contact's lists (domain/value_limits.py, LIST_LIMITS) applied to a library file's rows.

A `.cardbook` file stores each list of a contact as rows of its own table (contact_emails, contact_tags...), so
a hand-made or hostile file can give one contact 10,000 e-mails or 100,000 tags; stored whole, such a contact
takes the window seconds to show and every export to write. The vCard and CSV imports cut the lists of the
contact they read (app/field_limits.py); here the same caps count the rows each contact ends up with (those it
had already, for a contact the library holds, and those the file adds), leave out the rows past the cap, and
say so in one line per contact. The tags such left-out rows named, when nothing else uses them, are removed at
the end (`unused_tags`), so that 100,000 tag names do not stay behind either.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from cardbook.domain.value_limits import LIST_LIMITS
from cardbook.storage.models import ContactTagRow, TagRow

# Table -> the list it holds (a key of LIST_LIMITS); contact_links holds three, told apart by their kind.
_LISTS = {
    "contact_emails": "emails",
    "contact_phones": "phones",
    "contact_tags": "tags",
    "contact_addresses": "addresses",
    "contact_other_names": "other names",
    "contact_topics": "topics",
}
_LINK_KINDS = {"website": "websites", "social": "social", "im": "im"}


def list_of(table: str, values: dict[str, Any]) -> str | None:
    """Which capped list a row of `table` belongs to (None: not a list of a contact)."""
    if table == "contact_links":
        return _LINK_KINDS.get(str(values.get("kind")), "websites")  # an unknown kind counts with the websites
    return _LISTS.get(table)


class ListCaps:
    """Counts the rows of each capped list per contact during one import, and what it left out."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._counts: dict[tuple[str, int], int] = {}
        self._left_out: dict[int, dict[str, int]] = {}  # contact -> list -> rows left out
        self.dropped_tag_ids: set[int] = set()

    def admits(self, table: Table, values: dict[str, Any], new_contact: bool) -> bool:
        """True when the row fits under its contact's cap (and is counted); False: leave it out.
        `new_contact`: the contact was created by this import (it has no rows yet: no query)."""
        name = list_of(table.name, values)
        contact_id = values.get("contact_id")
        if name is None or not isinstance(contact_id, int):
            return True
        key = (name, contact_id)
        if key not in self._counts:
            self._counts[key] = 0 if new_contact else self._stored(table, values, contact_id)
        if self._counts[key] < LIST_LIMITS[name]:
            self._counts[key] += 1
            return True
        left = self._left_out.setdefault(contact_id, {})
        left[name] = left.get(name, 0) + 1
        if table.name == "contact_tags" and isinstance(values.get("tag_id"), int):
            self.dropped_tag_ids.add(values["tag_id"])
        return False

    def _stored(self, table: Table, values: dict[str, Any], contact_id: int) -> int:
        query = select(func.count()).select_from(table).where(table.c.contact_id == contact_id)
        if table.name == "contact_links":
            query = query.where(table.c.kind == values.get("kind"))
        return int(self.session.scalar(query) or 0)

    def lines(self, names: dict[int, str]) -> list[str]:
        """One line per contact with a list cut: “Name”: emails: 9,950 left out (at most 50 kept); …"""
        said = []
        for contact_id, lists in self._left_out.items():
            parts = [f"{name}: {count:,} left out (at most {LIST_LIMITS[name]} kept)" for name, count in lists.items()]
            said.append(f"contacts: “{names.get(contact_id, f'#{contact_id}')}”: {'; '.join(parts)}")
        return said

    def remove_unused_tags(self, created_tags: set[int]) -> None:
        """Tags this import created only for rows it left out: nothing names them, they would clutter the tag
        list. Tags the library had before are never touched."""
        candidates = sorted(self.dropped_tag_ids & created_tags)
        for start in range(0, len(candidates), 500):
            chunk = candidates[start : start + 500]
            used = select(ContactTagRow.tag_id).where(ContactTagRow.tag_id.in_(chunk))
            self.session.execute(delete(TagRow).where(TagRow.id.in_(chunk), TagRow.id.not_in(used)))
