"""Putting contact ids in list order without loading every contact.

The storage orders every contact by any column, both ways (`contacts.all_contact_ids`). A subset (a search, a
sidebar list) is cut out of that order when it is large; a small one is sorted here from its summaries with
the same rules (unknown values last both ways, ties by name then id), which is cheaper than ordering 100,000
ids to keep a thousand of them.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum

from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.common.name_choices import NameSort

SMALL_SUBSET = 2000  # below this a subset is ordered by one query on its ids rather than cut from the whole order


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


def _storage_descending(key: SortKey, descending: bool) -> bool:
    """The list says "descending" for most met / most recent first, which the storage calls its ascending."""
    return descending != _STORAGE_ORDER[key][1]


def ordered_ids(
    library: Library,
    subset: Collection[int] | None,
    key: SortKey,
    descending: bool,
    name_sort: NameSort = NameSort.FIRST,
) -> list[int]:
    """The ids of `subset` (None: every contact) in the order of `key`, reversed when the other way is asked.
    The name is sorted by first name or by family name (`name_sort`, the user's choice: ui/common/name_choices)."""
    order, storage_descending = _STORAGE_ORDER[key][0], _storage_descending(key, descending)
    if key is SortKey.NAME:
        order = contacts.NAME_ORDERS[name_sort.value]
    if subset is not None and len(subset) <= SMALL_SUBSET:
        return contacts.order_ids(library, list(subset), order, descending=storage_descending)
    ids = contacts.all_contact_ids(library, order, descending=storage_descending)
    if subset is None:
        return ids
    keep = set(subset)
    return [i for i in ids if i in keep]
