"""Which Cardbook field each column of an arbitrary CSV file holds, guessed from French or English headers.

The guess is a proposal: the import dialog (and `cardbook import --map`) can override any column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum

from cardbook.domain.text import fold


class CsvField(StrEnum):
    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    COMPANY = "company"
    DEPARTMENT = "department"
    TITLE = "title"
    EMAIL = "email"
    PHONE = "phone"
    MOBILE = "mobile"
    WORK_PHONE = "work_phone"
    HOME_PHONE = "home_phone"
    FAX = "fax"
    WEBSITE = "website"
    SOCIAL = "social"
    ADDRESS = "address"
    STREET = "street"
    CITY = "city"
    POSTCODE = "postcode"
    REGION = "region"
    COUNTRY = "country"
    TAGS = "tags"
    NOTES = "notes"
    IGNORE = "ignore"


_SYNONYMS: dict[CsvField, tuple[str, ...]] = {
    CsvField.FULL_NAME: (
        "name", "full name", "fullname", "display name", "nom complet", "contact", "nom et prenom", "prenom et nom",
        "nom prenom", "prenom nom", "nom du contact", "contact name", "person",
    ),
    CsvField.GIVEN_NAME: ("first name", "firstname", "given name", "prenom", "forename", "first"),
    CsvField.FAMILY_NAME: ("last name", "lastname", "family name", "surname", "nom de famille", "last"),
    CsvField.COMPANY: (
        "company", "company name", "organisation", "organization", "organisation name", "organization name",
        "societe", "entreprise", "raison sociale", "organisme", "employer", "business", "structure",
    ),
    CsvField.DEPARTMENT: ("department", "departement", "service", "division", "organization department"),
    CsvField.TITLE: (
        "job title", "jobtitle", "position", "role", "fonction", "poste", "intitule du poste", "occupation",
        "organization title", "job",
    ),
    CsvField.EMAIL: (
        "email", "e mail", "mail", "courriel", "email address", "e mail address", "adresse email", "adresse e mail",
        "adresse mail", "adresse electronique", "adresse de messagerie", "emails", "e mails",
    ),
    CsvField.PHONE: (
        "phone", "telephone", "tel", "phone number", "numero", "numero de telephone", "other phone", "other phones",
        "autre telephone", "phones", "telephones",
    ),
    CsvField.MOBILE: (
        "mobile", "mobile phone", "portable", "cell", "cell phone", "cellphone", "gsm", "telephone mobile",
        "tel portable", "telephone portable", "tel mobile", "mobiles",
    ),
    CsvField.WORK_PHONE: (
        "work phone", "business phone", "office phone", "telephone professionnel", "tel pro", "telephone bureau",
        "tel bureau", "ligne directe", "telephone bureau", "standard", "telephone fixe", "fixe",
    ),
    CsvField.HOME_PHONE: ("home phone", "telephone domicile", "tel domicile", "telephone personnel", "tel perso"),
    CsvField.FAX: ("fax", "telecopie", "business fax", "fax number", "telecopie bureau"),
    CsvField.WEBSITE: (
        "website", "web site", "websites", "web", "site", "site web", "site internet", "url", "web page", "homepage",
        "page web",
    ),
    CsvField.SOCIAL: (
        "social", "social profiles", "social profile", "linkedin", "twitter", "reseaux sociaux", "reseau social",
        "profil linkedin", "profile", "profiles",
    ),
    CsvField.ADDRESS: ("address", "adresse", "adresse postale", "postal address", "full address", "adresse complete"),
    CsvField.STREET: ("street", "rue", "address line 1", "adresse ligne 1", "voie", "rue bureau", "business street"),
    CsvField.CITY: ("city", "ville", "town", "localite", "commune", "ville bureau", "business city"),
    CsvField.POSTCODE: (
        "postal code", "postcode", "zip", "zip code", "code postal", "cp", "code postal bureau",
        "business postal code",
    ),
    CsvField.REGION: ("state", "region", "province", "county", "departement region", "business state"),
    CsvField.COUNTRY: ("country", "pays", "country region", "pays region", "pays region bureau"),
    CsvField.TAGS: (
        "tags", "tag", "categories", "category", "labels", "label", "etiquettes", "etiquette", "groupes", "groups",
        "group", "mots cles", "keywords", "categorie",
    ),
    CsvField.NOTES: ("notes", "note", "comments", "comment", "commentaire", "commentaires", "remarques", "remarque"),
}  # fmt: skip
_BY_NAME = {synonym: field for field, synonyms in _SYNONYMS.items() for synonym in synonyms}
# Headers that do not say what they hold ("Titre" is Mr/Mrs in French Outlook, a job title elsewhere).
_AMBIGUOUS = {"titre", "title", "civilite", "salutation"}
_PUNCTUATION = re.compile(r"[\W_]+")


def normalize_header(header: str) -> str:
    """ "Téléphone (bureau) 2" -> "telephone bureau": folded, punctuation as spaces, trailing number dropped."""
    words = _PUNCTUATION.sub(" ", fold(header)).split()
    while words and words[-1].isdigit():
        words.pop()
    return " ".join(words)


def _guess_one(header: str) -> CsvField:
    key = normalize_header(header)
    if key in _BY_NAME:
        return _BY_NAME[key]
    if not key or key in _AMBIGUOUS:
        return CsvField.IGNORE
    words = set(key.split())
    if words & {"mail", "email", "courriel"} and not words & {"type", "display", "name"}:
        return CsvField.EMAIL
    if words & {"fax", "telecopie"}:
        return CsvField.FAX
    if words & {"mobile", "portable", "cell", "gsm"}:
        return CsvField.MOBILE
    if words & {"phone", "telephone", "tel"}:
        return CsvField.PHONE
    if words & {"website", "site", "url"}:
        return CsvField.WEBSITE
    return CsvField.IGNORE


def guess_mapping(headers: Sequence[str]) -> dict[int, CsvField]:
    """Column index -> field. "Nom" is the family name when a "Prénom" column exists, else the whole name."""
    mapping = {i: _guess_one(h) for i, h in enumerate(headers)}
    has_given = CsvField.GIVEN_NAME in mapping.values()
    for i, header in enumerate(headers):
        if normalize_header(header) in ("nom", "lastname nom"):
            mapping[i] = CsvField.FAMILY_NAME if has_given else CsvField.FULL_NAME
    return mapping


def apply_overrides(
    headers: Sequence[str], mapping: Mapping[int, CsvField], overrides: Mapping[str, CsvField | str]
) -> dict[int, CsvField]:
    """Override columns by header name (exact, else as normalised) or by 1-based number ("3")."""
    result = dict(mapping)
    for key, value in overrides.items():
        field = CsvField(value)
        columns = [i for i, h in enumerate(headers) if h == key]
        if not columns:
            columns = [i for i, h in enumerate(headers) if normalize_header(h) == normalize_header(key)]
        if not columns and key.strip().isdigit() and 1 <= int(key) <= len(headers):
            columns = [int(key) - 1]
        if not columns:
            raise ValueError(f"no column named {key!r} in the file")
        for column in columns:
            result[column] = field
    return result
