"""What ``fr_stranger_set``'s French cards print: six kinds of organisation (artisans, professions libérales,
companies, associations, town halls, start-ups), their people, phones, e-mails, websites, addresses and the
legal fine print, from Faker's fr_FR providers and ``fr_stranger_words``.

The printed forms are the point: "Jean-Pierre DUPONT" with the surname in capitals, "Me"/"Dr"/"Mme"/"M."
before the name, phones as "06 12 34 56 78", "06.12.34.56.78" or "+33 (0)1 23 45 67 89" behind "Tél." /
"Port." / "Standard" / "Ligne directe" labels, addresses with "Bât. B", "ZA des …", "BP 123", "CS 40001" and
"Cedex", "Siège social :", SIRET / RCS / TVA intracom. / APE lines and the capital social.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from faker import Faker

from .fr_stranger_words import (
    ADDRESS_EXTRAS,
    ARTISANS,
    ASSOCIATION_TITLES,
    ASSOCIATIONS,
    BRAND_ENDINGS,
    BRAND_SYLLABLES,
    COMPANY_FORMS,
    COMPANY_TITLES,
    DEPARTMENTS,
    FAX_LABELS,
    FREE_MAIL_DOMAINS,
    MAILBOX_LOCALS,
    MOBILE_LABELS,
    PLACE_FEMININE,
    PLACE_MASCULINE,
    PLACE_PLURALS,
    PROFESSIONS,
    SECTORS,
    STARTUP_TAGLINES,
    STARTUP_TITLES,
    TOWN_HALLS,
    TOWN_SERVICES,
    TOWN_TITLES,
    WORK_LABELS,
    Gendered,
)

MAX_HOST_LETTERS = 24  # firms with long names take a shorter host: their first words (as most real ones do)
HOST_DROPS = frozenset({"sarl", "eurl", "sas", "sasu", "sa", "sci", "snc", "fils"})
KINDS = ("artisan", "liberal", "company", "association", "town", "startup")


@dataclass
class Phone:
    label: str | None  # as printed before the number ("Tél.", "Port. :"), None: no label (or an icon)
    number: str
    kind: str  # work, mobile, fax, other (EVALUATION_FORMAT.md)


@dataclass
class FrCard:
    kind: str
    name: str  # as printed, honorific included
    title: str | None
    company: str | None  # the truth: the firm in its fullest printed form
    header: str | None  # the firm as the card's header prints it (a wordmark may drop the legal form)
    tagline: str | None
    department: str | None
    phones: list[Phone]
    emails: list[str]
    websites: list[str]
    address: list[str]  # printed lines, the city line last
    address_label: str | None  # "Siège social :" printed before the address
    fine_print: list[str] = field(default_factory=list)


def slug(text: str) -> str:
    """Letters of ``text`` as a host or mailbox writes them: accents dropped, lower case, spaces to '-'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    kept = "".join(ch if ch.isalnum() else " " for ch in plain)
    return "-".join(kept.split())


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def french_number(rng: random.Random, mobile: bool) -> str:
    """A French number in one of the ways cards print it (ten digits, the trunk 0 or +33)."""
    first = rng.choice("67") if mobile else rng.choice("123459")
    rest = _digits(rng, 8)
    pairs = [rest[i : i + 2] for i in range(0, 8, 2)]
    style = rng.random()
    if style < 0.55:
        return f"0{first} " + " ".join(pairs)
    if style < 0.75:
        return f"0{first}." + ".".join(pairs)
    if style < 0.88:
        return f"+33 (0){first} " + " ".join(pairs)
    return f"+33 {first} " + " ".join(pairs)


def _gendered(pair: Gendered, female: bool) -> str:
    return pair[1] if female else pair[0]


def _city(fake: Faker) -> str:
    return str(fake.city())


def _person_name(fake: Faker, female: bool, rng: random.Random, honorific: str | None) -> tuple[str, str, str]:
    """(printed name, given name, surname)."""
    given = fake.first_name_female() if female else fake.first_name_male()
    if rng.random() < 0.2:  # compound given names are common in France
        second = fake.first_name_female() if female else fake.first_name_male()
        if second != given and " " not in second:
            given = f"{given}-{second}"
    surname = fake.last_name()
    style = rng.random()
    if style < 0.55:
        printed = f"{given} {surname.upper()}"
    elif style < 0.82:
        printed = f"{given} {surname}"
    elif style < 0.9:
        printed = f"{surname.upper()} {given}"
    else:
        printed = f"{given} {surname}".upper()
    if honorific:
        printed = f"{honorific} {printed}"
    return printed, given, surname


def _address(
    fake: Faker, rng: random.Random, business_park: bool, street_line: str | None = None, city: str | None = None
) -> list[str]:
    number = str(rng.randint(1, 180)) + (rng.choice([" bis", " ter"]) if rng.random() < 0.08 else "")
    street = str(fake.street_name())
    street_line = street_line or f"{number}{',' if rng.random() < 0.3 else ''} {street}"
    before: list[str] = []
    after: list[str] = []
    if business_park or rng.random() < 0.25:
        pattern, first = rng.choice(ADDRESS_EXTRAS)
        extra = pattern.format(
            b=rng.choice("ABCDE"),
            n=rng.randint(1, 5),
            p=rng.choice(PLACE_PLURALS),
            q=rng.choice(PLACE_FEMININE),
            r=rng.choice(PLACE_MASCULINE),
        )
        (before if first else after).append(extra)
    postcode = str(fake.postcode())
    city = city or _city(fake)
    city = city.upper() if rng.random() < 0.5 else city
    cedex = ""
    postal = rng.random()
    if postal < 0.12:
        after.append(f"BP {rng.randint(10, 999)}")
        cedex = " Cedex" if rng.random() < 0.6 else ""
    elif postal < 0.22:
        after.append(f"CS {rng.randint(1, 9)}{_digits(rng, 4)}")
        cedex = " Cedex" + (f" {rng.randint(1, 9):02d}" if rng.random() < 0.4 else "")
    if cedex and city.isupper():
        cedex = cedex.upper()
    lines = [*before, street_line, *after, f"{postcode} {city}{cedex}"]
    if rng.random() < 0.08:
        lines.append("France")
    return lines


def _legal_fine_print(form: str | None, legal_name: str | None, rng: random.Random, fake: Faker) -> list[str]:
    """The legal mentions, on one or two lines, parts joined by " – " or " | "."""
    siren = str(fake.siren())
    parts: list[str] = []
    if form:
        capital = rng.choice([1000, 5000, 7500, 10000, 37000, 50000, 150000])
        named = f"{legal_name} " if legal_name else ""  # "Brand SAS au capital de …": the legal name whole
        parts.append(f"{named}{form} au capital de {capital:,} €".replace(",", " "))
    choices = [
        f"RCS {_city(fake)} {siren}",
        f"SIRET {siren} {_digits(rng, 5)}",
        f"APE {rng.randint(10, 96)}{_digits(rng, 2)}{rng.choice('ABCZ')}",
        f"TVA intracom. FR {_digits(rng, 2)} {siren.replace(' ', '')}",
    ]
    parts += rng.sample(choices, rng.randint(1, 3))
    joiner = rng.choice([" – ", " | ", " - "])
    if len(parts) > 2 and rng.random() < 0.5:
        return [joiner.join(parts[:2]), joiner.join(parts[2:])]
    return [joiner.join(parts)]


def _brand(rng: random.Random) -> str:
    word = "".join(rng.choice(BRAND_SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(BRAND_ENDINGS)
    return word.capitalize()


def _phones(rng: random.Random, work: bool, mobile: bool, fax: bool, labels: bool) -> list[Phone]:
    phones: list[Phone] = []
    if work:
        phones.append(Phone(rng.choice(WORK_LABELS) if labels else None, french_number(rng, False), "work"))
    if mobile:
        phones.append(Phone(rng.choice(MOBILE_LABELS) if labels else None, french_number(rng, True), "mobile"))
    if fax and labels:
        phones.append(Phone(rng.choice(FAX_LABELS), french_number(rng, False), "fax"))
    if not labels:  # an unlabelled number is "other" in the truth, whatever it is
        for phone in phones:
            phone.kind = "other"
    return phones


def fr_card(kind: str, rng: random.Random, seed: int) -> FrCard:
    """One card of ``kind`` (``KINDS``); the same seed gives the same card."""
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    female = rng.random() < 0.5
    town = _city(fake)
    surname_two = fake.last_name()
    company: str | None
    header: str | None
    tagline: str | None = None
    department: str | None = None
    fine: list[str] = []
    honorific: str | None = rng.choice(["M.", "Mme"]) if rng.random() < 0.08 else None
    honorific = ("Mme" if female else "M.") if honorific else None
    domain_tld = ".fr"
    free_mail = False
    business_park = False
    if kind == "artisan":
        trade, taglines, titles = rng.choice(ARTISANS)
        title_pair = rng.choice(titles)
        surname = fake.last_name()
        form = rng.choice(["SARL", "EURL", "SAS", None, None])
        shape = rng.random()
        if shape < 0.4:
            header = f"{trade} {surname.upper() if rng.random() < 0.5 else surname}"
        elif shape < 0.7:
            header = f"{surname} {trade}"
        else:
            header = f"{trade} {surname} & Fils" if rng.random() < 0.4 else f"{trade} du {rng.choice(PLACE_MASCULINE)}"
        if form and rng.random() < 0.35:
            header = f"{form} {header}" if rng.random() < 0.5 else f"{header} {form}"
        company = header
        tagline = rng.choice(taglines) if rng.random() < 0.75 else None
        fine = _legal_fine_print(form, None, rng, fake) if rng.random() < 0.7 else []
        free_mail = rng.random() < 0.45
        phones = _phones(rng, rng.random() < 0.5, True, rng.random() < 0.15, rng.random() < 0.85)
    elif kind == "liberal":
        _key, firms, titles, profession_honorific = rng.choice(PROFESSIONS)
        pattern = rng.choice(firms)
        title_pair = rng.choice(titles)
        if profession_honorific and rng.random() < 0.55 and "Clerc" not in title_pair[0]:
            honorific = profession_honorific
        header = pattern.format(s=fake.last_name(), t=surname_two, c=town) if pattern else None
        company = header
        fine = _legal_fine_print(None, None, rng, fake) if rng.random() < 0.3 else []
        phones = _phones(rng, True, rng.random() < 0.5, rng.random() < 0.3, rng.random() < 0.8)
    elif kind == "company":
        title_pair = rng.choice(COMPANY_TITLES)
        form = rng.choice(COMPANY_FORMS)
        pattern = rng.choice(["{s} {x}", "{s} {x}", "{x} {s}", "Groupe {s}", "{s} & {t}", "{s}-{t}"])
        base = pattern.format(s=fake.last_name(), t=surname_two, x=rng.choice(SECTORS))
        base = base.upper() if rng.random() < 0.3 else base
        header = base if rng.random() < 0.5 else f"{base} {form}"
        company = header
        department = rng.choice(DEPARTMENTS) if rng.random() < 0.25 else None
        fine = _legal_fine_print(form, None, rng, fake) if rng.random() < 0.75 else []
        business_park = rng.random() < 0.5
        phones = _phones(rng, True, rng.random() < 0.6, rng.random() < 0.3, rng.random() < 0.85)
        domain_tld = rng.choice([".fr", ".fr", ".com"])
    elif kind == "association":
        title_pair = rng.choice(ASSOCIATION_TITLES)
        header = rng.choice(ASSOCIATIONS).format(c=town)
        company = header
        fine = ["Association loi 1901" + (f" – SIRET {fake.siret()}" if rng.random() < 0.5 else "")]
        free_mail = rng.random() < 0.5
        phones = _phones(rng, rng.random() < 0.4, True, False, rng.random() < 0.8)
        domain_tld = rng.choice([".fr", ".asso.fr", ".org"])
    elif kind == "town":
        title_pair = rng.choice(TOWN_TITLES)
        header = rng.choice(TOWN_HALLS).format(c=town)
        company = header
        department = rng.choice(TOWN_SERVICES) if rng.random() < 0.4 else None
        phones = _phones(rng, True, rng.random() < 0.4, rng.random() < 0.3, True)
    else:  # startup
        title_pair = rng.choice(STARTUP_TITLES)
        brand = _brand(rng)
        header = brand.lower() if rng.random() < 0.5 else brand
        tagline = rng.choice(STARTUP_TAGLINES) if rng.random() < 0.6 else None
        legal = f"{brand} SAS"
        named = rng.random() < 0.5
        fine = _legal_fine_print("SAS", brand if named else None, rng, fake) if rng.random() < 0.6 else []
        company = legal if fine and named else header
        phones = _phones(rng, rng.random() < 0.3, True, False, rng.random() < 0.6)
        domain_tld = rng.choice([".fr", ".io", ".com"])
    title = _gendered(title_pair, female).format(c=town) if rng.random() < 0.95 else None
    name, given, surname = _person_name(fake, female, rng, honorific)
    # a host drops the legal form and "& Fils" (whole words: "samson" keeps its "sa")
    kept = [word for word in slug((header or surname).replace("&", " ")).split("-") if word not in HOST_DROPS]
    firm_slug = "-".join(kept) or slug(surname)
    while len(firm_slug) > MAX_HOST_LETTERS and "-" in firm_slug:  # long names keep their first words
        firm_slug = firm_slug.rsplit("-", 1)[0]
    domain = f"{rng.choice(['mairie-', 'ville-', ''])}{slug(town)}.fr" if kind == "town" else firm_slug + domain_tld
    local = rng.choice(
        [f"{slug(given)}.{slug(surname)}", f"{slug(given)[:1]}.{slug(surname)}", f"{slug(given)[:1]}{slug(surname)}"]
    )
    emails: list[str] = []
    if free_mail:
        emails.append(f"{rng.choice([firm_slug.replace('-', '.'), local])}@{rng.choice(FREE_MAIL_DOMAINS)}")
    else:
        emails.append(f"{local}@{domain}")
        if rng.random() < 0.15:
            emails.append(f"{rng.choice(MAILBOX_LOCALS)}@{domain}")
    websites = (
        []
        if (free_mail and rng.random() < 0.6) or rng.random() < 0.15
        else [rng.choice([f"www.{domain}", f"www.{domain}", domain])]
    )
    town_street = rng.choice(["Place de la Mairie", "1 place de l'Église", "Hôtel de Ville, 2 rue de la République"])
    address = (
        _address(fake, rng, business_park, *((town_street, town) if kind == "town" else (None, None)))
        if kind != "startup" or rng.random() < 0.7
        else []
    )
    label = "Siège social :" if kind in ("company", "startup") and address and rng.random() < 0.15 else None
    return FrCard(
        kind=kind,
        name=name,
        title=title,
        company=company,
        header=header,
        tagline=tagline,
        department=department,
        phones=phones,
        emails=emails,
        websites=websites,
        address=address,
        address_label=label,
        fine_print=fine,
    )
