"""Putting contact ids in list order without loading every contact.

The storage orders every contact by any column, both ways (`contacts.all_contact_ids`). A subset (a search, a
sidebar list) is cut out of that order when it is large; a small one is sorted here from its summaries with
the same rules (unknown values last both ways, ties by name then id), which is cheaper than ordering 100,000
ids to keep a thousand of them.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum

from cardbook.domain.enums import Reciprocity
from cardbook.domain.text import fold
from cardbook.storage import contacts
from cardbook.storage.contacts import ContactSummary
from cardbook.storage.library import Library

SMALL_SUBSET = 2000  # below this a subset is sorted from its summaries rather than from the whole order
_PAGE = 1000


class SortKey(StrEnum):
    NAME = "name"
    COMPANY = "company"
    MEETINGS = "meetings"
    LAST_MET = "last_met"
    EXCHANGE = "exchange"


# The storage order of each key, and whether its natural order runs from the largest (most met, most recent).
_STORAGE_ORDER: dict[SortKey, tuple[str, bool]] = {
    SortKey.NAME: ("name", False),
    SortKey.COMPANY: ("company", False),
    SortKey.MEETINGS: ("meetings", True),
    SortKey.LAST_MET: ("last_met", True),
    SortKey.EXCHANGE: ("reciprocity", False),
}
_EXCHANGE_RANK = {r: i for i, r in enumerate(Reciprocity)}  # the storage's order: mutual, from them, from me, ?


def _storage_descending(key: SortKey, descending: bool) -> bool:
    """The list says "descending" for most met / most recent first, which the storage calls its ascending."""
    return descending != _STORAGE_ORDER[key][1]


def _primary(s: ContactSummary, key: SortKey) -> tuple[bool, str | int]:
    """(unknown, value): unknown values sort last whichever way the value runs."""
    match key:
        case SortKey.NAME:
            return False, fold(s.name)
        case SortKey.COMPANY:
            company = fold(s.company or "")
            return company == "", company
        case SortKey.MEETINGS:
            return False, s.meeting_count
        case SortKey.LAST_MET:
            return s.last_met is None, s.last_met.toordinal() if s.last_met else 0
        case SortKey.EXCHANGE:
            return False, _EXCHANGE_RANK[s.reciprocity]


def _sorted_from_summaries(library: Library, ids: list[int], key: SortKey, descending: bool) -> list[int]:
    rows: list[ContactSummary] = []
    for start in range(0, len(ids), _PAGE):
        rows.extend(contacts.summaries(library, ids[start : start + _PAGE]))
    rows.sort(key=lambda s: (fold(s.name), s.id))  # ties: by name, then id (stable sorts keep this below)
    rows.sort(key=lambda s: _primary(s, key)[1], reverse=descending)  # the storage's value order, as the list says
    rows.sort(key=lambda s: _primary(s, key)[0])
    return [s.id for s in rows]


def ordered_ids(library: Library, subset: Collection[int] | None, key: SortKey, descending: bool) -> list[int]:
    """The ids of `subset` (None: every contact) in the order of `key`, reversed when the other way is asked."""
    if subset is not None and len(subset) <= SMALL_SUBSET:
        return _sorted_from_summaries(library, list(dict.fromkeys(subset)), key, descending)
    order = _STORAGE_ORDER[key][0]
    ids = contacts.all_contact_ids(library, order, descending=_storage_descending(key, descending))
    if subset is None:
        return ids
    keep = set(subset)
    return [i for i in ids if i in keep]
