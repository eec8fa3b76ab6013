"""The contact form on its own: checks as you type, doubtful fields marked with an icon and a word, clicked
lines going into the field last used."""

from __future__ import annotations

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.domain.scanned import FieldProposal
from cardbook.ui.common.validation import check_email, check_phone
from cardbook.ui.contacts.form import ContactForm


def test_email_and_phone_checks() -> None:
    assert check_email("anne@exemple.fr").ok and check_email("").ok and check_email("élodie@café.fr").ok
    assert not check_email("anne.exemple.fr").ok and not check_email("anne@exemple").ok
    mobile = check_phone("06 12 34 56 78", "FR")
    assert (mobile.e164, mobile.kind, mobile.verdict.ok) == ("+33612345678", PhoneKind.MOBILE, True)
    assert check_phone("04 72 10 20 30", "FR").kind is PhoneKind.WORK
    assert check_phone("+44 20 7946 0958", "FR").e164 == "+442079460958"  # a foreign number keeps its country
    assert check_phone("(650) 555-0142", "US").e164 == "+16505550142"


def test_a_number_not_valid_in_the_region_is_a_warning_never_an_error() -> None:
    """Kept as printed (no E.164), with words saying why: it must never block Accept or Save."""
    for text, region in (("12", "FR"), ("call me", "FR"), ("3345-1207", "BR"), ("(650) 555-0142", "FR"),
                         ("555 0142", None)):  # fmt: skip
        result = check_phone(text, region)
        assert result.verdict.ok and result.verdict.warning and result.e164 is None, text
        assert result.verdict.message.startswith("Kept as printed"), text
    assert "Brazil (+55)" in check_phone("3345-1207", "BR").verdict.message


def test_doubtful_fields_get_an_icon_and_a_word(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ContactForm()
    qtbot.addWidget(form)
    form.set_contact(Contact(full_name="Hélène Leroy", phones=[Phone("06 12 34 56 78", None, PhoneKind.MOBILE)]))
    form.set_proposals(
        {"name": [FieldProposal("Hélène Leroy", 0.41)], "phones": [FieldProposal("06 12 34 56 78", 0.95)]}
    )
    assert form.doubtful_fields() == ["full_name"]
    label = form.labels["full_name"]
    assert label.flag.text() == "check" and not label.mark.isHidden()
    assert "41%" in label.toolTip()
    assert form.labels["phones"].flag.isHidden()


def test_a_clicked_line_goes_into_the_field_last_used(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ContactForm()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.set_contact(Contact(full_name="X"))
    assert form.put_text("Quadrant SAS").objectName() == "full_name"  # no field used yet: the name
    form.lines["company"].setFocus()
    qtbot.waitUntil(form.lines["company"].hasFocus)
    form.put_text("Quadrant Ingénierie SAS")
    form.address.setFocus()
    qtbot.waitUntil(form.address.hasFocus)
    form.put_text("26 rue du Faubourg")
    form.put_text("35000 Rennes")  # the address gathers lines
    contact = form.contact()
    assert contact.company == "Quadrant Ingénierie SAS"
    assert contact.address == "26 rue du Faubourg\n35000 Rennes"


def test_a_value_proposed_from_an_earlier_correction_says_so_until_edited(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ContactForm()
    qtbot.addWidget(form)
    form.set_contact(Contact(full_name="Lars Berg", company="Nordvik Operations SAS"))
    form.set_proposals(
        {
            "name": [FieldProposal("Lars Berg", 0.93)],
            "company": [FieldProposal("Nordvik Operations SAS", 0.9, source="learned")],
        }
    )
    company, name = form.labels["company"], form.labels["full_name"]
    assert not company.learned.isHidden() and company.learned.text() == "from your earlier correction"
    assert name.learned.isHidden()
    qtbot.keyClicks(form.lines["company"], "!")  # the user's own edit: no longer the learned value
    assert company.learned.isHidden()


def test_the_form_edits_nickname_and_dates_and_keeps_what_it_does_not_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Nickname, birthday and anniversary are fields; further addresses, other names, IM handles and a phone's
    finer kind (pager) have no field and survive an edit of the form."""
    from cardbook.domain.contact import PostalAddress
    from cardbook.interop.addresses import with_addresses

    form = ContactForm()
    qtbot.addWidget(form)
    pager = Phone("+1 202 555 0147", "+12025550147", PhoneKind.OTHER, "pager")
    base = Contact(full_name="Robert Smith", phones=[pager], other_names=["Bob Smith"],
                   im=["xmpp:bob@jabber.example"], birthday="--04-15")  # fmt: skip
    home = PostalAddress("home", "8 chemin des Vignes", city="Beaune", postcode="21200")
    with_addresses(base, [PostalAddress("work", "1 Main St"), home])
    form.set_contact(base)
    assert form.lines["birthday"].text() == "--04-15"
    form.lines["nickname"].setText("Bob")
    form.lines["anniversary"].setText("2001-09-08")
    edited = form.contact()
    assert (edited.nickname, edited.birthday, edited.anniversary) == ("Bob", "--04-15", "2001-09-08")
    assert [(p.number, p.label) for p in edited.phones] == [("+1 202 555 0147", "pager")]
    assert (edited.other_names, edited.im, edited.addresses) == (base.other_names, base.im, base.addresses)
    assert form.field_values()["nickname"] == "Bob"  # a draft of unsaved changes keeps the new fields too


def test_values_wider_than_their_field_show_their_beginning(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ContactForm()
    qtbot.addWidget(form)
    form.resize(420, 600)
    email = "helene.leroy-dumas@quadrant-ingenierie-et-conseil.example"
    company = "Quadrant Ingénierie et Conseil en Bâtiment Durable SAS"
    form.set_contact(Contact(full_name="Hélène Leroy", company=company, emails=[email]))
    form.show()
    [email_edit] = form.emails.editors()
    company_edit = form.lines["company"]
    assert email_edit.text() == email and company_edit.text() == company
    assert email_edit.cursorPosition() == 0 and company_edit.cursorPosition() == 0
    # Focus given by the program (a shortcut back to the fields): what is typed goes after the value.
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    company_edit.setFocus()
    qtbot.waitUntil(company_edit.hasFocus)
    qtbot.keyClicks(company_edit, "!")
    assert company_edit.text() == company + "!"
