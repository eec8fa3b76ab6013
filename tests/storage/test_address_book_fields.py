"""The new fields in the library: stored, read back, edited through the one-line address, deleted with the
contact (schema 0005)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import func, select

from cardbook.domain.contact import Contact, Phone, PostalAddress
from cardbook.domain.enums import PhoneKind
from cardbook.interop.addresses import with_addresses
from cardbook.storage.contacts.records import create_contact, delete_contact, get_contact, search, update_contact
from cardbook.storage.library import Library
from cardbook.storage.models import AddressRow, OtherNameRow
from cardbook.storage.upkeep.integrity import check_library


def test_every_new_field_is_stored_searched_and_deleted(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    contact = Contact(
        full_name="Catherine Roy",
        emails=["kate@home.example", "c.roy@firm.example"],
        email_kinds={"kate@home.example": "home"},
        phones=[Phone("+33 6 12 34 56 78", "+33612345678", PhoneKind.MOBILE, "text")],
        nickname="Kate",
        birthday="--02-29",
        anniversary="2001-09-08",
        im=["xmpp:kate@jabber.example"],
        other_names=["Catherine Dubois"],
    )
    home = PostalAddress("home", "4 impasse Verte", city="Nantes", postcode="44000")
    work = PostalAddress("work", "Tour Ouest", "12e étage", "Paris", "", "75015", "France")
    with_addresses(contact, [home, work])
    saved = create_contact(library, contact)
    back = get_contact(library, saved.id or 0)
    for name in ("addresses", "address", "nickname", "birthday", "anniversary", "im", "email_kinds", "other_names",
                 "phones"):  # fmt: skip
        assert getattr(back, name) == getattr(contact, name), name
    for query in ("kate", "dubois", "nantes", "tour ouest"):
        assert [s.name for s in search(library, query)] == ["Catherine Roy"], query
    # The window's form edits the one-line first address: the edit wins, the second address stays.
    edited = update_contact(library, dataclasses.replace(back, address="9 quai Ouest, 44000 Nantes"))
    assert [a.street for a in edited.addresses] == ["9 quai Ouest", "Tour Ouest"]
    assert check_library(library).ok
    delete_contact(library, saved.id or 0)
    with library.session() as session:
        for model in (AddressRow, OtherNameRow):
            assert session.scalar(select(func.count()).select_from(model)) == 0
    library.close()
