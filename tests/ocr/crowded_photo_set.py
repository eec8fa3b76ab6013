"""A harder proxy for issue 10's unseen real phone photos: crowded print-shop cards, small in the frame.

The real Brazilian and US small-business phone photos read 0.59 macro-F1 at filing; ``shop_photo_set`` and
``fresh_photo_set`` read 0.84-0.90, and docs/measuring/unseen-card-proxies.md ("What the proxy still lacks")
says why: real print shops crowd more rows in thinner, smaller type, the card is smaller in the frame, and
first names are rarer. This set (session 16) was written from what such cards and photos look like, without
reading the parser's rules:

- contents (``crowded_photo_data``, ``crowded_photo_trades``, ``crowded_photo_names``): 8-14 rows — a big
  trade name, the person small under it or no one, a services row, a slogan, opening hours, one to three
  phones (fixo/celular/WhatsApp; Office/Cell/Fax) one or two to a row, Instagram and Facebook handles, free
  mail, a two- or three-row address ("Rua/Av./Qd./Lote/Sala/Bairro/CEP", "próximo ao ..."; "Ste/Unit/#")
  and a licence (CNPJ, CRECI, CRM, OAB, CRO; "License #", "DRE #"); given names Faker does not draw; the
  trade name in two sizes (one word small, letter-spaced capitals) in 45 %, the address and a phone on one
  footer row in 30 %;
- print (``crowded_photo_cards``): 6-8 pt light or condensed body type, several faces and inks on a card,
  gradients, busy grounds, one column or two (``DESIGNS`` in turn);
- capture (``crowded_photo_capture``): the card 12-35 % of a 1280×720-1600×1200 frame (a sixth shot at
  4032×3024 and downscaled by the messenger), exposure too bright or too dark, focus off or a shake in
  half, noise-reduction smear,
  oversharpening halos, tilt up to 35°, fingers, a cluttered table, a second card partly in view, JPEG 60-85.

Truth follows docs/EVALUATION_FORMAT.md (``kind`` "photo"; services, slogans, hours and licences in
``tagline``; handles in ``social``; a landmark row is part of the address), plus ``country``, ``trade``,
``design``, ``columns``, ``faces``, ``capture`` and the card's ``corners`` in the (upright) photo. Seeds 1 and 3
tune, seed 2 is held out; the same seed makes the same set.

``--kind broken`` (session 17, ``crowded_photo_broken``) draws on the same cards and photos what the real
photos print and the classic cards lack: rarer and longer titles (Faker's jobs, two roles, licensed forms),
addresses over two to five rows with units, bairros, ZIP+4 and landmarks, and half the shops naming no one.
Its cards have their own seeds: the classic cards of every seed stay as they were.

    python -m tests.ocr.crowded_photo_set OUT_DIR [--count 30] [--seed 1] [--kind classic|broken]
    python -m cardbook.ocr.evaluate --jobs 1 --misses OUT_DIR
    python -m cardbook.ocr.evaluate --jobs 1 --engine plain-rapidocr OUT_DIR
    python -m cardbook.ocr.detect_eval -v OUT_DIR
"""

from __future__ import annotations

import random
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .crowded_photo_broken import BROKEN
from .crowded_photo_capture import photograph
from .crowded_photo_cards import DESIGNS, Drawn, draw_card
from .crowded_photo_data import (
    ROLES_IN_ADDRESS,
    ROLES_IN_COMPANY,
    ROLES_IN_TAGLINE,
    CardKind,
    Content,
    draw_content,
)
from .set_writer import print_paths, rounded_points, seed_of_card, set_parser, truth_record, write_encoded_photos

COUNT = 30
COUNTRIES = ("br", "us")  # in turn: half Brazilian, half American
SECOND_CARD_GROUP = 1  # the seed group the second card in view is drawn from: apart from the cards' own
# The kinds of card (``--kind``): what each draws in place of the classic card's, and its cards' seed group
# (the classic cards keep group 0, so their seeds make what they always made).
KINDS: dict[str, tuple[CardKind | None, int]] = {"classic": (None, 0), "broken": (BROKEN, 2)}


def printed_card(index: int, seed: int, kind: str = "classic") -> tuple[Content, Drawn, random.Random]:
    """Card ``index`` of the set of ``seed`` as printed: its contents, its drawing, and the card's random
    stream the photo goes on drawing from."""
    drawn_as, group = KINDS[kind]
    rng = random.Random(seed_of_card(seed, index, group))
    country = COUNTRIES[index % len(COUNTRIES)]
    design = DESIGNS[(index // len(COUNTRIES)) % len(DESIGNS)]
    content = draw_content(rng, country, drawn_as)
    return content, draw_card(content, design, rng), rng


def truth_of(content: Content, drawn: Drawn) -> dict[str, Any]:
    """The card's truth from its rows as printed (a row broken in two joins its field as two parts)."""
    fields = [part for row in drawn.rows for part in (row.parts or (row,))]  # a footer row's two fields apart
    address = [row.text for row in fields if row.role in ROLES_IN_ADDRESS]
    tagline = [row.text for row in fields if row.role in ROLES_IN_TAGLINE]
    titles = [row.text for row in fields if row.role == "title"]
    return truth_record(
        image="",
        kind="photo",
        lang=content.lang,
        name=content.name,
        title=", ".join(titles) or None,
        company=" ".join(row.text for row in fields if row.role in ROLES_IN_COMPANY) or None,
        emails=content.emails,
        phones=content.phones,
        websites=content.websites,
        address=", ".join(address) or None,
        social=content.social,
        tagline=" / ".join(tagline) or None,
        lines=drawn.lines,
        notes="",
        country=content.country,
        trade=content.trade,
        design=drawn.design,
        columns=drawn.columns,
        faces=drawn.faces,
    )


def make_photo(index: int, seed: int, kind: str = "classic") -> tuple[bytes, dict[str, Any]]:
    """Photo ``index`` of the set of ``seed``: its JPEG bytes and its truth (the image's name filled in by
    the caller)."""
    content, drawn, rng = printed_card(index, seed, kind)

    def another() -> Any:
        other = random.Random(seed_of_card(seed, index, SECOND_CARD_GROUP))
        country = COUNTRIES[other.randrange(len(COUNTRIES))]
        return draw_card(draw_content(other, country), other.choice(DESIGNS), other).image

    data, corners, capture = photograph(drawn.image, rng, another)
    truth = truth_of(content, drawn)
    truth["capture"] = asdict(capture)
    truth["corners"] = rounded_points(corners.tolist())
    return data, truth


def write_set(folder: Path, count: int = COUNT, seed: int = 1, kind: str = "classic") -> list[Path]:
    """``count`` photos ``photo-NN.jpg`` of ``kind`` with their truth in ``folder``."""
    return write_encoded_photos(folder, count, seed, lambda index, seed: make_photo(index, seed, kind))


def main() -> None:
    parser = set_parser("crowded_photo_set", __doc__, COUNT, raw_description=True)
    parser.add_argument("--kind", choices=tuple(KINDS), default="classic")
    args = parser.parse_args()
    print_paths(write_set(args.folder, args.count, args.seed, args.kind))


if __name__ == "__main__":
    main()
