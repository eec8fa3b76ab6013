"""What address books hold beside the card: several addresses in parts with their kind, nickname, birthday,
anniversary, instant messaging, email kinds, finer phone kinds, other names — read from the spellings of
RFC 2426/6350/4770 and the writers' X- properties, written back in vCard 3.0, Google CSV and Outlook CSV."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardbook.domain.contact import Contact, Phone, PostalAddress
from cardbook.domain.enums import PhoneKind
from cardbook.interop.addresses import address_line, postal_addresses, with_addresses
from cardbook.interop.csv_layouts import CsvLayout
from cardbook.interop.csv_read import read_csv
from cardbook.interop.csv_write import CsvOptions, write_csv
from cardbook.interop.phones import make_phone
from cardbook.interop.records import ExportRecord
from cardbook.interop.vcard_read import read_vcards
from cardbook.interop.vcard_write import contact_vcard

HOME = PostalAddress("home", "8 chemin des Vignes", "Bât. B", "Beaune", "", "21200", "France")
WORK = PostalAddress("work", "1 Main St", "Suite 400", "Springfield", "IL", "62704", "USA", "PO Box 12")
OTHER = PostalAddress("other", "Lager 3\nHalle 2")  # kept whole: it does not split


def _full() -> Contact:
    contact = Contact(
        full_name="Robert Smith",
        company="Acme",
        emails=["bob@acme.example", "bob@home.example", "old@isp.example"],
        email_kinds={"bob@home.example": "home", "old@isp.example": "other"},
        phones=[
            make_phone("+1 202 555 0147", PhoneKind.OTHER, "US"),
            make_phone("+1 202 555 0100", PhoneKind.WORK, "US"),
            make_phone("+33 3 80 00 00 00", PhoneKind.FAX, "US"),
        ],
        nickname="Bob",
        birthday="1980-04-15",
        anniversary="--06-21",
        im=["xmpp:bob@jabber.example", "skype:bob.smith"],
        other_names=["Bobby Smith"],
    )
    contact.phones = [
        Phone(contact.phones[0].number, contact.phones[0].e164, PhoneKind.OTHER, "pager"),
        Phone(contact.phones[1].number, contact.phones[1].e164, PhoneKind.WORK, "main"),
        Phone(contact.phones[2].number, contact.phones[2].e164, PhoneKind.FAX, "home"),
    ]
    with_addresses(contact, [WORK, HOME, OTHER])
    return contact


def test_spec_spellings_are_read() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Okafor\r\nN:Okafor;Ada;;;\r\n"
        "NICKNAME:Adi,Ady\r\n"
        "BDAY:19800415\r\n"
        "X-WAB-WEDDING_ANNIVERSARY:2005-06-21\r\n"
        "IMPP;X-SERVICE-TYPE=Skype:skype:ada.okafor\r\n"
        "X-JABBER;TYPE=HOME:ada@jabber.example\r\n"
        "X-messaging/aim-All:adaaim\r\n"
        "EMAIL;TYPE=INTERNET,HOME:ada@home.example\r\n"
        "EMAIL;TYPE=INTERNET:ada@work.example\r\n"
        "TEL;TYPE=PAGER:+1 202 555 0147\r\n"
        "item1.TEL:+1 202 555 0100\r\nitem1.X-ABLabel:_$!<Main>!$_\r\n"
        "TEL;TYPE=CELL,TEXT:+1 202 555 0199\r\n"
        "ADR;TYPE=HOME:;Bât. B;8 chemin des Vignes;Beaune;;21200;France\r\n"
        "LABEL;TYPE=HOME:8 chemin des Vignes\\nBeaune\r\n"
        "item2.ADR:;;1 Main St;Springfield;IL;62704;USA\r\nitem2.X-ABLabel:_$!<Work>!$_\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Year Less\r\nBDAY:--0415\r\nANNIVERSARY:20050621T000000Z\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Apple Omit\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15\r\n"
        "item1.X-ABDATE:2010-09-01\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\nEND:VCARD\r\n"
    ).encode()
    result = read_vcards(data)
    assert result.issues == []
    ada, year_less, apple = (c.contact for c in result.contacts)
    assert ada.nickname == "Adi, Ady"
    assert (ada.birthday, ada.anniversary) == ("1980-04-15", "2005-06-21")
    assert ada.im == ["skype:ada.okafor", "xmpp:ada@jabber.example", "aim:adaaim"]
    assert ada.email_kinds == {"ada@home.example": "home"}
    assert [(p.kind, p.label) for p in ada.phones] == [
        (PhoneKind.OTHER, "pager"),
        (PhoneKind.WORK, "main"),
        (PhoneKind.MOBILE, "text"),
    ]
    # The ADR's parts win over a LABEL that leaves the country out; each address keeps its kind.
    assert ada.addresses == [
        PostalAddress("home", "8 chemin des Vignes", "Bât. B", "Beaune", "", "21200", "France"),
        PostalAddress("work", "1 Main St", "", "Springfield", "IL", "62704", "USA"),
    ]
    assert ada.address == "Bât. B, 8 chemin des Vignes, 21200 Beaune, France"
    assert (year_less.birthday, year_less.anniversary) == ("--04-15", "2005-06-21")
    assert (apple.birthday, apple.anniversary) == ("--04-15", "2010-09-01")


def test_vcard_carries_every_field_and_reads_them_back() -> None:
    original = _full()
    card = contact_vcard(original).decode()
    assert "ADR;TYPE=WORK:PO Box 12;Suite 400;1 Main St;Springfield;IL;62704;USA\r\n" in card
    assert "ADR;TYPE=HOME:;Bât. B;8 chemin des Vignes;Beaune;;21200;France\r\n" in card
    assert "ADR;TYPE=OTHER:;;Lager 3\\nHalle 2;;;;\r\n" in card
    for line in ("NICKNAME:Bob", "BDAY:1980-04-15", "X-ANNIVERSARY:--06-21", "IMPP:xmpp:bob@jabber.example",
                 "EMAIL;TYPE=INTERNET,HOME:bob@home.example", "EMAIL;TYPE=INTERNET,OTHER:old@isp.example",
                 "TEL;TYPE=PAGER:+1 202-555-0147", "TEL;TYPE=WORK,VOICE,MAIN:+1 202-555-0100",
                 "TEL;TYPE=HOME,FAX:+33 3 80 00 00 00", "X-CARDBOOK-OTHER-NAME:Bobby Smith"):  # fmt: skip
        assert line + "\r\n" in card, line
    [back] = read_vcards(card.encode()).contacts
    copy = back.contact
    for name in ("addresses", "address", "nickname", "birthday", "anniversary", "im", "email_kinds", "other_names"):
        assert getattr(copy, name) == getattr(original, name), name
    assert [(p.e164, p.kind, p.label) for p in copy.phones] == [(p.e164, p.kind, p.label) for p in original.phones]


def _rows(layout: CsvLayout, contact: Contact) -> dict[str, str]:
    out = io.StringIO()
    write_csv([ExportRecord(contact)], out, CsvOptions(layout=layout))
    header, row = list(csv.reader(io.StringIO(out.getvalue())))
    return dict(zip(header, row, strict=True))


def test_google_csv_carries_addresses_birthday_nickname_anniversary_and_kinds() -> None:
    row = _rows(CsvLayout.GOOGLE, _full())
    assert (row["Nickname"], row["Birthday"]) == ("Bob", "1980-04-15")
    assert (row["Event 1 - Label"], row["Event 1 - Value"]) == ("Anniversary", "--06-21")
    assert [row[f"E-mail {i} - Label"] for i in (1, 2, 3)] == ["Work", "Home", "Other"]
    assert [row[f"Phone {i} - Label"] for i in (1, 2, 3)] == ["Pager", "Main", "Home Fax"]
    assert [row[f"Address {i} - Label"] for i in (1, 2, 3)] == ["Work", "Home", "Other"]
    assert (row["Address 1 - PO Box"], row["Address 1 - Extended Address"]) == ("PO Box 12", "Suite 400")
    assert (row["Address 2 - Postal Code"], row["Address 2 - Country"]) == ("21200", "France")
    assert row["Address 3 - Formatted"] == row["Address 3 - Street"] == "Lager 3\nHalle 2"


def test_outlook_csv_files_each_address_under_its_kind() -> None:
    row = _rows(CsvLayout.OUTLOOK, _full())
    assert (row["Business Street"], row["Business Street 2"], row["Business Address PO Box"]) == (
        "1 Main St", "Suite 400", "PO Box 12",
    )  # fmt: skip
    assert (row["Home City"], row["Home Postal Code"], row["Home Country/Region"]) == ("Beaune", "21200", "France")
    assert row["Other Street"] == "Lager 3\nHalle 2"
    assert (row["Birthday"], row["Anniversary"]) == ("1980-04-15", "--06-21")
    assert (row["Pager"], row["Company Main Phone"], row["Home Fax"]) == (
        "+1 202-555-0147", "+1 202-555-0100", "+33 3 80 00 00 00",
    )  # fmt: skip
    contact = _full()
    with_addresses(contact, [WORK, HOME, OTHER, PostalAddress("work", "2 Side Rd", city="Leeds")])
    notes = _rows(CsvLayout.OUTLOOK, contact)["Notes"]
    assert "Other address: 2 Side Rd" in notes  # no column left: kept in the notes, not dropped
    back = _read_back(CsvLayout.OUTLOOK, contact)
    assert back.addresses[-1] == PostalAddress("other", "2 Side Rd, Leeds") and "Other address" not in back.notes


def test_the_form_edits_the_first_address_and_keeps_the_others() -> None:
    contact = _full()
    contact.address = "3 rue Neuve, 69002 Lyon"
    first, *rest = postal_addresses(contact)
    assert (first.kind, first.street, first.postcode, first.city) == ("work", "3 rue Neuve", "69002", "Lyon")
    assert rest == [HOME, OTHER]
    contact.address = None
    assert postal_addresses(contact) == [HOME, OTHER]
    assert postal_addresses(Contact(address="somewhere\nelse")) == [PostalAddress("work", "somewhere\nelse")]


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20).map(
    lambda t: " ".join(t.split())
)
_address = st.builds(
    PostalAddress, st.sampled_from(["work", "home", "other"]), _text, _text, _text, _text, _text, _text, _text
).filter(lambda a: not a.is_empty())
_date = st.one_of(
    st.dates().map(lambda d: d.isoformat()).filter(lambda d: d[:4] != "1604"),
    st.dates().map(lambda d: "--" + d.isoformat()[5:]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    addresses=st.lists(_address, max_size=4),
    nickname=st.one_of(st.none(), _text.filter(lambda t: bool(t) and "," not in t)),
    birthday=st.one_of(st.none(), _date),
    anniversary=st.one_of(st.none(), _date),
    other_names=st.lists(_text.filter(bool), max_size=3, unique_by=str.casefold),
)
def test_new_fields_survive_a_vcard_round_trip(
    addresses: list[PostalAddress],
    nickname: str | None,
    birthday: str | None,
    anniversary: str | None,
    other_names: list[str],
) -> None:
    contact = Contact(full_name="Round Trip", nickname=nickname, birthday=birthday, anniversary=anniversary,
                      other_names=other_names)  # fmt: skip
    with_addresses(contact, addresses)
    [back] = read_vcards(contact_vcard(contact)).contacts
    copy = back.contact
    assert [address_line(a) for a in copy.addresses] == [address_line(a) for a in contact.addresses]
    assert copy.addresses == contact.addresses
    assert (copy.nickname, copy.birthday, copy.anniversary) == (nickname, birthday, anniversary)
    assert copy.other_names == other_names


def _read_back(layout: CsvLayout, contact: Contact) -> Contact:
    out = io.StringIO()
    write_csv([ExportRecord(contact)], out, CsvOptions(layout=layout))
    result = read_csv(out.getvalue().encode())
    assert result.issues == []
    return result.contacts[0].contact


def test_google_and_outlook_csv_read_back_every_address_and_the_fields_they_carry() -> None:
    original = _full()
    google = _read_back(CsvLayout.GOOGLE, original)
    assert google.addresses == original.addresses and google.address == original.address
    assert (google.nickname, google.birthday, google.anniversary) == ("Bob", "1980-04-15", "--06-21")
    assert google.email_kinds == original.email_kinds
    assert [(p.e164, p.kind, p.label) for p in google.phones] == [(p.e164, p.kind, p.label) for p in original.phones]
    outlook = _read_back(CsvLayout.OUTLOOK, original)
    assert outlook.addresses == original.addresses  # one per kind: Business, Home, Other
    assert (outlook.birthday, outlook.anniversary) == ("1980-04-15", "--06-21")
    assert sorted((p.e164, p.kind, p.label) for p in outlook.phones) == sorted(
        (p.e164, p.kind, p.label) for p in original.phones
    )


_csv_text = _text.filter(lambda t: ":::" not in t)  # Google's own separator of several values in one cell
_csv_address = st.builds(PostalAddress, st.sampled_from(["work", "home", "other"]), *[_csv_text] * 7).filter(
    lambda a: not a.is_empty()
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    addresses=st.lists(_csv_address, max_size=4),
    nickname=st.one_of(st.none(), _csv_text.filter(bool)),
    birthday=st.one_of(st.none(), _date),
    anniversary=st.one_of(st.none(), _date),
)
def test_new_fields_survive_a_google_csv_round_trip(
    addresses: list[PostalAddress], nickname: str | None, birthday: str | None, anniversary: str | None
) -> None:
    contact = Contact(full_name="Round Trip", nickname=nickname, birthday=birthday, anniversary=anniversary)
    with_addresses(contact, addresses)
    copy = _read_back(CsvLayout.GOOGLE, contact)
    assert copy.addresses == contact.addresses
    assert (copy.nickname, copy.birthday, copy.anniversary) == (nickname, birthday, anniversary)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    addresses=st.lists(_csv_address, max_size=3, unique_by=lambda a: a.kind).map(
        lambda found: sorted(found, key=lambda a: ["work", "home", "other"].index(a.kind))
    ),
    birthday=st.one_of(st.none(), _date),
)
def test_addresses_survive_an_outlook_csv_round_trip(addresses: list[PostalAddress], birthday: str | None) -> None:
    """One address of each kind, in Outlook's order (Business, Home, Other): each comes back in its parts."""
    contact = Contact(full_name="Round Trip", emails=["rt@example.org"], birthday=birthday)
    with_addresses(contact, addresses)
    copy = _read_back(CsvLayout.OUTLOOK, contact)
    assert copy.addresses == contact.addresses and copy.birthday == birthday
