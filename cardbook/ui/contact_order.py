"""Putting contact ids in list order without loading every contact.

The storage orders ids by name, company, last met and meetings in one query; a subset (a search, a filter)
is cut out of that order. The exchange column has no stored order yet, so it is sorted here from summaries
read in pages (only a small key per contact is kept); for a whole library of 100,000 contacts that costs
about as much as reading them once, and a storage order would make it free.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
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


# The storage order of each key, and whether it runs descending (most met, most recent first).
_STORAGE_ORDER: dict[SortKey, tuple[str, bool]] = {
    SortKey.NAME: ("name", False),
    SortKey.COMPANY: ("company", False),
    SortKey.MEETINGS: ("meetings", True),
    SortKey.LAST_MET: ("last_met", True),
}

# Ascending exchange order: the healthy exchanges first, then the one-way ones, then the unknown.
_EXCHANGE_RANK = {Reciprocity.MUTUAL: 0, Reciprocity.FROM_THEM: 1, Reciprocity.FROM_ME: 2, Reciprocity.UNKNOWN: 3}

SortValue = tuple[object, ...]


def _storage_key(key: SortKey) -> Callable[[ContactSummary], SortValue]:
    """The order the storage gives for `key` (see `_STORAGE_ORDER`), computed from a summary."""
    match key:
        case SortKey.NAME:
            return lambda s: (fold(s.name), s.id)
        case SortKey.COMPANY:
            return lambda s: (fold(s.company or ""), fold(s.name), s.id)
        case SortKey.MEETINGS:
            return lambda s: (-s.meeting_count, fold(s.name), s.id)
        case SortKey.LAST_MET:
            return lambda s: (s.last_met is None, -(s.last_met.toordinal() if s.last_met else 0), fold(s.name), s.id)
        case SortKey.EXCHANGE:
            return lambda s: (_EXCHANGE_RANK[s.reciprocity], fold(s.name), s.id)


def _stored_descending(key: SortKey) -> bool:
    return _STORAGE_ORDER[key][1] if key in _STORAGE_ORDER else False


def _sorted_from_summaries(library: Library, ids: list[int], key: SortKey) -> list[int]:
    keyfunc = _storage_key(key)
    keyed: list[tuple[SortValue, int]] = []
    for start in range(0, len(ids), _PAGE):
        keyed.extend((keyfunc(s), s.id) for s in contacts.summaries(library, ids[start : start + _PAGE]))
    keyed.sort(key=lambda pair: pair[0])
    return [contact_id for _, contact_id in keyed]


def ordered_ids(library: Library, subset: Collection[int] | None, key: SortKey, descending: bool) -> list[int]:
    """The ids of `subset` (None: every contact) in the order of `key`, reversed when the other way is asked."""
    if key in _STORAGE_ORDER and (subset is None or len(subset) > SMALL_SUBSET):
        ids = contacts.all_contact_ids(library, _STORAGE_ORDER[key][0])
        if subset is not None:
            keep = set(subset)
            ids = [i for i in ids if i in keep]
    else:
        pool = contacts.all_contact_ids(library, "name") if subset is None else list(dict.fromkeys(subset))
        ids = _sorted_from_summaries(library, pool, key)
    if _stored_descending(key) != descending:
        ids.reverse()
    return ids
