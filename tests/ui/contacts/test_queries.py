"""The window's reads: filters, orders and a contact's details (no widgets involved)."""

from __future__ import annotations

import datetime as dt

import pytest

from cardbook.domain.enums import Reciprocity
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.contacts import order as contact_order
from cardbook.ui.contacts.details import load_contact_details
from cardbook.ui.contacts.filters import ContactFilter, FilterKind, filter_ids
from cardbook.ui.contacts.order import SortKey, ordered_ids
from tests.ui.sample_library import Sample


def names_of(lib: Library, ids: list[int]) -> list[str]:
    return [s.name for s in contacts.summaries(lib, ids)]


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_small_and_large_subsets_are_ordered_alike(
    lib: Library, monkeypatch: pytest.MonkeyPatch, key: SortKey, descending: bool
) -> None:
    subset = contacts.all_contact_ids(lib)[::2] + contacts.all_contact_ids(lib)[1::4]
    in_python = ordered_ids(lib, subset, key, descending)
    monkeypatch.setattr(contact_order, "SMALL_SUBSET", 0)  # force the storage order, filtered
    from_storage = ordered_ids(lib, subset, key, descending)
    assert in_python == from_storage
    assert sorted(in_python) == sorted(subset)


def test_exchange_order_puts_mutual_first(lib: Library) -> None:
    ids = ordered_ids(lib, None, SortKey.EXCHANGE, False)
    ranks = [s.reciprocity for s in contacts.summaries(lib, ids)]
    order = [Reciprocity.MUTUAL, Reciprocity.FROM_THEM, Reciprocity.FROM_ME, Reciprocity.UNKNOWN]
    assert ranks == sorted(ranks, key=order.index)
    backwards = ordered_ids(lib, None, SortKey.EXCHANGE, True)
    assert [s.reciprocity for s in contacts.summaries(lib, backwards)] == sorted(ranks, key=order.index)[::-1]


def test_most_met_and_most_recent_come_first_and_the_never_met_last(lib: Library) -> None:
    most = contacts.summaries(lib, ordered_ids(lib, None, SortKey.MEETINGS, True))
    assert [s.meeting_count for s in most] == sorted((s.meeting_count for s in most), reverse=True)
    for descending in (False, True):
        recent = contacts.summaries(lib, ordered_ids(lib, None, SortKey.LAST_MET, descending))
        dates = [s.last_met for s in recent]
        known = [d for d in dates if d is not None]
        assert dates[: len(known)] == sorted(known, reverse=descending)  # unknown dates last, both ways


def test_filters(lib: Library, sample: Sample) -> None:
    today = dt.date.today()
    assert filter_ids(lib, ContactFilter(), today) is None
    assert names_of(lib, filter_ids(lib, ContactFilter(FilterKind.REVIEW), today) or []) == ["Nicolas Garnier"]
    givers = filter_ids(lib, ContactFilter(FilterKind.ONE_WAY), today) or []
    assert set(names_of(lib, givers)) == {"Jérôme Girard"}  # Chloé and Léa: cards I owe, not one-way givers
    alumni = sample.networks["Alumni EM Lyon"]
    met = filter_ids(lib, ContactFilter(FilterKind.NETWORK, alumni.id, alumni.name), today) or []
    assert set(names_of(lib, met)) == {"Émilie Lefèvre", "Chloé Martin"}
    assert filter_ids(lib, ContactFilter(FilterKind.EVENT, 999, "gone"), today) == []


def test_event_and_network_lists_come_from_encounters(lib: Library, sample: Sample) -> None:
    # "Lyon" is in many addresses and company names; only encounters decide who was at the event.
    salon = sample.events["Salon des Entrepreneurs"]
    today = dt.date.today()
    met = filter_ids(lib, ContactFilter(FilterKind.EVENT, salon.id, salon.name), today) or []
    assert set(names_of(lib, met)) == {"Jérôme Girard", "Benoît Moreau", "Léa Fontaine"}


def test_contact_details_gather_the_relationship(lib: Library, sample: Sample) -> None:
    details = load_contact_details(lib, sample.ids["François Dupont"])
    assert details.contact.display_name == "François Dupont"
    assert details.stats.count == 1 and details.stats.reciprocity is Reciprocity.MUTUAL
    with pytest.raises(contacts.NotFoundError):
        load_contact_details(lib, 9999)
