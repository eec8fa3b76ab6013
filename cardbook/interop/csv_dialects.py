"""The other spellings of Outlook's contact columns: Outlook in French and German, Windows Live Mail (and the
Windows Address Book and Windows Mail before it) in English, French and German, Thunderbird in English, French
and German.

Each product writes its export's header in the language of the installed program, so a French Outlook writes
"Prénom,…,Adresse de messagerie" where an English one writes "First Name,…,E-mail Address". The contents are
the same fields, so each header is renamed to the English Outlook column it stands for and the Outlook reader
(csv_rows.outlook_contact) reads it. A few columns Outlook's own export does not have are given names of
their own: "Name" (a full name), "Nickname", "Personal Web Page", "Business Web Page", and Thunderbird's
"Birth Year"/"Birth Month"/"Birth Day".

Header lists written from the products' own column names (Outlook's localised import/export maps, the
Windows Address Book's German and French CSV headers, Thunderbird's English, German and French export headers —
French Thunderbird has renamed some columns over the years, and both spellings are read). A product may give two
columns one name and tell them apart by place: French Thunderbird writes "Ville", "Pays/État" and "Code postal"
once for the home address and again after "Adresse professionnelle" for the work one (`Dialect.after`).

A dialect is only taken when at least two of its `markers` are in the header: a French CSV from a spreadsheet
with "Prénom" and "Nom" is not an Outlook export, and the column-guessing reader serves it better.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str  # "outlook-fr", "thunderbird-de"... (for tests and the read result's format)
    columns: dict[str, str]  # its header -> the English Outlook column (or one of the extra names above)
    markers: frozenset[str]  # headers only this product's export has
    day_first: bool = True  # how its dates are written: 15/04/1980 (True) or 4/15/1980
    # Names that mean another column once a given header has gone by: {header: {name: English column}}. French
    # Outlook names both the courtesy title and the job title "Titre": the one after "Société" is the job.
    after: dict[str, dict[str, str]] = field(default_factory=dict)


def _addresses(kinds: dict[str, str], parts: dict[str, str]) -> dict[str, str]:
    """Every combination of an address kind and a part: {"Rue ({k})": "{K} Street"} -> one entry per kind."""
    return {
        mine.format(k=local): theirs.format(K=english)
        for local, english in kinds.items()
        for mine, theirs in parts.items()
    }


_OUTLOOK_FR = {
    "Titre": "Title", "Prénom": "First Name", "Deuxième prénom": "Middle Name", "Nom": "Last Name",
    "Suffixe": "Suffix", "Surnom": "Nickname", "Société": "Company", "Service": "Department",
    "Téléphone de l'assistant(e)": "Assistant's Phone", "Télécopie (bureau)": "Business Fax",
    "Téléphone (bureau)": "Business Phone", "Téléphone 2 (bureau)": "Business Phone 2", "Rappel": "Callback",
    "Téléphone (voiture)": "Car Phone", "Téléphone société": "Company Main Phone",
    "Télécopie (domicile)": "Home Fax", "Téléphone (domicile)": "Home Phone", "Téléphone 2 (domicile)": "Home Phone 2",
    "RNIS": "ISDN", "Tél. mobile": "Mobile Phone", "Télécopie (autre)": "Other Fax", "Téléphone (autre)": "Other Phone",
    "Récepteur de radiomessagerie": "Pager", "Téléphone principal": "Primary Phone", "Radio téléphone": "Radio Phone",
    "Téléphone TDD/TTY": "TTY/TDD Phone", "Télex": "Telex",
    "Adresse de messagerie": "E-mail Address", "Type de messagerie": "E-mail Type",
    "Nom complet de l'adresse de messagerie": "E-mail Display Name",
    "Adresse de messagerie 2": "E-mail 2 Address", "Type de messagerie 2": "E-mail 2 Type",
    "Nom complet de l'adresse de messagerie 2": "E-mail 2 Display Name",
    "Adresse de messagerie 3": "E-mail 3 Address", "Type de messagerie 3": "E-mail 3 Type",
    "Nom complet de l'adresse de messagerie 3": "E-mail 3 Display Name",
    "Anniversaire": "Birthday", "Anniversaire de mariage ou fête": "Anniversary",
    "B.P. professionnelle": "Business Address PO Box", "Boîte postale du domicile": "Home Address PO Box",
    "Autre boîte postale": "Other Address PO Box", "Catégories": "Categories", "Notes": "Notes", "Page Web": "Web Page",
    **_addresses(
        {"bureau": "Business", "domicile": "Home", "autre": "Other"},
        {
            "Rue ({k})": "{K} Street", "Rue ({k}) 2": "{K} Street 2", "Rue ({k}) 3": "{K} Street 3",
            "Ville ({k})": "{K} City", "Dép/Région ({k})": "{K} State", "Code postal ({k})": "{K} Postal Code",
            "Pays/Région ({k})": "{K} Country/Region", "Pays ({k})": "{K} Country/Region",
        },
    ),
}  # fmt: skip

_OUTLOOK_DE = {
    "Anrede": "Title", "Vorname": "First Name", "Weitere Vornamen": "Middle Name", "Nachname": "Last Name",
    "Suffix": "Suffix", "Firma": "Company", "Abteilung": "Department", "Position": "Job Title",
    "Straße geschäftlich": "Business Street", "Straße geschäftlich 2": "Business Street 2",
    "Straße geschäftlich 3": "Business Street 3", "Ort geschäftlich": "Business City",
    "Region geschäftlich": "Business State", "Postleitzahl geschäftlich": "Business Postal Code",
    "Land/Region geschäftlich": "Business Country/Region", "Land geschäftlich": "Business Country/Region",
    "Straße privat": "Home Street", "Straße privat 2": "Home Street 2", "Straße privat 3": "Home Street 3",
    "Ort privat": "Home City", "Bundesland/Kanton privat": "Home State", "Region privat": "Home State",
    "Postleitzahl privat": "Home Postal Code", "Land/Region privat": "Home Country/Region",
    "Land privat": "Home Country/Region", "Weitere Straße": "Other Street", "Weitere Straße 2": "Other Street 2",
    "Weitere Straße 3": "Other Street 3", "Weiterer Ort": "Other City", "Weiteres/r Bundesland/Kanton": "Other State",
    "Weitere Region": "Other State", "Weitere Postleitzahl": "Other Postal Code",
    "Weiteres/e Land/Region": "Other Country/Region", "Weiteres Land": "Other Country/Region",
    "Telefon Assistent": "Assistant's Phone", "Fax geschäftlich": "Business Fax",
    "Telefon geschäftlich": "Business Phone", "Telefon geschäftlich 2": "Business Phone 2", "Rückmeldung": "Callback",
    "Autotelefon": "Car Phone", "Telefon Firma": "Company Main Phone", "Fax privat": "Home Fax",
    "Telefon privat": "Home Phone", "Telefon privat 2": "Home Phone 2", "Telefon (privat)": "Home Phone",
    "Telefon (privat 2)": "Home Phone 2", "ISDN": "ISDN", "Mobiltelefon": "Mobile Phone", "Weiteres Fax": "Other Fax",
    "Weiteres Telefon": "Other Phone", "Pager": "Pager", "Haupttelefon": "Primary Phone",
    "Mobiltelefon 2": "Radio Phone", "Telefon für Hörbehinderte": "TTY/TDD Phone", "Telex": "Telex",
    "E-Mail-Adresse": "E-mail Address", "E-Mail-Typ": "E-mail Type", "E-Mail: Angezeigter Name": "E-mail Display Name",
    "E-Mail 2: Adresse": "E-mail 2 Address", "E-Mail 2: Typ": "E-mail 2 Type",
    "E-Mail 2: Angezeigter Name": "E-mail 2 Display Name", "E-Mail 3: Adresse": "E-mail 3 Address",
    "E-Mail 3: Typ": "E-mail 3 Type", "E-Mail 3: Angezeigter Name": "E-mail 3 Display Name",
    "Geburtstag": "Birthday", "Jahrestag": "Anniversary", "Postfach geschäftlich": "Business Address PO Box",
    "Postfach privat": "Home Address PO Box", "Weiteres Postfach": "Other Address PO Box",
    "Kategorien": "Categories", "Notizen": "Notes", "Webseite": "Web Page",
}  # fmt: skip

# Windows Live Mail, and the Windows Address Book before it, in English: Outlook's names, a few of their own.
_LIVE_MAIL_EN = {"Name": "Name", "Nickname": "Nickname", "Personal Web Page": "Personal Web Page",
                 "Business Web Page": "Business Web Page", "Business Country": "Business Country/Region",
                 "Home Country": "Home Country/Region", "Other Country": "Other Country/Region"}  # fmt: skip

_LIVE_MAIL_DE = {
    "Vorname": "First Name", "Nachname": "Last Name", "2. Vorname": "Middle Name", "Name": "Name",
    "Rufname": "Nickname", "E-Mail-Adresse": "E-mail Address", "Straße (privat)": "Home Street",
    "Ort (privat)": "Home City", "Postleitzahl (privat)": "Home Postal Code", "Bundesland (privat)": "Home State",
    "Land/Region (privat)": "Home Country/Region", "Rufnummer (privat)": "Home Phone", "Fax (privat)": "Home Fax",
    "Mobiltelefon": "Mobile Phone", "Webseite (privat)": "Personal Web Page",
    "Straße (geschäftlich)": "Business Street",
    "Ort (geschäftlich)": "Business City", "Postleitzahl (geschäftlich)": "Business Postal Code",
    "Bundesland (geschäftlich)": "Business State", "Land/Region (geschäftlich)": "Business Country/Region",
    "Firmenwebseite": "Business Web Page", "Rufnummer (geschäftlich)": "Business Phone",
    "Fax (geschäftlich)": "Business Fax", "Pager": "Pager", "Firma": "Company", "Position": "Job Title",
    "Abteilung": "Department", "Kommentare": "Notes",
}  # fmt: skip

_THUNDERBIRD_EN = {
    "First Name": "First Name", "Last Name": "Last Name", "Display Name": "Name", "Nickname": "Nickname",
    "Primary Email": "E-mail Address", "Secondary Email": "E-mail 2 Address", "Work Phone": "Business Phone",
    "Home Phone": "Home Phone", "Fax Number": "Business Fax", "Pager Number": "Pager", "Mobile Number": "Mobile Phone",
    "Home Address": "Home Street", "Home Address 2": "Home Street 2", "Home City": "Home City",
    "Home State": "Home State", "Home ZipCode": "Home Postal Code", "Home Country": "Home Country/Region",
    "Work Address": "Business Street", "Work Address 2": "Business Street 2", "Work City": "Business City",
    "Work State": "Business State", "Work ZipCode": "Business Postal Code", "Work Country": "Business Country/Region",
    "Job Title": "Job Title", "Department": "Department", "Organization": "Company", "Web Page 1": "Web Page",
    "Web Page 2": "Personal Web Page", "Birth Year": "Birth Year", "Birth Month": "Birth Month",
    "Birth Day": "Birth Day", "Notes": "Notes",
}  # fmt: skip

# Two generations of French Thunderbird: "Première adresse électronique"/"Page Web 1" and later "Adresse
# électronique principale"/"Site web 1". The home address's parts come first; the same names after "Adresse
# professionnelle" are the work address's (_THUNDERBIRD_FR_WORK).
_THUNDERBIRD_FR = {
    "Prénom": "First Name", "Nom de famille": "Last Name", "Nom à afficher": "Name", "Surnom": "Nickname",
    "Première adresse électronique": "E-mail Address", "Adresse électronique principale": "E-mail Address",
    "Deuxième adresse électronique": "E-mail 2 Address", "Adresse électronique secondaire": "E-mail 2 Address",
    "Tél. professionnel": "Business Phone", "Tél. personnel": "Home Phone", "Fax": "Business Fax",
    "Pager": "Pager", "Portable": "Mobile Phone", "Adresse privée": "Home Street",
    "Adresse privée 2": "Home Street 2", "Ville": "Home City", "Pays/État": "Home State",
    "Code postal": "Home Postal Code", "Région": "Home Country/Region", "Pays/Région (domicile)": "Home Country/Region",
    "Adresse professionnelle": "Business Street", "Adresse professionnelle 2": "Business Street 2",
    "Pays/Région (bureau)": "Business Country/Region", "Profession": "Job Title", "Service": "Department",
    "Société": "Company", "Page Web 1": "Web Page", "Site web 1": "Web Page", "Page Web 2": "Personal Web Page",
    "Site web 2": "Personal Web Page", "Année de naissance": "Birth Year", "année de naissance": "Birth Year",
    "Mois": "Birth Month", "Jour": "Birth Day", "Notes": "Notes",
}  # fmt: skip
_THUNDERBIRD_FR_WORK = {"Ville": "Business City", "Pays/État": "Business State", "Code postal": "Business Postal Code",
                        "Région": "Business Country/Region"}  # fmt: skip

# Windows Mail and Windows Live Mail in French (the Windows Address Book's names): some of French Outlook's
# address names, and names of their own for phones, web pages and notes.
_LIVE_MAIL_FR = {
    "Prénom": "First Name", "Nom": "Last Name", "Deuxième prénom": "Middle Name", "Nom complet": "Name",
    "Surnom": "Nickname", "Adresse de messagerie": "E-mail Address", "Téléphone personnel": "Home Phone",
    "Télécopie personnelle": "Home Fax", "Téléphone mobile": "Mobile Phone", "Page Web (domicile)": "Personal Web Page",
    "Page Web (bureau)": "Business Web Page", "Téléphone professionnel": "Business Phone",
    "Télécopie professionnelle": "Business Fax", "Radiomessagerie": "Pager", "Société": "Company",
    "Fonction": "Job Title", "Service": "Department", "Remarques": "Notes",
    **_addresses(
        {"bureau": "Business", "domicile": "Home"},
        {
            "Rue ({k})": "{K} Street", "Ville ({k})": "{K} City", "Code postal ({k})": "{K} Postal Code",
            "Département ({k})": "{K} State", "Pays/région ({k})": "{K} Country/Region",
        },
    ),
}  # fmt: skip

_THUNDERBIRD_DE = {
    "Vorname": "First Name", "Nachname": "Last Name", "Anzeigename": "Name", "Spitzname": "Nickname",
    "Primäre E-Mail-Adresse": "E-mail Address", "Sekundäre E-Mail-Adresse": "E-mail 2 Address",
    "Tel. dienstlich": "Business Phone", "Tel. privat": "Home Phone", "Fax-Nummer": "Business Fax",
    "Pager-Nummer": "Pager", "Mobil-Tel.-Nr.": "Mobile Phone", "Privat: Adresse": "Home Street",
    "Privat: Adresse 2": "Home Street 2", "Privat: Ort": "Home City", "Privat: Bundesland": "Home State",
    "Privat: PLZ": "Home Postal Code", "Privat: Land": "Home Country/Region", "Dienstlich: Adresse": "Business Street",
    "Dienstlich: Adresse 2": "Business Street 2", "Dienstlich: Ort": "Business City",
    "Dienstlich: Bundesland": "Business State", "Dienstlich: PLZ": "Business Postal Code",
    "Dienstlich: Land": "Business Country/Region", "Arbeitstitel": "Job Title", "Abteilung": "Department",
    "Organisation": "Company", "Webseite 1": "Web Page", "Webseite 2": "Personal Web Page",
    "Geburtsjahr": "Birth Year", "Geburtsmonat": "Birth Month", "Geburtstag": "Birth Day", "Notizen": "Notes",
}  # fmt: skip

DIALECTS = (
    Dialect(
        "outlook-fr", _OUTLOOK_FR,
        frozenset({"Adresse de messagerie", "Nom complet de l'adresse de messagerie", "Tél. mobile",
                   "Téléphone (bureau)", "Rue (bureau)", "Code postal (bureau)", "Rue (domicile)"}),
        after={"Société": {"Titre": "Job Title"}},
    ),
    Dialect(
        # Shares its address and e-mail names with French Outlook; these are its own (more than Outlook's four).
        "live-mail-fr", _LIVE_MAIL_FR,
        frozenset({"Téléphone personnel", "Télécopie personnelle", "Téléphone professionnel",
                   "Télécopie professionnelle", "Radiomessagerie", "Page Web (domicile)", "Page Web (bureau)",
                   "Pays/région (domicile)", "Pays/région (bureau)", "Remarques", "Nom complet"}),
    ),
    Dialect(
        "thunderbird-fr", _THUNDERBIRD_FR,
        frozenset({"Première adresse électronique", "Adresse électronique principale", "Deuxième adresse électronique",
                   "Adresse électronique secondaire", "Nom à afficher", "Tél. professionnel", "Tél. personnel",
                   "Adresse privée", "Adresse professionnelle"}),
        after={"Adresse professionnelle": _THUNDERBIRD_FR_WORK},
    ),
    Dialect(
        "outlook-de", _OUTLOOK_DE,
        frozenset({"E-Mail: Angezeigter Name", "E-Mail 2: Adresse", "Straße geschäftlich", "Telefon geschäftlich",
                   "Postleitzahl geschäftlich", "Weitere Vornamen", "Straße privat"}),
    ),
    Dialect(
        "live-mail-de", _LIVE_MAIL_DE,
        frozenset({"Straße (privat)", "Rufnummer (privat)", "Straße (geschäftlich)", "Rufnummer (geschäftlich)",
                   "Firmenwebseite", "Webseite (privat)", "Rufname", "2. Vorname"}),
    ),
    Dialect(
        "thunderbird-de", _THUNDERBIRD_DE,
        frozenset({"Primäre E-Mail-Adresse", "Sekundäre E-Mail-Adresse", "Tel. dienstlich", "Mobil-Tel.-Nr.",
                   "Privat: Adresse", "Dienstlich: Adresse", "Anzeigename"}),
    ),
    Dialect(
        "thunderbird-en", _THUNDERBIRD_EN,
        frozenset({"Primary Email", "Secondary Email", "Work Phone", "Mobile Number", "Home ZipCode",
                   "Work ZipCode", "Web Page 1", "Display Name"}),
        day_first=False,
    ),
    Dialect(
        "live-mail-en", _LIVE_MAIL_EN,
        frozenset({"Personal Web Page", "Business Web Page", "Business Country", "Home Country"}),
        day_first=False,
    ),
)  # fmt: skip
MIN_MARKERS = 2
# English Outlook-style exports that are not Outlook's own (Google's "Outlook CSV", Windows Live Mail): always
# read with these few extra names, which never mean anything else.
ENGLISH_VARIANTS = DIALECTS[-1]


def find_dialect(header: Sequence[str]) -> Dialect | None:
    """The product whose localised export this header is, when two of its own column names are in it."""
    names = {h.strip() for h in header}
    found = [(len(d.markers & names), d) for d in DIALECTS]
    count, best = max(found, key=lambda item: item[0])
    return best if count >= MIN_MARKERS else None


def english_header(header: Sequence[str], dialect: Dialect) -> list[str]:
    """Each header as the Outlook column it stands for; the ones the dialect does not know stay as they are
    (the English Outlook names a Live Mail export shares with Outlook, columns a user added)."""
    renamed: list[str] = []
    now_meaning: dict[str, str] = {}  # what the headers seen so far make some names mean (Dialect.after)
    for raw in header:
        name = raw.strip()
        renamed.append(now_meaning.get(name) or dialect.columns.get(name, name))
        now_meaning |= dialect.after.get(name, {})
    return renamed
