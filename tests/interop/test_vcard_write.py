"""vCard 3.0 export: exact bytes, folding, escaping, and what other readers (vobject) make of it."""

from __future__ import annotations

import datetime as dt
import io

import vobject
from PIL import Image

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import OfferedBy, PhoneKind, Reciprocated, ReferralOutcome
from cardbook.interop.photo import jpeg_photo
from cardbook.interop.records import ExportRecord, MeetingLine, ReferralLine
from cardbook.interop.vcard_read import read_vcards
from cardbook.interop.vcard_text import fold_line, split_unescaped, unescape
from cardbook.interop.vcard_write import VCardOptions, vcard_filename, write_vcard, write_vcards

HELENE = Contact(
    full_name="Hélène LEROY",
    title="Directrice commerciale",
    company="Quadrant Ingénierie SAS",
    department="Ventes; Export",
    emails=["contact@quadrant-ingenierie.fr"],
    phones=[
        Phone("+33 (0)7 41 43 33 77", "+33741433377", PhoneKind.MOBILE),
        Phone("02 99 00 00 01", None, PhoneKind.FAX),
    ],
    websites=["quadrant-ingenierie.fr"],
    address="26 rue du Faubourg Saint-Honoré, 35000 Rennes",
    social=["linkedin.com/in/helene-leroy"],
    notes="Projet à Nantes, budget 10k€\nRappeler en juin",
    tags=["client", "Rennes"],
)


def test_exact_output() -> None:
    record = ExportRecord(
        HELENE,
        meetings=[MeetingLine(dt.date(2025, 3, 12), "Petit-déjeuner CCI", "Rennes", OfferedBy.THEM, Reciprocated.YES)],
        referrals=[ReferralLine(dt.date(2025, 4, 1), "Hélène LEROY", None, ReferralOutcome.WON)],
        networks=["CCI Ille-et-Vilaine"],
    )
    expected = (
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "PRODID:-//Cardbook//Cardbook//EN\r\n"
        "N:LEROY;Hélène;;;\r\n"
        "FN:Hélène LEROY\r\n"
        "ORG:Quadrant Ingénierie SAS;Ventes\\; Export\r\n"
        "TITLE:Directrice commerciale\r\n"
        "TEL;TYPE=CELL,VOICE:+33 7 41 43 33 77\r\n"
        "TEL;TYPE=WORK,FAX:02 99 00 00 01\r\n"
        "EMAIL;TYPE=INTERNET,WORK:contact@quadrant-ingenierie.fr\r\n"
        "URL:https://quadrant-ingenierie.fr\r\n"
        "ADR;TYPE=WORK:;;26 rue du Faubourg Saint-Honoré;Rennes;;35000;\r\n"
        "LABEL;TYPE=WORK:26 rue du Faubourg Saint-Honoré\\, 35000 Rennes\r\n"
        "X-SOCIALPROFILE;TYPE=linkedin:https://linkedin.com/in/helene-leroy\r\n"
        "NOTE:Projet à Nantes\\, budget 10k€\\nRappeler en juin\\n\\n-- Cardbook hist\r\n"
        " ory --\\nNetworks: CCI Ille-et-Vilaine\\nMet 2025-03-12 Petit-déjeuner CCI \r\n"
        " (Rennes): they offered their card\\, I gave mine\\nReferral 2025-04-01: Hél\r\n"
        " ène LEROY -> me (won)\r\n"
        "CATEGORIES:client,Rennes,CCI Ille-et-Vilaine\r\n"
        "X-CARDBOOK-ENCOUNTER:2025-03-12;Petit-déjeuner CCI;Rennes;them;yes\r\n"
        "X-CARDBOOK-REFERRAL:2025-04-01;Hélène LEROY;;won;\r\n"
        "END:VCARD\r\n"
    )
    assert write_vcard(record).decode("utf-8") == expected


def test_folding_is_at_75_octets_and_never_splits_a_character() -> None:
    for text in ["NOTE:" + "é" * 200, "NOTE:" + "a" * 73 + "😀" * 30, "NOTE:" + "x" * 75, "NOTE:" + "€" * 100]:
        folded = fold_line(text)
        assert folded.endswith(b"\r\n")
        physical = folded[:-2].split(b"\r\n")
        assert all(len(line) <= 75 for line in physical)
        assert all(line.startswith(b" ") for line in physical[1:])
        for line in physical:
            line.decode("utf-8")  # each physical line is valid UTF-8 on its own
        assert b"".join([physical[0], *(line[1:] for line in physical[1:])]).decode() == text


def test_escaping_round_trips_through_split() -> None:
    value = "a;b,c\\d\ne"
    escaped = "a\\;b\\,c\\\\d\\ne"
    from cardbook.interop.vcard_text import escape

    assert escape(value) == escaped
    assert unescape(escaped) == value
    assert [unescape(p) for p in split_unescaped("x\\;y;z\\\\;w", ";")] == ["x;y", "z\\", "w"]


def test_vobject_reads_what_we_write() -> None:
    """An independent parser agrees on every field (what Apple/Google-style readers will see)."""
    data = write_vcard(ExportRecord(HELENE, networks=["BNI"]))
    card = vobject.readOne(data.decode("utf-8"))
    assert card.fn.value == "Hélène LEROY"
    assert card.n.value.family == "LEROY" and card.n.value.given == "Hélène"
    assert card.org.value == ["Quadrant Ingénierie SAS", "Ventes; Export"]
    assert card.title.value == "Directrice commerciale"
    assert [t.value for t in card.tel_list] == ["+33 7 41 43 33 77", "02 99 00 00 01"]
    assert card.tel_list[0].params["TYPE"] == ["CELL", "VOICE"]
    assert card.email.value == "contact@quadrant-ingenierie.fr"
    assert card.adr.value.street == "26 rue du Faubourg Saint-Honoré" and card.adr.value.code == "35000"
    assert card.note.value == HELENE.notes + "\n\n-- Cardbook history --\nNetworks: BNI"
    assert card.categories.value == ["client", "Rennes", "BNI"]


def test_company_card_and_photo() -> None:
    out = io.BytesIO()
    Image.new("RGB", (1200, 700), (10, 120, 200)).save(out, "PNG")
    photo = jpeg_photo(out.getvalue())
    assert photo is not None and photo.startswith(b"\xff\xd8") and len(photo) <= 60_000
    with Image.open(io.BytesIO(photo)) as image:
        assert max(image.size) <= 480
    record = ExportRecord(Contact(company="Boulangerie Martin", phones=[Phone("04 78 00 00 00")]), photo_jpeg=photo)
    data = write_vcard(record)
    assert b"N:;;;;\r\nFN:Boulangerie Martin\r\nX-ABSHOWAS:COMPANY\r\n" in data
    assert b"PHOTO;ENCODING=b;TYPE=JPEG:" in data
    back = read_vcards(data).contacts[0]
    assert back.contact.full_name == "" and back.contact.company == "Boulangerie Martin"
    assert back.photo == photo and back.photo_type == "jpeg"
    assert b"PHOTO" not in write_vcard(record, VCardOptions(with_photo=False))


def test_unusable_images_give_no_photo() -> None:
    assert jpeg_photo(b"not an image") is None
    assert jpeg_photo(b"") is None


def test_outlook_charset_parameter_only_on_non_ascii_values() -> None:
    data = write_vcard(ExportRecord(HELENE), VCardOptions(charset_params=True)).decode()
    assert "FN;CHARSET=UTF-8:Hélène LEROY\r\n" in data
    assert "TITLE:Directrice commerciale\r\n" in data
    assert read_vcards(data.encode()).contacts[0].contact.full_name == "Hélène LEROY"


def test_several_cards_and_file_names() -> None:
    out = io.BytesIO()
    records = [ExportRecord(Contact(full_name=n)) for n in ("A/B: C", "A/B: C", "", "...")]
    assert write_vcards(records, out) == 4
    assert out.getvalue().count(b"BEGIN:VCARD") == 4
    used: set[str] = set()
    assert [vcard_filename(r, used) for r in records] == [
        "A B C.vcf",
        "A B C (2).vcf",
        "contact.vcf",
        "contact (2).vcf",
    ]


def _n_line(contact: Contact) -> str:
    [line] = [line for line in write_vcard(ExportRecord(contact)).decode().split("\r\n") if line.startswith("N:")]
    return line


def test_n_is_the_split_of_the_printed_name_or_the_stored_parts() -> None:
    """N: family;given from the domain's split (domain/person_names.py) when nothing is stored; stored parts win."""
    assert _n_line(Contact(full_name="Jean Dupont")) == "N:Dupont;Jean;;;"
    assert _n_line(Contact(full_name="DUPONT Jean")) == "N:DUPONT;Jean;;;"
    assert _n_line(Contact(full_name="Dupont, Jean")) == "N:Dupont;Jean;;;"
    assert _n_line(Contact(full_name="Ana da Silva")) == "N:da Silva;Ana;;;"
    assert _n_line(Contact(full_name="Dr Jan van der Berg")) == "N:van der Berg;Jan;;;"
    assert _n_line(Contact(full_name="WANG Li")) == "N:WANG;Li;;;"
    assert _n_line(Contact(full_name="Madonna")) == "N:;Madonna;;;"
    assert (
        _n_line(Contact(full_name="Jean Dupont", given_name="Jeannot", family_name="Dupont")) == "N:Dupont;Jeannot;;;"
    )
