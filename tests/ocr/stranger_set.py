"""Flatbed scans of US and European cards laid out as no other generator here draws them: an honest proxy
for issue 10's unseen scans (``stranger_data`` says what they print, ``stranger_draw`` how they are drawn).

Written from what real office cards do, not from the parser's rules: the name in small capitals or
letter-spaced, the title above the name, the firm only as a logo (a drawn symbol and a wordmark) with a
tagline and its legal name in the fine print, two people on one card, right-aligned, centred or split
blocks, contact lines behind drawn icons instead of labels, LinkedIn and social handles, websites with a
path or "https://", the firm's mailbox beside the person's, American extensions, a vertical stripe of
colour, a dark card with white print, a QR code, university and hospital cards (departments, "Professor
of …", honorifics), law and accounting firms named by their partners, the address on one line with "·" or
"|" between its parts. Rendered at 300 dpi and scanned (``stranger_draw.flatbed_scan``).

Truth follows docs/EVALUATION_FORMAT.md: the name as printed (honorifics included), the company in its
fullest printed form (the fine print's legal name over the wordmark), websites as printed minus the scheme,
a one-line address's parts joined with ", ". ``traits`` lists the card's layout choices, to split figures.
Nothing is committed: the same seed makes the same set on a machine with the same fonts. Seed 1 is for
tuning, seeds 2 and 3 are held out.

    python -m tests.ocr.stranger_set OUT_DIR [--count 40] [--seed 1] [--countries US DE ...]
    python -m cardbook.ocr.evaluate OUT_DIR --jobs 1 --misses
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from .set_writer import print_paths, seed_of_card, set_parser, truth_record, write_jpeg
from .stranger_data import COUNTRY_ORDER, StrangerCard, stranger_card
from .stranger_draw import (
    EU_CARD,
    RGB,
    US_CARD,
    Line,
    blank,
    column_height,
    draw_column,
    family,
    flatbed_scan,
    qr_code,
    symbol,
    to_bgr,
)

INKS: list[RGB] = [(20, 20, 20), (30, 40, 70), (60, 60, 60), (15, 50, 90), (110, 20, 30), (20, 80, 60)]
DARK_PAPERS: list[RGB] = [(22, 28, 40), (30, 30, 30), (15, 45, 80), (60, 20, 30)]
LAYOUTS = ["stacked", "right", "centred", "split", "stripe"]
LABELS: dict[str, dict[str, str]] = {  # printed before a number or address when the card uses words, not icons
    "en": {"work": "T", "mobile": "M", "fax": "F", "mail": "E", "web": "W"},
    "de": {"work": "Tel.", "mobile": "Mobil", "fax": "Fax", "mail": "E-Mail", "web": "Web"},
    "fr": {"work": "Tél.", "mobile": "Mob.", "fax": "Fax", "mail": "Email", "web": "Web"},
    "it": {"work": "Tel.", "mobile": "Cell.", "fax": "Fax", "mail": "E-mail", "web": "Web"},
    "es": {"work": "Tel.", "mobile": "Móvil", "fax": "Fax", "mail": "Email", "web": "Web"},
    "nl": {"work": "T", "mobile": "M", "fax": "F", "mail": "E", "web": "W"},
    "sv": {"work": "Tel", "mobile": "Mobil", "fax": "Fax", "mail": "E-post", "web": "Webb"},
    "da": {"work": "Tlf.", "mobile": "Mobil", "fax": "Fax", "mail": "E-mail", "web": "Web"},
    "no": {"work": "Tlf.", "mobile": "Mob.", "fax": "Faks", "mail": "E-post", "web": "Web"},
    "fi": {"work": "Puh.", "mobile": "Mob.", "fax": "Faksi", "mail": "S-posti", "web": "Web"},
    "pl": {"work": "tel.", "mobile": "kom.", "fax": "faks", "mail": "e-mail", "web": "www"},
}
ICONS = {"work": "phone", "mobile": "mobile", "fax": "phone", "mail": "mail", "web": "web"}


class Styler:
    """The card's faces, sizes and inks, and how its contact lines are introduced (icons, labels, nothing)."""

    def __init__(self, card: StrangerCard, rng: random.Random, dark: bool) -> None:
        self.regular, self.bold = family(rng)
        self.heading = family(rng)[1] if rng.random() < 0.4 else self.bold
        self.ink: RGB = (245, 245, 240) if dark else rng.choice(INKS)
        self.accent: RGB = (230, 190, 90) if dark else rng.choice(INKS[1:])
        self.body = rng.randint(26, 32)  # 7-8 pt at 300 dpi
        self.mode = rng.choice(["icons", "labels", "bare"])
        self.name_style = rng.choice(["bold", "bold", "small_caps", "tracked", "regular"])
        self.labels = LABELS[card.lang]

    def name(self, text: str) -> Line:
        size = self.body + 14
        if self.name_style == "small_caps":
            return Line(text, self.regular, size, self.ink, small_caps=True)
        if self.name_style == "tracked":
            return Line(text.upper(), self.regular, size - 6, self.ink, tracking=0.25)
        return Line(text, self.bold if self.name_style == "bold" else self.regular, size, self.ink)

    def small(self, text: str, gap: int = 0) -> Line:
        return Line(text, self.regular, self.body - 3, self.ink, gap=gap)

    def contact(self, kind: str, value: str) -> tuple[Line, str]:
        """The printed line and its text as the truth's ``lines`` hold it."""
        if self.mode == "icons":
            return Line(value, self.regular, self.body, self.ink, icon=ICONS[kind]), value
        if self.mode == "labels":
            text = f"{self.labels[kind]} {value}"
            return Line(text, self.regular, self.body, self.ink), text
        return Line(value, self.regular, self.body, self.ink), value


def _logo(card: StrangerCard, style: Styler, rng: random.Random) -> list[Line]:
    mark = card.wordmark.lower() if rng.random() < 0.3 and card.org == "company" else card.wordmark
    tracked = 0.18 if rng.random() < 0.3 else 0.0
    lines = [
        Line(mark.upper() if tracked else mark, style.heading, rng.randint(40, 60), style.accent, tracking=tracked)
    ]
    if card.tagline:
        lines.append(Line(card.tagline, style.regular, style.body - 4, style.ink))
    return lines


def _person_lines(card: StrangerCard, style: Styler, index: int, title_first: bool, out: list[str]) -> list[Line]:
    person = card.people[index]
    lines: list[Line] = []
    title = [style.small(person.title)] if person.title else []
    name = [style.name(person.name)]
    for line in title + name if title_first else name + title:
        lines.append(line)
    if index == 0 and card.department:
        lines.append(style.small(card.department))
    out.extend(line.text for line in lines)
    return lines


def _contact_lines(card: StrangerCard, style: Styler, rng: random.Random, out: list[str]) -> list[Line]:
    lines: list[Line] = []
    entries: list[tuple[str, str]] = []
    for person in card.people:
        entries += person.phones
    entries += card.phones
    for person in card.people:
        if person.email:
            entries.append(("mail", person.email))
    entries += [("mail", email) for email in card.emails]
    entries += [("web", site) for site in card.websites]
    for kind, value in entries:
        line, text = style.contact(kind, value)
        lines.append(line)
        out.append(text)
    for handle in card.social:
        icon = "in" if handle.startswith("linkedin") else "at"
        lines.append(
            Line(handle.lstrip("@") if icon == "at" else handle, style.regular, style.body, style.ink, icon=icon)
        )
        out.append(lines[-1].text)
    return lines


def _address_lines(card: StrangerCard, style: Styler, one_line: bool, rng: random.Random, out: list[str]) -> list[Line]:
    parts = list(card.address) + ([card.country_name] if rng.random() < 0.3 else [])
    if card.wordmark != card.company:  # the legal name in the fine print
        parts = [card.company, *parts]
    if one_line:
        separator = rng.choice([" · ", " | ", " • "])
        text = separator.join(parts)
        out.append(text)
        return [style.small(text)]
    out.extend(parts)
    return [style.small(part) for part in parts]


def layout(card: StrangerCard, rng: random.Random) -> tuple[Image.Image, list[str], list[str]]:
    """The flat card, its printed lines in reading order, its traits."""
    dark = rng.random() < 0.15
    style = Styler(card, rng, dark)
    layout_name = rng.choice(LAYOUTS)
    size = US_CARD if card.country == "US" else EU_CARD
    paper: RGB = (
        rng.choice([(22, 28, 40), (30, 30, 30), (15, 45, 80)])
        if dark
        else (rng.randint(242, 253), rng.randint(240, 251), rng.randint(232, 248))
    )
    image = blank(size, paper)
    width, height = size
    qr = rng.random() < 0.15
    one_line = rng.random() < 0.35
    title_first = rng.random() < 0.3
    traits = [layout_name, style.mode, "name:" + style.name_style] + ["dark"] * dark + ["qr"] * qr
    traits += ["address:one-line"] * one_line + ["title-first"] * title_first + [card.org, card.country]
    traits += ["two-people"] * (len(card.people) > 1)
    out: list[str] = []
    margin = 64
    left, right = margin, width - margin
    if layout_name == "stripe":
        stripe = rng.randint(36, 90)
        ImageDraw.Draw(image).rectangle((0, 0, stripe, height), fill=style.accent)
        left += stripe
    if qr:
        side = 170
        qr_code(
            image,
            "https://" + card.websites[0].split("://")[-1],
            (right - side, height - side - 50),
            side,
            style.ink,
            paper,
        )
        right -= side + 30
    logo = _logo(card, style, rng)
    out.extend(line.text for line in logo)
    people: list[Line] = []
    for index in range(len(card.people)):
        chunk = _person_lines(card, style, index, title_first, out)
        if index:
            chunk[0].gap = 14
        people += chunk
    contacts = _contact_lines(card, style, rng, out)
    address = _address_lines(card, style, one_line, rng, out)
    mark_box = rng.random() < 0.6
    if layout_name == "split":  # logo on the left half, the person and contacts on the right
        middle = width // 2 - 10
        if mark_box:
            symbol(image, rng.randint(0, 3), (left, 70, left + 90, 160), style.accent, paper)
        draw_column(image, logo, left, middle - 20, 190 if mark_box else 120, "left", paper)
        block = [*people, Line("", style.regular, 10, style.ink), *contacts, *address]
        top = max(40, (height - column_height(block)) // 2)
        draw_column(image, block, middle + 20, right, top, "left", paper)
        return image, out, traits
    align = {"stacked": "left", "stripe": "left", "right": "right", "centred": "centre"}[layout_name]
    top = 48
    if mark_box:
        box_left = left if align == "left" else right - 80 if align == "right" else width // 2 - 40
        symbol(image, rng.randint(0, 3), (box_left, top, box_left + 80, top + 80), style.accent, paper)
        top += 92
    bottom_block = contacts + address
    y = draw_column(image, logo, left, right, top, align, paper)
    space_left = height - 36 - column_height(bottom_block)
    if column_height(people) + y + 10 <= space_left:
        draw_column(image, people, left, right, y + 10, align, paper)
        draw_column(image, bottom_block, left, right, space_left, align, paper)
    else:  # no room below: the person on the left, the contacts in a second column on the right
        middle = (left + right) // 2
        draw_column(image, people, left, middle - 20, y + 10, "left", paper)
        draw_column(image, bottom_block, middle + 10, right, min(y + 10, space_left), "left", paper)
        traits.append("second-column")
    return image, out, traits


def _plain_site(site: str) -> str:
    return site.split("://", 1)[-1]


def truth_for(card: StrangerCard, lines: list[str], traits: list[str], image: str, one_line: bool) -> dict[str, Any]:
    person = card.people[0]
    phones = [{"number": number, "kind": kind} for p in card.people for kind, number in p.phones]
    phones += [{"number": number, "kind": kind} for kind, number in card.phones]
    emails = [p.email for p in card.people if p.email] + list(card.emails)
    return truth_record(
        image=image,
        kind="scan",
        lang=card.lang,
        name=person.name,
        other_names=[p.name for p in card.people[1:]],
        title=person.title,
        company=card.company,
        department=card.department,
        emails=emails,
        phones=phones,
        websites=[_plain_site(site) for site in card.websites],
        address=", ".join(card.address),
        social=list(card.social),
        tagline=card.tagline,
        lines=[line for line in lines if line],
        notes="generated by tests.ocr.stranger_set",
        traits=traits,
    )


def generate(folder: Path, count: int, seed: int, countries: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written: list[Path] = []
    for index in range(count):
        country = countries[index % len(countries)]
        card_seed = seed_of_card(seed, index)
        card = stranger_card(country, rng, card_seed)
        flat, lines, traits = layout(card, rng)
        scan, quality, done = flatbed_scan(to_bgr(flat), rng, card_seed)
        name = f"stranger-{country.lower()}-{index:03d}.jpg"
        truth = truth_for(card, lines, traits + done + [f"jpeg:{quality}"], name, "address:one-line" in traits)
        written.append(write_jpeg(folder / name, scan, quality, truth))
    return written


def main(argv: list[str] | None = None) -> None:
    parser = set_parser("stranger_set", __doc__, 40, raw_description=True)
    parser.add_argument("--countries", nargs="+", default=COUNTRY_ORDER, help="the cards' countries in turn")
    args = parser.parse_args(argv)
    print_paths(generate(args.folder, args.count, args.seed, args.countries))


if __name__ == "__main__":
    main()
