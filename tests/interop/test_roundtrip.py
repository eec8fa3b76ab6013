"""Round trips: what Cardbook writes, Cardbook reads back the same — for vCard and every CSV layout.

Values are generated with accents, commas, semicolons, backslashes, quotes, newlines (in notes), emoji, leading
"=" and "+" (formula look-alikes) and very long strings.
"""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.domain.text import fold
from cardbook.interop.csv_layouts import CsvLayout
from cardbook.interop.csv_read import read_csv
from cardbook.interop.csv_write import CsvOptions, write_csv
from cardbook.interop.history import MARKER
from cardbook.interop.names import structured_name
from cardbook.interop.records import ExportRecord
from cardbook.interop.vcard_read import read_vcards
from cardbook.interop.vcard_write import write_vcard

SPECIAL = [",", ";", "\\", ":", '"', "'", "=", "+", "-", "@", "é", "È", "œ", "ß", "😀", "👩‍💼", "€", "\t", " :::"]
_chars = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff\x85")
_raw = st.lists(st.one_of(_chars, st.sampled_from(SPECIAL)), max_size=40).map("".join)
_long = st.sampled_from(["é" * 3000, "a;b,c\\" * 700, "😀" * 1200])


def _single_line(text: str) -> str:
    return " ".join(text.split())


single = st.one_of(_raw, _long).map(_single_line).filter(bool)
optional = st.one_of(st.none(), single)
notes = st.one_of(
    st.lists(st.one_of(_chars, st.sampled_from([*SPECIAL, "\n", "\n\n"])), max_size=200).map("".join),
    _long,
).filter(lambda n: MARKER not in n)
_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçñ0123456789-_.", min_size=1, max_size=15)
emails = st.lists(st.builds(lambda a, b: f"{a}@{b}.fr", _word, _word), max_size=4, unique_by=str.casefold)
phones = st.lists(
    st.builds(
        Phone,
        st.text(alphabet="0123456789 +()-.", min_size=1, max_size=20).map(_single_line).filter(bool),
        st.none(),
        st.sampled_from(list(PhoneKind)),
    ),
    max_size=5,
    unique_by=lambda p: p.number,
)
urls = st.lists(
    st.builds(lambda a, b: f"https://{a}.example/{b}", _word, st.text(alphabet="abcé/?=&%~,;:", max_size=20)),
    max_size=3,
    unique_by=str.casefold,
)
addresses = st.one_of(
    st.none(),
    single,
    st.builds(
        lambda n, s, c, t: f"{n} rue {s}, {c:05d} {t}", st.integers(1, 300), _word, st.integers(1000, 99999), _word
    ),
)
tags = st.lists(
    st.text(alphabet="abcdefghijéèçàœ -_'😀0123456789", min_size=1, max_size=20).map(_single_line).filter(bool),
    max_size=4,
    unique_by=str.casefold,
)
contacts = st.builds(
    Contact,
    full_name=single,
    given_name=optional,
    family_name=optional,
    title=optional,
    company=optional,
    department=optional,
    emails=emails,
    phones=phones,
    websites=urls,
    address=addresses,
    social=urls,
    notes=notes,
    tags=tags,
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _common(before: Contact, after: Contact) -> None:
    assert (after.title, after.company, after.department) == (before.title, before.company, before.department)
    assert after.emails == before.emails
    assert after.address == before.address
    assert after.notes == before.notes
    assert structured_name(after.full_name, after.given_name, after.family_name) == structured_name(
        before.full_name, before.given_name, before.family_name
    )


@SETTINGS
@given(contacts)
def test_vcard_round_trip(contact: Contact) -> None:
    result = read_vcards(write_vcard(ExportRecord(contact)))
    assert result.issues == []
    (back,) = (c.contact for c in result.contacts)
    _common(contact, back)
    assert back.full_name == contact.full_name
    assert [(p.number, p.kind) for p in back.phones] == [(p.number, p.kind) for p in contact.phones]
    assert back.websites == contact.websites and back.social == contact.social
    assert back.tags == contact.tags


def _csv(contact: Contact, options: CsvOptions) -> Contact:
    out = io.StringIO(newline="")
    write_csv([ExportRecord(contact)], out, options)
    data = out.getvalue().encode("utf-8")
    result = read_csv(data)
    assert result.issues == []
    (back,) = (c.contact for c in result.contacts)
    return back


@SETTINGS
@given(contacts)
def test_google_csv_round_trip(contact: Contact) -> None:
    back = _csv(contact, CsvOptions(CsvLayout.GOOGLE))
    _common(contact, back)
    assert back.full_name == contact.full_name
    assert [(p.number, p.kind) for p in back.phones] == [(p.number, p.kind) for p in contact.phones]
    assert back.websites == contact.websites and back.social == contact.social
    assert back.tags == contact.tags


@SETTINGS
@given(contacts)
def test_outlook_csv_round_trip(contact: Contact) -> None:
    back = _csv(contact, CsvOptions(CsvLayout.OUTLOOK))
    _common(contact, back)
    # Outlook has no full-name column: the printed name comes back through the e-mail display name when it is
    # made of the first and last names ("DUPONT Jean"); otherwise Outlook's own "First Last" is what remains.
    first_last = " ".join(structured_name(contact.full_name, contact.given_name, contact.family_name))
    if contact.emails and sorted(fold(contact.full_name).split()) == sorted(fold(first_last).split()):
        assert back.full_name == contact.full_name
    # Outlook files phones by kind in fixed columns: the order changes, nothing is lost.
    assert sorted((p.number, p.kind) for p in back.phones) == sorted((p.number, p.kind) for p in contact.phones)
    assert back.websites == contact.websites and back.social == contact.social
    assert back.tags == contact.tags


@SETTINGS
@given(contacts, st.booleans())
def test_spreadsheet_csv_round_trip(contact: Contact, excel_fr: bool) -> None:
    options = CsvOptions(CsvLayout.SPREADSHEET, separator=";" if excel_fr else ",", bom=excel_fr)
    back = _csv(contact, options)
    _common(contact, back)
    assert back.full_name == contact.full_name
    assert (back.given_name, back.family_name) == (contact.given_name, contact.family_name)
    assert sorted((p.number, p.kind) for p in back.phones) == sorted((p.number, p.kind) for p in contact.phones)
    assert back.websites == contact.websites and back.social == contact.social
    assert back.tags == contact.tags
