"""Cards whose company is a logo wordmark, flat and photographed, with ground truth: the text the reader
loses on small businesses' cards.

A small business prints its name as a wordmark: display type 2.5-6 times the height of the body text,
bold, condensed, serif or italic, often in capitals, letter-spaced, coloured, white on a colour band, in
two colours, along an arc (a round logo), or over a picture. Readers lose such words at their ends or
whole (the detection size and page modes are chosen for the body text). Every font installed under
``FONT_DIRS`` is used in turn; the body text (name, title, address, phones, e-mail, website) is plain.

Options (added later; without them a seed makes the same cards as before): ``--ratio LOW HIGH`` sets the
wordmark's height against the body text's (real cards whose company is only a little larger than the name
and the contact lines: 1.3-2.5); ``--faces display`` draws the wordmarks in the installed wide, bold,
slab, serif, condensed and script display faces (``render.palette()``; DejaVu where none is installed)
instead of ``FONT_DIRS``' files; ``--edge`` sets the wordmark flush against the card's left or right edge
(``EDGE_MARGIN``), where photographs and trimmed scans cut or crowd it.

Two folders: ``OUT/scan`` (the flat card with a little noise) and ``OUT/photo`` (the same kind of card
photographed: perspective, blur, uneven light, noise, JPEG, as ``hard_sets``' photos). Truth as printed
(docs/EVALUATION_FORMAT.md); the company is the wordmark's words. Nothing is committed.

    python -m tests.ocr.wordmark_set OUT_DIR [--count 30] [--seed 1] [--kind scan photo]
        [--ratio 1.3 2.5] [--faces display] [--edge]
    python -m cardbook.ocr.evaluate OUT_DIR/scan OUT_DIR/photo --per-folder --jobs 1
"""

from __future__ import annotations

import math
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .hard_data import COUNTRIES, LANGS, ascii_fold, digits_for, postcode
from .hard_sets import background, degrade
from .render import Card, Text, palette, photograph, render, scanner_noise
from .set_writer import kind_cards, print_paths, set_parser, write_card

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
KINDS = ("scan", "photo")
BODY = "DejaVuSans.ttf"
CARD_WIDTH, CARD_HEIGHT, MARGIN = 1050, 650, 60
# The wordmark's letter height against the body text's (cap height to cap height, as the brief for real
# small-business cards says: 2.5 to 6 times).
MIN_RATIO, MAX_RATIO = 2.5, 6.0
# ``--faces display``: the looks of ``render.palette()`` a wordmark is drawn in (wide, black, slab, serif,
# condensed and script display type; the light and plain body looks are left to the body text).
DISPLAY_LOOKS = ("display", "slab", "serif", "condensed", "script", "rounded")
# ``--edge``: the wordmark's distance from the card's left or right edge (pixels of the 1,050 px card): as
# close as a printer's trim allows, a twentieth to a fortieth of an inch.
EDGE_MARGIN = (8, 24)

# Brand words by language: a trade and a name-like word, as small businesses name themselves.
TRADES: dict[str, tuple[str, ...]] = {
    "fr": ("Boulangerie", "Garage", "Atelier", "Fleurs", "Optique", "Café", "Plomberie", "Librairie"),
    "en": ("Bikes", "Bakery", "Garage", "Books", "Plumbing", "Coffee", "Dental", "Roofing", "Salon"),
    "pt": ("Padaria", "Oficina", "Ótica", "Estética", "Açaí", "Pizzaria", "Elétrica", "Imóveis"),
    "de": ("Bäckerei", "Werkstatt", "Blumen", "Optik", "Küchen", "Malerei", "Friseur"),
    "es": ("Panadería", "Taller", "Óptica", "Floristería", "Cafetería", "Reformas"),
    "it": ("Panificio", "Officina", "Ottica", "Fiori", "Caffè", "Idraulica"),
}
NAMES: tuple[str, ...] = (
    "Aurora", "Summit", "Golden", "Redwood", "Bella", "Nordlicht", "Esperança", "Maple", "Riviera",
    "Horizon", "Sol", "Central", "Lumière", "Harbor", "Express", "Victoria", "Brooklyn", "Estrela",
)  # fmt: skip


@dataclass(frozen=True)
class Wordmark:
    text: str
    face: str  # font file path
    size: int
    style: str  # plain | spaced | band | two-tone | arc | picture
    colours: tuple[tuple[int, int, int], tuple[int, int, int]]  # RGB: first word(s), last word
    tracking: float  # extra space between letters, in em
    band: tuple[int, int, int] | None  # RGB of the band behind it


def fonts() -> list[str]:
    """Every installed text font (the mathematics font has no ordinary letters)."""
    found = [str(path) for folder in FONT_DIRS if folder.is_dir() for path in sorted(folder.glob("*.ttf"))]
    return [path for path in found if "Math" not in path]


def brand(lang: str, rng: random.Random) -> str:
    trade, name = rng.choice(TRADES[lang]), rng.choice(NAMES)
    words = [name, trade] if lang in ("en", "de") else [trade, name]
    if rng.random() < 0.25:
        words = [rng.choice(NAMES)] if rng.random() < 0.5 else [*words, rng.choice(NAMES)]
    return " ".join(words)


def domain_of(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in folded if ch.isalnum())


def width_of(mark: Wordmark, size: int) -> float:
    face = ImageFont.truetype(mark.face, size)
    return face.getlength(mark.text) + mark.tracking * size * max(0, len(mark.text) - 1)


def draw_wordmark(image: Image.Image, mark: Wordmark, x: int, y: int) -> None:
    """Letter by letter when spaced or curved, word by word when two-tone, in one call otherwise."""
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(mark.face, mark.size)
    if mark.style == "arc":
        draw_arc(image, mark, face, x, y)
        return
    words = mark.text.split(" ")
    last = len(" ".join(words[:-1])) if len(words) > 1 else len(mark.text)
    at = float(x)
    if mark.tracking == 0 and mark.style != "two-tone":
        draw.text((x, y), mark.text, font=face, fill=mark.colours[0])
        return
    for index, ch in enumerate(mark.text):
        colour = mark.colours[1] if mark.style == "two-tone" and index >= last else mark.colours[0]
        draw.text((at, y), ch, font=face, fill=colour)
        at += face.getlength(ch) + mark.tracking * mark.size


# How far a curved wordmark bends: the angle its letters span on their circle (degrees), as round logos
# and stamps print their name along the upper half of a ring.
ARC_SPAN = (40.0, 110.0)


def arc_radius(mark: Wordmark) -> float:
    return width_of(mark, mark.size) / math.radians(random.Random(mark.text).uniform(*ARC_SPAN))


def arc_sag(mark: Wordmark) -> float:
    """How far the middle of a curved wordmark rises above its ends (pixels)."""
    radius = arc_radius(mark)
    return radius * (1 - math.cos(width_of(mark, mark.size) / radius / 2))


def draw_arc(image: Image.Image, mark: Wordmark, face: ImageFont.FreeTypeFont, x: int, y: int) -> None:
    """The letters along the upper part of a circle, each turned to follow it."""
    length = width_of(mark, mark.size)
    radius = arc_radius(mark)
    centre_x, centre_y = x + length / 2, y + radius
    at = -length / 2
    for ch in mark.text:
        advance = face.getlength(ch)
        angle = (at + advance / 2) / radius
        tile = Image.new("RGBA", (int(mark.size * 1.6), int(mark.size * 1.6)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=face, fill=mark.colours[0], anchor="mm")
        turned = tile.rotate(-math.degrees(angle), resample=Image.Resampling.BICUBIC)
        px = centre_x + radius * math.sin(angle) - turned.width / 2
        py = centre_y - radius * math.cos(angle) - turned.height / 2 + mark.size / 2
        image.paste(turned, (int(px), int(py)), turned)
        at += advance + mark.tracking * mark.size


def picture(width: int, height: int, rng: random.Random) -> np.ndarray:
    """A soft photo-like colour field (BGR): warm and dark blobs, as a card printed over a picture."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    field = np.zeros((height, width, 3), np.float32) + np.array(rng.choice([(200, 215, 235), (120, 160, 210)]))
    for _ in range(6):
        cx, cy, spread = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(60, 260)
        colour = np.array([rng.uniform(0, 255) for _ in range(3)], np.float32)
        weight = np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2 * spread**2))[:, :, None]
        field = field * (1 - weight) + colour * weight
    return np.clip(field, 0, 255).astype(np.uint8)


def make_wordmark(
    text: str, body_cap: float, rng: random.Random, face: str, ratios: tuple[float, float] = (MIN_RATIO, MAX_RATIO)
) -> Wordmark:
    style = rng.choice(("plain", "spaced", "band", "two-tone", "arc", "picture"))
    dark = rng.choice([(20, 60, 130), (150, 30, 30), (20, 100, 60), (30, 30, 30), (120, 40, 120), (200, 110, 20)])
    other = rng.choice([(230, 120, 20), (40, 140, 200), (120, 120, 120), (190, 30, 60)])
    band = None
    colours = (dark, other)
    if style == "band":
        band, colours = dark, ((255, 255, 255), (255, 255, 255))
    tracking = rng.uniform(0.12, 0.45) if style == "spaced" else rng.uniform(0.0, 0.15) if style == "arc" else 0.0
    printed = text.upper() if style == "spaced" or rng.random() < 0.4 else text
    ratio = rng.uniform(*ratios)
    cap_share = 0.72  # cap height / font size of these faces, near enough to choose a size
    mark = Wordmark(printed, face, round(ratio * body_cap / cap_share), style, colours, tracking, band)
    size = mark.size
    while size > 24 and width_of(mark, size) > CARD_WIDTH - 2 * MARGIN:
        size -= 2
    return Wordmark(printed, face, size, style, colours, tracking, band)


def card_for(
    lang: str, rng: random.Random, face: str, ratios: tuple[float, float] = (MIN_RATIO, MAX_RATIO), edge: bool = False
) -> tuple[np.ndarray, dict[str, Any]]:
    country = COUNTRIES[lang]
    first, last = rng.choice(country.first_names), rng.choice(country.surnames)
    company = brand(lang, rng)
    domain = domain_of(company)
    body = rng.choice((20, 22, 24))
    mark = make_wordmark(company, body * 0.72, rng, face, ratios)
    work, mobile = digits_for(country.work, rng), digits_for(country.mobile, rng)
    own_mail = rng.random() < 0.7  # small businesses often use a webmail address
    email = f"{ascii_fold(first)}@{domain}.{country.tld}" if own_mail else f"{domain}@gmail.com"
    website = f"www.{domain}.{country.tld}" if own_mail else None
    street = rng.choice(country.streets).format(n=rng.randint(2, 180))
    city = rng.choice(country.cities).format(pc=postcode(country.lang, rng))
    title = rng.choice(country.titles)
    info = [street, city, f"{country.labels[0]} {work}", f"{country.labels[1]} {mobile}", email]
    info += [website] if website else []
    mark_top = 45
    mark_height = int(mark.size * 1.25 + (arc_sag(mark) if mark.style == "arc" else 0))
    flow_top = mark_top + mark_height + 25
    body_lines = [Text(f"{first} {last}", body + 4, "DejaVuSans-Bold.ttf"), Text(title, body, BODY, (70, 70, 70))]
    body_lines += [Text(line, body, BODY, (50, 50, 50)) for line in info]
    height = max(CARD_HEIGHT, flow_top + sum(int(line.size * 1.45) for line in body_lines) + 30)
    band = (mark_top - 15, mark_top + mark_height + 5, mark.band) if mark.band is not None else None
    card = Card(body_lines, size=(CARD_WIDTH, height), top=flow_top, spacing=1.45, band=band)
    flat = render(card)
    if mark.style == "picture":  # a picture over the right part of the card, fading in from the left
        start = int(CARD_WIDTH * rng.uniform(0.35, 0.6))
        fade = np.clip((np.arange(CARD_WIDTH, dtype=np.float32) - start) / 150.0, 0, 1)[None, :, None]
        flat = (flat * (1 - fade) + picture(CARD_WIDTH, height, rng) * fade).astype(np.uint8)
    image = Image.fromarray(flat[:, :, ::-1].copy())
    centred = rng.random() < 0.4
    x = int((CARD_WIDTH - width_of(mark, mark.size)) / 2) if centred else MARGIN
    if edge:  # drawn only with --edge: the cards of a seed without it stay as they were
        margin = rng.randint(*EDGE_MARGIN)
        x = margin if rng.random() < 0.5 else int(CARD_WIDTH - width_of(mark, mark.size)) - margin
    draw_wordmark(image, mark, max(EDGE_MARGIN[0] if edge else 10, x), mark_top)
    truth = {
        "name": f"{first} {last}",
        "title": title,
        "company": mark.text,
        "emails": [email],
        "phones": [{"number": work, "kind": "work"}, {"number": mobile, "kind": "mobile"}],
        "websites": [website] if website else [],
        "address": f"{street}, {city}",
        "lines": [mark.text, f"{first} {last}", title, *info],
        "wordmark": {"font": Path(face).name, "style": mark.style, "ratio": round(mark.size * 0.72 / (body * 0.72), 2)},
    }
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1]), truth


def display_fonts() -> list[str]:
    """``--faces display``: the installed display faces of ``DISPLAY_LOOKS``, each once."""
    looks = palette()
    return list(dict.fromkeys(face for look in DISPLAY_LOOKS for face in looks[look]))


def generate(
    folder: Path,
    count: int = 30,
    seed: int = 1,
    kinds: tuple[str, ...] = KINDS,
    ratios: tuple[float, float] = (MIN_RATIO, MAX_RATIO),
    faces_from: str = "dejavu",
    edge: bool = False,
) -> list[Path]:
    """``count`` cards of each kind into ``folder/<kind>/``; fonts and languages in turn."""
    faces = display_fonts() if faces_from == "display" else fonts()
    paths: list[Path] = []
    for kind, out, index, card_seed in kind_cards(folder, kinds, count, seed):
        rng = random.Random(card_seed)
        lang = LANGS[index % len(LANGS)]
        face = faces[(index * 7 + seed) % len(faces)]
        image, truth = card_for(lang, rng, face, ratios, edge)
        if kind == "photo":
            photo = photograph(
                image,
                quarter_turns=0,
                tilt=rng.uniform(0.02, 0.07),
                blur=rng.choice([0, 1, 1, 2]),
                shadow=rng.random() < 0.4,
                jpeg_quality=None,
                seed=card_seed,
                scale=rng.uniform(0.6, 0.85),
                background=background(card_seed, card_seed),
            )
            image = degrade(photo, rng, card_seed)
        else:
            image = scanner_noise(image, card_seed, 3)
        name = f"{kind}-{lang}-{index:03d}.jpg"
        # Not set_writer.truth_record: the card's own keys come last in this set's files.
        record = {
            "image": f"{kind}/{name}",
            "kind": "photo" if kind == "photo" else "scan",
            "lang": lang,
            "other_names": [],
            "department": None,
            "social": [],
            "tagline": None,
            "unreadable": False,
            "notes": "synthetic (tests/ocr/wordmark_set.py)",
            **truth,
        }
        paths.append(write_card(out / name, image, record))
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = set_parser("wordmark_set", __doc__, 30, "cards of each kind")
    parser.add_argument("--kind", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument(
        "--ratio", nargs=2, type=float, default=[MIN_RATIO, MAX_RATIO], metavar=("LOW", "HIGH"),
        help="the wordmark's height against the body text's",
    )  # fmt: skip
    parser.add_argument("--faces", choices=("dejavu", "display"), default="dejavu", help="the wordmarks' faces")
    parser.add_argument("--edge", action="store_true", help="wordmarks flush against the card's left or right edge")
    args = parser.parse_args(argv)
    ratios = (args.ratio[0], args.ratio[1])
    print_paths(generate(args.folder, args.count, args.seed, tuple(args.kind), ratios, args.faces, args.edge))


if __name__ == "__main__":
    main()
