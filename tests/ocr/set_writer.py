"""The tail every generated evaluation set shares, written once: a card's own seed, its ground truth
(``docs/EVALUATION_FORMAT.md``), the image and its truth written side by side, and the command line's folder,
``--count`` and ``--seed``.

Each generator (``french_set``, ``hard_sets``, ``corporate_set``, ``stranger_set``, ``shop_photo_set`` ...)
draws its cards its own way and ended with its own copy of this code. A seed's set must never change (tests
and the figures in docs/measuring/ rely on it), so everything here writes byte for byte what those copies
wrote: the truth's keys in the same order, the JSON laid out the same way, the images encoded the same way.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from .render import Card, render, save, scanner_noise

# A card's seed is the set's seed's block, then its group's (a kind or a folder of the set), then its index:
# a card does not move when another group is asked for, nor when the set is asked for fewer or more cards.
# The sizes are those the sets were first generated with (a group holds fewer than 1,000 cards).
SEED_BLOCK = 10_000
GROUP_BLOCK = 1_000
# The rendered sets' (``write_rendered_cards``) own seeds and scan noise, as they were first generated with.
RENDERED_SEED_BLOCK = 100
SCAN_NOISE = 4
# The truth files' layout as every set has always written them: one space of indent, accents as letters.
TRUTH_INDENT = 1


def seed_of_card(seed: int, index: int, group: int = 0) -> int:
    """The seed of card ``index`` of group ``group`` (a kind's position in the set) in the set of ``seed``."""
    return seed * SEED_BLOCK + group * GROUP_BLOCK + index


def kind_cards(folder: Path, kinds: Sequence[str], count: int, seed: int) -> Iterator[tuple[str, Path, int, int]]:
    """(kind, its folder, the card's index, the card's seed) for ``count`` cards of each kind in turn, the kind's
    folder ``folder/<kind>/`` made before its first card; a kind's position in ``kinds`` is its seed's group."""
    for group, kind in enumerate(kinds):
        out = folder / kind
        out.mkdir(parents=True, exist_ok=True)
        for index in range(count):
            yield kind, out, index, seed_of_card(seed, index, group)


def rounded_points(points: Iterable[Sequence[float]]) -> list[list[float]]:
    """Corners as the truth holds them (``corners``, ``cards``): (x, y) pixels to a tenth."""
    return [[round(float(x), 1), round(float(y), 1)] for x, y in points]


def truth_record(
    *,
    image: str,
    kind: str,
    lang: str,
    name: object,
    title: object,
    company: object,
    emails: object,
    phones: object,
    websites: object,
    address: object,
    lines: object,
    notes: str,
    other_names: object = None,
    department: object = None,
    social: object = None,
    tagline: object = None,
    **more: object,
) -> dict[str, Any]:
    """A card's ground truth with its keys in the order every set writes them; ``more`` (a set's own keys:
    ``traits``, ``corners`` ...) after them, in the order given. The values are as the set's data gives them
    (``object``: a set's truth is JSON, whatever its own types); ``other_names`` and ``social`` default to
    empty lists, ``department`` and ``tagline`` to null."""
    return {
        "image": image,
        "kind": kind,
        "lang": lang,
        "name": name,
        "other_names": [] if other_names is None else other_names,
        "title": title,
        "company": company,
        "department": department,
        "emails": emails,
        "phones": phones,
        "websites": websites,
        "address": address,
        "social": [] if social is None else social,
        "tagline": tagline,
        "lines": lines,
        "unreadable": False,
        "notes": notes,
        **more,
    }


def write_truth(image_path: Path, truth: Mapping[str, Any]) -> None:
    """The truth beside its image: ``X.json`` for ``X.jpg``."""
    text = json.dumps(truth, ensure_ascii=False, indent=TRUTH_INDENT)
    image_path.with_suffix(".json").write_text(text, encoding="utf-8")


def write_card(path: Path, image: np.ndarray, truth: Mapping[str, Any]) -> Path:
    """The image (OpenCV's default JPEG quality) and its truth; returns the image's path."""
    save(str(path), image)
    write_truth(path, truth)
    return path


def write_jpeg(path: Path, image: np.ndarray, quality: int, truth: Mapping[str, Any]) -> Path:
    """The image at the JPEG ``quality`` the set drew for it, and its truth; returns the image's path."""
    cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    write_truth(path, truth)
    return path


def write_encoded(path: Path, data: bytes, truth: Mapping[str, Any]) -> Path:
    """An image the set encoded itself (its JPEG bytes), in a folder made if missing, and its truth."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    write_truth(path, truth)
    return path


def write_encoded_photos(
    folder: Path, count: int, seed: int, make_photo: Callable[[int, int], tuple[bytes, dict[str, Any]]]
) -> list[Path]:
    """``count`` photos ``photo-NN.jpg`` with their truth in ``folder``, each from ``make_photo(index, seed)``
    (its encoded bytes and its truth, to which the file's name is added)."""
    paths = []
    for index in range(count):
        data, truth = make_photo(index, seed)
        name = f"photo-{index:02d}.jpg"
        truth["image"] = name
        paths.append(write_encoded(folder / name, data, truth))
    return paths


def write_rendered_cards(
    folder: Path,
    count: int,
    seed: int,
    make_card: Callable[[int, random.Random], tuple[Card, dict[str, Any], bool]],
    photographed: Callable[[np.ndarray, random.Random, int], np.ndarray],
) -> list[Path]:
    """The sets of one folder of rendered cards (``french_set``, ``web_set``): ``count`` cards drawn by
    ``make_card`` from one stream of ``seed``, each rendered, then ``photographed`` (its image, the stream,
    the card's own seed) or given a flat scan's noise (``SCAN_NOISE``), and written as ``card-NN.jpg``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        card, truth, photo = make_card(index, rng)
        image = render(card)
        own_seed = seed * RENDERED_SEED_BLOCK + index
        image = photographed(image, rng, own_seed) if photo else scanner_noise(image, own_seed, SCAN_NOISE)
        paths.append(write_card(folder / f"card-{index:02d}.jpg", image, truth))
    return paths


def set_parser(
    module: str,
    description: str | None,
    count: int,
    count_help: str | None = None,
    *,
    folder_optional: bool = False,
    raw_description: bool = False,
) -> argparse.ArgumentParser:
    """The command line every set starts from: the output folder, ``--count`` (``count`` by default) and
    ``--seed`` (1 by default: the tune seed; 2 is held out). ``folder_optional``: the set has another use
    that writes nothing (``--compare``); ``raw_description``: the docstring's lines are kept as written."""
    parser = argparse.ArgumentParser(
        prog=f"python -m tests.ocr.{module}",
        description=description,
        formatter_class=argparse.RawDescriptionHelpFormatter if raw_description else argparse.HelpFormatter,
    )
    parser.add_argument("folder", type=Path, nargs="?" if folder_optional else None)
    parser.add_argument("--count", type=int, default=count, help=count_help)
    parser.add_argument("--seed", type=int, default=1)
    return parser


def print_paths(paths: Iterable[Path]) -> None:
    """The images written, one a line, as every set prints them."""
    for path in paths:
        print(path)
