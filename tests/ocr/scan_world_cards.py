"""What one ``scan_world_set`` card prints, block by block, and its ground truth.

A card is a few blocks the layouts place (``scan_world_draw``): the brand (a wordmark, maybe a product
line or a tagline), the person (name, one or two title lines, a department), the contacts (phones with the
country's labels — words, single letters "T/F/M/D", "Tel. direct" — or none, extensions, mailboxes, sites,
social handles), one or two addresses, and the fine print (a legal name, a franchise's operator). Truth
follows docs/EVALUATION_FORMAT.md: the name and title as printed (two title lines joined with ", "), the
company in its fullest printed form, phones without their labels, the first site's address.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import scan_world_firms as firms
from .scan_world_people import COUNTRIES, Country, Person, address_lines, ascii_folded, person, phone

# Label words per language: (work, mobile, fax, direct line). Direct lines are work numbers.
PHONE_WORDS = {
    "en": ("Tel.", "Mobile", "Fax", "Direct"),
    "de": ("Tel.", "Mobil", "Fax", "Tel. direkt"),
    "fr": ("Tél.", "Cell.", "Téléc.", "Tél. direct"),
    "pt": ("Tel.", "Telm.", "Fax", "Direto"),
    "cs": ("Tel.", "Mobil", "Fax", "Přímá linka"),
    "da": ("Tlf.", "Mobil", "Fax", "Direkte"),
    "no": ("Tlf.", "Mob.", "Faks", "Direkte"),
    "el": ("Tel.", "Mob.", "Fax", "Direct"),
    "es": ("Tel.", "Cel.", "Fax", "Directo"),
    "nl": ("Tel.", "Gsm", "Fax", "Direct"),
}
# Bilingual labels as Belgian, Swiss and Hispanic-American cards print them.
BILINGUAL_PHONE_WORDS = {
    "nl": ("Tél./Tel.", "GSM", "Fax", "Tél. direct/Direct"),
    "fr": ("Tel./Tél.", "Mobile", "Fax", "Direkt/Direct"),
    "es": ("Tel./Tel.", "Cell/Cel.", "Fax", "Direct/Directo"),
}
LETTERS = ("T", "M", "F", "D")  # the one-letter labels, in PHONE_WORDS' order
KIND_OF = ("work", "mobile", "fax", "work")
CREDENTIALS = {
    "hospital": ("Dr. {n}", "Dr. {n}, MD", "Prof. Dr. {n}", "{n}, MD, PhD", "Dr. med. {n}", "MUDr. {n}, Ph.D."),
    "lab": ("Dr. {n}", "{n}, PhD", "Prof. {n}", "Dr. {n}, Ph.D.", "{n}, MSc"),
}
SOCIAL_FORMS = ("linkedin.com/in/{h}", "@{h}", "github.com/{h}", "x.com/{h}", "instagram.com/{h}")
STARTUP_TLDS = ("io", "ai", "co", "tech", "app")


@dataclass
class Content:
    country: Country
    kind: str
    lang: str
    firm: firms.Firm
    name: str | None
    title_lines: list[str]
    contacts: list[str]  # printed contact lines, one a line
    addresses: list[list[str]]  # one or two printed address blocks (a site label is its first line)
    social: list[str] = field(default_factory=list)
    phones: list[dict[str, str]] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    address_truth: str | None = None
    traits: list[str] = field(default_factory=list)


def _handle(who: Person, rng: random.Random) -> str:
    first, last = who.ascii_first.lower().replace(" ", ""), who.ascii_last.lower().replace(" ", "")
    return rng.choice((f"{first}{last}", f"{first}-{last}", f"{first[0]}{last}", f"{first}_{last}"))


# Words a firm's host leaves out of its name ("institute-of" is no one's host).
_HOST_SKIPS = {"of", "for", "the", "and", "de", "du", "des", "la", "le", "d", "l", "st", "a", "s"}


def _host(name: str, tld: str) -> str:
    letters = "".join(c if c.isalnum() else " " for c in ascii_folded(name).lower())
    words = [w for w in letters.split() if w not in _HOST_SKIPS]
    return "-".join(words[:2]) + "." + tld


def _town(country: Country, rng: random.Random) -> str:
    """The town a public body is named after: the town line of an address drawn for the country."""
    town_line = address_lines(country, rng)[1]
    words = [w for w in town_line.replace(",", " ").split() if not any(c.isdigit() for c in w) and "(" not in w]
    words = [w for w in words if len(w) > 2 or w.istitle()]
    return " ".join(words[:2]) if country.code not in ("US", "US-ES") else " ".join(words[:-1] or words)


def _firm(country: Country, kind: str, lang: str, who: Person, rng: random.Random) -> firms.Firm:
    legal_form = rng.choice(firms.LEGAL_FORMS[country.code])
    last = who.last
    if kind == "startup":
        brand = firms.brand_word(rng)
        legal = f"{brand} {rng.choice(('Technologies', 'Labs', ''))} {legal_form}".replace("  ", " ")
        wordmark = brand.lower() if rng.random() < 0.4 else brand
        return firms.Firm(
            kind, wordmark, legal if rng.random() < 0.6 else None, host=f"{brand.lower()}.{rng.choice(STARTUP_TLDS)}"
        )
    if kind == "exhibitor":
        trade = rng.choice(firms.TRADES.get(lang, firms.TRADES["en"]))
        name = f"{last} {trade} {legal_form}"
        return firms.Firm(
            kind,
            name,
            None,
            tagline=rng.choice(firms.PRODUCT_LINES.get(lang, firms.PRODUCT_LINES["en"])),
            host=_host(f"{last} {trade}", country.tld),
        )
    if kind == "public":
        town = _town(country, rng)
        body = rng.choice(firms.PUBLIC_BODIES[country.code]).format(town=town, state="Midwest")
        dept = rng.choice(firms.PUBLIC_DEPARTMENTS.get(lang, firms.PUBLIC_DEPARTMENTS["en"]))
        return firms.Firm(
            kind,
            body,
            None,
            department=dept,
            host=_host(town, country.tld).replace(".", ".gov.", 1)
            if country.code in ("US", "US-ES", "GR")
            else _host(town, country.tld),
        )
    if kind in ("hospital", "lab"):
        town = _town(country, rng)
        if kind == "hospital":
            body = rng.choice(
                (
                    f"{town} University Hospital",
                    f"University Hospital {town}",
                    f"St. {rng.choice(('Mary', 'Vincent', 'Anne', 'Joseph'))}'s Hospital",
                    f"Universitätsklinikum {town}",
                    f"Hôpital universitaire de {town}",
                )
            )
        else:
            body = rng.choice(
                (
                    f"Institute of {rng.choice(firms.FIELDS)}",
                    f"{last} Institute for {rng.choice(firms.FIELDS)}",
                    f"Laboratory of {rng.choice(firms.FIELDS)}",
                    f"{town} Centre for {rng.choice(firms.FIELDS)}",
                )
            )
        return firms.Firm(
            kind, body, None, department=rng.choice(firms.LONG_DEPARTMENTS), host=_host(body, country.tld)
        )
    if kind == "consultant":
        name = rng.choice(
            (f"{last} & Partners", f"{last} Advisory", f"{firms.brand_word(rng)} Consulting {legal_form}")
        )
        return firms.Firm(kind, name, None, host=_host(name, country.tld))
    if kind == "artist":
        return firms.Firm(kind, None, None, host=_host(who.ascii_first + who.ascii_last, country.tld).replace("-", ""))
    if kind == "family":
        form = rng.choice(firms.FAMILY_FORMS.get(lang, firms.FAMILY_FORMS["en"])).format(last=last)
        trade = rng.choice(firms.TRADES.get(lang, firms.TRADES["en"]))
        wordmark = form if rng.random() < 0.5 else f"{form} {trade}"
        legal = f"{wordmark} {legal_form}" if rng.random() < 0.5 else None
        return firms.Firm(kind, wordmark, legal, host=_host(f"{last} {trade}", country.tld))
    if kind == "franchise":
        brand = rng.choice(firms.FRANCHISE_BRANDS)
        operator = f"{person(country, rng).last} {rng.choice(('Holdings', 'Services', 'Group'))} {legal_form}"
        note = firms.FRANCHISE_NOTES.get(lang, firms.FRANCHISE_NOTES["en"]).format(legal=operator)
        return firms.Firm(kind, brand, None, fine=[note], host=_host(brand, country.tld))
    # multisite
    trade = rng.choice(firms.TRADES.get(lang, firms.TRADES["en"]))
    name = f"{last} {trade}"
    legal = f"{name} {legal_form}"
    return firms.Firm(kind, name if rng.random() < 0.5 else legal, legal, host=_host(name, country.tld))


def _title_lines(country: Country, kind: str, lang: str, rng: random.Random) -> list[str]:
    if country.bilingual and rng.random() < 0.7:
        pair = rng.choice(firms.BILINGUAL_TITLES[(lang, country.bilingual)])
        return [f"{pair[0]} / {pair[1]}"] if rng.random() < 0.5 else list(pair)
    if kind == "consultant" or (kind == "startup" and rng.random() < 0.5):
        return [rng.choice(firms.TWO_ROLES.get(lang, firms.TWO_ROLES["en"]))]
    if kind == "hospital":
        return [rng.choice(firms.CLINICAL_TITLES)]
    if kind == "lab":
        return [rng.choice(firms.LAB_TITLES)]
    if kind == "public":
        return [rng.choice(firms.PUBLIC_TITLES.get(lang, firms.PUBLIC_TITLES["en"]))]
    if kind == "artist":
        return [rng.choice(firms.ARTIST_TRADES)]
    return [rng.choice(firms.TITLES.get(lang, firms.TITLES["en"]))]


def _phones(content: Content, rng: random.Random) -> None:
    country, lang = content.country, content.lang
    words = BILINGUAL_PHONE_WORDS[country.bilingual] if country.bilingual and rng.random() < 0.5 else PHONE_WORDS[lang]
    style = rng.choice(("letters", "words", "words", "none"))
    content.traits.append(f"labels-{style}")
    slots = rng.sample(range(4), rng.choice((1, 2, 2, 3)))
    slots.sort()
    if style == "none":  # unlabelled numbers: one or two, their kind unknown
        slots = slots[:2]
    numbers = []
    for slot in slots:
        number = phone(country, rng, mobile=slot == 1, extension=slot in (0, 3) and rng.random() < 0.35)
        label = {"letters": LETTERS[slot], "words": words[slot], "none": ""}[style]
        kind = KIND_OF[slot] if style != "none" else "other"
        numbers.append((label, number))
        content.phones.append({"number": number, "kind": kind})
    sep = rng.choice((" ", "  ", ": ")) if style != "letters" else rng.choice((" ", "  ", " | "))
    if len(numbers) >= 2 and rng.random() < 0.3:  # two numbers on one line
        content.contacts.append("   ".join(f"{label}{sep}{number}".strip() for label, number in numbers[:2]))
        numbers = numbers[2:]
        content.traits.append("phones-one-line")
    content.contacts.extend(f"{label}{sep if label else ''}{number}" for label, number in numbers)


def _mail_web(content: Content, who: Person | None, rng: random.Random) -> None:
    host = content.firm.host
    if who is not None:
        first, last = who.ascii_first.lower().replace(" ", ""), who.ascii_last.lower().replace(" ", "-")
        box = rng.choice((f"{first}.{last}", f"{first[0]}.{last}", f"{first}", f"{first[0]}{last}"))
    else:
        box = "info"
    mail = f"{box}@{host}"
    labels = rng.choice((("", ""), ("E ", "W "), ("email: ", "web: "), ("E-Mail ", "Web ")))
    content.emails.append(mail)
    content.contacts.append(labels[0] + mail)
    if rng.random() < 0.85:
        site = rng.choice((f"www.{host}", host, f"www.{host}")) if not host.endswith(tuple(STARTUP_TLDS)) else host
        content.websites.append(site)
        content.contacts.append(labels[1] + site)


def card_content(country: Country, kind: str, rng: random.Random) -> Content:
    lang = country.lang
    who = person(country, rng)
    firm = _firm(country, kind, lang, who, rng)
    name = who.full
    if kind in CREDENTIALS:
        name = rng.choice(CREDENTIALS[kind]).format(n=name)
    content = Content(country, kind, lang, firm, name, _title_lines(country, kind, lang, rng), [], [])
    if kind == "artist":
        content.traits.append("name-is-brand")
    _phones(content, rng)
    _mail_web(content, who, rng)
    if kind == "startup" or rng.random() < 0.15:
        social = rng.choice(SOCIAL_FORMS).format(h=_handle(who, rng))
        content.social.append(social)
        content.contacts.append(social)
    first = address_lines(country, rng)
    if kind == "multisite":
        labels = firms.SITE_LABELS.get(lang, firms.SITE_LABELS["en"])
        second = address_lines(country, rng)
        content.addresses = [[labels[0], *first], [labels[1], *second]]
        content.traits.append("two-addresses")
    elif kind != "startup" or rng.random() < 0.4:
        content.addresses = [first if rng.random() < 0.7 else [", ".join(first)]]
    if content.addresses:
        content.address_truth = ", ".join(first)
    if firm.legal and firm.legal != firm.wordmark:
        firm.fine.insert(0, firm.legal)
    return content


def country_of(rng: random.Random) -> Country:
    return rng.choice(COUNTRIES)
