"""vCard import: the RFC examples, real exports from Apple, Google and Outlook, and damaged input."""

from __future__ import annotations

import base64
import io
import time
from pathlib import Path

import pytest
from PIL import Image

from cardbook.domain.enums import PhoneKind
from cardbook.interop.records import InterchangeError
from cardbook.interop.vcard_read import read_vcards

DATA = Path(__file__).parent / "data"


def _read(name: str):  # type: ignore[no-untyped-def]
    return read_vcards((DATA / name).read_bytes())


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 25), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def test_rfc2426_examples() -> None:
    result = _read("rfc2426_examples.vcf")
    assert result.issues == []
    frank, tim = (c.contact for c in result.contacts)
    assert frank.full_name == "Frank Dawson"
    assert frank.company == "Lotus Development Corporation"
    assert frank.emails == ["Frank_Dawson@Lotus.com", "fdawson@earthlink.net"]
    assert [(p.number, p.kind) for p in frank.phones] == [
        ("+1-919-676-9515", PhoneKind.WORK),
        ("+1-919-676-9564", PhoneKind.FAX),
    ]
    assert frank.phones[0].e164 == "+19196769515"
    assert frank.websites == ["http://home.earthlink.net/~fdawson"]
    # The folded ADR line is unfolded ("Drive" + ";Raleigh") and laid out as a US address.
    assert frank.address == "6544 Battleford Drive, Raleigh, NC 27613-3502, U.S.A."
    assert tim.address == "501 E. Middlefield Rd., Mountain View, CA 94043, U.S.A."
    assert tim.family_name is None and tim.given_name is None  # no N: nothing invented
    assert result.contacts[1].index == 2 and result.contacts[1].line == 15


def test_rfc6350_example_vcard4() -> None:
    result = _read("rfc6350_example.vcf")
    assert result.issues == []
    simon = result.contacts[0].contact
    assert (simon.full_name, simon.given_name, simon.family_name) == ("Simon Perreault", "Simon", "Perreault")
    assert simon.company == "Viagenie"
    # tel: URIs with an extension, TYPE given as a quoted list.
    assert [(p.number, p.kind) for p in simon.phones] == [
        ("+1-418-656-9254 ext. 102", PhoneKind.WORK),
        ("+1-418-262-6501", PhoneKind.MOBILE),
    ]
    assert simon.phones[1].e164 == "+14182626501"
    assert simon.emails == ["simon.perreault@viagenie.ca"]
    assert simon.address == "Suite D2-630, 2875 Laurier, Quebec, QC G1V 2M2, Canada"
    assert simon.websites == ["http://nomis80.org"]
    assert "BDAY:--0203" in result.contacts[0].source_text  # what Cardbook has no field for is kept


def test_apple_export() -> None:
    result = _read("apple_export.vcf")
    assert result.issues == []
    helene, bakery = (c.contact for c in result.contacts)
    assert helene.company == "Quadrant Ingénierie SAS" and helene.department == "Direction commerciale"
    assert helene.phones[0].kind is PhoneKind.MOBILE and helene.phones[0].e164 == "+33741433377"
    assert helene.address == "26 rue du Faubourg Saint-Honoré, 35000 Rennes, France"
    assert helene.websites == ["https://quadrant-ingenierie.fr"]  # grouped "item2.URL"
    assert helene.social == ["https://www.linkedin.com/in/helene-leroy"]
    assert helene.notes == "Rencontrée au petit-déjeuner CCI, a parlé d'un projet à Nantes\nÀ rappeler en juin."
    assert helene.tags == ["Clients", "Rennes"]
    # X-ABShowAs:COMPANY: the shown name is the company's, not a person's.
    assert bakery.full_name == "" and bakery.company == "Boulangerie Martin"
    assert bakery.display_name == "Boulangerie Martin"


def test_google_export_with_escaped_colon_in_url() -> None:
    contact = _read("google_export.vcf").contacts[0].contact
    assert contact.websites == ["http://dupont-conseil.example.fr"]
    assert contact.emails == ["jf.dupont@example.fr", "jfdupont@gmail.com"]
    assert contact.title == "Gérant"
    assert contact.tags == ["myContacts", "Comptables"]


def test_vcard21_quoted_printable_and_charsets() -> None:
    result = _read("outlook_21_qp.vcf")
    assert result.issues == []
    contact = result.contacts[0].contact
    assert contact.full_name == "Émilie Lefèvre"
    assert (contact.given_name, contact.family_name) == ("Émilie", "Lefèvre")
    assert contact.company == "Horizon Conseil" and contact.department == "Société"  # ISO-8859-1
    assert contact.title == "Gérante € œ"  # Windows-1252 only characters
    assert [p.kind for p in contact.phones] == [PhoneKind.WORK, PhoneKind.MOBILE, PhoneKind.FAX]
    assert contact.emails == ["emilie@horizon.fr"]
    assert contact.address == "26 rue du Faubourg Saint-Honoré, 35000 Rennes, France"
    # CRLF encoded as =0D=0A becomes a newline; soft line breaks join the lines.
    assert contact.notes == "Première ligne\nDeuxième ligne, très longue qui continue après une coupure douce"


def test_vcard21_raw_latin1_bytes_and_bare_parameters() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lef\xe8vre;\xc9milie\r\nTEL;HOME;VOICE:01 23 45 67 89\r\n"
        b"TEL;PREF;WORK;FAX:01 23 45 67 80\r\nEND:VCARD\r\n"
    )
    contact = read_vcards(data).contacts[0].contact
    assert contact.full_name == "Émilie Lefèvre"
    assert [p.kind for p in contact.phones] == [PhoneKind.HOME, PhoneKind.FAX]


def test_photos_in_every_spelling() -> None:
    jpeg = base64.b64encode(_jpeg())
    cards = [
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + jpeg + b"\r\nEND:VCARD\r\n",
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:B\r\nPHOTO;JPEG;ENCODING=BASE64:\r\n "
        + jpeg[:40]
        + b"\r\n "
        + jpeg[40:]
        + b"\r\n\r\nEND:VCARD\r\n",
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:C\r\nPHOTO:data:image/jpeg;base64," + jpeg + b"\r\nEND:VCARD\r\n",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:D\r\nPHOTO;VALUE=uri:https://example.com/d.jpg\r\nEND:VCARD\r\n",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:E\r\nPHOTO;ENCODING=b;TYPE=JPEG:bm90IGFuIGltYWdl\r\nEND:VCARD\r\n",
    ]
    result = read_vcards(b"".join(cards))
    assert [c.photo_type for c in result.contacts] == ["jpeg", "jpeg", "jpeg", None, None]
    assert result.contacts[1].photo == _jpeg()
    # Photos that cannot be used are warnings: the card is imported without them (never fetched online).
    assert [(w.index, w.skipped) for w in result.warnings] == [(4, False), (5, False)]
    assert "not fetched" in result.warnings[0].reason


def test_bad_cards_are_reported_and_skipped_the_others_imported() -> None:
    """A line that is not understood costs that line only (a warning naming the card); a card is skipped only
    when nothing a contact needs can be read from it."""
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nthis line has no colon\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nothing to call this person by\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bin\x00ary\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good Two\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut short\r\n"
    )
    result = read_vcards(data)
    assert [c.contact.full_name for c in result.contacts] == ["Good One", "Broken", "Good Two"]
    assert [(i.index, i.line) for i in result.skipped] == [(3, 10), (4, 14), (6, 22)]
    reasons = [i.describe() for i in result.skipped]
    assert "no name, company, email or phone" in reasons[0]
    assert "no name, company, email or phone" in reasons[1] and "first at line 16" in reasons[1]
    assert "cut short" in reasons[2]
    warnings = [i.describe() for i in result.warnings]
    assert warnings[0].startswith("card 2 (Broken) (line 8): not a vCard line")
    assert "kept in the stored original" in warnings[0]
    assert "this line has no colon" in result.contacts[1].source_text
    assert all("\n" not in r for r in reasons + warnings)


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, b"Name,Email\r\nA,a@b.c\r\n", b"\xff\xfe\x00"],
)
def test_a_file_that_is_not_a_vcard_raises_one_clear_error(data: bytes) -> None:
    with pytest.raises(InterchangeError):
        read_vcards(data)


def test_utf16_file_with_bom() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ærø\r\nEND:VCARD\r\n"
    for encoding in ("utf-16", "utf-16-be"):
        data = text.encode(encoding) if encoding == "utf-16" else b"\xfe\xff" + text.encode(encoding)
        assert read_vcards(data).contacts[0].contact.full_name == "Zoë Ærø"


def test_truncated_and_garbage_input_never_raises() -> None:
    source = (DATA / "apple_export.vcf").read_bytes() + (DATA / "outlook_21_qp.vcf").read_bytes()
    for cut in range(1, len(source), 7):
        try:
            result = read_vcards(source[:cut])
        except InterchangeError:
            assert b"BEGIN:VCARD" not in source[:cut]
        else:
            assert len(result.contacts) + len(result.skipped) >= 1
    garbage = bytes((i * 7919) % 256 for i in range(20000))
    result = read_vcards(b"BEGIN:VCARD\r\n" + garbage + b"\r\nEND:VCARD\r\n")
    assert result.contacts == [] and len(result.skipped) == 1


def test_a_2mb_line_does_not_hang() -> None:
    huge_note = b"NOTE:" + b"a\\,b;" * 400_000
    no_colon = b"X" * 2_000_000
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long Note\r\n" + huge_note + b"\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No colon\r\n" + no_colon + b"\r\nEND:VCARD\r\n"
        b'BEGIN:VCARD\r\nVERSION:3.0\r\nFN;X="' + b"q" * 2_000_000 + b"\r\nEND:VCARD\r\n"
    )
    start = time.process_time()  # this process's CPU time: other work on a shared machine does not count
    result = read_vcards(data)
    assert time.process_time() - start < 5
    assert [c.contact.full_name for c in result.contacts] == ["Long Note", "No colon"]
    assert len(result.contacts[0].contact.notes) == 1_600_000  # "a\\,b;" unescaped
    assert len(result.skipped) == 1 and len(result.warnings) == 1  # the line without a colon: a warning


def test_ten_thousand_cards_in_reasonable_time() -> None:
    """Reading grows linearly with the file: 10,000 cards cost about ten times 1,000 (a quadratic step would
    make it a hundred). A ratio of CPU times, not a wall-clock limit, so a busy machine does not fail it."""
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lefèvre;Émilie {i};;;\r\nFN:Émilie {i} Lefèvre\r\nORG:Horizon;Ventes\r\n"
        "TEL;TYPE=CELL:06 12 34 {a:02d} {b:02d}\r\nEMAIL;TYPE=INTERNET:e{i}@horizon.fr\r\n"
        "ADR;TYPE=WORK:;;26 rue X;Rennes;;35000;France\r\nNOTE:note {i}\\nsecond line\r\nEND:VCARD\r\n"
    )

    def cpu_seconds(count: int) -> float:
        data = "".join(card.format(i=i, a=i // 100, b=i % 100) for i in range(count)).encode("utf-8")
        start = time.process_time()
        result = read_vcards(data)
        elapsed = time.process_time() - start
        assert len(result.contacts) == count and result.issues == []
        return elapsed

    small, large = cpu_seconds(1_000), cpu_seconds(10_000)
    assert large < 25 * max(small, 0.05), (small, large)


def test_vcard4_address_label_parameter_with_rfc6868_escapes() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\n"
        b'ADR;TYPE=work;LABEL="12 rue de la Paix^n75002 Paris^nFrance":;;12 rue de la Paix;Paris;;75002;France\r\n'
        b"END:VCARD\r\n"
    )
    assert read_vcards(data).contacts[0].contact.address == "12 rue de la Paix, 75002 Paris, France"
