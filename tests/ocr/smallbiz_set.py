"""Brazilian and US small-business cards rendered as flatbed scans and phone photos, with ground truth as
printed: the labelling cases of issue 10 (``smallbiz_data`` says what the cards print).

Three layouts: stacked on the left, centred, and two columns (the firm and the person on the left, the
contacts and the address on the right); the firm in large bold type, sometimes white on a colour band.
Two folders: ``OUT/scan`` (the flat card, sometimes on a scanner's white bed, a little noise) and
``OUT/photo`` (perspective, blur, uneven light, noise, JPEG, as ``hard_sets``' photos). Truth follows
docs/EVALUATION_FORMAT.md. Nothing is committed: the same seed makes the same set. Tune on one seed,
report on another.

    python -m tests.ocr.smallbiz_set OUT_DIR [--count 20] [--seed 1] [--kind scan photo] [--capitals 0.2]
                                     [--trade-titles 0.2]
    python -m cardbook.ocr.evaluate OUT_DIR/scan OUT_DIR/photo --per-folder --jobs 1
    python -m cardbook.ocr.country_check OUT_DIR/scan OUT_DIR/photo
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from .hard_sets import background, degrade, fitted
from .render import Card, Text, font, photograph, render, scanner_noise
from .set_writer import kind_cards, print_paths, set_parser, truth_record, write_card
from .smallbiz_data import COUNTRIES, SmallBizCard, Variants, small_business_card

KINDS = ("scan", "photo")
LAYOUTS = ("stack", "centred", "columns")
CARD_WIDTH, MARGIN = 1050, 55
SANS, BOLD, CONDENSED, SERIF_BOLD, OBLIQUE = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed.ttf",
    "DejaVuSerif-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
)
# Sizes (pixels) of each style of row, before the card's rows are shrunk to fit its height.
STYLE_SIZE = {"brand": 58, "name": 38, "title": 27, "body": 26, "small": 23}
MAX_CARD_HEIGHT = 700
LINE_SPACING = 1.38


def _faces(rng: random.Random) -> dict[str, str]:
    return {
        "brand": rng.choice((BOLD, SERIF_BOLD, "DejaVuSansCondensed-Bold.ttf")),
        "name": rng.choice((BOLD, SERIF_BOLD, SANS)),
        "title": rng.choice((SANS, OBLIQUE, CONDENSED)),
        "body": rng.choice((SANS, CONDENSED)),
        "small": rng.choice((SANS, CONDENSED, OBLIQUE)),
    }


def layout_card(card: SmallBizCard, rng: random.Random) -> tuple[Card, list[str]]:
    """The rendered card's lines and its printed lines in reading order."""
    layout = rng.choice(LAYOUTS)
    faces = _faces(rng)
    ink = rng.choice(((25, 25, 25), (20, 30, 70), (50, 20, 20)))
    accent = rng.choice(((20, 60, 140), (150, 30, 30), (20, 100, 50), (30, 30, 30), (200, 110, 0)))
    paper = rng.choice(((250, 250, 246), (255, 255, 255), (246, 242, 230)))
    band = rng.random() < 0.25 and card.rows[0].role == "company"
    if layout == "columns":
        left = [row for row in card.rows if row.role in ("company", "services", "slogan", "name", "title")]
        right = [row for row in card.rows if row not in left]
        columns = [(left, MARGIN, 560 - MARGIN), (right, 560, CARD_WIDTH - 560 - MARGIN // 2)]
    else:
        columns = [(card.rows, MARGIN, CARD_WIDTH - 2 * MARGIN)]
    tallest = max(sum(STYLE_SIZE[row.style] * LINE_SPACING for row in rows) for rows, _, _ in columns)
    shrink = min(1.0, (MAX_CARD_HEIGHT - 2 * MARGIN) / tallest)
    height = max(600, int(tallest * shrink + 2 * MARGIN))
    texts: list[Text] = []
    printed: list[str] = []
    band_box: tuple[int, int, tuple[int, int, int]] | None = None
    for rows, left_x, width in columns:
        y = MARGIN
        for row in rows:
            face = faces[row.style]
            size = fitted(row.text, max(14, int(STYLE_SIZE[row.style] * shrink)), face, width)
            colour = accent if row.style == "brand" else ink
            if row.style == "brand" and band:
                band_box = (y - 12, y + int(size * 1.3), accent)
                colour = (255, 255, 255)
            x = left_x
            if layout == "centred":
                x = int((CARD_WIDTH - font(face, size).getlength(row.text)) / 2)
            texts.append(Text(row.text, size, face, colour, x=x, y=y))
            printed.append(row.text)
            y += int(size * LINE_SPACING) + (8 if row.style == "brand" else 0)
    return Card(texts, background=paper, size=(CARD_WIDTH, height), band=band_box), printed


def scan_image(image: np.ndarray, rng: random.Random, seed: int) -> np.ndarray:
    """A flatbed scan: the card alone, or on the scanner's white bed a little askew; a little noise."""
    if rng.random() < 0.5:
        height, width = image.shape[:2]
        bed = np.full((height + 240, width + 300, 3), rng.randint(236, 252), np.uint8)
        at_x, at_y = rng.randint(40, 260), rng.randint(40, 200)
        bed[at_y : at_y + height, at_x : at_x + width] = image
        angle = rng.uniform(-1.2, 1.2)
        matrix = cv2.getRotationMatrix2D((bed.shape[1] / 2, bed.shape[0] / 2), angle, 1.0)
        image = cv2.warpAffine(bed, matrix, (bed.shape[1], bed.shape[0]), borderValue=(245, 245, 245))
    return scanner_noise(image, seed, 3)


def photo_image(image: np.ndarray, rng: random.Random, seed: int) -> np.ndarray:
    photo = photograph(
        image,
        quarter_turns=rng.choice([0, 0, 0, 1]),
        tilt=rng.uniform(0.03, 0.08),
        blur=rng.choice([0, 1, 1, 2]),
        shadow=rng.random() < 0.5,
        jpeg_quality=None,
        seed=seed,
        scale=rng.uniform(0.6, 0.85),
        background=background(seed, seed),
    )
    return degrade(photo, rng, seed)


def truth_for(card: SmallBizCard, lines: list[str], kind: str, image: str) -> dict[str, Any]:
    truth = card.truth
    return truth_record(
        image=image,
        kind="photo" if kind == "photo" else "scan",
        lang="pt" if card.country == "BR" else "en",
        name=truth["name"],
        title=truth["title"],
        company=truth["company"],
        emails=truth["emails"],
        phones=truth["phones"],
        websites=truth["websites"],
        address=truth["address"],
        social=truth["social"],
        tagline=truth["tagline"],
        lines=lines,
        notes=f"synthetic (tests/ocr/smallbiz_set.py, {card.country}, {kind})",
    )


def generate(
    folder: Path,
    count: int = 20,
    seed: int = 1,
    kinds: tuple[str, ...] = KINDS,
    capitals: float = 0.2,
    trade_titles: float = 0.2,
) -> list[Path]:
    """``count`` cards of each kind into ``folder/<kind>/``, Brazil and the US in turn; ``capitals`` of them
    with the name in capitals (half of those the title too), ``trade_titles`` of the titles naming a trade
    (0 and 0: the sets of the first version)."""
    paths: list[Path] = []
    for kind, out, index, card_seed in kind_cards(folder, kinds, count, seed):
        rng = random.Random(card_seed)
        country = COUNTRIES[index % len(COUNTRIES)]
        # The variants' own stream: a card none is drawn for is the card earlier versions drew.
        variants = Variants(random.Random(f"variants-{card_seed}"), capitals=capitals, trade_title=trade_titles)
        card = small_business_card(rng, country, variants)
        rendered, lines = layout_card(card, rng)
        flat = render(rendered)
        image = photo_image(flat, rng, card_seed) if kind == "photo" else scan_image(flat, rng, card_seed)
        name = f"{kind}-{country.lower()}-{index:03d}.jpg"
        paths.append(write_card(out / name, image, truth_for(card, lines, kind, f"{kind}/{name}")))
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = set_parser("smallbiz_set", __doc__, 20, "cards of each kind")
    parser.add_argument("--kind", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--capitals", type=float, default=0.2, help="share of names printed in capitals")
    parser.add_argument("--trade-titles", type=float, default=0.2, help="share of titles naming a trade")
    args = parser.parse_args(argv)
    print_paths(generate(args.folder, args.count, args.seed, tuple(args.kind), args.capitals, args.trade_titles))


if __name__ == "__main__":
    main()
