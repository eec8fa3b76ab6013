"""Phone photos of French cards as real French firms print them, drawn apart from the other French sets: a
fresh proxy for issue 10's unseen synthetic French photos (``fr_stranger_data`` says what the cards print,
``fr_stranger_photo`` how they are photographed).

Written before reading the parser's rules and without looking at ``french_set``'s or ``photo_set``'s
layouts: artisans (plombier, électricien, boulanger …), professions libérales (avocat, notaire,
expert-comptable, kinésithérapeute …), companies (SARL/SAS/EURL/SA/SCI), associations, town halls and
start-ups. Six layouts (``LAYOUTS``): a coloured band across the top holding the firm, two columns (the logo
and the firm left, the person and the contacts right), everything centred, the name first with the firm at
the top right, the contacts in a coloured band along the bottom, and an upright card; sometimes a dark card
with light print; labels ("Tél.", "Port.", "Standard :", "Ligne directe :") or drawn icons before the
contacts; the address on its lines or on one line; the legal fine print (capital, RCS, SIRET, APE, TVA) at the
bottom. Cards are 85 × 55 mm at 300 dpi, photographed at moderate difficulty as 1280 × 720 frames.

Truth follows docs/EVALUATION_FORMAT.md: the name as printed with its honorific, the company in its fullest
printed form, phone numbers without their label, websites as printed, the address's lines joined with ", "
(without a "Siège social :" label). ``traits`` records the layout and the photo's conditions, ``corners``
the card's corners in the frame. Seed 1 tunes, seed 2 is held out.

    python -m tests.ocr.fr_stranger_set OUT_DIR [--count 36] [--seed 1]
    python -m cardbook.ocr.evaluate OUT_DIR --jobs 1 --misses
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from .fr_stranger_data import KINDS, FrCard, fr_card
from .fr_stranger_photo import photograph
from .set_writer import print_paths, rounded_points, seed_of_card, set_parser, truth_record, write_jpeg
from .stranger_draw import EU_CARD, RGB, Line, blank, column_height, draw_column, family, symbol, to_bgr

LAYOUTS = ("band_top", "two_columns", "centred", "name_first", "bottom_band", "portrait")
ACCENTS: list[RGB] = [(20, 50, 110), (120, 20, 40), (20, 100, 60), (210, 100, 20), (0, 105, 120), (70, 80, 90)]
DARK_PAPERS: list[RGB] = [(25, 35, 60), (40, 40, 44), (20, 60, 50)]
MARGIN = 58  # about 5 mm at 300 dpi: the quiet edge printers keep
INK: RGB = (32, 32, 34)
GREY: RGB = (105, 105, 110)


class Look:
    """The card's faces, sizes and inks, and how contacts are introduced."""

    def __init__(self, rng: random.Random, dark: bool) -> None:
        self.regular, self.bold = family(rng)
        self.accent = rng.choice(ACCENTS)
        self.paper: RGB = rng.choice(DARK_PAPERS) if dark else rng.choice([(252, 252, 250), (246, 244, 238)])
        self.ink: RGB = (238, 238, 232) if dark else INK
        self.soft: RGB = (190, 190, 185) if dark else GREY
        if dark:
            self.accent = (225, 190, 110)
        self.icons = rng.random() < 0.25
        self.mail_label = rng.choice([None, None, "E-mail :", "Courriel :", "Mail :"])
        self.name_size = rng.randint(44, 52)
        self.body_size = rng.randint(27, 31)


def _contact_texts(card: FrCard, look: Look, rng: random.Random) -> list[tuple[str, str | None]]:
    """Each contact line as printed, with its icon when the card draws icons instead of labels."""
    out: list[tuple[str, str | None]] = []
    for phone in card.phones:
        if look.icons:
            out.append((phone.number, "mobile" if phone.kind == "mobile" else "phone"))
        else:
            out.append((f"{phone.label} {phone.number}" if phone.label else phone.number, None))
    for email in card.emails:
        if look.icons:
            out.append((email, "mail"))
        else:
            out.append((f"{look.mail_label} {email}" if look.mail_label else email, None))
    for site in card.websites:
        out.append((site, "web" if look.icons else None))
    return out


def _address_texts(card: FrCard, one_line: bool) -> list[str]:
    if not card.address:
        return []
    lines = [" – ".join(card.address)] if one_line else list(card.address)
    if card.address_label:
        lines[0] = f"{card.address_label} {lines[0]}"
    return lines


def _person(card: FrCard, look: Look, ink: RGB) -> list[Line]:
    lines = [Line(card.name, look.bold, look.name_size, ink)]
    if card.title:
        lines.append(Line(card.title, look.regular, look.body_size + 2, look.accent if ink == look.ink else ink))
    if card.department:
        lines.append(Line(card.department, look.regular, look.body_size, look.soft if ink == look.ink else ink))
    return lines


def _firm(card: FrCard, look: Look, rng: random.Random, ink: RGB) -> list[Line]:
    lines: list[Line] = []
    if card.header:
        lines.append(Line(card.header, look.bold, rng.randint(50, 62), ink))
    if card.tagline:
        lines.append(Line(card.tagline, look.regular, rng.randint(25, 29), ink))
    return lines


def _fine(card: FrCard, look: Look, ink: RGB) -> list[Line]:
    return [Line(text, look.regular, 20, ink) for text in card.fine_print]


def _gapped(lines: list[Line], gap: int) -> list[Line]:
    """``lines`` set ``gap`` pixels below what comes before them."""
    return [replace(line, gap=gap) if index == 0 else line for index, line in enumerate(lines)]


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def _draw_fine_print(image: Image.Image, lines: list[Line], look: Look, align: str) -> None:
    width, height = image.size
    top = height - MARGIN // 2 - column_height(lines)
    draw_column(image, lines, MARGIN, width - MARGIN, top, align, look.paper)


def layout(card: FrCard, rng: random.Random) -> tuple[Image.Image, list[str], list[str]]:
    """The flat card, its printed lines in reading order, its traits."""
    name = rng.choice(LAYOUTS)
    dark = name in ("centred", "name_first", "two_columns") and rng.random() < 0.15
    look = Look(rng, dark)
    one_line = rng.random() < 0.25
    traits = [f"layout:{name}", f"org:{card.kind}"] + (["dark"] if dark else []) + (["icons"] if look.icons else [])
    traits += ["address:one-line"] if one_line else []
    contacts = [
        Line(text, look.regular, look.body_size, look.ink, icon=icon) for text, icon in _contact_texts(card, look, rng)
    ]
    address = [Line(text, look.regular, look.body_size, look.ink) for text in _address_texts(card, one_line)]
    fine = _fine(card, look, look.soft)
    size = (EU_CARD[1], EU_CARD[0]) if name == "portrait" else EU_CARD
    image = blank(size, look.paper)
    draw = ImageDraw.Draw(image)
    width, height = size
    fine_top = height - MARGIN // 2 - column_height(fine) if fine else height - MARGIN
    printed: list[str] = []
    if name == "band_top":
        band = int(height * rng.uniform(0.24, 0.3))
        draw.rectangle((0, 0, width, band), fill=look.accent)
        firm = _firm(card, look, rng, (250, 250, 250))
        draw_column(
            image, firm, MARGIN, width - MARGIN, max(16, (band - column_height(firm)) // 2), "left", look.accent
        )
        top = band + 30
        person = _person(card, look, look.ink)
        draw_column(image, person + _gapped(address, 18), MARGIN, width // 2 + 40, top, "left", look.paper)
        right_top = max(top, fine_top - 12 - column_height(contacts))
        draw_column(image, contacts, width // 2 + 60, width - MARGIN, right_top, "right", look.paper)
        printed = _texts(firm) + _texts(person) + _texts(address) + _texts(contacts)
    elif name == "two_columns":
        split = int(width * 0.4)
        firm = _firm(card, look, rng, look.accent)
        mark = 90 if rng.random() < 0.6 else 0
        firm_h = column_height(firm) + mark
        top = max(MARGIN, (fine_top - firm_h) // 2)
        if mark:
            box = (split // 2 - mark // 2, top, split // 2 + mark // 2, top + mark - 12)
            symbol(image, rng.randint(0, 3), box, look.accent, look.paper)
        draw_column(image, firm, MARGIN // 2, split - 20, top + mark, "centre", look.paper)
        draw.line((split, MARGIN, split, fine_top - 16), fill=look.soft, width=2)
        right = _person(card, look, look.ink) + _gapped(contacts + address, 22)
        right_top = max(MARGIN // 2, (fine_top - column_height(right)) // 2)
        draw_column(image, right, split + 30, width - MARGIN // 2, right_top, "left", look.paper)
        printed = _texts(firm) + _texts(right)
    elif name in ("centred", "portrait"):
        phones_one_line = name == "centred" and not look.icons and len(card.phones) > 1 and rng.random() < 0.6
        if phones_one_line:
            joined = rng.choice(["  –  ", "  |  ", "   "]).join(c.text for c in contacts[: len(card.phones)])
            contacts = [Line(joined, look.regular, look.body_size, look.ink), *contacts[len(card.phones) :]]
        firm = _firm(card, look, rng, look.accent)
        person = _person(card, look, look.ink)
        stack = firm + _gapped(person, 28) + _gapped(contacts + address, 20)
        mark = 110 if name == "portrait" else 0
        top = max(MARGIN // 2, (fine_top - column_height(stack) - mark) // 2)
        if mark:
            box = (width // 2 - 50, top, width // 2 + 50, top + mark - 14)
            symbol(image, rng.randint(0, 3), box, look.accent, look.paper)
        draw_column(image, stack, MARGIN // 2, width - MARGIN // 2, top + mark, "centre", look.paper)
        printed = _texts(stack)
    elif name == "name_first":
        person = _person(card, look, look.ink)
        draw_column(image, person, MARGIN, int(width * 0.62), MARGIN, "left", look.paper)
        firm = _firm(card, look, rng, look.accent)
        firm = [replace(line, size=int(line.size * 0.75)) for line in firm]  # the firm small: the name leads
        draw_column(image, firm, int(width * 0.64), width - MARGIN, MARGIN, "right", look.paper)
        bottom = fine_top - 14
        draw_column(image, address, MARGIN, width // 2, bottom - column_height(address), "left", look.paper)
        draw_column(image, contacts, width // 2, width - MARGIN, bottom - column_height(contacts), "right", look.paper)
        printed = _texts(person) + _texts(firm) + _texts(address) + _texts(contacts)
    else:  # bottom_band: the contacts in light print on a band of the accent colour
        band_top = int(height * rng.uniform(0.52, 0.58))
        draw.rectangle((0, band_top, width, height), fill=look.accent)
        firm = _firm(card, look, rng, look.accent)
        draw_column(image, firm, MARGIN, width - MARGIN, MARGIN // 2 + 6, "left", look.paper)
        person = _person(card, look, look.ink)
        draw_column(image, person, MARGIN, width - MARGIN, band_top - 16 - column_height(person), "right", look.paper)
        light: RGB = (250, 250, 250)
        band_address = [replace(line, size=line.size - 2, color=light) for line in address]
        band_contacts = [replace(line, size=line.size - 2, color=light) for line in contacts]
        draw_column(image, band_address, MARGIN, width // 2 - 10, band_top + 24, "left", look.accent)
        draw_column(image, band_contacts, width // 2, width - MARGIN, band_top + 24, "right", look.accent)
        fine = []
        printed = _texts(firm) + _texts(person) + _texts(band_address) + _texts(band_contacts)
        traits.append("no-fine-print")
    if fine:
        _draw_fine_print(image, fine, look, "centre" if name in ("centred", "portrait") else "left")
        printed += _texts(fine)
    return image, printed, traits


def truth_for(
    card: FrCard, lines: list[str], traits: list[str], image: str, corners: list[list[float]]
) -> dict[str, Any]:
    return truth_record(
        image=image,
        kind="photo",
        lang="fr",
        name=card.name,
        title=card.title,
        # a legal name only the fine print gives is no name of the card when the layout prints no fine print
        company=card.header if "no-fine-print" in traits else card.company,
        department=card.department,
        emails=list(card.emails),
        phones=[{"number": phone.number, "kind": phone.kind} for phone in card.phones],
        websites=list(card.websites),
        address=", ".join(card.address) or None,
        tagline=card.tagline,
        lines=[line for line in lines if line],
        notes="generated by tests.ocr.fr_stranger_set",
        traits=traits,
        corners=corners,
    )


def generate(folder: Path, count: int, seed: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written: list[Path] = []
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        card_seed = seed_of_card(seed, index)
        card = fr_card(kind, rng, card_seed)
        flat, lines, traits = layout(card, rng)
        photo, quality, quad, done = photograph(to_bgr(flat), rng, card_seed)
        name = f"fr-{kind}-{index:03d}.jpg"
        truth = truth_for(card, lines, traits + done, name, rounded_points(quad))
        written.append(write_jpeg(folder / name, photo, quality, truth))
    return written


def main(argv: list[str] | None = None) -> None:
    parser = set_parser("fr_stranger_set", __doc__, 36, raw_description=True)
    args = parser.parse_args(argv)
    print_paths(generate(args.folder, args.count, args.seed))


if __name__ == "__main__":
    main()
