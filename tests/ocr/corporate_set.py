"""US and European corporate cards rendered as flatbed scans (most) and phone photos, with ground truth as
printed: the labelling cases of issue 10's unseen scans (``corporate_data`` says what the cards print).

Four layouts: stacked on the left, two columns (the logo and the person on the left, the contacts and the
address on the right), the logo at the top right over a stacked card, and centred; the fine print along the
bottom in small type. The logo block is the wordmark beside a drawn symbol (a disc, a diamond, a triangle or
rings), or the symbol alone. Two folders: ``OUT/scan`` and ``OUT/photo`` (``--photos`` of the cards,
perspective, blur, uneven light, noise, JPEG, as ``smallbiz_set``'s). Truth follows
docs/EVALUATION_FORMAT.md. Nothing is committed: the same seed makes the same set (with this machine's Faker).
Seed 1 is for tuning, seed 2 held out.

    python -m tests.ocr.corporate_set OUT_DIR [--count 40] [--seed 1] [--photos 0.2] [--flatbed 300|600]
    python -m cardbook.ocr.evaluate OUT_DIR/scan OUT_DIR/photo --per-folder --jobs 1 --misses

``--flatbed DPI`` makes the scans instead as a flatbed scanner with its own sharpening gives them
(``flatbed_scan``): the same cards as without it, scanned otherwise.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from .corporate_data import COUNTRIES, COUNTRY_ORDER, CorporateCard, corporate_card
from .flatbed_scan import flatbed_scan
from .hard_sets import fitted
from .render import Card, Text, font, render
from .set_writer import print_paths, seed_of_card, set_parser, truth_record, write_card
from .smallbiz_set import BOLD, CONDENSED, OBLIQUE, SANS, SERIF_BOLD, photo_image, scan_image

LAYOUTS = ("stack", "columns", "logo-right", "centred")
CARD_WIDTH, MARGIN = 1050, 55
SERIF = "DejaVuSerif.ttf"  # the other faces are the small-business set's
# Sizes (pixels) of each style of row, before the card's rows are shrunk to fit its height.
STYLE_SIZE = {"logo": 50, "name": 36, "title": 25, "body": 24, "small": 18}
MAX_CARD_HEIGHT = 720
LINE_SPACING = 1.4
SYMBOL = 64  # the drawn symbol's side, pixels


def _faces(rng: random.Random) -> dict[str, str]:
    return {
        "logo": rng.choice((BOLD, SERIF_BOLD, "DejaVuSansCondensed-Bold.ttf", SANS)),
        "name": rng.choice((BOLD, SERIF_BOLD, SANS, SERIF)),
        "title": rng.choice((SANS, OBLIQUE, CONDENSED, SERIF)),
        "body": rng.choice((SANS, CONDENSED)),
        "small": rng.choice((SANS, CONDENSED)),
    }


def _symbol(image: np.ndarray, at: tuple[int, int], colour: tuple[int, int, int], kind: int) -> None:
    """A logo's drawn mark, its top left corner at ``at`` (BGR image, drawn in place)."""
    x, y = at
    half = SYMBOL // 2
    bgr = colour[::-1]
    if kind == 0:
        cv2.circle(image, (x + half, y + half), half, bgr, -1, cv2.LINE_AA)
    elif kind == 1:
        points = np.array([[x + half, y], [x + SYMBOL, y + half], [x + half, y + SYMBOL], [x, y + half]], np.int32)
        cv2.fillPoly(image, [points], bgr, cv2.LINE_AA)
    elif kind == 2:
        points = np.array([[x + half, y], [x + SYMBOL, y + SYMBOL], [x, y + SYMBOL]], np.int32)
        cv2.fillPoly(image, [points], bgr, cv2.LINE_AA)
    else:
        for radius in (half, half * 2 // 3, half // 3):
            cv2.circle(image, (x + half, y + half), radius, bgr, 5, cv2.LINE_AA)


def layout_card(card: CorporateCard, rng: random.Random) -> tuple[Card, list[str], list[tuple[int, int]]]:
    """The rendered card's lines, its printed lines in reading order and where its symbols go."""
    layout = rng.choice(LAYOUTS)
    faces = _faces(rng)
    ink = rng.choice(((25, 25, 25), (20, 30, 70), (45, 45, 50)))
    accent = rng.choice(((20, 60, 140), (150, 30, 30), (20, 100, 50), (30, 30, 30), (0, 120, 160)))
    grey = (95, 95, 100)
    paper = rng.choice(((252, 252, 250), (255, 255, 255), (246, 243, 235)))
    fine = [row for row in card.rows if row.role == "fine"]
    rows = [row for row in card.rows if row.role != "fine"]
    logo_rows = [row for row in rows if row.style == "logo"]
    body = [row for row in rows if row.style != "logo"]
    if layout == "columns":
        left = [row for row in body if row.role in ("tagline", "name", "title", "department")]
        right = [row for row in body if row not in left]
        columns = [(logo_rows + left, MARGIN, 560 - MARGIN), (right, 570, CARD_WIDTH - 570 - MARGIN // 2)]
    elif layout == "logo-right":
        columns = [(body, MARGIN, CARD_WIDTH - 2 * MARGIN)]
    else:
        columns = [(logo_rows + body, MARGIN, CARD_WIDTH - 2 * MARGIN)]
    fine_height = sum(STYLE_SIZE["small"] * LINE_SPACING for _ in fine)
    top_extra = STYLE_SIZE["logo"] * LINE_SPACING + 20 if layout == "logo-right" else 0
    tallest = max(sum(STYLE_SIZE[row.style] * LINE_SPACING for row in rows_) for rows_, _, _ in columns)
    if card.logo_symbol and not logo_rows:
        top_extra = max(top_extra, SYMBOL + 20)
    shrink = min(1.0, (MAX_CARD_HEIGHT - 2 * MARGIN - fine_height - top_extra) / tallest)
    height = max(600, int(tallest * shrink + 2 * MARGIN + fine_height + top_extra))
    texts: list[Text] = []
    printed: list[str] = []
    symbols: list[tuple[int, int]] = []
    if layout == "logo-right" or (card.logo_symbol and not logo_rows):
        # The logo block alone at the top right: the symbol, then the wordmark.
        y = MARGIN - 10
        for row in logo_rows:
            size = fitted(row.text, STYLE_SIZE["logo"], faces["logo"], 560)
            width = int(font(faces["logo"], size).getlength(row.text))
            x = CARD_WIDTH - MARGIN - width
            if card.logo_symbol:
                symbols.append((x - SYMBOL - 16, y))
            texts.append(Text(row.text, size, faces["logo"], accent, x=x, y=y + (SYMBOL - size) // 2))
            printed.append(row.text)
        if not logo_rows and card.logo_symbol:
            symbols.append((CARD_WIDTH - MARGIN - SYMBOL, y))
    for column_rows, left_x, width in columns:
        y = MARGIN + int(top_extra)
        for row in column_rows:
            face = faces[row.style]
            shift = SYMBOL + 16 if row.style == "logo" and card.logo_symbol else 0
            size = fitted(row.text, max(14, int(STYLE_SIZE[row.style] * shrink)), face, width - shift)
            colour = accent if row.style == "logo" else grey if row.role in ("department", "tagline") else ink
            x = left_x + shift
            if layout == "centred":
                x = int((CARD_WIDTH - font(face, size).getlength(row.text) + shift) / 2)
            if shift:
                symbols.append((x - shift, y + (size - SYMBOL) // 2))
            texts.append(Text(row.text, size, face, colour, x=x, y=y))
            printed.append(row.text)
            y += int(size * LINE_SPACING) + (14 if row.style == "logo" else 0)
    y = height - MARGIN // 2 - int(fine_height)
    for row in fine:
        size = fitted(row.text, STYLE_SIZE["small"], faces["small"], CARD_WIDTH - 2 * MARGIN)
        texts.append(Text(row.text, size, faces["small"], grey, x=MARGIN, y=y))
        printed.append(row.text)
        y += int(size * LINE_SPACING)
    return Card(texts, background=paper, size=(CARD_WIDTH, height)), printed, symbols


def truth_for(card: CorporateCard, lines: list[str], kind: str, image: str) -> dict[str, Any]:
    truth = card.truth
    return truth_record(
        image=image,
        kind=kind,
        lang=card.lang,
        name=truth["name"],
        title=truth["title"],
        company=truth["company"],
        department=truth["department"],
        emails=truth["emails"],
        phones=truth["phones"],
        websites=truth["websites"],
        address=truth["address"],
        social=truth["social"],
        tagline=truth["tagline"],
        lines=lines,
        notes=f"synthetic (tests/ocr/corporate_set.py, {card.country}, {kind})",
    )


def generate(
    folder: Path,
    count: int = 40,
    seed: int = 1,
    photos: float = 0.2,
    countries: tuple[str, ...] = COUNTRY_ORDER,
    flatbed: int = 0,
) -> list[Path]:
    """``count`` cards into ``folder/scan/`` and ``folder/photo/`` (a ``photos`` share), ``countries`` in turn
    (by default ``COUNTRY_ORDER``: a set asked for other countries is another set, the default one unchanged);
    ``flatbed``: the scans' resolution as a sharpening flatbed gives them (0: ``scan_image``'s plain scans)."""
    paths: list[Path] = []
    for index in range(count):
        card_seed = seed_of_card(seed, index)
        rng = random.Random(card_seed)
        country = countries[index % len(countries)]
        card = corporate_card(rng, country, card_seed)
        rendered, lines, symbols = layout_card(card, rng)
        flat = render(rendered)
        symbol_colour = rng.choice(((20, 60, 140), (150, 30, 30), (20, 100, 50), (0, 120, 160)))
        symbol_kind = rng.randrange(4)
        for at in symbols:
            _symbol(flat, at, symbol_colour, symbol_kind)
        kind = "photo" if rng.random() < photos else "scan"
        if kind == "photo":
            image = photo_image(flat, rng, card_seed)
        elif flatbed:
            image = flatbed_scan(flat, rng, card_seed, flatbed)
        else:
            image = scan_image(flat, rng, card_seed)
        out = folder / kind
        out.mkdir(parents=True, exist_ok=True)
        name = f"{kind}-{country.lower()}-{index:03d}.jpg"
        paths.append(write_card(out / name, image, truth_for(card, lines, kind, f"{kind}/{name}")))
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = set_parser("corporate_set", __doc__, 40, "cards in all")
    parser.add_argument("--photos", type=float, default=0.2, help="share of the cards photographed")
    parser.add_argument(
        "--countries",
        nargs="+",
        choices=sorted(COUNTRIES),
        default=list(COUNTRY_ORDER),
        help="the cards' countries in turn (default: the US and Europe, the real scans' mix)",
    )
    parser.add_argument(
        "--flatbed", type=int, choices=(300, 600), default=0, help="scans as a sharpening flatbed at this dpi"
    )
    args = parser.parse_args(argv)
    print_paths(generate(args.folder, args.count, args.seed, args.photos, tuple(args.countries), args.flatbed))


if __name__ == "__main__":
    main()
