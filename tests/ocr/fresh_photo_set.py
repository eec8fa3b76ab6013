"""A second, independent proxy for issue 10's unseen real phone photos of Brazilian and US small-business cards.

``shop_photo_set`` (session 13) came to read 0.84-0.90 macro-F1 after being tuned against, while the real
photos read 0.59 at filing: a proxy that has been tuned against stops saying how hard the real thing is. This
set was written in session 15 without reading the parser's rules or the other generators (only two module
docstrings), from what such cards and photos look like:

- contents (``fresh_photo_data``): twelve trades in each country (salons, barbers, mechanics, lawyers,
  realtors with their CRECI or licence, dentists with their CRO, food trucks, churches, cleaning,
  construction, insurance agents, photographers), people, streets and towns from Faker ``pt_BR`` / ``en_US``,
  "Cel./Tel./Fone/WhatsApp" or "Cell/Office/C:" labels or none, Instagram handles, e-mail boxes at free mail
  or the firm's domain, "Rua X, 123 - Bairro - Cidade/UF - CEP 01234-567" and "123 Main St, Suite 4, Town,
  ST 12345" addresses on one line or two; a card's back side carries no person;
- print (``fresh_photo_cards.DESIGNS``, in turn): dark stock with light print, gold foil, text over a
  full-bleed photograph, a big script name, an online template's shapes, a colour side panel, the back side,
  a vertical card; icons before the contact lines on most cards;
- capture (``fresh_photo_capture``): 1280×720 to 4032×3024 frames, the card 25-70 % of the frame, turned up
  to 25° in depth, in a hand or on a table, counter, car seat or cloth, uneven light, shadow, glare, blur,
  noise, JPEG 70-90, EXIF rotation in a fifth.

Truth follows docs/EVALUATION_FORMAT.md (``kind`` "photo"; licence lines and slogans in ``tagline``,
Instagram handles in ``social``), plus ``country``, ``trade``, ``design``, ``faces``, ``capture`` and the card's
``corners`` in the upright photo. Seed 1 tunes, seed 2 is held out; the same seed makes the same set.

    python -m tests.ocr.fresh_photo_set OUT_DIR [--count 30] [--seed 1]
    python -m cardbook.ocr.evaluate --jobs 1 --misses OUT_DIR
    python -m cardbook.ocr.evaluate --jobs 1 --engine plain-rapidocr OUT_DIR
    python -m cardbook.ocr.detect_eval OUT_DIR
"""

from __future__ import annotations

import random
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .fresh_photo_capture import photograph
from .fresh_photo_cards import DESIGNS, Drawn, draw_card
from .fresh_photo_data import Content, draw_content
from .set_writer import print_paths, rounded_points, seed_of_card, set_parser, truth_record, write_encoded_photos

COUNT = 30
COUNTRIES = ("br", "us")  # in turn: half Brazilian, half American


def printed_card(index: int, seed: int) -> tuple[Content, Drawn, random.Random]:
    """Card ``index`` of the set of ``seed`` as printed: its contents, its drawing, and the card's random
    stream where the photo goes on drawing from."""
    rng = random.Random(seed_of_card(seed, index))
    country = COUNTRIES[index % len(COUNTRIES)]
    design = DESIGNS[(index // len(COUNTRIES)) % len(DESIGNS)]
    content = draw_content(rng, country, back_side=design == "back")
    return content, draw_card(content, design, rng), rng


def make_photo(index: int, seed: int) -> tuple[bytes, dict[str, Any]]:
    """Photo ``index`` of the set of ``seed``: its JPEG bytes and its truth (the image's name filled in by
    the caller)."""
    content, drawn, rng = printed_card(index, seed)
    data, corners, capture = photograph(drawn.image, rng)
    country, design = content.country, drawn.design
    truth = truth_record(
        image="",
        kind="photo",
        lang=content.lang,
        name=content.name,
        title=content.title,
        company=content.company,
        emails=content.emails,
        phones=content.phones,
        websites=content.websites,
        address=content.address,
        social=content.social,
        tagline=content.tagline,
        lines=drawn.lines,
        notes="",
        country=country,
        trade=content.trade,
        design=design,
        faces=drawn.faces,
        capture=asdict(capture),
        corners=rounded_points(corners.tolist()),
    )
    return data, truth


def write_set(folder: Path, count: int = COUNT, seed: int = 1) -> list[Path]:
    """``count`` photos ``photo-NN.jpg`` with their truth in ``folder``."""
    return write_encoded_photos(folder, count, seed, make_photo)


def main() -> None:
    parser = set_parser("fresh_photo_set", __doc__, COUNT, raw_description=True)
    args = parser.parse_args()
    print_paths(write_set(args.folder, args.count, args.seed))


if __name__ == "__main__":
    main()
