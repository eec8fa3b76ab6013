"""What ``stranger_set``'s cards print: firms, people, contacts and addresses of the US, the UK, Germany,
Austria, Switzerland, France, Italy, Spain, the Netherlands, the Nordics and Poland, from Faker's locale
providers and phonenumbers' example numbers (digits redrawn).

Five kinds of organisation, each printing its name the way such firms do: a company (Faker's own firm
names, a surname and a trade word with the country's legal form, or a made-up brand of two words), a law
firm and an accounting firm (the partners' surnames are the firm), a university (department, "Professor of
…", honorifics before the name) and a hospital (department, physicians). The few words the generator needs
(titles, trade words, department and faculty names, phone labels) are written here in each language from
general knowledge of such cards; none comes from any evaluation card.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from faker import Faker

from .stranger_words import (
    ACADEMIC_HONORIFICS,
    ACCOUNTING_FIRMS,
    ACCOUNTING_TITLES,
    BRAND_FIRST,
    BRAND_SECOND,
    GENERAL_MAILBOXES,
    HOSPITALS,
    LAW_FIRMS,
    LAW_TITLES,
    LEGAL_FORMS,
    SUBJECTS,
    TITLES,
    TRADES,
    UNIVERSITIES,
    WARDS,
    WEB_PATHS,
)

# code: (Faker locale, language, web domain ending, country name as printed on an international card)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "US": ("en_US", "en", "com", "USA"),
    "GB": ("en_GB", "en", "co.uk", "United Kingdom"),
    "DE": ("de_DE", "de", "de", "Germany"),
    "AT": ("de_AT", "de", "at", "Austria"),
    "CH": ("de_CH", "de", "ch", "Switzerland"),
    "FR": ("fr_FR", "fr", "fr", "France"),
    "IT": ("it_IT", "it", "it", "Italy"),
    "ES": ("es_ES", "es", "es", "Spain"),
    "NL": ("nl_NL", "nl", "nl", "The Netherlands"),
    "SE": ("sv_SE", "sv", "se", "Sweden"),
    "DK": ("da_DK", "da", "dk", "Denmark"),
    "NO": ("no_NO", "no", "no", "Norway"),
    "FI": ("fi_FI", "fi", "fi", "Finland"),
    "PL": ("pl_PL", "pl", "pl", "Poland"),
}
# The mix of the unseen scans: mostly American and Western European.
COUNTRY_ORDER = ["US", "DE", "GB", "FR", "US", "IT", "NL", "ES", "SE", "PL", "US", "AT", "CH", "DK", "NO", "FI"]

ORG_KINDS = ["company", "company", "company", "law", "accounting", "university", "hospital"]


@dataclass
class Person:
    name: str  # as printed, honorifics included
    first: str
    last: str
    title: str | None
    email: str | None
    phones: list[tuple[str, str]] = field(default_factory=list)  # (kind, number as printed)


@dataclass
class StrangerCard:
    country: str
    lang: str
    org: str
    company: str  # the fullest printed form
    wordmark: str  # the logo's text (the company, or its short form when the fine print has the full one)
    tagline: str | None
    department: str | None
    people: list[Person]
    emails: list[str]  # the firm's own mailboxes
    phones: list[tuple[str, str]]  # the firm's numbers: (kind, number)
    websites: list[str]  # as printed (scheme and path included)
    social: list[str]
    address: list[str]  # the address's printed lines
    country_name: str


def ascii_slug(text: str) -> str:
    """``text`` as a host name's letters: accents dropped, ß/æ/ø spelt out, everything else removed."""
    text = text.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("Æ", "AE").replace("Ø", "O")
    text = text.replace("ł", "l").replace("Ł", "L")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9-]", "", plain.lower().replace(" ", "-")).strip("-")


def _phone(region: str, mobile: bool, rng: random.Random) -> str:
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    assert example is not None
    digits = str(example.national_number)
    for _ in range(40):  # redraw the last digits until the number is valid
        drawn = digits[:-4] + "".join(str(rng.randint(0, 9)) for _ in range(4))
        number = phonenumbers.parse("+" + str(example.country_code) + drawn)
        if phonenumbers.is_valid_number(number):
            break
    style = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL])
    printed = phonenumbers.format_number(number, style)
    if region == "US" and rng.random() < 0.3:  # dotted American style
        printed = re.sub(r"\((\d{3})\) (\d{3})-(\d{4})", r"\1.\2.\3", printed)
    return printed


def _firm(country: str, lang: str, org: str, fake: Faker, rng: random.Random) -> tuple[str, str]:
    """(company as printed in full, the wordmark's text)."""
    a, b, c = fake.last_name(), fake.last_name(), fake.last_name()
    city = fake.city()
    if org == "law":
        name = rng.choice(LAW_FIRMS[lang]).format(a=a, b=b, c=c)
    elif org == "accounting":
        name = rng.choice(ACCOUNTING_FIRMS[lang]).format(a=a, b=b)
    elif org == "university":
        name = rng.choice(UNIVERSITIES[lang]).format(city=city)
    elif org == "hospital":
        name = rng.choice(HOSPITALS[lang]).format(city=city, first=fake.first_name())
    else:
        pick = rng.random()
        if pick < 0.35:
            name = fake.company()
        elif pick < 0.7:
            name = f"{a} {rng.choice(TRADES[lang])} {rng.choice(LEGAL_FORMS[country])}"
        else:
            brand = rng.choice(BRAND_FIRST) + rng.choice(["", " "]) + rng.choice(BRAND_SECOND)
            legal = rng.choice(LEGAL_FORMS[country])
            return f"{brand} {legal}", brand  # the wordmark is the brand, the fine print the legal name
    return name, name


def _domain(company: str, wordmark: str, tld: str, org: str, rng: random.Random) -> str:
    words = [w for w in re.split(r"[\s,&]+", wordmark) if w and w[0].isupper() and len(w) > 2 and "." not in w]
    words = words or [wordmark.split()[0]]
    if org in ("law", "accounting") and len(words) > 1 and rng.random() < 0.5:
        base = "".join(w[0] for w in words).lower() + rng.choice(
            ["-law", "", "legal"] if org == "law" else ["-cpa", "", "-tax"]
        )
    elif len(words) > 1 and rng.random() < 0.5:
        base = rng.choice(["", "-"]).join(ascii_slug(w) for w in words[:2])
    else:
        base = ascii_slug(words[0] if org not in ("university", "hospital") else words[-1])
    if org == "university" and tld == "com":
        tld = "edu"
    return f"{base}.{tld}"


def _local_part(first: str, last: str, rng: random.Random) -> str:
    given, family = ascii_slug(first).replace("-", ""), ascii_slug(last).replace("-", "")
    return rng.choice(
        [
            f"{given}.{family}",
            f"{given[0]}.{family}",
            f"{given[0]}{family}",
            given,
            f"{given}_{family}",
            family,
            f"{given}{family[0]}",
        ]
    )


def _address(country: str, fake: Faker) -> list[str]:
    if country == "US":
        street = fake.street_address()
        return [street, f"{fake.city()}, {fake.state_abbr()} {fake.zipcode()}"]
    if country == "GB":
        return [f"{fake.building_number()} {fake.street_name()}", fake.city(), fake.postcode()]
    if country == "FR":
        return [f"{fake.building_number()}, {fake.street_name()}", f"{fake.postcode()} {fake.city()}"]
    if country == "IT":
        return [f"Via {fake.last_name()}, {fake.building_number()}", f"{fake.postcode()} {fake.city()}"]
    if country == "NL":
        code = fake.postcode()
        return [f"{fake.street_name()} {fake.building_number()}", f"{code[:4]} {code[4:].strip()} {fake.city()}"]
    if country == "PL":
        return [f"ul. {fake.street_name()} {fake.building_number()}", f"{fake.postcode()} {fake.city()}"]
    return [f"{fake.street_name()} {fake.building_number()}", f"{fake.postcode()} {fake.city()}"]


def _person(fake: Faker, lang: str, org: str, domain: str, title: str | None, rng: random.Random) -> Person:
    first, last = fake.first_name(), fake.last_name()
    honorific = rng.choice(ACADEMIC_HONORIFICS[lang]) if org in ("university", "hospital") else ""
    name = f"{honorific} {first} {last}".strip()
    email = f"{_local_part(first, last, rng)}@{domain}"
    return Person(name, first, last, title, email)


def stranger_card(country: str, rng: random.Random, seed: int) -> StrangerCard:
    locale, lang, tld, country_name = COUNTRIES[country]
    fake = Faker(locale)
    fake.seed_instance(seed)
    org = rng.choice(ORG_KINDS)
    company, wordmark = _firm(country, lang, org, fake, rng)
    domain = _domain(company, wordmark, tld, org, rng)
    department: str | None = None
    title_lang = "en" if lang != "en" and org == "company" and rng.random() < 0.5 else lang
    if org == "law":
        titles = LAW_TITLES[lang]
    elif org == "accounting":
        titles = ACCOUNTING_TITLES[lang]
    elif org in ("university", "hospital"):
        department, title = rng.choice((SUBJECTS if org == "university" else WARDS)[lang])
        titles = [title]
    else:
        titles = TITLES[title_lang]
    people = [_person(fake, lang, org, domain, rng.choice(titles), rng)]
    if org in ("law", "accounting", "company") and rng.random() < 0.15:  # two people on one card
        people.append(_person(fake, lang, org, domain, rng.choice(titles), rng))
    for person in people:
        person.phones.append(("mobile", _phone(country, True, rng)))
        if country == "US" and rng.random() < 0.3:
            person.phones.append(
                (
                    "work",
                    _phone(country, False, rng) + rng.choice([" ext. ", " x", " Ext "]) + str(rng.randint(100, 9999)),
                )
            )
    phones = [("work", _phone(country, False, rng))]
    if rng.random() < 0.3:
        phones.append(("fax", _phone(country, False, rng)))
    emails = [f"{rng.choice(GENERAL_MAILBOXES)}@{domain}"] if rng.random() < 0.3 else []
    host = domain if rng.random() < 0.25 else "www." + domain
    if rng.random() < 0.25:
        host += "/" + rng.choice(WEB_PATHS)
    website = ("https://" if rng.random() < 0.2 else "") + host
    social: list[str] = []
    if rng.random() < 0.35:
        person = people[0]
        social.append(f"linkedin.com/in/{ascii_slug(person.first)}-{ascii_slug(person.last)}")
    if rng.random() < 0.15:
        social.append("@" + ascii_slug(wordmark).replace("-", "")[:15])
    tagline = None
    if org == "company" and rng.random() < 0.4:
        slogans = Faker("en_US")
        slogans.seed_instance(seed)
        tagline = slogans.catch_phrase() if lang == "en" or rng.random() < 0.5 else None
    return StrangerCard(
        country,
        lang,
        org,
        company,
        wordmark,
        tagline,
        department,
        people,
        emails,
        phones,
        [website],
        social,
        _address(country, fake),
        country_name,
    )
