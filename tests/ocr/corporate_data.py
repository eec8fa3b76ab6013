"""What US and European corporate cards print, as rows with their role and ground truth (``corporate_set``
renders them as flatbed scans and photos).

Office cards of firms, not shops: a logo block (a drawn symbol beside the wordmark; sometimes the firm is the
symbol alone and only the e-mail's and website's domain name it), a tagline, the person with the honorific
and the degrees of their country where they go ("Prof. Dr.", "Dipl.-Ing.", "Mag.", "Dott.", "Ing.", "Avv.",
"ir.", "drs.", "MBA", "PhD", "CPA", "P.E.", "Esq.", "MSc"), a middle initial, titles on two lines, a person
with two roles, a department or division line, the title above the name, the phones labelled in the card's
language (T/M/F/D, Tel./Mob./Fax, Durchwahl, Zentrale, Direct, Switchboard, Cell, Cellulare, Móvil,
Telemóvel, GSM), websites without "www.", a head office and a branch address, and fine print (registered
office, VAT/USt-IdNr., Handelsregister, P.IVA, KvK, CIF/NIF, Company No.).

People, firms, streets, postcodes and cities come from Faker's locale providers, numbers from phonenumbers'
example numbers (digits redrawn, kept when valid). The titles are composed from a few ranks and functions
per language, since Faker's job lists are occupations, not office titles. Ground truth is written as the
shared cards write it (docs/EVALUATION_FORMAT.md): the name with its honorific and degrees as printed, a
title on two lines (or two roles) joined with ", ", the first address printed, the company as its fullest
printed form (the legal name of the fine print over the wordmark, the domain's name when only a picture shows
the firm).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import phonenumbers
from faker import Faker

from .layout_set import _slug

# Country → (Faker locale, language, country-code TLD of its firms' domains).
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "US": ("en_US", "en", "com"),
    "GB": ("en_GB", "en", "co.uk"),
    "IE": ("en_IE", "en", "ie"),
    "DE": ("de_DE", "de", "de"),
    "AT": ("de_AT", "de", "at"),
    "CH": ("de_CH", "de", "ch"),
    "FR": ("fr_FR", "fr", "fr"),
    "BE": ("nl_BE", "nl", "be"),
    "NL": ("nl_NL", "nl", "nl"),
    "IT": ("it_IT", "it", "it"),
    "ES": ("es_ES", "es", "es"),
    "PT": ("pt_PT", "pt", "pt"),
    "SE": ("sv_SE", "sv", "se"),
    "DK": ("da_DK", "da", "dk"),
    "NO": ("no_NO", "no", "no"),
    "FI": ("fi_FI", "fi", "fi"),
    # Only in a set asked for them (``corporate_set --countries``): the default order never draws them.
    "PL": ("pl_PL", "pl", "pl"),
    "CZ": ("cs_CZ", "cs", "cz"),
}
# The card's country in turn; the US and the German-speaking countries, the most cards of the real scans'
# kind, twice.
COUNTRY_ORDER = ("US", "DE", "GB", "IT", "NL", "FR", "AT", "ES", "US", "CH", "IE", "BE", "PT", "SE", "DE", "DK",
                 "NO", "FI")  # fmt: skip

# Honorifics printed before the name and degrees after it, per language; "" is none (most cards).
PREFIXES = {
    "en": ["", "", "", "", "Dr.", "Dr", "Prof."],
    "de": ["", "", "", "Dr.", "Prof. Dr.", "Dipl.-Ing.", "Dr.-Ing.", "Dipl.-Kfm."],
    "de_AT": ["", "", "Mag.", "Dr.", "DI", "Ing.", "Mag. Dr."],
    "fr": ["", "", "", "", "Dr", "Me"],
    "nl": ["", "", "", "ir.", "drs.", "mr.", "dr."],
    "it": ["", "", "Dott.", "Dott.ssa", "Ing.", "Avv.", "Arch.", "Prof."],
    "es": ["", "", "", "Dr.", "Dra.", "D."],
    "pt": ["", "", "", "Dr.", "Dra.", "Eng.", "Eng.ª"],
    "nordic": ["", "", "", "", "", "Dr."],
}
SUFFIXES = {
    "US": ["", "", "", "", ", MBA", ", PhD", ", CPA", ", P.E.", ", Esq.", " MBA", ", CFA"],
    "GB": ["", "", "", "", " MSc", " BSc (Hons)", " MBA", " FCA", ", PhD"],
    "IE": ["", "", "", " MSc", " BComm", " MBA", " ACA"],
    "DE": ["", "", "", "", "", ", MBA", " M.Sc.", " LL.M."],
    "AT": ["", "", "", "", ", MBA", ", MSc", " BSc"],
    "CH": ["", "", "", "", ", MBA", " lic. oec.", ", MSc"],
    "NL": ["", "", "", " MBA", " MSc", " RA"],
    "BE": ["", "", "", " MBA"],
}

# Office titles: a rank with a function, or a title of its own, per language.
FUNCTIONS = {
    "en": ["Sales", "Marketing", "Finance", "Operations", "Business Development", "Human Resources", "Procurement",
           "Engineering", "Customer Success", "Strategy", "Corporate Communications", "Product Management", "IT"],
    "de": ["Vertrieb", "Marketing", "Einkauf", "Finanzen", "Personal", "Technik", "Logistik", "Kundenservice",
           "Unternehmenskommunikation", "Controlling"],
    "fr": ["commercial", "marketing", "financier", "des opérations", "technique", "des achats", "juridique"],
    "nl": ["Sales", "Marketing", "Inkoop", "Financiën", "Operations", "HR", "Klantenservice"],
    "it": ["Commerciale", "Marketing", "Amministrazione", "Acquisti", "Tecnico", "Risorse Umane", "Logistica"],
    "es": ["Comercial", "de Marketing", "Financiero", "de Operaciones", "de Compras", "Técnico"],
    "pt": ["Comercial", "de Marketing", "Financeiro", "de Operações", "de Compras", "Técnico"],
    "nordic": ["Sales", "Marketing", "Finance", "Operations", "Business Development", "HR"],
}  # fmt: skip
RANKED = {
    "en": ["Head of {f}", "Director of {f}", "{f} Manager", "Vice President, {f}", "Senior {f} Manager",
           "{f} Director", "Regional {f} Manager", "VP {f}"],
    "de": ["Leiter {f}", "Leiterin {f}", "Bereichsleiter {f}", "Teamleiterin {f}", "Abteilungsleiter {f}",
           "Referent {f}", "Head of {f}"],
    "fr": ["Directeur {f}", "Directrice {f}", "Responsable {f}", "Chargée d'affaires", "Directeur général adjoint"],
    "nl": ["Manager {f}", "Hoofd {f}", "Directeur {f}", "Teamleider {f}", "Medewerker {f}"],
    "it": ["Direttore {f}", "Responsabile {f}", "Direttrice {f}", "Area Manager", "Responsabile Ufficio {f}"],
    "es": ["Director {f}", "Directora {f}", "Responsable {f}", "Jefe de Ventas", "Gerente {f}"],
    "pt": ["Diretor {f}", "Diretora {f}", "Responsável {f}", "Gestor de Conta", "Gerente {f}"],
    "nordic": ["Head of {f}", "{f} Manager", "{f} Director", "Key Account Manager"],
}  # fmt: skip
OWN_TITLES = {
    "en": ["Managing Director", "Chief Executive Officer", "Chief Financial Officer", "Partner", "Senior Associate",
           "Account Executive", "Senior Consultant", "Project Engineer", "General Counsel", "Associate Partner"],
    "de": ["Geschäftsführer", "Geschäftsführerin", "Prokurist", "Key Account Manager", "Projektleiter",
           "Vertriebsingenieur", "Steuerberater", "Rechtsanwältin", "Senior Consultant", "Vorstand"],
    "fr": ["Directeur général", "Gérant", "Ingénieur d'affaires", "Chef de projet", "Avocat associé",
           "Consultante senior", "Président"],
    "nl": ["Algemeen directeur", "Accountmanager", "Projectleider", "Adviseur", "Partner", "Senior consultant"],
    "it": ["Amministratore Delegato", "Direttore Generale", "Consulente", "Project Manager", "Socio fondatore",
           "Ingegnere di progetto"],
    "es": ["Director General", "Consejero Delegado", "Socio", "Jefe de Proyecto", "Consultor Senior"],
    "pt": ["Diretor-Geral", "Administrador", "Sócio", "Gestor de Projeto", "Consultora Sénior"],
    "nordic": ["CEO", "Managing Director", "Partner", "Senior Consultant", "Project Manager", "Sales Manager"],
}  # fmt: skip
DEPARTMENTS = {
    "en": ["{f} Department", "{f} Division", "Global {f}"],
    "de": ["Abteilung {f}", "Geschäftsbereich {f}", "Bereich {f}"],
    "fr": ["Direction {f}", "Service {f}", "Département {f}"],
    "nl": ["Afdeling {f}", "Divisie {f}"],
    "it": ["Divisione {f}", "Ufficio {f}"],
    "es": ["Departamento {f}", "División {f}"],
    "pt": ["Departamento {f}", "Divisão {f}"],
    "nordic": ["{f} Department", "Division {f}"],
}  # fmt: skip
TAGLINES = {
    "en": ["Engineering the future", "Your partner in growth", "Excellence since 1962", "Solutions that work",
           "Trusted advisors", "Moving business forward"],
    "de": ["Ingenieurskunst seit 1921", "Ihr Partner für Logistik", "Qualität, die verbindet", "Wir bewegen Werte"],
    "fr": ["L'excellence au quotidien", "Votre partenaire depuis 1985", "Construire ensemble"],
    "nl": ["Samen bouwen aan morgen", "Uw partner in techniek", "Kwaliteit sinds 1978"],
    "it": ["Qualità dal 1958", "Il vostro partner di fiducia", "Innovazione e tradizione"],
    "es": ["Calidad desde 1970", "Su socio de confianza", "Innovación que construye"],
    "pt": ["Qualidade desde 1975", "O seu parceiro de confiança", "Engenharia com futuro"],
    "nordic": ["Nordic quality since 1950", "Sustainable solutions", "Engineering excellence"],
}  # fmt: skip

# Phone labels per language: (kind, label); a label ends with its own punctuation or space rule below.
PHONE_LABELS = {
    "US": {"work": ["T", "Tel", "Office", "Direct", "D", "O", "Main"], "mobile": ["M", "Cell", "Mobile", "C"],
           "fax": ["F", "Fax"]},
    "GB": {"work": ["T", "Tel", "Switchboard", "Direct", "DDI", "D"], "mobile": ["M", "Mob", "Mobile"],
           "fax": ["F", "Fax"]},
    "IE": {"work": ["T", "Tel", "Direct", "Switchboard"], "mobile": ["M", "Mob", "Mobile"], "fax": ["F", "Fax"]},
    "de": {"work": ["Tel.", "T", "Telefon", "Durchwahl", "Zentrale", "Fon"], "mobile": ["Mobil", "Mob.", "M"],
           "fax": ["Fax", "F"]},
    "fr": {"work": ["Tél.", "T", "Ligne directe", "Standard"], "mobile": ["Mob.", "Port.", "M"], "fax": ["Fax"]},
    "BE": {"work": ["T", "Tel.", "Tél."], "mobile": ["GSM", "M", "Mob."], "fax": ["F", "Fax"]},
    "nl": {"work": ["T", "Tel.", "Telefoon", "Direct"], "mobile": ["M", "Mob.", "Mobiel"], "fax": ["F", "Fax"]},
    "it": {"work": ["Tel.", "T", "Centralino", "Diretto"], "mobile": ["Cell.", "Cellulare", "Mob.", "M"],
           "fax": ["Fax", "F"]},
    "es": {"work": ["Tel.", "T", "Teléfono", "Directo"], "mobile": ["Móvil", "Móv.", "M"], "fax": ["Fax"]},
    "pt": {"work": ["Tel.", "T", "Telefone"], "mobile": ["Telemóvel", "Tlm.", "M"], "fax": ["Fax"]},
    "nordic": {"work": ["Tel.", "T", "Direkt", "Växel", "Puh."], "mobile": ["Mob.", "Mobil", "M", "GSM"],
               "fax": ["Fax"]},
}  # fmt: skip

# Fine print: the firm's registration, per country ({n}: digits drawn, {city}: the head office's city).
FINE_PRINT = {
    "US": ["{legal} · Registered in Delaware", "{legal} · Incorporated in Delaware"],
    "GB": ["{legal} · Registered in England and Wales · Company No. {n8} · VAT GB{n9}",
           "Registered office: {street}, {city} · Company No. {n8}"],
    "IE": ["{legal} · Registered in Ireland No. {n6} · VAT IE{n7}A", "Registered office: {street}, {city}"],
    "DE": ["{legal} · Sitz {city} · Amtsgericht {city} HRB {n5} · USt-IdNr. DE{n9}",
           "Geschäftsführer: {boss} · Handelsregister {city} HRB {n5}"],
    "AT": ["{legal} · FN {n6}a · Firmenbuchgericht {city} · UID ATU{n8}", "Sitz: {city} · FN {n6}b"],
    "CH": ["{legal} · CHE-{n3}.{n3}.{n3} MWST · Handelsregister {city}"],
    "FR": ["{legal} au capital de {n3} 000 € · RCS {city} {n3} {n3} {n3} · TVA FR{n11}",
           "Siège social : {street}, {city}"],
    "BE": ["{legal} · BTW BE 0{n3}.{n3}.{n3} · RPR {city}", "Maatschappelijke zetel: {street}, {city}"],
    "NL": ["{legal} · KvK {n8} · BTW NL{n9}B01", "Statutair gevestigd te {city} · KvK {n8}"],
    "IT": ["{legal} · Sede legale: {street}, {city} · P.IVA {n11}", "P.IVA e C.F. {n11} · REA {n6}"],
    "ES": ["{legal} · CIF B{n8} · Registro Mercantil de {city}", "NIF B{n8}"],
    "PT": ["{legal} · NIF {n9} · Capital social {n3} 000 €", "NIPC {n9} · Sede: {city}"],
    "SE": ["{legal} · Org.nr {n6}-{n4} · Säte: {city}"],
    "DK": ["{legal} · CVR {n8}"],
    "NO": ["{legal} · Org.nr. {n3} {n3} {n3} MVA"],
    "FI": ["{legal} · Y-tunnus {n7}-{n1} · Kotipaikka {city}"],
    "PL": ["{legal} · NIP {n3}{n7} · KRS {n9}{n1} · Sąd Rejonowy {city}"],
    "CZ": ["{legal} · IČO {n8} · DIČ CZ{n8} · Obchodní rejstřík {city}"],
}  # fmt: skip
# Labels of the head office and of a branch, per language.
OFFICE_LABELS = {
    "en": ("Head Office", "Branch Office"),
    "de": ("Hauptsitz", "Niederlassung"),
    "fr": ("Siège", "Agence"),
    "nl": ("Hoofdkantoor", "Vestiging"),
    "it": ("Sede", "Filiale"),
    "es": ("Oficina central", "Delegación"),
    "pt": ("Sede", "Filial"),
    "nordic": ("Head Office", "Branch"),
}


@dataclass
class Row:
    """One printed line: its text, its role (company, logo, tagline, name, title, department, phone, email,
    website, address, label, fine) and its style (logo, name, title, body, small)."""

    text: str
    role: str
    style: str = "body"


@dataclass
class CorporateCard:
    country: str
    lang: str
    rows: list[Row]
    logo_symbol: bool  # a drawn symbol beside (or instead of) the wordmark
    truth: dict[str, object] = field(default_factory=dict)


def _key(table: dict[str, list[str]] | dict[str, tuple[str, str]], country: str, lang: str) -> str:
    if country == "AT" and f"{lang}_AT" in table:
        return f"{lang}_AT"
    if country in table:
        return country
    return lang if lang in table else "nordic"


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def phone_number(rng: random.Random, country: str, mobile: bool) -> str:
    """A valid number of ``country`` from phonenumbers' example, digits redrawn; international or national."""
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(country, kind)
    assert example is not None
    national = str(example.national_number)
    number = example
    for _ in range(30):  # keep the example's first digits (area, mobile prefix), redraw the rest
        keep = min(len(national) - 4, 3)
        candidate = phonenumbers.parse(f"+{example.country_code}{national[:keep]}{_digits(rng, len(national) - keep)}")
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    international = country not in ("US",) and rng.random() < 0.6
    shape = phonenumbers.PhoneNumberFormat.INTERNATIONAL if international else phonenumbers.PhoneNumberFormat.NATIONAL
    text = phonenumbers.format_number(number, shape)
    if country == "US" and rng.random() < 0.4:
        text = text.replace("(", "").replace(") ", rng.choice((".", "-"))).replace("-", rng.choice((".", "-")))
    if international and country in ("DE", "AT", "CH", "GB", "NL", "BE", "IT") and rng.random() < 0.3:
        # "+49 (0)30 …": the trunk 0 kept in brackets, as German and British cards print it
        code, rest = text.split(" ", 1)
        text = f"{code} (0){rest}" if country != "IT" else text
    return text


def _person_name(fake: Faker, rng: random.Random, country: str, lang: str) -> tuple[str, str, str]:
    """(printed name, given name, family name)."""
    given, family = fake.first_name(), fake.last_name()
    middle = ""
    # A middle initial: common on US cards, rare elsewhere.
    share = 0.45 if country == "US" else 0.1 if country in ("GB", "IE", "DE", "NL") else 0.0
    if share and rng.random() < share:
        middle = f" {chr(rng.randint(65, 90))}."
    prefix = rng.choice(PREFIXES[_key(PREFIXES, country, lang)])  # type: ignore[arg-type]
    suffix = rng.choice(SUFFIXES.get(country, [""]))
    if prefix and suffix and rng.random() < 0.7:
        suffix = ""  # both on one name are rarer
    printed = f"{prefix + ' ' if prefix else ''}{given}{middle} {family}{suffix}"
    return printed, given, family


def _title(fake: Faker, rng: random.Random, lang: str, language_key: str) -> str:
    if lang in ("de", "fr", "es", "pt", "da", "fi") and rng.random() < 0.15:
        job = fake.job()
        if len(job) <= 40 and "," not in job and "(" not in job:
            return job[:1].upper() + job[1:]
    if rng.random() < 0.5:
        return rng.choice(OWN_TITLES[language_key])
    return rng.choice(RANKED[language_key]).format(f=rng.choice(FUNCTIONS[language_key]))


def _street_and_city(fake: Faker, country: str) -> tuple[list[str], str, str]:
    """The address's printed lines in the locale's own format, the street line and the city."""
    lines = [line.strip() for line in fake.address().replace(", ", "\n", 1 if country == "NO" else 0).split("\n")]
    lines = [line for line in lines if line]
    return lines, lines[0], _city_of(lines)


def _city_of(lines: list[str]) -> str:
    """The city of an address: its last line without the postcode and the state or province ("(PU)", "AK"),
    the line above when the last holds a postcode alone. (Faker's ``city()`` is not reproducible in every
    locale: some draw from a set.)"""
    for line in reversed(lines[1:] or lines):
        words = [word for word in line.replace(",", " , ").split() if not any(ch.isdigit() for ch in word)]
        words = [word for word in words if not word.startswith("(") and not (word.isupper() and len(word) == 2)]
        city = " ".join(words).split(" , ")[0].strip(" ,")
        if city:
            return city
    return lines[-1]


def _fill(template: str, rng: random.Random, **values: str) -> str:
    digits = {f"n{k}": _digits(rng, k) for k in (1, 3, 4, 5, 6, 7, 8, 9, 11)}
    out = template
    for key, value in {**values}.items():
        out = out.replace("{" + key + "}", value)
    for key, value in digits.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", value, 1)
            value = _digits(rng, int(key[1:]))
    return out


def corporate_card(rng: random.Random, country: str, seed: int) -> CorporateCard:
    """One corporate card of ``country`` (a key of ``COUNTRIES``) with its rows in printed order and truth."""
    locale, lang, tld = COUNTRIES[country]
    fake = Faker(locale)
    fake.seed_instance(seed)
    key = _key(FUNCTIONS, country, lang)
    printed_name, given, family = _person_name(fake, rng, country, lang)
    legal = fake.company()
    brand = legal.split(",")[0].split(" and ")[0].split(" & ")[0]
    for form in (fake.company_suffix(), "GmbH", "AG", "S.A.", "SpA", "S.p.A.", "BV", "NV", "AB", "A/S", "Oy", "Ltd"):
        brand = brand.removesuffix(" " + form)
    brand = brand.strip() or legal
    slug = _slug(brand)[:18] or _slug(family)
    domain = f"{slug}.{tld}"

    # The logo: the wordmark (the brand, or the full legal name), beside a drawn symbol, or the symbol alone.
    shape = rng.random()
    logo_symbol = rng.random() < 0.6
    rows: list[Row] = []
    fine_has_legal = False
    if shape < 0.45:
        rows.append(Row(legal, "company", "logo"))
        company_truth: str | None = legal
    elif shape < 0.75:
        wordmark = rng.choice((brand, brand.upper(), brand.lower())) if " " not in brand else brand
        rows.append(Row(wordmark, "company", "logo"))
        company_truth = wordmark
    elif shape < 0.88:
        # The brand as the wordmark, the legal name in the fine print: the fuller printed name is the firm's.
        wordmark = rng.choice((brand, brand.upper()))
        rows.append(Row(wordmark, "logo", "logo"))
        company_truth = legal
        fine_has_legal = True
    else:
        logo_symbol = True  # the firm is a picture only: the domain is what names it
        company_truth = slug
    if rng.random() < 0.35:
        rows.append(Row(rng.choice(TAGLINES[key]), "tagline", "small"))

    # The person: the name, one or two titles (two lines, or two roles), a department.
    title = _title(fake, rng, lang, key)
    title_rows = [Row(title, "title", "title")]
    title_truth = title
    variant = rng.random()
    if variant < 0.2:  # two roles, one a line
        second = _title(fake, rng, lang, key)
        if second != title:
            title_rows.append(Row(second, "title", "title"))
            title_truth = f"{title}, {second}"
    elif variant < 0.3:  # two roles on one line
        second = _title(fake, rng, lang, key)
        if second != title:
            joined = f"{title} {rng.choice(('|', '&', '/', '·'))} {second}"
            title_rows = [Row(joined, "title", "title")]
            title_truth = joined
    elif variant < 0.4 and len(title.split()) >= 3:  # one title cut onto two lines
        words = title.split()
        cut = len(words) // 2
        title_rows = [
            Row(" ".join(words[:cut]).rstrip(","), "title", "title"),
            Row(" ".join(words[cut:]), "title", "title"),
        ]
        title_truth = f"{title_rows[0].text}, {title_rows[1].text}"
    department = None
    if rng.random() < 0.3:
        department = rng.choice(DEPARTMENTS[key]).format(f=rng.choice(FUNCTIONS[key]))
    person_rows = [Row(printed_name, "name", "name"), *title_rows]
    if rng.random() < 0.2:  # the title above the name
        person_rows = [*title_rows, Row(printed_name, "name", "name")]
    if department:
        person_rows.append(Row(department, "department", "title"))

    # Contacts: phones labelled in the card's language, an e-mail, the website often without "www.".
    labels = PHONE_LABELS[_key(PHONE_LABELS, country, lang)]  # type: ignore[arg-type]
    plans = [("work", True), ("mobile", rng.random() < 0.6), ("fax", rng.random() < 0.25)]
    phone_rows: list[Row] = []
    phones_truth: list[dict[str, str]] = []
    colon = rng.random() < 0.35
    for kind, wanted in plans:
        if not wanted:
            continue
        number = phone_number(rng, country, kind == "mobile")
        label = rng.choice(labels[kind])
        text = f"{label}{':' if colon and not label.endswith('.') else ''} {number}"
        phone_rows.append(Row(text, "phone"))
        phones_truth.append({"number": number, "kind": kind})
    if len(phone_rows) >= 2 and rng.random() < 0.25:  # two numbers on one line
        joined = f"{phone_rows[0].text}{rng.choice(('  |  ', ' · ', '   '))}{phone_rows[1].text}"
        phone_rows = [Row(joined, "phone"), *phone_rows[2:]]
    local = rng.choice(
        (f"{_slug(given)}.{_slug(family)}", f"{_slug(given)[:1]}{_slug(family)}", _slug(given), f"{_slug(family)}")
    )
    email = f"{local}@{domain}"
    website = rng.choice((domain, domain, f"www.{domain}", f"{domain}/{lang}"))
    contact_rows = [*phone_rows, Row(email, "email")]
    if rng.random() < 0.8:
        contact_rows.append(Row(website, "website"))
    else:
        website = ""

    # Addresses: the head office, sometimes a branch too, each maybe under its label.
    lines, street, city = _street_and_city(fake, country)
    address_rows = [Row(line, "address") for line in lines]
    address_truth = ", ".join(lines)
    if rng.random() < 0.25:
        head, branch = OFFICE_LABELS[_key(OFFICE_LABELS, country, lang)]  # type: ignore[arg-type]
        other, _, _ = _street_and_city(fake, country)
        labelled = rng.random() < 0.6
        address_rows = ([Row(head, "label", "small")] if labelled else []) + address_rows
        address_rows += ([Row(branch, "label", "small")] if labelled else []) + [
            Row(line, "address2") for line in other
        ]
    fine_rows: list[Row] = []
    if fine_has_legal or rng.random() < 0.45:
        template = rng.choice(FINE_PRINT[country])
        if fine_has_legal and "{legal}" not in template:
            template = FINE_PRINT[country][0]
        boss = f"{fake.first_name()} {fake.last_name()}"
        fine_rows.append(Row(_fill(template, rng, legal=legal, city=city, street=street, boss=boss), "fine", "small"))
        if "{legal}" in template:
            company_truth = legal  # the firm's full printed name, not the wordmark's short form

    rows += person_rows
    order = rng.random()
    rows += contact_rows + address_rows if order < 0.5 else address_rows + contact_rows
    rows += fine_rows
    tagline_rows = [row.text for row in rows if row.role in ("tagline", "fine", "label", "logo")]
    truth: dict[str, object] = {
        "name": printed_name,
        "title": title_truth,
        "company": company_truth,
        "department": department,
        "emails": [email],
        "phones": phones_truth,
        "websites": [website] if website else [],
        "address": address_truth,
        "social": [],
        "tagline": " / ".join(tagline_rows) or None,
    }
    return CorporateCard(country, lang, rows, logo_symbol, truth)
