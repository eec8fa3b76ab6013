"""The contact pane shows and edits what address books hold beside the card (migration 0005): several postal
addresses with their kind and parts, nickname, birthday, anniversary, instant messaging, e-mail kinds and the
finer kinds of phones."""

from __future__ import annotations

from cardbook.domain.contact import Contact, Phone, PostalAddress
from cardbook.domain.enums import PhoneKind
from cardbook.interop.addresses import with_addresses
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from tests.ui.conftest import open_window
from tests.ui.helpers import label_texts, show_contact

WORK = PostalAddress("work", "26 rue du Faubourg Saint-Honoré", "", "Rennes", "", "35000", "France")
HOME = PostalAddress("home", "8 chemin des Vignes", "Bât. B", "Beaune", "", "21200", "France")


def _ada(lib: Library) -> int:
    contact = Contact(
        full_name="Ada Okafor",
        company="Okafor Conseil",
        nickname="Adi",
        birthday="--04-15",
        anniversary="2005-06-21",
        emails=["ada@okafor.example", "ada@home.example"],
        email_kinds={"ada@home.example": "home"},
        phones=[
            Phone("+33 6 12 34 56 78", "+33612345678", PhoneKind.OTHER, "pager"),
            Phone("+33 2 99 00 00 00", "+33299000000", PhoneKind.WORK, "main"),
        ],
        im=["skype:ada.okafor"],
    )
    with_addresses(contact, [WORK, HOME])
    created = contacts.create_contact(lib, contact)
    assert created.id is not None
    return created.id


def test_the_pane_shows_every_field_address_books_hold(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    contact_id = _ada(lib)
    window = open_window(qtbot, lib)  # opened after: its list holds the new contact
    assert show_contact(qtbot, window, contact_id)
    texts = label_texts(window.contacts_page.pane.scroll_area.widget())
    assert "Adi" in texts
    assert "26 rue du Faubourg Saint-Honoré, 35000 Rennes, France (work)" in texts
    assert "Bât. B, 8 chemin des Vignes, 21200 Beaune, France (home)" in texts
    assert "+33 6 12 34 56 78 (pager)" in texts and "+33 2 99 00 00 00 (main line)" in texts
    assert any("ada@home.example" in t and "(home)" in t for t in texts)
    assert "skype:ada.okafor" in texts
    assert "April 15" in texts or "15 April" in texts or "Apr 15" in texts or "15 Apr" in texts  # no year
    assert any("2005" in t for t in texts)  # the anniversary, with its year


def test_the_form_edits_them_and_the_save_keeps_them(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    contact_id = _ada(lib)
    window = open_window(qtbot, lib)  # opened after: its list holds the new contact
    assert show_contact(qtbot, window, contact_id)
    window.commands.edit_contact.trigger()
    pane = window.contacts_page.pane
    form = pane.editor.form
    # What the form shows: the first address as a line with its kind, the others in their parts.
    assert form.address.toPlainText() == "26 rue du Faubourg Saint-Honoré, 35000 Rennes, France"
    assert form.address_kind.currentData() == "work"
    [home] = form.more_addresses.blocks
    assert (home.kind.currentData(), home.parts["extended"].text(), home.parts["city"].text()) == (
        "home", "Bât. B", "Beaune",
    )  # fmt: skip
    assert [row.place() for row in form.emails.rows] == ["work", "home"]
    assert [(row.phone_kind(), row.phone_label()) for row in form.phones.rows] == [
        (PhoneKind.OTHER, "pager"), (PhoneKind.WORK, "main"),
    ]  # fmt: skip
    assert [row.edit.text() for row in form.im.rows] == ["skype:ada.okafor"]

    # Edit each: a third address in parts, the home one moved to other, an e-mail made "other", a phone made a
    # home fax, a handle added, nickname and birthday changed.
    form.lines["nickname"].setText("Ady")
    form.lines["birthday"].setText("1980-04-15")
    home.kind.setCurrentIndex(home.kind.findData("other"))
    third = form.more_addresses.add_block(PostalAddress(kind="home"))
    third.parts["street"].setText("1 Main St")
    third.parts["city"].setText("Springfield")
    third.parts["region"].setText("IL")
    third.parts["postcode"].setText("62704")
    form.emails.rows[1].set_place("other")
    form.phones.rows[1].set_phone_kind(PhoneKind.FAX, label="home")
    form.im.add_row("xmpp:ada@jabber.example")
    form.address_kind.setCurrentIndex(form.address_kind.findData("home"))
    pane.editor.saveRequested.emit()
    qtbot.waitUntil(lambda: not pane.is_editing() or bool(pane.editor.problem.text.text()), timeout=10_000)
    assert not pane.is_editing(), pane.editor.problem.text.text()

    saved = contacts.get_contact(lib, contact_id)
    assert saved.addresses == [
        PostalAddress("home", *[getattr(WORK, k) for k in ("street", "extended", "city", "region", "postcode",
                                                           "country", "po_box")]),
        PostalAddress("other", *[getattr(HOME, k) for k in ("street", "extended", "city", "region", "postcode",
                                                            "country", "po_box")]),
        PostalAddress("home", "1 Main St", "", "Springfield", "IL", "62704", ""),
    ]  # fmt: skip
    assert (saved.nickname, saved.birthday, saved.anniversary) == ("Ady", "1980-04-15", "2005-06-21")
    assert saved.email_kinds == {"ada@home.example": "other"}
    assert [(p.kind, p.label) for p in saved.phones] == [(PhoneKind.OTHER, "pager"), (PhoneKind.FAX, "home")]
    assert saved.im == ["skype:ada.okafor", "xmpp:ada@jabber.example"]


def test_a_typed_first_address_is_split_and_an_emptied_one_promotes_the_next(  # type: ignore[no-untyped-def]
    qtbot, lib: Library
) -> None:
    contact_id = _ada(lib)
    window = open_window(qtbot, lib)  # opened after: its list holds the new contact
    assert show_contact(qtbot, window, contact_id)
    window.commands.edit_contact.trigger()
    pane = window.contacts_page.pane
    form = pane.editor.form
    form.address.setPlainText("3 rue Neuve, 69002 Lyon")
    contact = form.contact()
    assert contact.addresses[0] == PostalAddress("work", "3 rue Neuve", "", "Lyon", "", "69002", "")
    assert contact.addresses[1:] == [HOME]
    form.address.setPlainText("")
    assert (
        form.contact().addresses == [HOME]
        and form.contact().address == "Bât. B, 8 chemin des Vignes, 21200 Beaune, France"
    )
    pane.editor.cancelRequested.emit()


def test_a_draft_keeps_the_new_fields(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    """Unsaved changes are kept as a draft (field_values) and put back (set_field_values) with the new fields."""
    contact_id = _ada(lib)
    window = open_window(qtbot, lib)  # opened after: its list holds the new contact
    assert show_contact(qtbot, window, contact_id)
    window.commands.edit_contact.trigger()
    form = window.contacts_page.pane.editor.form
    form.emails.rows[1].set_place("other")
    form.more_addresses.blocks[0].parts["city"].setText("Dijon")
    form.im.add_row("matrix:@ada:example.org")
    values = form.field_values()
    expected = form.contact()
    form.set_contact(contacts.get_contact(lib, contact_id))  # back to the stored values
    assert form.contact() != expected
    form.set_field_values(values)
    restored = form.contact()
    assert (restored.email_kinds, restored.addresses, restored.im) == (
        expected.email_kinds, expected.addresses, expected.im,
    )  # fmt: skip
    window.contacts_page.pane.editor.cancelRequested.emit()
