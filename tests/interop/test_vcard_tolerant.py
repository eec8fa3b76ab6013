"""Tolerant vCard reading: what real writers put in cards beside RFC 2425/2426/6350 and vCard 2.1.

Each fixture is written here from the specifications and the writers' documented habits (Windows Contacts'
X-WAB-* names, KDE's X-messaging/* names, Apple's grouped item1. properties with X-ABLabel, Android 2.1's
backslash continuations, 2.1 base64 over unindented lines, 2.1 AGENT nested cards). A line that is not
understood costs that line only: the card is imported, the line is reported and kept in the stored original.
"""

from __future__ import annotations

import base64
import io

from PIL import Image

from cardbook.domain.enums import PhoneKind
from cardbook.interop.vcard_read import read_vcards


def _card(*lines: str, version: str = "3.0") -> bytes:
    body = "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"])
    return (body + "\r\n").encode("utf-8")


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 25), (30, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def test_windows_contacts_x_wab_property_does_not_drop_the_card() -> None:
    result = read_vcards(_card("N:Nguyen;Anh;;;", "FN:Anh Nguyen", "X-WAB-GENDER:2", "TEL;HOME:0612345678"))
    assert [c.contact.full_name for c in result.contacts] == ["Anh Nguyen"]
    assert result.issues == []  # a property Cardbook has no field for is not a problem: it is in the original
    assert "X-WAB-GENDER:2" in result.contacts[0].source_text


def test_kde_messaging_property_name_with_a_slash_is_a_property() -> None:
    result = read_vcards(_card("FN:Kim Osei", "X-messaging/xmpp-All:kim@jabber.example", "EMAIL:kim@example.org"))
    assert [c.contact.full_name for c in result.contacts] == ["Kim Osei"]
    assert result.issues == []


def test_a_bare_fn_line_is_reported_and_the_name_comes_from_n() -> None:
    result = read_vcards(_card("N:Okafor;Ada;;;", "FN", "EMAIL:ada@example.org"))
    assert [c.contact.full_name for c in result.contacts] == ["Ada Okafor"]
    [warning] = result.warnings
    assert warning.line == 4 and not warning.skipped
    text = warning.describe()
    assert text.startswith("card 1 (Ada Okafor) (line 4): ") and "no 'NAME:value'" in text and "\n" not in text


def test_comment_lines_are_reported_and_kept_in_the_original() -> None:
    result = read_vcards(_card("# exported by hand", "FN:Lea Roux", "TEL;TYPE=CELL:06 11 22 33 44"))
    [imported] = result.contacts
    assert imported.contact.full_name == "Lea Roux"
    assert [w.line for w in result.warnings] == [3]
    assert "comment" in result.warnings[0].reason
    assert "# exported by hand" in imported.source_text


def test_vcard21_quoted_printable_soft_line_breaks() -> None:
    data = _card(
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Fran=C3=A7ois;L=C3=A9a;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:L=C3=A9a Fran=C3=A7ois",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:premi=C3=A8re ligne=0D=0A=",
        "deuxi=C3=A8me ligne qui continue=",
        " ici",
        version="2.1",
    )
    [imported] = read_vcards(data).contacts
    assert imported.contact.full_name == "Léa François"
    assert imported.contact.notes == "première ligne\ndeuxième ligne qui continue ici"


def test_vcard21_backslash_continues_an_address_on_the_next_line() -> None:
    data = _card(
        "FN:Tom Beck",
        "ADR;HOME:;;12 Harbour Road\\",
        "Flat 3;Bristol;;BS1 4RN;United Kingdom",
        "TEL;CELL:+44 7700 900123",
        version="2.1",
    )
    result = read_vcards(data)
    assert result.issues == []
    [imported] = result.contacts
    assert imported.contact.address == "12 Harbour Road, Flat 3, Bristol BS1 4RN, United Kingdom"
    assert [p.e164 for p in imported.contact.phones] == ["+447700900123"]


def test_vcard21_base64_photo_on_unindented_lines() -> None:
    encoded = base64.b64encode(_jpeg()).decode("ascii")
    chunks = [encoded[i : i + 76] for i in range(0, len(encoded), 76)]
    assert len(chunks) > 2
    data = _card("FN:Ines Diaz", "PHOTO;ENCODING=BASE64;TYPE=JPEG:" + chunks[0], *chunks[1:], "", "TEL:0240000000",
                 version="2.1")  # fmt: skip
    result = read_vcards(data)
    assert result.issues == []
    [imported] = result.contacts
    assert imported.photo == _jpeg() and imported.photo_type == "jpeg"
    assert [p.number for p in imported.contact.phones] == ["0240000000"]


def test_grouped_properties_take_their_kind_from_x_ablabel() -> None:
    data = _card(
        "FN:Sam Lee",
        "item1.TEL:+1 202 555 0147",
        "item1.X-ABLabel:_$!<Pager>!$_",
        "item2.TEL:+1 202 555 0199",
        "item2.X-ABLabel:Mobile",
        "TEL;TYPE=WORK:+1 202 555 0100",
    )
    [imported] = read_vcards(data).contacts
    phones = [(p.e164, p.kind) for p in imported.contact.phones]
    assert phones[1:] == [("+12025550199", PhoneKind.MOBILE), ("+12025550100", PhoneKind.WORK)]
    assert phones[0][0] == "+12025550147"


def test_a_nested_agent_card_is_read_as_a_card_of_its_own() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Boss;Ella\r\nFN:Ella Boss\r\nAGENT:\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Aide;Paul\r\nFN:Paul Aide\r\nTEL;WORK:+33 1 40 00 00 01\r\nEND:VCARD\r\n"
        b"TEL;WORK:+33 1 40 00 00 00\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data)
    assert result.skipped == []
    by_name = {c.contact.full_name: c for c in result.contacts}
    assert set(by_name) == {"Ella Boss", "Paul Aide"}
    assert [p.e164 for p in by_name["Ella Boss"].contact.phones] == ["+33140000000"]
    assert [p.e164 for p in by_name["Paul Aide"].contact.phones] == ["+33140000001"]
    assert "FN:Paul Aide" in by_name["Ella Boss"].source_text  # the parent's original keeps what it held


def test_a_card_cut_short_by_the_next_one_is_still_reported() -> None:
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Whole\r\nEND:VCARD\r\n"
    result = read_vcards(data)
    assert [c.contact.full_name for c in result.contacts] == ["Whole"]
    assert [i.index for i in result.skipped] == [1]


def test_many_unreadable_lines_are_counted_not_listed_one_by_one() -> None:
    data = _card("FN:Noisy Card", *[f"garbage line {i}" for i in range(12)])
    result = read_vcards(data)
    assert [c.contact.full_name for c in result.contacts] == ["Noisy Card"]
    warnings = result.warnings
    assert len(warnings) == 6 and "and 7 more lines" in warnings[-1].reason
