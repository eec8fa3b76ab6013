"""CSV: the exact Google and Outlook layouts, the spreadsheet's formula defusing, encodings, column guessing."""

from __future__ import annotations

import csv
import io
from functools import partial
from pathlib import Path

import pytest

from cardbook.domain.contact import Contact, Phone, PostalAddress
from cardbook.domain.enums import PhoneKind
from cardbook.interop.csv_layouts import OUTLOOK_HEADER, CsvLayout
from cardbook.interop.csv_mapping import CsvField, guess_mapping
from cardbook.interop.csv_read import detect_layout, read_csv
from cardbook.interop.csv_write import ColumnCounts, CsvOptions, csv_header, defuse_formula, write_csv
from cardbook.interop.detect import detect_format
from cardbook.interop.records import ExportRecord, InterchangeError
from tests.scaling import assert_linear

DATA = Path(__file__).parent / "data"
EVIL = Contact(
    full_name='=HYPERLINK("http://evil.example","click")',
    company="+33 Conseil",
    title="-1",
    emails=["@attacker.example"],
    phones=[Phone("+33 6 12 34 56 78", None, PhoneKind.MOBILE)],
    notes="\t=cmd|' /C calc'!A0",
    tags=["@SUM(1+1)"],
)


def _write(records: list[ExportRecord], options: CsvOptions) -> str:
    out = io.StringIO(newline="")
    write_csv(records, out, options)
    return out.getvalue()


def test_google_header_is_google_contacts_own() -> None:
    header = csv_header(CsvLayout.GOOGLE, ColumnCounts(2, 1, 1))
    assert header[:17] == [
        "First Name",
        "Middle Name",
        "Last Name",
        "Phonetic First Name",
        "Phonetic Middle Name",
        "Phonetic Last Name",
        "Name Prefix",
        "Name Suffix",
        "Nickname",
        "File As",
        "Organization Name",
        "Organization Title",
        "Organization Department",
        "Birthday",
        "Notes",
        "Photo",
        "Labels",
    ]
    assert header[17:] == [
        "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
        "Phone 1 - Label", "Phone 1 - Value",
        "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
        "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address",
        "Website 1 - Label", "Website 1 - Value", "Event 1 - Label", "Event 1 - Value",
    ]  # fmt: skip


def test_outlook_header_is_outlooks_own() -> None:
    exported = (DATA / "outlook_contacts.csv").read_bytes().decode("cp1252").split("\r\n")[0]
    assert next(csv.reader([exported])) == OUTLOOK_HEADER
    assert len(OUTLOOK_HEADER) == 92


def test_google_and_outlook_layouts_keep_values_raw() -> None:
    for layout in (CsvLayout.GOOGLE, CsvLayout.OUTLOOK):
        text = _write([ExportRecord(EVIL)], CsvOptions(layout))
        assert "+33 6 12 34 56 78" in text and "'+33" not in text  # a phone stays a phone for Google/Outlook


def test_spreadsheet_defuses_formulas() -> None:
    text = _write([ExportRecord(EVIL)], CsvOptions(CsvLayout.SPREADSHEET))
    row = dict(zip(*list(csv.reader(io.StringIO(text))), strict=True))
    assert row["Name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Company"] == "'+33 Conseil"
    assert row["Job title"] == "'-1"
    assert row["Emails"] == "'@attacker.example"
    assert row["Mobile"] == "'+33 6 12 34 56 78"
    assert row["Notes"] == "'\t=cmd|' /C calc'!A0"
    assert row["Tags"] == "'@SUM(1+1)"
    for cell in row.values():
        assert not cell.lstrip("'").startswith(("=", "+", "-", "@", "\t", "\r")) or cell.startswith("'")
    assert defuse_formula("Dupont") == "Dupont" and defuse_formula(" =1") == "' =1"
    assert defuse_formula("'=1") == "''=1"  # so that reading back removes exactly one apostrophe


def test_excel_fr_uses_semicolons_and_a_bom() -> None:
    excel_fr = CsvOptions(CsvLayout.SPREADSHEET, separator=";", bom=True)  # what `export --excel-fr` asks for
    text = _write([ExportRecord(Contact(full_name="Zoé; l'autre", company="A, B"))], excel_fr)
    assert text.startswith("\ufeffName;First name;")
    assert '"Zoé; l\'autre";;;A, B;' in text
    assert "\r\n" in text
    back = read_csv(text.encode("utf-8")).contacts[0].contact
    assert back.full_name == "Zoé; l'autre" and back.company == "A, B"


def test_read_google_export() -> None:
    result = read_csv((DATA / "google_contacts.csv").read_bytes())
    assert result.format == "csv-google" and result.issues == []
    emilie, bakery = (c.contact for c in result.contacts)
    assert (emilie.full_name, emilie.given_name, emilie.family_name) == ("Émilie Lefèvre", "Émilie", "Lefèvre")
    assert (emilie.company, emilie.title, emilie.department) == ("Horizon Conseil", "Gérante", "Direction")
    assert emilie.emails == ["emilie@horizon.fr", "emilie.lefevre@gmail.com"]
    assert [(p.number, p.kind) for p in emilie.phones] == [
        ("+33 6 12 34 56 78", PhoneKind.MOBILE),
        ("06 98 76 54 32", PhoneKind.MOBILE),
        ("02 99 00 00 01", PhoneKind.FAX),
    ]
    assert emilie.phones[1].e164 == "+33698765432"
    # The parts win over the formatted text, which leaves the country out (issue 13: 15 % of countries lost).
    assert emilie.address == "26 rue du Faubourg Saint-Honoré, 35000 Rennes, France"
    assert emilie.addresses == [PostalAddress("work", "26 rue du Faubourg Saint-Honoré", "", "Rennes", "", "35000",
                                              "France")]  # fmt: skip
    assert emilie.birthday == "1985-06-01" and emilie.email_kinds == {"emilie.lefevre@gmail.com": "home"}
    assert emilie.social == ["https://www.linkedin.com/in/emilie-lefevre"] and emilie.websites == []
    assert emilie.tags == ["Clients", "Rennes"]  # "* myContacts" is Google's system group
    assert emilie.notes == "Rencontrée au BNI, très active\nDeux lignes"
    assert bakery.display_name == "Boulangerie Martin" and bakery.phones[0].kind is PhoneKind.WORK
    assert "Boulangerie Martin" in result.contacts[1].source_text


def test_read_google_legacy_layout() -> None:
    result = read_csv((DATA / "google_legacy.csv").read_bytes())
    assert result.format == "csv-google"
    contact = result.contacts[0].contact
    assert contact.full_name == "Jean-François Dupont"
    assert (contact.company, contact.title) == ("Dupont Conseil", "Gérant")
    assert contact.emails == ["jf.dupont@example.fr"] and contact.tags == ["Comptables"]
    assert contact.address == "10 place Bellecour, 69002 Lyon"
    assert contact.websites == ["dupont-conseil.example.fr"]


def test_read_outlook_export_in_windows_1252() -> None:
    result = read_csv((DATA / "outlook_contacts.csv").read_bytes())
    assert result.format == "csv-outlook" and result.issues == []
    contact = result.contacts[0].contact
    assert contact.full_name == "Hélène Leroy"
    assert (contact.company, contact.department, contact.title) == (
        "Quadrant Ingénierie SAS",
        "Ventes",
        "Directrice commerciale",
    )
    assert sorted((p.number, p.kind) for p in contact.phones) == [
        ("02 99 12 34 56", PhoneKind.WORK),
        ("02 99 12 34 57", PhoneKind.FAX),
        ("07 41 43 33 77", PhoneKind.MOBILE),
    ]
    assert contact.address == "26 rue du Faubourg Saint-Honoré, Bâtiment B, 35000 Rennes, France"
    assert contact.addresses[0].street == "26 rue du Faubourg Saint-Honoré\nBâtiment B"  # Outlook's two lines
    assert contact.birthday is None  # Outlook's "0/0/00"
    assert contact.tags == ["Clients", "Rennes"] and contact.websites == ["quadrant-ingenierie.fr"]
    assert contact.notes == "Projet à Nantes, budget 10 k€"


GENERIC_FR = (
    "Prénom;Nom;Société;Fonction;E-mail;Téléphone;Mobile;Adresse;Code postal;Ville;Étiquettes;Commentaire\r\n"
    "Émilie;Lefèvre;Horizon Conseil;Gérante;emilie@horizon.fr; 02 99 00 00 00;06 12 34 56 78;26 rue X;35000;Rennes;"
    "client, BNI;Très œuvre €\r\n"
    ";;;;;;;;;;;\r\n"
    ";;;;;;;;;;;Juste une note sans personne\r\n"
)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("cp1252"),
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),
    ],
    ids=["windows-1252", "utf-8", "utf-8-bom", "utf-16-bom"],
)
def test_generic_french_csv_in_every_encoding(encode) -> None:  # type: ignore[no-untyped-def]
    result = read_csv(encode(GENERIC_FR))
    assert result.format == "csv-generic"
    contact = result.contacts[0].contact
    assert (contact.full_name, contact.given_name, contact.family_name) == ("Émilie Lefèvre", "Émilie", "Lefèvre")
    assert (contact.company, contact.title) == ("Horizon Conseil", "Gérante")
    assert contact.emails == ["emilie@horizon.fr"]
    assert [(p.number, p.kind) for p in contact.phones] == [
        ("02 99 00 00 00", PhoneKind.OTHER),
        ("06 12 34 56 78", PhoneKind.MOBILE),
    ]
    assert contact.address == "26 rue X, 35000 Rennes"
    assert contact.tags == ["client", "BNI"]
    assert contact.notes == "Très œuvre €"
    # The empty row is ignored; the row with only a note is reported and skipped.
    assert [(i.index, i.line, i.unit) for i in result.skipped] == [(3, 4, "row")]
    assert result.skipped[0].describe() == "row 3 (line 4): no name, company, email or phone"


def test_mapping_guess_and_override() -> None:
    headers = ["Nom", "Portable", "Courriel", "Société", "Titre", "Divers"]
    mapping = guess_mapping(headers)
    assert [mapping[i] for i in range(6)] == [
        CsvField.FULL_NAME, CsvField.MOBILE, CsvField.EMAIL, CsvField.COMPANY, CsvField.IGNORE, CsvField.IGNORE,
    ]  # fmt: skip
    data = "Nom,Portable,Courriel,Société,Titre,Divers\r\nDUPONT Jean,0612345678,j@d.fr,ACME,Comptable,x\r\n"
    contact = read_csv(data.encode(), overrides={"Titre": "title", "6": "notes"}).contacts[0].contact
    assert (contact.full_name, contact.title, contact.notes) == ("DUPONT Jean", "Comptable", "x")
    with pytest.raises(InterchangeError, match="no column named"):
        read_csv(data.encode(), overrides={"Nope": "title"})


def test_layout_detection() -> None:
    assert detect_layout(OUTLOOK_HEADER) is CsvLayout.OUTLOOK
    assert detect_layout(csv_header(CsvLayout.GOOGLE)) is CsvLayout.GOOGLE
    assert detect_layout(["Nom", "Prénom"]) is None


@pytest.mark.parametrize(
    "data",
    [b"", b"\r\n\r\n", bytes(range(256)) * 10, b"\x89PNG\r\n\x1a\n\x00\x00", b"Foo,Bar,Baz\r\n1,2,3\r\n"],
    ids=["empty", "blank", "binary", "png", "no-known-column"],
)
def test_unusable_files_raise_one_clear_error(data: bytes) -> None:
    with pytest.raises(InterchangeError):
        read_csv(data)


def test_hostile_rows_do_not_hang_or_raise() -> None:
    def hostile(cell_length: int) -> bytes:
        long_cell = "x" * cell_length
        return f'Name,Email,Notes\r\nA,a@b.fr,"{long_cell}"\r\nB,"unbalanced quote\r\nC,c@d.fr,ok\r\n'.encode()

    result = read_csv(hostile(2_000_000))
    assert result.contacts[0].contact.notes == "x" * 2_000_000
    assert_linear(lambda size: partial(read_csv, hostile(size)), 500_000)  # no cost per character squared
    # The unbalanced quote swallows the rest of the file into one cell: still no exception.
    assert len(result.contacts) >= 1


def test_ten_thousand_rows() -> None:
    rows = "".join(
        f"Personne {i},p{i}@example.fr,06 12 34 {i // 100 % 100:02d} {i % 100:02d}\r\n" for i in range(10_000)
    )
    result = read_csv(("Nom,E-mail,Mobile\r\n" + rows).encode())
    assert len(result.contacts) == 10_000
    assert [c.contact.emails for c in result.contacts[:2]] == [["p0@example.fr"], ["p1@example.fr"]]
    header = "Nom,E-mail,Mobile\r\n"
    assert_linear(lambda size: partial(read_csv, (header + rows[: rows.index(f"Personne {size},")]).encode()), 1000)


def test_format_detection_by_content_then_extension() -> None:
    vcard = (DATA / "rfc2426_examples.vcf").read_bytes()
    assert detect_format(vcard, "contacts.csv") == "vcard"
    assert detect_format((DATA / "google_contacts.csv").read_bytes(), "export.vcf") == "csv"
    assert detect_format(GENERIC_FR.encode("cp1252"), "liste") == "csv"
    assert detect_format(b"\x89PNG\r\n\x1a\n\x00\x00", "photo.png") is None
    assert detect_format(b"hello", "notes.txt") == "csv"
