"""Hard synthetic evaluation sets: business cards in six languages and eight kinds, with ground truth.

The shared evaluation cards are few, and the rules were written against them; these sets are the cases
users hit that the shared cards barely hold. Each kind goes to its own folder (``OUT/<kind>/``) so that
``python -m cardbook.ocr.evaluate OUT/* --per-folder`` gives figures per kind:

- ``clean``: a plain flat card (the control: what every other kind is compared with);
- ``light``: light grey print on light paper (low contrast);
- ``logo``: a big company wordmark, the person's name small;
- ``columns``: two columns (identity left, contact right);
- ``vertical``: the company written bottom to top along the left edge;
- ``rotated``: the whole card scanned a quarter turn off;
- ``dark``: light print on dark paper;
- ``photo``: any of the layouts above photographed — perspective, blur, uneven light, noise, JPEG — on a
  plain or noisy background (the rich backgrounds are ``photo_set``'s business).

Languages: French, English (US), Portuguese (Brazil), German, Spanish, Italian (``hard_data``). Ground
truth follows docs/EVALUATION_FORMAT.md. Nothing is committed: every run renders the images afresh.

    python -m tests.ocr.hard_sets OUT_DIR --count 12 --seed 1 [--lang fr en ...] [--kind photo ...]
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from .hard_data import COUNTRIES, LANGS, Country, ascii_fold, digits_for, postcode
from .render import Card, Text, font, photograph, render, scanner_noise
from .set_writer import kind_cards, print_paths, set_parser, truth_record, write_card

KINDS = ("clean", "light", "logo", "columns", "vertical", "rotated", "dark", "photo")
_FLAT_LAYOUTS = ("clean", "light", "logo", "columns", "vertical", "dark")
SANS, BOLD, CONDENSED = "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansCondensed.ttf"


def person(country: Country, rng: random.Random) -> dict[str, Any]:
    """Everything printed on one card, and its truth values."""
    first, last = rng.choice(country.first_names), rng.choice(country.surnames)
    company, domain = rng.choice(country.companies)
    street = rng.choice(country.streets).format(n=rng.randint(2, 180))
    city = rng.choice(country.cities).format(pc=postcode(country.lang, rng))
    work, mobile = digits_for(country.work, rng), digits_for(country.mobile, rng)
    email = f"{ascii_fold(first)}.{ascii_fold(last)}@{domain}.{country.tld}"
    return {
        "name": f"{first} {last}",
        "title": rng.choice(country.titles),
        "company": company,
        "address": [street, city],
        "phones": [{"number": work, "kind": "work"}, {"number": mobile, "kind": "mobile"}],
        "contact": [f"{country.labels[0]} {work}", f"{country.labels[1]} {mobile}"],
        "email": email,
        "website": f"www.{domain}.{country.tld}",
        "tagline": rng.choice(country.taglines) if rng.random() < 0.5 else None,
    }


def fitted(text: str, size: int, face: str, width: int) -> int:
    """The largest size up to ``size`` at which ``text`` fits in ``width`` pixels."""
    while size > 12 and font(face, size).getlength(text) > width:
        size -= 2
    return size


def layout(kind: str, data: dict[str, Any], rng: random.Random) -> tuple[Card, list[str]]:
    """The card for ``kind`` and its printed lines in reading order."""
    ink, paper, accent, small = (25, 25, 25), (250, 249, 245), (30, 60, 120), (60, 60, 60)
    if kind == "light":
        paper, ink, accent, small = (246, 244, 238), (150, 150, 150), (165, 175, 190), (170, 170, 165)
    elif kind == "dark":
        paper, ink, accent, small = (
            rng.choice([(35, 30, 28), (20, 35, 60), (25, 45, 30)]),
            (240, 240, 240),
            (230, 200, 120),
            (215, 215, 215),
        )
    company, name, title = data["company"], data["name"], data["title"]
    info = [*data["address"], *data["contact"], data["email"], data["website"]]
    tagline = [data["tagline"]] if data["tagline"] else []
    if kind == "logo":
        size = fitted(company, 96, BOLD, 930)
        lines = [Text(company, size, BOLD, accent), Text(name, 24, SANS, ink), Text(title, 20, SANS, small)]
        lines += [Text(line, 21, CONDENSED, small) for line in info]
        return Card(lines, background=paper, size=(1050, 700), spacing=1.35, top=40), [company, name, title, *info]
    if kind == "columns":
        left = [Text(company, 36, BOLD, accent), Text(name, 34, BOLD, ink), Text(title, 24, SANS, small)]
        left += [Text(line, 22, SANS, small) for line in tagline]
        right = [Text(line, 22, CONDENSED, small, x=600, y=230 + 40 * i) for i, line in enumerate(info)]
        return Card(left + right, background=paper, top=60, spacing=1.6), [company, name, title, *tagline, *info]
    if kind == "vertical":
        column = Text(company, 40, BOLD, accent, x=40, y=40, vertical=True)
        lines = [Text(name, 36, BOLD, ink, x=150), Text(title, 24, SANS, small, x=150)]
        lines += [Text(line, 23, CONDENSED, small, x=150) for line in info]
        return Card([column, *lines], background=paper, size=(1050, 680), top=60, spacing=1.45), [
            company,
            name,
            title,
            *info,
        ]
    lines = [Text(company, 40, BOLD, accent), Text(name, 38, BOLD, ink), Text(title, 26, SANS, ink)]
    lines += [Text(line, 24, CONDENSED, small) for line in info + tagline]
    height = max(650, 55 + sum(int(line.size * 1.42) for line in lines) + 40)
    return Card(lines, background=paper, size=(1050, height), spacing=1.42), [company, name, title, *info, *tagline]


def background(kind: int, seed: int) -> np.ndarray:
    """A plain or noisy surface (BGR) for a photographed card."""
    rng = np.random.default_rng(seed)
    base = np.array(rng.choice([[200, 205, 210], [90, 110, 130], [60, 60, 65], [170, 190, 200]]), dtype=np.float32)
    surface = np.ones((1200, 1600, 3), np.float32) * base
    if kind % 2:
        surface += rng.normal(0, 12, surface.shape)
    return np.clip(surface, 0, 255).astype(np.uint8)


def degrade(photo: np.ndarray, rng: random.Random, seed: int) -> np.ndarray:
    """Camera faults on top of ``photograph``: uneven light (a corner darker), sensor noise."""
    height, width = photo.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    cx, cy = rng.uniform(0, width), rng.uniform(0, height)
    light = 1.0 - 0.45 * np.hypot(xs - cx, ys - cy) / np.hypot(width, height)
    noisy = photo.astype(np.float32) * light[:, :, None]
    noisy += np.random.default_rng(seed).normal(0, rng.uniform(3, 8), photo.shape)
    ok, encoded = cv2.imencode(
        ".jpg", np.clip(noisy, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, rng.randint(55, 80)]
    )
    assert ok
    return np.asarray(cv2.imdecode(encoded, cv2.IMREAD_COLOR), dtype=np.uint8)


def make_image(kind: str, card: Card, rng: random.Random, seed: int) -> np.ndarray:
    image = render(card)
    if kind == "rotated":
        return np.ascontiguousarray(np.rot90(image, rng.choice([1, 3])))
    if kind != "photo":
        return scanner_noise(image, seed, 3)
    photo = photograph(
        image,
        quarter_turns=rng.choice([0, 0, 0, 1]),
        tilt=rng.uniform(0.03, 0.08),
        blur=rng.choice([0, 1, 2]),
        shadow=rng.random() < 0.5,
        jpeg_quality=None,
        seed=seed,
        scale=rng.uniform(0.6, 0.85),
        background=background(seed, seed),
    )
    return degrade(photo, rng, seed)


def truth_for(data: dict[str, Any], lines: list[str], lang: str, kind: str, image: str) -> dict[str, Any]:
    return truth_record(
        image=image,
        kind="photo" if kind == "photo" else "render",
        lang=lang,
        name=data["name"],
        title=data["title"],
        company=data["company"],
        emails=[data["email"]],
        phones=data["phones"],
        websites=[data["website"]],
        address=", ".join(data["address"]),
        tagline=data["tagline"],
        lines=lines,
        notes=f"synthetic (tests/ocr/hard_sets.py, kind {kind})",
    )


def generate(
    folder: Path, count: int = 12, seed: int = 1, langs: tuple[str, ...] = LANGS, kinds: tuple[str, ...] = KINDS
) -> list[Path]:
    """``count`` cards of each kind into ``folder/<kind>/``, languages in turn; returns the image paths."""
    paths: list[Path] = []
    for kind, out, index, card_seed in kind_cards(folder, kinds, count, seed):
        rng = random.Random(card_seed)
        lang = langs[index % len(langs)]
        data = person(COUNTRIES[lang], rng)
        shown = rng.choice(_FLAT_LAYOUTS) if kind == "photo" else kind
        card, lines = layout(shown, data, rng)
        name = f"{kind}-{lang}-{index:03d}.jpg"
        image = make_image(kind, card, rng, card_seed)
        paths.append(write_card(out / name, image, truth_for(data, lines, lang, kind, f"{kind}/{name}")))
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = set_parser("hard_sets", __doc__, 12, "cards of each kind")
    parser.add_argument("--lang", nargs="+", choices=LANGS, default=list(LANGS))
    parser.add_argument("--kind", nargs="+", choices=KINDS, default=list(KINDS))
    args = parser.parse_args(argv)
    print_paths(generate(args.folder, args.count, args.seed, tuple(args.lang), tuple(args.kind)))


if __name__ == "__main__":
    main()
