"""People sorted by first name or by family name (revision 0007's sort_given / sort_family), on both engines:
the keys written at every save, the order of the whole list and of a subset, the pages read across their
boundaries, and the parts filled without overwriting what someone typed (docs/LIBRARY_FORMAT.md, "Names")."""

from __future__ import annotations

import dataclasses
import random

import pytest
from sqlalchemy import select

from cardbook.domain.contact import Contact
from cardbook.domain.person_names import sort_keys
from cardbook.domain.text import fold
from cardbook.interop.vcard_read import read_vcards
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.interchange import import_contacts
from cardbook.storage.contacts.records import (
    all_contact_ids,
    create_contact,
    edit_contact,
    get_contact,
    order_ids,
    summaries,
    update_contact,
)
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow
from tests.storage.conftest import BOTH
from tests.storage.test_cards import scanned

ENGINES = BOTH  # tests/storage/conftest.py

GIVEN = ["Jean", "Marie", "Anne", "Luc", "Zoé", "Émile", "Ana", "Pieter", "Li", "Hélène"]
FAMILY = ["Dupont", "Martin", "da Silva", "van der Berg", "Lefèvre", "Abadie", "Wang", "Zola", "Le Goff", "Berger"]


def _printed(rng: random.Random, i: int) -> str:
    """A name as cards print it: family in capitals first or last, or written normally."""
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    shape = i % 3
    if shape == 0:
        return f"{family.upper()} {given}"
    if shape == 1:
        return f"{given} {family.upper()}"
    return f"{given} {family}"


def _people(library: Library, count: int) -> list[int]:
    rng = random.Random(7)
    ids = []
    for i in range(count):
        if i % 25 == 0:
            contact = Contact(company=f"Atelier {rng.choice(FAMILY)} {i}")  # a shop, no person
        else:
            contact = Contact(full_name=_printed(rng, i))
        ids.append(create_contact(library, contact).id or 0)
    return ids


def _expected(library: Library, ids: list[int], which: int, descending: bool = False) -> list[int]:
    """The order the domain's keys give, ties by the name as written then id (as the storage breaks them)."""
    lines = {s.id: s for s in summaries(library, ids)}

    def key(contact_id: int) -> tuple[str, str]:
        s = lines[contact_id]
        return sort_keys(s.full_name, s.given_name, s.family_name, s.name)[which], s.name

    ordered = sorted(ids)
    ordered.sort(key=lambda i: fold(key(i)[1]))  # stable sorts: ties by the folded name as written, then by id
    ordered.sort(key=lambda i: key(i)[0], reverse=descending)
    return ordered


def test_every_save_writes_both_keys(library: Library) -> None:
    dupont = create_contact(library, Contact(full_name="DUPONT Jean"))
    shop = create_contact(library, Contact(company="Boulangerie Ange", emails=["pain@ange.fr"]))
    with library.session() as session:
        rows = {r.id: (r.sort_given, r.sort_family) for r in session.scalars(select(ContactRow))}
    assert rows[dupont.id] == ("jean dupont", "dupont jean")
    assert rows[shop.id] == ("boulangerie ange", "boulangerie ange")


def test_the_whole_list_in_family_and_first_name_order(library: Library) -> None:
    ids = _people(library, 120)
    for which, order in ((0, "given"), (1, "family")):
        assert all_contact_ids(library, order) == _expected(library, ids, which)
        assert all_contact_ids(library, order, descending=True)[0] == _expected(library, ids, which, True)[0]
    # the family order is not the printed one: DUPONT Jean and Jean DUPONT sit together
    names = {s.id: s.name for s in summaries(library, ids)}
    by_family = [names[i] for i in all_contact_ids(library, "family")]
    dupont = [n for n in by_family if "dupont" in n.casefold()]
    start = by_family.index(dupont[0])
    assert by_family[start : start + len(dupont)] == dupont


@pytest.mark.parametrize("order", ["given", "family"])
def test_a_subset_is_cut_in_the_same_order_as_the_whole(library: Library, order: str) -> None:
    """The window orders a small subset by one query on its ids and cuts a big one out of the whole order
    (ui/contacts/order.py): both ways must agree."""
    ids = _people(library, 80)
    subset = ids[::3]
    whole = all_contact_ids(library, order)
    assert order_ids(library, list(reversed(subset)), order) == [i for i in whole if i in set(subset)]


def test_pages_read_across_their_boundaries_follow_the_order(library: Library) -> None:
    """The list reads its lines a page at a time by the ordered ids: the pages put together are the order,
    with nothing lost or repeated at a page's edge."""
    ids = _people(library, 230)
    ordered = all_contact_ids(library, "family")
    page = 100
    read = [s for start in range(0, len(ordered), page) for s in summaries(library, ordered[start : start + page])]
    assert [s.id for s in read] == ordered
    keys = [sort_keys(s.full_name, s.given_name, s.family_name, s.name)[1] for s in read]
    assert keys == sorted(keys)
    assert keys[page - 1] <= keys[page] and keys[2 * page - 1] <= keys[2 * page]
    assert sorted(ordered) == sorted(ids)


def test_parts_are_filled_only_where_empty(library: Library) -> None:
    scanned_id = store_scanned_card(library, scanned("DUPONT Jean", "Dupont Menuiserie"), ExchangeDefaults())
    card = get_contact(library, scanned_id)
    assert (card.given_name, card.family_name) == ("Jean", "DUPONT")
    typed = create_contact(library, Contact(full_name="Pieter van der Berg", given_name="Piet", family_name="Berg"))
    assert (typed.given_name, typed.family_name) == ("Piet", "Berg")
    shop = create_contact(library, Contact(company="Acme"))
    assert (shop.given_name, shop.family_name) == (None, None)


def test_a_corrected_name_takes_its_split_along_but_typed_parts_stay(library: Library) -> None:
    read = create_contact(library, Contact(full_name="Jean DUPONT"))
    corrected = update_contact(library, dataclasses.replace(read, full_name="Jean DUPOND"))
    assert (corrected.given_name, corrected.family_name) == ("Jean", "DUPOND")
    # the command line's `contact --set name=...` edits a copy that carries the old parts
    renamed = edit_contact(library, read.id or 0, lambda c: setattr(c, "full_name", "DURAND Jean"))
    assert (renamed.given_name, renamed.family_name) == ("Jean", "DURAND")
    typed = create_contact(library, Contact(full_name="Jean Dupont", given_name="Jeannot", family_name="Dupont"))
    kept = edit_contact(library, typed.id or 0, lambda c: setattr(c, "full_name", "Jean Dupond"))
    assert (kept.given_name, kept.family_name) == ("Jeannot", "Dupont")


def test_a_vcard_n_is_kept_and_a_bare_fn_is_split(library: Library) -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Van Der Berg;Pieter;;;\r\nFN:Pieter van der Berg\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:LE GOFF Anne\r\nEND:VCARD\r\n"
    )
    import_contacts(library, read_vcards(data).contacts)
    stored = {
        c.full_name: (c.given_name, c.family_name)
        for c in map(lambda i: get_contact(library, i), all_contact_ids(library))
    }
    assert stored == {"Pieter van der Berg": ("Pieter", "Van Der Berg"), "LE GOFF Anne": ("Anne", "LE GOFF")}
