"""The form's family-name field: empty with the name's split as its hint, typed only to correct the split
(domain/person_names.py), which the list's family-name order then uses."""

from __future__ import annotations

from cardbook.domain.contact import Contact
from cardbook.domain.person_names import parts_from_typed_family, typed_family
from cardbook.storage.contacts.records import all_contact_ids, create_contact, get_contact, update_contact
from cardbook.storage.library import Library
from cardbook.ui.contacts.form import ContactForm


def test_typed_family_is_shown_only_where_it_corrects_the_split() -> None:
    assert typed_family("Jean DUPONT", "Jean", "DUPONT") == ""  # the split's own: shown as the hint
    assert typed_family("Martin Pierre", "Pierre", "Martin") == "Martin"
    assert parts_from_typed_family("Martin Pierre", "martin") == ("Pierre", "martin")
    assert parts_from_typed_family("Ana Maria da Silva Costa", "da Silva Costa") == ("Ana Maria", "da Silva Costa")
    assert parts_from_typed_family("Jean Dupont", "Durand") == (None, "Durand")  # not in the name: no guess


def test_the_form_hints_the_split_and_keeps_a_typed_correction(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ContactForm()
    qtbot.addWidget(form)
    form.set_contact(Contact(id=7, full_name="Martin Pierre", given_name="Martin", family_name="Pierre"))
    family = form.lines["family_name"]
    assert family.text() == "" and family.placeholderText() == "Pierre (from the name)"
    form.lines["full_name"].setText("Martin Pierre-Louis")
    assert family.placeholderText() == "Pierre-Louis (from the name)"  # the hint follows the name
    edited = form.contact()
    assert (edited.given_name, edited.family_name) == (None, None)  # split again when saved
    form.lines["full_name"].setText("Martin Pierre")
    family.setText("Martin")
    edited = form.contact()
    assert (edited.given_name, edited.family_name) == ("Pierre", "Martin")
    form.set_contact(edited)
    assert family.text() == "Martin"  # a correction is shown as typed when the contact is opened again
    family.clear()
    assert (form.contact().given_name, form.contact().family_name) == (None, None)  # cleared: the split again


def test_a_correction_typed_in_the_form_orders_the_list_by_family_name(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "lib")
    try:
        ids = {
            name: create_contact(library, Contact(full_name=name)).id or 0
            for name in ("Martin Pierre", "Alice Nadal", "Zoé Lambert")
        }
        # The split takes the last word: "Pierre" puts Martin Pierre after Alice Nadal.
        assert all_contact_ids(library, "family") == [ids["Zoé Lambert"], ids["Alice Nadal"], ids["Martin Pierre"]]
        form = ContactForm()
        qtbot.addWidget(form)
        form.set_contact(get_contact(library, ids["Martin Pierre"]))
        form.lines["family_name"].setText("Martin")
        update_contact(library, form.contact())
        stored = get_contact(library, ids["Martin Pierre"])
        assert (stored.given_name, stored.family_name) == ("Pierre", "Martin")
        assert all_contact_ids(library, "family") == [ids["Zoé Lambert"], ids["Martin Pierre"], ids["Alice Nadal"]]
    finally:
        library.close()
