"""CSV exports in other languages and from other products, every address of a Google or Outlook file, dates as
address books write them, encodings that are neither UTF-8 nor Windows-1252, and Gmail's escaped quotes.

The headers are written from the products' own column lists: Outlook's French and German export columns,
the Windows Address Book / Windows Live Mail header (English, and German with ";" as German Windows writes
it), Thunderbird's English and German export headers, Google Contacts' numbered columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cardbook.cli.main import main
from cardbook.domain.contact import Contact, PostalAddress
from cardbook.domain.enums import PhoneKind
from cardbook.interop.csv_dialects import english_header, find_dialect
from cardbook.interop.csv_layouts import GOOGLE_SEPARATOR, CsvLayout
from cardbook.interop.csv_read import read_csv
from cardbook.interop.csv_rows import csv_date
from cardbook.interop.csv_write import CsvOptions, write_csv
from cardbook.interop.records import ExportRecord
from cardbook.storage.contacts.records import search
from cardbook.storage.library import Library


def _csv(header: list[str], *rows: dict[str, str], separator: str = ",", trailing: str = "") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator=trailing + "\r\n")
    writer.writerow(header)
    for row in rows:
        assert set(row) <= set(header), set(row) - set(header)
        writer.writerow([row.get(h, "") for h in header])
    return out.getvalue()


OUTLOOK_FR = [
    "Titre", "Prénom", "Deuxième prénom", "Nom", "Suffixe", "Société", "Service", "Titre", "Rue (bureau)",
    "Rue (bureau) 2", "Rue (bureau) 3", "Ville (bureau)", "Dép/Région (bureau)", "Code postal (bureau)",
    "Pays/Région (bureau)", "Rue (domicile)", "Rue (domicile) 2", "Rue (domicile) 3", "Ville (domicile)",
    "Dép/Région (domicile)", "Code postal (domicile)", "Pays/Région (domicile)", "Rue (autre)", "Rue (autre) 2",
    "Rue (autre) 3", "Ville (autre)", "Dép/Région (autre)", "Code postal (autre)", "Pays/Région (autre)",
    "Téléphone de l'assistant(e)", "Télécopie (bureau)", "Téléphone (bureau)", "Téléphone 2 (bureau)", "Rappel",
    "Téléphone (voiture)", "Téléphone société", "Télécopie (domicile)", "Téléphone (domicile)",
    "Téléphone 2 (domicile)", "RNIS", "Tél. mobile", "Télécopie (autre)", "Téléphone (autre)",
    "Récepteur de radiomessagerie", "Téléphone principal", "Radio téléphone", "Téléphone TDD/TTY", "Télex",
    "Adresse de messagerie", "Type de messagerie", "Nom complet de l'adresse de messagerie",
    "Adresse de messagerie 2", "Type de messagerie 2", "Nom complet de l'adresse de messagerie 2",
    "Adresse de messagerie 3", "Type de messagerie 3", "Nom complet de l'adresse de messagerie 3", "Anniversaire",
    "Anniversaire de mariage ou fête", "Autre boîte postale", "B.P. professionnelle", "Boîte postale du domicile",
    "Bureau", "Catégories", "Code gouvernement", "Compte", "Conjoint(e)", "Critère de diffusion",
    "Disponibilité Internet", "Emplacement", "Enfants", "Informations facturation", "Initiales", "Kilométrage",
    "Langue", "Mots clés", "Nom de l'assistant(e)", "Notes", "Numéro d'identification de l'organisation",
    "Page Web", "Passe-temps", "Priorité", "Privé", "Profession", "Recommandé par", "Responsable",
    "Serveur d'annuaire", "Sexe", "Utilisateur 1", "Utilisateur 2", "Utilisateur 3", "Utilisateur 4",
]  # fmt: skip


def test_french_outlook_export() -> None:
    row = {
        "Prénom": "Hélène", "Nom": "Leroy", "Société": "Quadrant Ingénierie", "Service": "Ventes",
        "Rue (bureau)": "26 rue du Faubourg Saint-Honoré", "Ville (bureau)": "Rennes",
        "Code postal (bureau)": "35000", "Pays/Région (bureau)": "France", "Rue (domicile)": "8 chemin des Vignes",
        "Ville (domicile)": "Beaune", "Code postal (domicile)": "21200", "Téléphone (bureau)": "02 99 12 34 56",
        "Tél. mobile": "07 41 43 33 77", "Récepteur de radiomessagerie": "06 00 00 00 01",
        "Adresse de messagerie": "helene@quadrant.fr", "Type de messagerie": "SMTP",
        "Nom complet de l'adresse de messagerie": "LEROY Hélène (helene@quadrant.fr)",
        "Anniversaire": "15/04/1980", "Anniversaire de mariage ou fête": "21/06/2005", "Catégories": "Clients;Rennes",
        "Page Web": "quadrant.fr", "Notes": "Rencontrée au salon",
    }  # fmt: skip
    cells = [row.get(h, "") for h in OUTLOOK_FR]
    # The courtesy title and the job title are both "Titre": the one after "Société" is the job.
    cells[0], cells[7] = "Mme", "Directrice commerciale"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([OUTLOOK_FR, cells])
    data = out.getvalue()
    result = read_csv(data.encode("cp1252"))
    assert result.format == "csv-outlook-fr" and result.issues == []
    contact = result.contacts[0].contact
    assert contact.full_name == "LEROY Hélène"  # as the display name printed it
    assert (contact.given_name, contact.family_name) == ("Hélène", "Leroy")
    assert (contact.company, contact.department, contact.title) == ("Quadrant Ingénierie", "Ventes",
                                                                      "Directrice commerciale")  # fmt: skip
    assert contact.addresses == [
        PostalAddress("work", "26 rue du Faubourg Saint-Honoré", "", "Rennes", "", "35000", "France"),
        PostalAddress("home", "8 chemin des Vignes", "", "Beaune", "", "21200", ""),
    ]
    assert [(p.number, p.kind, p.label) for p in contact.phones] == [
        ("02 99 12 34 56", PhoneKind.WORK, ""),
        ("07 41 43 33 77", PhoneKind.MOBILE, ""),
        ("06 00 00 00 01", PhoneKind.OTHER, "pager"),
    ]
    assert (contact.birthday, contact.anniversary) == ("1980-04-15", "2005-06-21")  # day first, in French
    assert contact.emails == ["helene@quadrant.fr"] and contact.websites == ["quadrant.fr"]
    assert contact.tags == ["Clients", "Rennes"] and contact.notes == "Rencontrée au salon"


OUTLOOK_DE = [
    "Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Suffix", "Firma", "Abteilung", "Position",
    "Straße geschäftlich", "Straße geschäftlich 2", "Straße geschäftlich 3", "Ort geschäftlich", "Region geschäftlich",
    "Postleitzahl geschäftlich", "Land/Region geschäftlich", "Straße privat", "Straße privat 2", "Straße privat 3",
    "Ort privat", "Bundesland/Kanton privat", "Postleitzahl privat", "Land/Region privat", "Weitere Straße",
    "Weitere Straße 2", "Weitere Straße 3", "Weiterer Ort", "Weiteres/r Bundesland/Kanton", "Weitere Postleitzahl",
    "Weiteres/e Land/Region", "Telefon Assistent", "Fax geschäftlich", "Telefon geschäftlich",
    "Telefon geschäftlich 2", "Rückmeldung", "Autotelefon", "Telefon Firma", "Fax privat", "Telefon privat",
    "Telefon privat 2", "ISDN", "Mobiltelefon", "Weiteres Fax", "Weiteres Telefon", "Pager", "Haupttelefon",
    "Mobiltelefon 2", "Telefon für Hörbehinderte", "Telex", "Abrechnungsinformation", "Benutzer 1", "Benutzer 2",
    "Benutzer 3", "Benutzer 4", "Beruf", "Büro", "E-Mail-Adresse", "E-Mail-Typ", "E-Mail: Angezeigter Name",
    "E-Mail 2: Adresse", "E-Mail 2: Typ", "E-Mail 2: Angezeigter Name", "E-Mail 3: Adresse", "E-Mail 3: Typ",
    "E-Mail 3: Angezeigter Name", "Empfohlen von", "Geburtstag", "Geschlecht", "Hobby", "Initialen",
    "Internet-Frei/Gebucht", "Jahrestag", "Kategorien", "Kinder", "Konto", "Name Assistent",
    "Name des/der Vorgesetzten", "Notizen", "Organisationsnr.", "Ort", "Partner", "Postfach geschäftlich",
    "Postfach privat", "Priorität", "Privat", "Regierungsnr.", "Reisekilometer", "Sprache", "Stichwörter",
    "Vertraulichkeit", "Verzeichnisserver", "Webseite", "Weiteres Postfach",
]  # fmt: skip


def test_german_outlook_export() -> None:
    row = {
        "Anrede": "Herr", "Vorname": "Jürgen", "Nachname": "Müller", "Firma": "Müller & Söhne GmbH",
        "Position": "Geschäftsführer", "Straße geschäftlich": "Königstraße 12", "Ort geschäftlich": "Stuttgart",
        "Postleitzahl geschäftlich": "70173", "Land/Region geschäftlich": "Deutschland",
        "Weitere Straße": "Hafenweg 3", "Weiterer Ort": "Hamburg", "Weitere Postleitzahl": "20457",
        "Telefon geschäftlich": "+49 711 123456", "Fax privat": "+49 711 654321", "Mobiltelefon": "+49 171 1234567",
        "E-Mail-Adresse": "j.mueller@mueller-soehne.de", "E-Mail 2: Adresse": "juergen@privat.de",
        "Geburtstag": "3.7.1975", "Jahrestag": "0.0.00", "Kategorien": "Lieferant", "Notizen": "Messe 2024",
    }  # fmt: skip
    result = read_csv(_csv(OUTLOOK_DE, row, separator=";").encode("cp1252"))
    assert result.format == "csv-outlook-de" and result.issues == []
    contact = result.contacts[0].contact
    assert (contact.full_name, contact.company, contact.title) == (
        "Jürgen Müller", "Müller & Söhne GmbH", "Geschäftsführer",
    )  # fmt: skip
    assert contact.addresses == [
        PostalAddress("work", "Königstraße 12", "", "Stuttgart", "", "70173", "Deutschland"),
        PostalAddress("other", "Hafenweg 3", "", "Hamburg", "", "20457", ""),
    ]
    assert [(p.e164, p.kind, p.label) for p in contact.phones] == [
        ("+49711123456", PhoneKind.WORK, ""),
        ("+49711654321", PhoneKind.FAX, "home"),
        ("+491711234567", PhoneKind.MOBILE, ""),
    ]
    assert contact.emails == ["j.mueller@mueller-soehne.de", "juergen@privat.de"]
    assert (contact.birthday, contact.anniversary) == ("1975-07-03", None)
    assert contact.tags == ["Lieferant"] and contact.notes == "Messe 2024"


LIVE_MAIL_DE = [
    "Vorname", "Nachname", "2. Vorname", "Name", "Rufname", "E-Mail-Adresse", "Straße (privat)", "Ort (privat)",
    "Postleitzahl (privat)", "Bundesland (privat)", "Land/Region (privat)", "Rufnummer (privat)", "Fax (privat)",
    "Mobiltelefon", "Webseite (privat)", "Straße (geschäftlich)", "Ort (geschäftlich)",
    "Postleitzahl (geschäftlich)", "Bundesland (geschäftlich)", "Land/Region (geschäftlich)", "Firmenwebseite",
    "Rufnummer (geschäftlich)", "Fax (geschäftlich)", "Pager", "Firma", "Position", "Abteilung", "Büro",
    "Kommentare",
]  # fmt: skip


def test_german_windows_live_mail_export() -> None:
    row = {
        "Vorname": "Anja", "Nachname": "Schröder", "Name": "Dr. Anja Schröder", "Rufname": "Anni",
        "E-Mail-Adresse": "anja@schroeder.example", "Straße (privat)": "Lindenallee 5", "Ort (privat)": "Köln",
        "Postleitzahl (privat)": "50968", "Mobiltelefon": "0171 7654321", "Webseite (privat)": "anja.example",
        "Straße (geschäftlich)": "Domplatz 1", "Ort (geschäftlich)": "Köln", "Postleitzahl (geschäftlich)": "50667",
        "Firmenwebseite": "schroeder-kanzlei.example", "Rufnummer (geschäftlich)": "0221 123456",
        "Firma": "Kanzlei Schröder", "Position": "Anwältin", "Kommentare": "über Jürgen",
    }  # fmt: skip
    result = read_csv(_csv(LIVE_MAIL_DE, row, separator=";").encode("cp1252"), region="DE")
    assert result.format == "csv-live-mail-de"
    contact = result.contacts[0].contact
    assert (contact.full_name, contact.nickname, contact.title) == ("Dr. Anja Schröder", "Anni", "Anwältin")
    assert [a.kind for a in contact.addresses] == ["work", "home"]  # business first, as Outlook files them
    assert contact.address == "Domplatz 1, 50667 Köln"
    assert contact.websites == ["schroeder-kanzlei.example", "anja.example"]
    assert [(p.e164, p.kind) for p in contact.phones] == [("+49221123456", PhoneKind.WORK),
                                                           ("+491717654321", PhoneKind.MOBILE)]  # fmt: skip
    assert contact.notes == "über Jürgen"


LIVE_MAIL_EN = [
    "First Name", "Last Name", "Middle Name", "Name", "Nickname", "E-mail Address", "Home Street", "Home City",
    "Home Postal Code", "Home State", "Home Country/Region", "Home Phone", "Home Fax", "Mobile Phone",
    "Personal Web Page", "Business Street", "Business City", "Business Postal Code", "Business State",
    "Business Country/Region", "Business Web Page", "Business Phone", "Business Fax", "Pager", "Company",
    "Job Title", "Department", "Office Location", "Notes",
]  # fmt: skip


def test_english_windows_live_mail_export_reads_name_nickname_both_addresses_and_personal_web_page() -> None:
    row = {
        "First Name": "Ada", "Last Name": "Okafor", "Name": "Ada Okafor", "Nickname": "Adi",
        "E-mail Address": "ada@example.org", "Home Street": "1 Elm St", "Home City": "Springfield",
        "Home Postal Code": "62704", "Home State": "IL", "Home Country/Region": "USA",
        "Personal Web Page": "ada.example.org", "Business Street": "200 Main St", "Business City": "Springfield",
        "Business Postal Code": "62701", "Business State": "IL", "Business Web Page": "okafor.example",
        "Mobile Phone": "(217) 555-0147",
    }  # fmt: skip
    result = read_csv(_csv(LIVE_MAIL_EN, row).encode("cp1252"), region="US")
    assert result.format == "csv-live-mail-en"
    contact = result.contacts[0].contact
    assert (contact.full_name, contact.nickname) == ("Ada Okafor", "Adi")
    assert contact.websites == ["okafor.example", "ada.example.org"]
    assert contact.addresses == [
        PostalAddress("work", "200 Main St", "", "Springfield", "IL", "62701", ""),
        PostalAddress("home", "1 Elm St", "", "Springfield", "IL", "62704", "USA"),
    ]
    assert contact.phones[0].e164 == "+12175550147"


def test_business_country_and_personal_web_page_of_outlook_style_exports() -> None:
    """Google's Outlook-style export spells the country column "Business Country"; older Outlooks write
    "Personal Web Page"."""
    header = ["First Name", "Last Name", "E-mail Address", "Business Phone", "Business Street", "Business City",
              "Business Postal Code", "Business Country", "Personal Web Page", "Job Title"]  # fmt: skip
    row = {"First Name": "Marc", "Last Name": "Roy", "E-mail Address": "marc@roy.fr", "Business Street": "3 rue Y",
           "Business City": "Lyon", "Business Postal Code": "69002", "Business Country": "France",
           "Personal Web Page": "marc-roy.fr"}  # fmt: skip
    contact = read_csv(_csv(header, row).encode()).contacts[0].contact
    assert contact.address == "3 rue Y, 69002 Lyon, France"
    assert contact.websites == ["marc-roy.fr"]


THUNDERBIRD_DE = [
    "Vorname", "Nachname", "Anzeigename", "Spitzname", "Primäre E-Mail-Adresse", "Sekundäre E-Mail-Adresse",
    "Messenger-Name", "Tel. dienstlich", "Tel. privat", "Fax-Nummer", "Pager-Nummer", "Mobil-Tel.-Nr.",
    "Privat: Adresse", "Privat: Adresse 2", "Privat: Ort", "Privat: Bundesland", "Privat: PLZ", "Privat: Land",
    "Dienstlich: Adresse", "Dienstlich: Adresse 2", "Dienstlich: Ort", "Dienstlich: Bundesland", "Dienstlich: PLZ",
    "Dienstlich: Land", "Arbeitstitel", "Abteilung", "Organisation", "Webseite 1", "Webseite 2", "Geburtsjahr",
    "Geburtsmonat", "Geburtstag", "Benutzerdef. 1", "Benutzerdef. 2", "Benutzerdef. 3", "Benutzerdef. 4", "Notizen",
]  # fmt: skip
THUNDERBIRD_EN = [
    "First Name", "Last Name", "Display Name", "Nickname", "Primary Email", "Secondary Email", "Screen Name",
    "Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number", "Home Address", "Home Address 2",
    "Home City", "Home State", "Home ZipCode", "Home Country", "Work Address", "Work Address 2", "Work City",
    "Work State", "Work ZipCode", "Work Country", "Job Title", "Department", "Organization", "Web Page 1",
    "Web Page 2", "Birth Year", "Birth Month", "Birth Day", "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Notes",
]  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_thunderbird_export(language: str) -> None:
    header = THUNDERBIRD_DE if language == "de" else THUNDERBIRD_EN
    values = ["Lena", "Vogel", "Lena Vogel", "Leni", "lena@vogel.example", "lena.privat@example.de", "",
              "+49 30 1234567", "", "", "", "+49 151 2345678", "Gartenweg 2", "", "Berlin", "", "10115",
              "Deutschland", "Friedrichstraße 100", "3. OG", "Berlin", "", "10117", "Deutschland", "Einkäuferin",
              "Einkauf", "Vogel Handel", "vogel-handel.example", "", "", "7", "9", "", "", "", "",
              "Kundin"]  # fmt: skip
    row = dict(zip(header, values, strict=True))
    # Thunderbird ends each line with a separator (an empty last column); its export is UTF-8.
    result = read_csv(_csv(header, row, trailing=",").encode())
    assert result.format == f"csv-thunderbird-{language}" and result.issues == []
    contact = result.contacts[0].contact
    assert (contact.full_name, contact.nickname, contact.company, contact.title) == (
        "Lena Vogel", "Leni", "Vogel Handel", "Einkäuferin",
    )  # fmt: skip
    assert contact.emails == ["lena@vogel.example", "lena.privat@example.de"]
    assert contact.addresses == [
        PostalAddress("work", "Friedrichstraße 100", "3. OG", "Berlin", "", "10117", "Deutschland"),
        PostalAddress("home", "Gartenweg 2", "", "Berlin", "", "10115", "Deutschland"),
    ]
    assert contact.birthday == "--07-09"  # Thunderbird's three columns, the year left empty
    assert [(p.e164, p.kind) for p in contact.phones] == [("+49301234567", PhoneKind.WORK),
                                                           ("+491512345678", PhoneKind.MOBILE)]  # fmt: skip
    assert contact.websites == ["vogel-handel.example"] and contact.notes == "Kundin"


def test_a_french_spreadsheet_is_not_taken_for_an_outlook_export() -> None:
    """Prénom/Nom/Société alone say nothing of Outlook: the column-guessing reader keeps its "Portable",
    "Adresse" and "Ville" columns, which the Outlook table does not know."""
    header = ["Prénom", "Nom", "Société", "Portable", "Adresse", "Code postal", "Ville"]
    assert find_dialect(header) is None
    result = read_csv(_csv(header, dict(zip(header, ["Zoé", "Roy", "Roy SA", "06 12 34 56 78", "3 rue Y", "69002",
                                                     "Lyon"], strict=True))).encode())  # fmt: skip
    assert result.format == "csv-generic"
    contact = result.contacts[0].contact
    assert contact.phones[0].kind is PhoneKind.MOBILE and contact.address == "3 rue Y, 69002 Lyon"


def test_french_titles_the_second_is_the_job() -> None:
    from cardbook.interop.csv_dialects import DIALECTS

    french = next(d for d in DIALECTS if d.name == "outlook-fr")
    renamed = english_header(["Titre", "Prénom", "Nom", "Société", "Service", "Titre"], french)
    assert renamed == ["Title", "First Name", "Last Name", "Company", "Department", "Job Title"]


# --- Google: every address, events, instant messaging, labels --------------------------------------------------

GOOGLE = [
    "First Name", "Last Name", "Nickname", "Birthday", "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
    "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
    "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
    "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address",
    "Address 2 - Label", "Address 2 - Formatted", "Address 2 - Street", "Address 2 - City", "Address 2 - PO Box",
    "Address 2 - Region", "Address 2 - Postal Code", "Address 2 - Country", "Address 2 - Extended Address",
    "Address 3 - Label", "Address 3 - Formatted", "Event 1 - Label", "Event 1 - Value", "IM 1 - Label",
    "IM 1 - Service", "IM 1 - Value",
]  # fmt: skip


def test_google_reads_every_address_with_its_kind_and_the_fields_beside_the_card() -> None:
    row = {
        "First Name": "Ada", "Last Name": "Okafor", "Nickname": "Adi", "Birthday": "--04-15", "Labels": "* myContacts",
        "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "ada@work.example", "E-mail 2 - Label": "Home",
        "E-mail 2 - Value": "ada@home.example", "Phone 1 - Label": "Pager", "Phone 1 - Value": "+1 202 555 0147",
        "Phone 2 - Label": "Home Fax", "Phone 2 - Value": "+1 202 555 0100",
        "Address 1 - Label": "Work", "Address 1 - Formatted": "1 Main St\nSuite 400\nSpringfield, IL 62704\nUSA",
        "Address 1 - Street": "1 Main St", "Address 1 - City": "Springfield", "Address 1 - Region": "IL",
        "Address 1 - Postal Code": "62704", "Address 1 - Country": "USA", "Address 1 - Extended Address": "Suite 400",
        "Address 2 - Label": "Home", "Address 2 - Street": "8 chemin des Vignes", "Address 2 - City": "Beaune",
        "Address 2 - Postal Code": "21200", "Address 2 - Country": "France",
        "Address 3 - Label": "Other", "Address 3 - Formatted": "Lager 3 ::: 10 place Bellecour, 69002 Lyon",
        "Event 1 - Label": "Anniversary", "Event 1 - Value": "2005-06-21",
        "IM 1 - Label": "Work", "IM 1 - Service": "Skype", "IM 1 - Value": "ada.okafor",
    }  # fmt: skip
    result = read_csv(_csv(GOOGLE, row).encode())
    assert result.issues == []
    contact = result.contacts[0].contact
    assert contact.addresses == [
        PostalAddress("work", "1 Main St", "Suite 400", "Springfield", "IL", "62704", "USA"),
        PostalAddress("home", "8 chemin des Vignes", "", "Beaune", "", "21200", "France"),
        PostalAddress("other", "Lager 3"),
        PostalAddress("other", "10 place Bellecour", "", "Lyon", "", "69002", ""),
    ]
    assert (contact.nickname, contact.birthday, contact.anniversary) == ("Adi", "--04-15", "2005-06-21")
    assert contact.email_kinds == {"ada@home.example": "home"}
    assert [(p.kind, p.label) for p in contact.phones] == [(PhoneKind.OTHER, "pager"), (PhoneKind.FAX, "home")]
    assert contact.im == ["skype:ada.okafor"]


def test_an_address_holding_googles_separator_is_one_address_after_a_round_trip() -> None:
    """Google's cells join several values with " ::: " and have no escape; a contact whose one address holds those
    characters came back with two addresses (or only the first part of it)."""
    contact = Contact(full_name="Eve Martin", address="12 ::: 14 rue Haute, 75001 Paris")
    out = io.StringIO(newline="")
    write_csv([ExportRecord(contact)], out, CsvOptions(CsvLayout.GOOGLE))
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert GOOGLE_SEPARATOR not in row["Address 1 - Formatted"] + row["Address 1 - Street"]
    back = read_csv(out.getvalue().encode()).contacts[0].contact
    assert back.address == contact.address and len(back.addresses) == 1


def test_gmail_escaped_quotes_leave_no_backslash() -> None:
    """Gmail's own export (the layout with "Given Name" and "Group Membership") wrote a quote inside a value as
    \\" — read as a CSV cell, the backslash stayed in the notes."""
    header = ["Name", "Given Name", "Family Name", "Notes", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value"]
    line = 'Marc Roy,Marc,Roy,"Dit \\""le chef\\"" au salon",* My Contacts,* Work,marc@roy.fr'
    result = read_csv((",".join(header) + "\r\n" + line + "\r\n").encode())
    assert result.contacts[0].contact.notes == 'Dit "le chef" au salon'


# --- dates as address books write them --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("1980-04-15", True, "1980-04-15"),
        ("--04-15", False, "--04-15"),
        ("4/15/1980", False, "1980-04-15"),  # English Outlook
        ("15/04/1980", True, "1980-04-15"),  # French Outlook
        ("15/4/1980", False, "1980-04-15"),  # a first number above 12 is a day in any language
        ("3.7.1975", True, "1975-07-03"),  # German Outlook
        ("1/2/03", False, "2003-01-02"),
        ("0/0/00", False, None),  # Outlook's "no date"
        ("", True, None),
        ("le 15 avril", True, "le 15 avril"),  # text that is not a date is kept, not dropped
    ],
)
def test_csv_dates(text: str, day_first: bool, expected: str | None) -> None:
    assert csv_date(text, day_first) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_date_reads_back_in_both_orders(day: dt.date) -> None:
    assert csv_date(f"{day.month}/{day.day}/{day.year}", day_first=False) == day.isoformat()
    assert csv_date(f"{day.day:02d}/{day.month:02d}/{day.year}", day_first=True) == day.isoformat()
    assert csv_date(f"{day.day}.{day.month}.{day.year}", day_first=True) == day.isoformat()


# --- encodings ------------------------------------------------------------------------------------------------

JAPANESE = [("山田太郎", "営業部長", "株式会社サンプル"), ("佐藤花子", "課長", "サンプル商事"),
            ("鈴木一郎", "部長", "テスト工業")]  # fmt: skip
RUSSIAN = ["Алексей Иванов", "Мария Петрова", "Сергей Смирнов", "Ольга Кузнецова", "Дмитрий Попов",
           "Анна Васильева", "Иван Соколов", "Елена Михайлова"]  # fmt: skip


def test_a_shift_jis_file_is_read_in_shift_jis_and_said_so() -> None:
    text = "Name,E-mail Address,Business Phone,Job Title,Company\r\n" + "".join(
        f"{name},p{i}@example.jp,03-1234-567{i},{title},{firm}\r\n" for i, (name, title, firm) in enumerate(JAPANESE)
    )
    result = read_csv(text.encode("shift_jis"), region="JP")
    assert [c.contact.full_name for c in result.contacts] == [name for name, _, _ in JAPANESE]
    assert [c.contact.title for c in result.contacts] == [title for _, title, _ in JAPANESE]
    assert [(n.kind, n.text) for n in result.notices] == [
        ("detected_encoding", "not UTF-8 nor Windows-1252: read as Shift_JIS (Japanese), the encoding it fits")
    ]


def test_a_windows_1251_file_is_not_read_as_windows_1252() -> None:
    text = "Name,E-mail Address,Job Title,Company\r\n" + "".join(
        f"{name},p{i}@example.ru,Директор по продажам,ООО Ромашка\r\n" for i, name in enumerate(RUSSIAN)
    )
    result = read_csv(text.encode("cp1251"))
    assert [c.contact.full_name for c in result.contacts] == RUSSIAN  # not "Àëåêñåé Èâàíîâ"
    assert [n.text for n in result.notices] == [
        "not UTF-8 nor Windows-1252: read as Windows-1251 (Cyrillic), the encoding it fits"
    ]


def test_an_encoding_that_cannot_be_told_apart_is_said_to_be_uncertain() -> None:
    """Two names in kanji only fit Shift_JIS and EUC-KR alike: the file is read, and the notice says to check."""
    data = "Name,Email\r\n鈴木一郎,ichiro@example.jp\r\n".encode("shift_jis")
    result = read_csv(data)
    assert len(result.contacts) == 1
    (notice,) = result.notices
    assert notice.text.startswith("not UTF-8 nor Windows-1252, and its encoding is uncertain: read as ")
    assert "check the names, or save the file as UTF-8" in notice.text


def test_windows_1252_files_stay_windows_1252_without_a_notice() -> None:
    for text in ("Name,Email\r\nZoé,z@x.fr\r\n", "Name,Email\r\nZoé Lefèvre,z@x.fr\r\nFrançois Müller,f@x.de\r\n"):
        result = read_csv(text.encode("cp1252"))
        assert result.notices == [] and result.contacts[0].contact.full_name.startswith("Zoé")


def test_cli_import_names_the_encoding_it_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "russes.csv"
    path.write_bytes(
        ("Name,E-mail Address\r\n" + "".join(f"{n},p{i}@example.ru\r\n" for i, n in enumerate(RUSSIAN))).encode(
            "cp1251"
        )
    )
    library_path = tmp_path / "lib"
    assert main(["--library", str(library_path), "import", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}: not UTF-8 nor Windows-1252: read as Windows-1251 (Cyrillic), the encoding it fits" in err
    assert len(search(Library.open(library_path), "Иванов")) == 1


# French Thunderbird, two generations of its header. "Ville", "Pays/État" and "Code postal" appear twice: home
# first, then work.
THUNDERBIRD_FR_NEW = [
    "Prénom", "Nom de famille", "Nom à afficher", "Surnom", "Adresse électronique principale",
    "Adresse électronique secondaire", "Nom de l’écran", "Tél. professionnel", "Tél. personnel", "Fax", "Pager",
    "Portable", "Adresse privée", "Adresse privée 2", "Ville", "Pays/État", "Code postal", "Pays/Région (domicile)",
    "Adresse professionnelle", "Adresse professionnelle 2", "Ville", "Pays/État", "Code postal",
    "Pays/Région (bureau)", "Profession", "Service", "Société", "Site web 1", "Site web 2", "Année de naissance",
    "Mois", "Jour", "Divers 1", "Divers 2", "Divers 3", "Divers 4", "Notes",
]  # fmt: skip
THUNDERBIRD_FR_OLD = [
    "Prénom", "Nom de famille", "Nom à afficher", "Surnom", "Première adresse électronique",
    "Deuxième adresse électronique", "Nom à l'écran", "Tél. professionnel", "Tél. personnel", "Fax", "Pager",
    "Portable", "Adresse privée", "Adresse privée 2", "Ville", "Pays/État", "Code postal", "Région",
    "Adresse professionnelle", "Adresse professionnelle 2", "Ville", "Pays/État", "Code postal", "Région",
    "Profession", "Service", "Société", "Page Web 1", "Page Web 2", "année de naissance", "Mois", "Jour", "Divers 1",
    "Divers 2", "Divers 3", "Divers 4", "Notes",
]  # fmt: skip


@pytest.mark.parametrize("header", [THUNDERBIRD_FR_NEW, THUNDERBIRD_FR_OLD], ids=["current", "older"])
def test_french_thunderbird_export_tells_the_home_address_from_the_work_one(header: list[str]) -> None:
    values = ["Chloé", "Garnier", "Chloé Garnier", "Clo", "chloe@garnier-conseil.example", "chloe.g@example.fr", "",
              "04 78 12 34 56", "", "", "", "06 12 34 56 78", "8 rue des Lilas", "", "Villeurbanne", "", "69100",
              "France", "25 quai Perrache", "Bâtiment B", "Lyon", "", "69002", "France", "Consultante",
              "Conseil", "Garnier Conseil", "garnier-conseil.example", "", "", "3", "11", "", "", "", "",
              "Vue au salon"]  # fmt: skip
    out = io.StringIO()
    csv.writer(out, lineterminator=",\r\n").writerows([header, values])  # repeated names: written by place
    result = read_csv(out.getvalue().encode())
    assert result.format == "csv-thunderbird-fr" and result.issues == []
    contact = result.contacts[0].contact
    assert (contact.full_name, contact.nickname, contact.company, contact.title, contact.department) == (
        "Chloé Garnier", "Clo", "Garnier Conseil", "Consultante", "Conseil",
    )  # fmt: skip
    assert contact.emails == ["chloe@garnier-conseil.example", "chloe.g@example.fr"]
    assert contact.addresses == [
        PostalAddress("work", "25 quai Perrache", "Bâtiment B", "Lyon", "", "69002", "France"),
        PostalAddress("home", "8 rue des Lilas", "", "Villeurbanne", "", "69100", "France"),
    ]
    assert contact.birthday == "--03-11"  # month 3, day 11, no year
    assert [(p.e164, p.kind) for p in contact.phones] == [("+33478123456", PhoneKind.WORK),
                                                           ("+33612345678", PhoneKind.MOBILE)]  # fmt: skip
    assert contact.websites == ["garnier-conseil.example"] and contact.notes == "Vue au salon"


LIVE_MAIL_FR = [
    "Prénom", "Nom", "Deuxième prénom", "Nom complet", "Surnom", "Adresse de messagerie", "Rue (domicile)",
    "Ville (domicile)", "Code postal (domicile)", "Département (domicile)", "Pays/région (domicile)",
    "Téléphone personnel", "Télécopie personnelle", "Téléphone mobile", "Page Web (domicile)", "Rue (bureau)",
    "Ville (bureau)", "Code postal (bureau)", "Département (bureau)", "Pays/région (bureau)", "Page Web (bureau)",
    "Téléphone professionnel", "Télécopie professionnelle", "Radiomessagerie", "Société", "Fonction", "Service",
    "Bureau", "Remarques",
]  # fmt: skip


def test_french_windows_live_mail_export_is_not_read_as_french_outlook() -> None:
    """It shares four of French Outlook's column names (the addresses, "Adresse de messagerie"); its phones,
    web pages, job title and notes have names of their own."""
    row = {
        "Prénom": "Hugo", "Nom": "Perrin", "Nom complet": "Hugo Perrin", "Adresse de messagerie": "hugo@perrin.example",
        "Rue (bureau)": "12 cours Lafayette", "Ville (bureau)": "Lyon", "Code postal (bureau)": "69003",
        "Pays/région (bureau)": "France", "Page Web (bureau)": "perrin-avocats.example",
        "Téléphone professionnel": "04 72 00 11 22", "Téléphone mobile": "07 11 22 33 44", "Société": "Perrin Avocats",
        "Fonction": "Avocat associé", "Remarques": "Rencontré au club",
    }  # fmt: skip
    result = read_csv(_csv(LIVE_MAIL_FR, row, separator=";").encode("cp1252"))
    assert result.format == "csv-live-mail-fr"
    contact = result.contacts[0].contact
    assert (contact.full_name, contact.company, contact.title) == ("Hugo Perrin", "Perrin Avocats", "Avocat associé")
    assert contact.address == "12 cours Lafayette, 69003 Lyon, France"
    assert contact.websites == ["perrin-avocats.example"] and contact.notes == "Rencontré au club"
    assert [(p.e164, p.kind) for p in contact.phones] == [("+33472001122", PhoneKind.WORK),
                                                           ("+33711223344", PhoneKind.MOBILE)]  # fmt: skip
