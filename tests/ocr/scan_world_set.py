"""Flatbed scans of US and European cards from the kinds of card-givers the other scan sets lack: a third,
independent proxy for issue 10's unseen real scans.

Written before reading the parser's rules or the other generators (only ``fresh_scan_set``'s,
``stranger_set``'s and ``corporate_set``'s docstrings, to draw what they do not): startups with one-word
brands, ".io"/".ai" sites and social handles, trade-fair exhibitors, public bodies (city halls,
municipalities, ministries, chambers of commerce), hospitals and research labs with long department lines,
consultants with two roles on one line, artists whose name is the brand, family firms, franchises (the
operator's legal name in the fine print), firms with two addresses (``scan_world_firms``); Irish, Scottish,
Portuguese, Czech, Austrian, Danish, Norwegian, Québécois, Greek, Belgian, Swiss and Hispanic-American
people, phones and addresses, bilingual titles and labels, "T/F/M/D" letters and extensions
(``scan_world_people``, ``scan_world_cards``); five layouts in three styles, a QR code, a vCard-like back
(``scan_world_draw``); scanned at 200-600 dpi, askew, with the lid, paper, a colour cast, JPEG or PNG
(``scan_world_capture``).

Truth follows docs/EVALUATION_FORMAT.md (``scan_world_cards`` says how each field is taken). ``traits``
says how each card was made, to split figures. Nothing is committed: the same seed makes the same set on a
machine with the same fonts and Faker. Seeds 1 and 3 tune, seed 2 is held out.

    python -m tests.ocr.scan_world_set OUT_DIR [--count 40] [--seed 1]
    python -m cardbook.ocr.evaluate OUT_DIR --jobs 1 --misses
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from . import scan_world_capture, scan_world_firms
from .scan_world_cards import card_content, country_of
from .scan_world_draw import draw_back, draw_front
from .set_writer import print_paths, seed_of_card, set_parser, truth_record, write_truth

COUNT = 40
BACK_SIDE_SHARE = 0.1  # cards scanned from their vCard-like back


def card_rng(seed: int, index: int) -> random.Random:
    return random.Random(seed_of_card(seed, index))


def make_card(seed: int, index: int) -> tuple[np.ndarray, dict[str, Any]]:
    """Card ``index`` of the set of ``seed``: the scanned image and its truth (``_format``: its file type)."""
    rng = card_rng(seed, index)
    back = rng.random() < BACK_SIDE_SHARE
    country = country_of(rng)
    kind = scan_world_firms.KINDS[(index + seed) % len(scan_world_firms.KINDS)]
    content = card_content(country, kind, rng)
    dpi = rng.choice(scan_world_capture.DPIS)
    drawn = draw_back(content, dpi, rng) if back else draw_front(content, dpi, rng)
    image, extension, done = scan_world_capture.scan(drawn.image, dpi, rng)
    firm = content.firm
    taglines = [t for t in (firm.tagline,) if t and not back] + [t for t in firm.fine if t != firm.company and not back]
    title = ", ".join(content.title_lines) if content.title_lines else None
    truth = truth_record(
        image=f"card-{index:02d}{extension}",
        kind="scan",
        lang=content.lang,
        name=content.name,
        title=title,
        company=firm.company,
        emails=content.emails,
        phones=content.phones,
        websites=content.websites,
        address=content.address_truth,
        lines=drawn.lines,
        notes="",
        department=None if back else firm.department,  # the back lists no department
        social=content.social,
        tagline=" / ".join(taglines) or None,
        traits=[
            f"country-{country.code}",
            f"kind-{kind}",
            *content.traits,
            *drawn.traits,
            f"dpi-{done['dpi']}",
            f"format-{done['format']}",
        ],
    )
    truth["_format"] = extension
    return image, truth


def write_set(folder: Path, count: int, seed: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        image, truth = make_card(seed, index)
        extension = truth.pop("_format")
        path = folder / f"card-{index:02d}{extension}"
        if extension == ".png":
            cv2.imwrite(str(path), image)
        else:
            quality = card_rng(seed, index + 10_000).randint(*scan_world_capture.JPEG_QUALITY)
            cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        write_truth(path, truth)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = set_parser("scan_world_set", __doc__, COUNT, raw_description=True)
    args = parser.parse_args(argv)
    print_paths(write_set(args.folder, args.count, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
