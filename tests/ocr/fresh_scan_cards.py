"""What one of ``fresh_scan_set``'s cards prints: the person, the firm, contact lines with their labels,
the address, the fine print and a QR code's payload, chosen for a country and a sector.

Contact lines are written as cards print them (a label or none, several e-mails and websites, social
handles); the truth keeps the value each line carries (numbers without their labels, an extension kept as
part of the number it extends).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from faker import Faker

from tests.ocr import fresh_scan_firms as firms
from tests.ocr import fresh_scan_people as people
from tests.ocr.set_writer import truth_record


@dataclass(frozen=True)
class Contact:
    printed: str  # the line as printed, label included
    value: str  # what the truth keeps
    field: str  # "phones", "emails", "websites" or "social"
    kind: str = "other"  # a phone's kind


@dataclass
class CardContent:
    country: str
    lang: str
    sector: str
    firm: firms.Firm
    person: people.Person | None
    title: list[str] = field(default_factory=list)
    department: str | None = None
    slogan: str | None = None
    phones: list[Contact] = field(default_factory=list)
    online: list[Contact] = field(default_factory=list)  # e-mails, websites, handles
    address: list[str] = field(default_factory=list)
    fine_print: list[str] = field(default_factory=list)
    qr: str | None = None
    back_side: bool = False

    @property
    def company(self) -> str:
        """The firm in its fullest printed form: the fine print's legal name over the wordmark."""
        return (
            self.firm.legal
            if self.firm.legal and any(self.firm.legal in f for f in self.fine_print)
            else self.firm.wordmark
        )


EMAIL_LABELS = ("", "", "E ", "E: ", "Email: ", "e-mail: ", "E-Mail ", "Mail: ")
WEB_LABELS = ("", "", "", "W ", "Web: ")


def _phone(rng: random.Random, content: CardContent, kind: str) -> Contact:
    number = people.phone(rng, content.country, kind)
    labels = people.LABELS[content.lang]
    label = rng.choice(labels.get(kind, labels["work"])) if rng.random() < 0.8 else ""
    separator = rng.choice(people.SEPARATORS[:-1] if label.endswith(".") else people.SEPARATORS)
    printed = f"{label}{separator}{number}" if label else number
    truth_kind = {"tollfree": "work"}.get(kind, kind) if label else "other"
    return Contact(printed, number, "phones", truth_kind)


def _mailbox(rng: random.Random, person: people.Person) -> str:
    given = people.ascii_fold(person.given).lower().replace(" ", "")
    surname = people.ascii_fold(person.surname).lower().replace(" ", "").replace("-", "")
    return rng.choice(
        (
            f"{given}.{surname}",
            f"{given[0]}.{surname}",
            f"{given[0]}{surname}",
            given,
            f"{given}_{surname}",
            f"{surname}",
        )
    )


def contents(fake: Faker, rng: random.Random, country: str, sector: str, back_side: bool) -> CardContent:
    locale_lang = people.LOCALES[country][1]
    lang = "en" if sector == "it" and rng.random() < 0.6 else locale_lang
    firm = firms.firm(fake, rng, country, lang, sector)
    card = CardContent(country, lang, sector, firm, None)
    if back_side:
        card.back_side = True
        card.slogan = firms.slogan(fake, rng, lang)
        return card
    card.person = people.person(fake, rng, country, sector)
    card.title = firms.title(rng, lang, sector)
    card.department = firms.department(rng, lang, sector)
    if rng.random() < 0.35:
        card.slogan = firms.slogan(fake, rng, lang)
    kinds = ["work", *rng.sample(["mobile", "fax", "work"], k=rng.choice((0, 1, 1, 2)))]
    if country in ("US", "UK") and rng.random() < 0.15:
        kinds.append("tollfree")
    card.phones = [_phone(rng, card, kind) for kind in kinds]
    mailbox = _mailbox(rng, card.person)
    emails = [f"{mailbox}@{firm.host}"]
    if rng.random() < 0.25:
        emails.append(f"{rng.choice(('info', 'office', 'kontakt' if lang == 'de' else 'hello', 'admin'))}@{firm.host}")
    for email in emails:
        label = rng.choice(EMAIL_LABELS)
        card.online.append(Contact(f"{label}{email}", email, "emails"))
    websites = [rng.choice((f"www.{firm.host}", firm.host, f"www.{firm.host}", f"https://www.{firm.host}"))]
    if rng.random() < 0.15:
        websites.append(f"www.{firm.host.split('.')[0]}-{rng.choice(('shop', 'careers', 'blog'))}.com")
    for site in websites:
        card.online.append(Contact(f"{rng.choice(WEB_LABELS)}{site}", site.removeprefix("https://"), "websites"))
    if rng.random() < 0.3:
        surname = people.ascii_fold(card.person.surname).lower().replace(" ", "-")
        handle = f"{people.ascii_fold(card.person.given).lower()}-{surname}"
        social = rng.choice((f"linkedin.com/in/{handle}", f"in/{handle}", f"@{firm.host.split('.')[0]}"))
        card.online.append(Contact(social, social, "social"))
    if sector not in ("it",) or rng.random() < 0.6:
        card.address = people.address(fake, rng, country)
    if firm.legal and rng.random() < 0.8:
        card.fine_print.append(f"{firm.legal}" + (f" · {firm.registration}" if firm.registration else ""))
    elif firm.registration:
        card.fine_print.append(firm.registration)
    if rng.random() < 0.5:  # drawn only where the layout has room (``fresh_scan_draw``)
        card.qr = f"https://{firm.host}/team/{people.ascii_fold(card.person.surname).lower().replace(' ', '-')}"
    return card


def truth(card: CardContent, lines: list[str], image: str, traits: dict[str, object]) -> dict[str, object]:
    """The card's ground truth in docs/EVALUATION_FORMAT.md's format (``lines`` as drawn, in reading order)."""
    tagline = [card.slogan] if card.slogan else []
    tagline += card.fine_print if card.company not in card.fine_print else []
    return truth_record(
        image=image,
        kind="scan",
        lang=card.lang,
        name=card.person.printed if card.person else None,
        title=", ".join(card.title) or None,
        company=card.company,
        department=card.department,
        emails=[c.value for c in card.online if c.field == "emails"],
        phones=[{"number": c.value, "kind": c.kind} for c in card.phones],
        websites=[c.value for c in card.online if c.field == "websites"],
        address=", ".join(card.address) or None,
        social=[c.value for c in card.online if c.field == "social"],
        tagline=" / ".join(tagline) or None,
        lines=lines,
        notes="",
        traits=traits,
    )
