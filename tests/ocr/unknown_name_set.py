"""Cards whose person no name list holds: issue 10's "names outside the first-name list" as a proxy.

Every other proxy draws its people from Faker, whose first names the parser's names data holds whole, so none of
them can show a name found without that list. Here each card's given name (and half the surnames) comes from
``unknown_name_data``: syllables of a naming tradition (Brazilian, Korean, Japanese, Chinese, West African,
Arabic, Indian, Slavic, invented Western), every candidate some list knows rejected. The rest of the card is an
existing proxy's, through its public functions, in turn:

- ``scan``: ``fresh_scan_set``'s office cards (US/UK/DE/IT/ES/NL/BE/CH/SE/PL: English, German, Italian,
  Spanish...), drawn by ``fresh_scan_draw`` and scanned by ``fresh_scan_capture``;
- ``photo``: ``fresh_photo_set``'s Brazilian and US small-business cards (Portuguese, English), photographed by
  ``fresh_photo_capture``;
- ``fr``: ``fr_stranger_set``'s French cards, photographed by ``fr_stranger_photo``.

The person's name is printed in one of its tradition's styles (given name first, "Given SURNAME", the family
name first in capitals, initials), sometimes followed by a credential after a comma or sharing its line with
the title ("Name, Title", "Name | Title"); the e-mail spells the name half the time (first.last@, flast@,
first@) and is a shared box otherwise (contact@, info@...). The name is the largest type on most layouts, not
on all (a wordmark or a band's firm may be larger). Truth follows docs/EVALUATION_FORMAT.md; ``traits`` says
the tradition, the style, whether the surname is unknown too, and where the name is.

Seeds 1 and 3 tune, seed 2 is held out; the same seed makes the same set.

    python -m tests.ocr.unknown_name_set OUT_DIR [--count 40] [--seed 1]
    python -m cardbook.ocr.evaluate --jobs 1 --misses OUT_DIR
"""

from __future__ import annotations

import random
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from faker import Faker

from tests.ocr import fresh_scan_capture, fresh_scan_draw
from tests.ocr import fresh_scan_people as scan_people
from tests.ocr.fr_stranger_data import KINDS as FR_KINDS
from tests.ocr.fr_stranger_data import fr_card
from tests.ocr.fr_stranger_photo import photograph as fr_photograph
from tests.ocr.fr_stranger_set import layout as fr_layout
from tests.ocr.fr_stranger_set import truth_for as fr_truth
from tests.ocr.fresh_photo_capture import photograph
from tests.ocr.fresh_photo_cards import DESIGNS, draw_card
from tests.ocr.fresh_photo_data import draw_content
from tests.ocr.fresh_scan_cards import Contact, contents, truth
from tests.ocr.fresh_scan_firms import SECTORS
from tests.ocr.set_writer import (
    print_paths,
    rounded_points,
    seed_of_card,
    set_parser,
    truth_record,
    write_encoded,
    write_jpeg,
)
from tests.ocr.stranger_draw import to_bgr
from tests.ocr.unknown_name_data import SHARED_BOXES, UnknownPerson, mailbox, person, slug

DEFAULT_COUNT = 40
KINDS = ("scan", "photo", "fr")
SCAN_COUNTRIES = ("US", "DE", "UK", "IT", "ES", "NL", "US", "BE", "UK", "CH", "SE", "PL")
PHOTO_DESIGNS = tuple(design for design in DESIGNS if design != "back")  # a back side carries no person
# How often the name shares its line with the title ("Name, Title", "Name | Title"), and how often a
# credential follows it after a comma (issue 10's "a name followed by a comma").
SHARED_LINE_SHARE = 0.15
CREDENTIAL_SHARE = 0.15
CREDENTIALS = ("MBA", "PhD", "MSc", "CPA", "Esq.", "LL.M.")
LINE_SEPARATORS = (", ", " | ", " – ")
FREE_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "yahoo.com.br", "aol.com")


def _name_as_printed(rng: random.Random, found: UnknownPerson) -> str:
    """The name with a credential after a comma now and then (the truth keeps it: EVALUATION_FORMAT.md)."""
    if rng.random() < CREDENTIAL_SHARE:
        return f"{found.printed}, {rng.choice(CREDENTIALS)}"
    return found.printed


def _traits(found: UnknownPerson, kind: str, shared: bool) -> dict[str, object]:
    return {
        "kind": kind,
        "tradition": found.tradition,
        "given": found.given,
        "surname": found.surname,
        "style": found.style,
        "surname_unknown": found.surname_unknown,
        "shared_line": shared,
    }


def _scan_card(seed: int, index: int, rng: random.Random) -> tuple[bytes | Any, int, dict[str, Any]]:
    country = SCAN_COUNTRIES[(index + seed) % len(SCAN_COUNTRIES)]
    fake = Faker(scan_people.LOCALES[country][0])
    fake.seed_instance(seed_of_card(seed, index))
    sector = SECTORS[(index * 5 + seed) % len(SECTORS)]
    card = contents(fake, rng, country, sector, back_side=False)
    found = person(rng, fake.last_name())
    name = _name_as_printed(rng, found)
    title = list(card.title)
    shared = bool(title) and rng.random() < SHARED_LINE_SHARE
    printed = f"{name}{rng.choice(LINE_SEPARATORS)}{title[0]}" if shared else name
    card.person = scan_people.Person(found.given, found.surname, printed)
    if shared:
        card.title = title[1:]
    host = card.firm.host
    box = mailbox(rng, found)
    online = [c for c in card.online if c.field not in ("emails", "social")]
    emails = [c for c in card.online if c.field == "emails"]
    label = emails[0].printed[: -len(emails[0].value)] if emails else ""
    extra = [c for c in emails[1:] if c.value != f"{box}@{host}"]  # the firm's second box, unless it is this one
    card.online = [Contact(f"{label}{box}@{host}", f"{box}@{host}", "emails"), *extra, *online]
    card.qr = f"https://{host}/" if card.qr else None
    layouts = list(fresh_scan_draw.LAYOUTS)
    layout = layouts[(index + 3 * seed) % len(layouts)]
    render, lines = fresh_scan_draw.draw(card, layout, rng)
    image, quality, capture = fresh_scan_capture.scan(render, rng)
    record = truth(card, lines, "", {"country": country, "layout": layout, **_traits(found, "scan", shared), **capture})
    record["name"] = name
    record["title"] = ", ".join(title) or None
    if record["company"] == card.firm.wordmark:  # the wordmark as the layout printed it (some print capitals)
        record["company"] = next(
            (ln for ln in lines if ln.casefold() == card.firm.wordmark.casefold()), card.firm.wordmark
        )
    return image, quality, record


def _photo_card(seed: int, index: int, rng: random.Random) -> tuple[bytes, dict[str, Any]]:
    country = ("br", "us")[(index // len(KINDS)) % 2]
    design = PHOTO_DESIGNS[(index // len(KINDS)) % len(PHOTO_DESIGNS)]
    content = draw_content(rng, country)
    found = person(rng, content.name.split()[-1] if content.name else "Silva")
    name = _name_as_printed(rng, found)
    box = mailbox(rng, found)
    domain = content.emails[0].split("@")[1] if content.emails else rng.choice(FREE_MAIL)
    if domain in FREE_MAIL and box in SHARED_BOXES:  # nobody shares a free mailbox: the name and a number
        box = f"{slug(found.given.split()[0])}{rng.randint(1, 99)}"
    emails = [f"{box}@{domain}", *content.emails[1:]]
    if not content.emails:
        content.rows.append(("email", "", emails[0]))
    rows = [
        (kind, label, emails[0]) if kind == "email" else (kind, label, value) for kind, label, value in content.rows
    ]
    content = replace(content, name=name, emails=emails, rows=rows)
    drawn = draw_card(content, design, rng)
    data, corners, capture = photograph(drawn.image, rng)
    record = truth_record(
        image="",
        kind="photo",
        lang=content.lang,
        name=name,
        title=content.title,
        company=content.company,
        emails=content.emails,
        phones=content.phones,
        websites=content.websites,
        address=content.address,
        social=content.social,
        tagline=content.tagline,
        lines=drawn.lines,
        notes="generated by tests.ocr.unknown_name_set",
        traits={"country": country, "design": design, **_traits(found, "photo", False)},
        capture=asdict(capture),
        corners=rounded_points(corners.tolist()),
    )
    return data, record


def _fr_card(seed: int, index: int, rng: random.Random) -> tuple[Any, int, dict[str, Any]]:
    card_seed = seed_of_card(seed, index)
    card = fr_card(FR_KINDS[(index // len(KINDS)) % len(FR_KINDS)], rng, card_seed)
    found = person(rng, card.name.split()[-1].title())
    name = _name_as_printed(rng, found)
    emails = list(card.emails)
    if emails:
        emails[0] = f"{mailbox(rng, found)}@{emails[0].split('@')[1]}"
    card = replace(card, name=name, emails=emails)
    flat, lines, traits = fr_layout(card, rng)
    photo, quality, quad, done = fr_photograph(to_bgr(flat), rng, card_seed)
    record = fr_truth(card, lines, traits + done, "", rounded_points(quad))
    record["traits"] = {"layout": traits + done, **_traits(found, "fr", False)}
    record["notes"] = "generated by tests.ocr.unknown_name_set"
    return photo, quality, record


def write_set(out: Path, count: int, seed: int) -> list[Path]:
    """``count`` cards of set ``seed`` in ``out``: ``unknown-<seed>-<index>-<kind>.jpg`` and their truth."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        rng = random.Random(seed_of_card(seed, index, group=7))
        stem = f"unknown-{seed}-{index:03d}-{kind}"
        if kind == "photo":
            data, record = _photo_card(seed, index, rng)
            record["image"] = f"{stem}.jpg"
            written.append(write_encoded(out / f"{stem}.jpg", data, record))
            continue
        image, quality, record = _scan_card(seed, index, rng) if kind == "scan" else _fr_card(seed, index, rng)
        record["image"] = f"{stem}.jpg"
        written.append(write_jpeg(out / f"{stem}.jpg", image, quality, record))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = set_parser("unknown_name_set", __doc__.split("\n\n")[0] if __doc__ else None, DEFAULT_COUNT)
    args = parser.parse_args(argv)
    print_paths(write_set(args.folder, args.count, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
