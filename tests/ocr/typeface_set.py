"""Cards set in the typefaces and design habits of real cards, as flatbed scans and phone photos, each tagged
with its design traits so that the figures can be split by trait (issue 10, item 3).

Every other generated set renders in DejaVu; real cards use hundreds of typefaces. These cards take their
faces from ``render.palette()`` (the families fontconfig finds on this machine, grouped by look) and each
carries one design trait real cards have, its folder (``OUT/<kind>/<trait>/``):

- ``plain``: the control — one sans, serif or rounded family per card, nothing else unusual;
- ``tracked``: letter-spaced capitals ("S O P H I E   M A R T I N", "A T E L I E R") for the name, the
  company, or both, sometimes the title too;
- ``light``: thin and light weights (Hairline, Thin, ExtraLight, Light) for the name and the body;
- ``script``: the name in a script or handwriting face;
- ``small``: body text of 6 to 7 points (15 to 18 px on a card 1,050 px wide);
- ``capitals``: all-caps blocks — the title, the address and the company in capitals;
- ``condensed``: a condensed or narrow body;
- ``tinted``: coloured text on tinted paper (pastel and kraft papers, teal, rust, slate, olive inks);
- ``mixed``: a different look for each role (a display company, a serif name, a slab title, a sans body).

The people, firms and addresses come from ``hard_data`` (fr, en, pt, de, es, it, in turn). Truth follows
docs/EVALUATION_FORMAT.md: values as printed (a letter-spaced name is printed "SOPHIE MARTIN": the spacing is
no character), ``lines`` included, and ``traits``: the card's trait then the looks of its faces
("name:script", "body:light"...). Nothing is committed: the same seed makes the same set on a machine with the
same fonts. Seed 1 is for tuning, seed 2 is held out.

    python -m tests.ocr.typeface_set OUT_DIR [--count 6] [--seed 1] [--kind scan photo] [--trait tracked ...]
    python -m cardbook.ocr.evaluate OUT_DIR/scan/* OUT_DIR/photo/* --per-folder --jobs 1
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .hard_data import COUNTRIES, LANGS
from .hard_sets import person
from .render import Card, Text, palette, render, text_width
from .set_writer import print_paths, set_parser, write_card
from .smallbiz_set import photo_image, scan_image

KINDS = ("scan", "photo")
TRAITS = ("plain", "tracked", "light", "script", "small", "capitals", "condensed", "tinted", "mixed")
ROLES = ("company", "name", "title", "body")
CARD_WIDTH, MARGIN = 1050, 60
# Sizes (pixels) of each role before a line is shrunk to fit the card's width.
ROLE_SIZE = {"company": 46, "name": 40, "title": 27, "body": 25}
LINE_SPACING = 1.42
INK, PAPER = (25, 25, 25), (250, 249, 245)
TINTED_PAPERS = ((236, 226, 205), (222, 236, 232), (240, 226, 226), (226, 232, 244), (214, 196, 165))
TINTED_INKS = ((20, 110, 120), (160, 70, 30), (70, 85, 110), (95, 105, 40), (120, 40, 80))


@dataclass
class Design:
    """How one card is set: a face and a size per role, the letter spacing and capitals of some roles."""

    faces: dict[str, str]
    looks: dict[str, str]
    sizes: dict[str, int] = field(default_factory=lambda: dict(ROLE_SIZE))
    tracking: dict[str, float] = field(default_factory=dict)
    capitals: set[str] = field(default_factory=set)
    ink: tuple[int, int, int] = INK
    accent: tuple[int, int, int] = (30, 60, 120)
    paper: tuple[int, int, int] = PAPER
    centred: bool = False


def _face(look: str, rng: random.Random) -> str:
    return rng.choice(palette()[look])


def design_for(trait: str, rng: random.Random) -> Design:
    """The card's design for ``trait``: a base family for every role, then the trait's own changes."""
    base = rng.choice(("sans", "sans", "serif", "rounded"))
    looks = dict.fromkeys(ROLES, base)
    design = Design({}, looks, centred=rng.random() < 0.35)
    design.accent = rng.choice(((30, 60, 120), (150, 30, 30), (20, 100, 50), (30, 30, 30)))
    if trait == "tracked":
        spaced = rng.choice((("name",), ("company",), ("name", "company"), ("name", "company", "title")))
        for role in spaced:
            design.tracking[role] = rng.uniform(0.35, 0.9)
            design.capitals.add(role)
            design.sizes[role] = int(design.sizes[role] * 0.8)
    elif trait == "light":
        looks["body"] = looks["name"] = "light"
        if rng.random() < 0.5:
            looks["title"] = "light"
    elif trait == "script":
        looks["name"] = "script"
        design.sizes["name"] = 50
    elif trait == "small":
        design.sizes["body"] = rng.randint(15, 18)
        design.sizes["title"] = rng.randint(18, 21)
    elif trait == "capitals":
        design.capitals.update(("title", "body", "company"))
        if rng.random() < 0.5:
            design.capitals.add("name")
    elif trait == "condensed":
        looks["body"] = "condensed"
        if rng.random() < 0.5:
            looks["title"] = "condensed"
    elif trait == "tinted":
        design.paper = rng.choice(TINTED_PAPERS)
        design.ink = rng.choice(TINTED_INKS)
        design.accent = rng.choice([ink for ink in TINTED_INKS if ink != design.ink])
    elif trait == "mixed":
        looks.update(
            company=rng.choice(("display", "slab", "serif")),
            name=rng.choice(("serif", "rounded", "sans")),
            title=rng.choice(("slab", "serif", "condensed")),
            body=rng.choice(("sans", "condensed", "rounded")),
        )
    design.faces = {role: _face(look, rng) for role, look in looks.items()}
    return design


def _fitted(text: str, size: int, face: str, tracking: float, width: int) -> int:
    while size > 12 and text_width(text, face, size, tracking) > width:
        size -= 1
    return size


def layout_card(data: dict[str, Any], design: Design) -> tuple[Card, list[str]]:
    """The rendered card and its printed lines in reading order."""
    rows = [("company", data["company"]), ("name", data["name"]), ("title", data["title"])]
    body = [*data["address"], *data["contact"], data["email"], data["website"]]
    rows += [("body", line) for line in body]
    if data["tagline"]:
        rows.append(("body", data["tagline"]))
    texts: list[Text] = []
    printed: list[str] = []
    y = MARGIN
    for role, raw in rows:
        # E-mails and websites stay in lower case on cards that set the rest in capitals.
        text = raw.upper() if role in design.capitals and "@" not in raw and "www." not in raw else raw
        face, tracking = design.faces[role], design.tracking.get(role, 0.0)
        size = _fitted(text, design.sizes[role], face, tracking, CARD_WIDTH - 2 * MARGIN)
        colour = design.accent if role == "company" else design.ink
        x = MARGIN
        if design.centred:
            x = int((CARD_WIDTH - text_width(text, face, size, tracking)) / 2)
        texts.append(Text(text, size, face, colour, x=x, y=y, tracking=tracking))
        printed.append(text)
        y += int(size * LINE_SPACING) + (10 if role in ("company", "title") else 0)
    height = max(600, y + MARGIN)
    return Card(texts, background=design.paper, size=(CARD_WIDTH, height)), printed


def _printed(value: str, role: str, design: Design) -> str:
    return value.upper() if role in design.capitals else value


def truth_for(
    data: dict[str, Any], design: Design, lines: list[str], lang: str, kind: str, trait: str, image: str
) -> dict[str, Any]:
    address = [_printed(line, "body", design) for line in data["address"]]
    tagline = data["tagline"]
    return {
        "image": image,
        "kind": "photo" if kind == "photo" else "scan",
        "lang": lang,
        "name": _printed(data["name"], "name", design),
        "other_names": [],
        "title": _printed(data["title"], "title", design),
        "company": _printed(data["company"], "company", design),
        "department": None,
        "emails": [data["email"]],
        "phones": data["phones"],
        "websites": [data["website"]],
        "address": ", ".join(address),
        "social": [],
        "tagline": _printed(tagline, "body", design) if tagline else None,
        "lines": lines,
        "unreadable": False,
        # "traits" before "notes", unlike set_writer.truth_record's order: this set's files have always been so.
        "traits": [trait, *(f"{role}:{look}" for role, look in design.looks.items())],
        "notes": f"synthetic (tests/ocr/typeface_set.py, {trait}, {kind})",
    }


def generate(
    folder: Path,
    count: int = 6,
    seed: int = 1,
    kinds: tuple[str, ...] = KINDS,
    traits: tuple[str, ...] = TRAITS,
) -> list[Path]:
    """``count`` cards of each trait and kind into ``folder/<kind>/<trait>/``; returns the image paths."""
    paths: list[Path] = []
    for kind_index, kind in enumerate(kinds):
        for trait in traits:
            out = folder / kind / trait
            out.mkdir(parents=True, exist_ok=True)
            for index in range(count):
                # A trait's cards do not move when other traits are asked for or added.
                card_seed = seed * 100_000 + kind_index * 10_000 + TRAITS.index(trait) * 1_000 + index
                rng = random.Random(card_seed)
                lang = LANGS[index % len(LANGS)]
                data = person(COUNTRIES[lang], rng)
                design = design_for(trait, rng)
                card, lines = layout_card(data, design)
                flat = render(card)
                image = photo_image(flat, rng, card_seed) if kind == "photo" else scan_image(flat, rng, card_seed)
                name = f"{trait}-{lang}-{index:03d}.jpg"
                truth = truth_for(data, design, lines, lang, kind, trait, f"{kind}/{trait}/{name}")
                paths.append(write_card(out / name, image, truth))
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = set_parser("typeface_set", __doc__, 6, "cards of each trait and kind")
    parser.add_argument("--kind", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--trait", nargs="+", choices=TRAITS, default=list(TRAITS))
    args = parser.parse_args(argv)
    print_paths(generate(args.folder, args.count, args.seed, tuple(args.kind), tuple(args.trait)))


if __name__ == "__main__":
    main()
