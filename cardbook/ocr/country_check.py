"""``python -m cardbook.ocr.country_check DIR [DIR...]``: phone numbers given a country the card does not show.

For every card with ground truth (docs/EVALUATION_FORMAT.md), the phones the reader gave an E.164 are checked
against the country the card itself shows, worked out from the ground truth's printed lines (``decide_region`` on them,
with no default): a number printed with its own country code must keep that country; any other must be in the
card's country; and on a card that shows no country, no national number may get one (that would be the
default region's guess). E.164 values on things that are not phones in the ground truth count too.

The OCR lines of each card can be cached (``--cache FILE``) so the parsing can be re-run in a second.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers

from cardbook.ocr.fields import CardLine, PhoneValue
from cardbook.ocr.loading import IMAGE_SUFFIXES
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.region import decide_region
from cardbook.ocr.scoring import same_phone
from cardbook.ocr.types import Box

_OWN_PREFIX = re.compile(r"^\s*(?:\+|00)")


@dataclass(slots=True)
class CountryCount:
    cards: int = 0
    phones: int = 0
    with_e164: int = 0
    mismatches: list[str] = field(default_factory=list)

    def add(self, other: CountryCount) -> None:
        self.cards += other.cards
        self.phones += other.phones
        self.with_e164 += other.with_e164
        self.mismatches += other.mismatches


def shown_country(truth_lines: Sequence[str]) -> str | None:
    """The country a card's printed lines show, or None when they show none."""
    decision = decide_region(truth_lines, "ZZ")
    return decision.region if decision.from_card else None


def _country_of(e164: str) -> str | None:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return None


def _same_plan(e164: str, region: str) -> bool:
    """The E.164 is in ``region``'s numbering plan (+44 is Great Britain's and Guernsey's alike)."""
    return e164.startswith(f"+{phonenumbers.country_code_for_region(region)}")


def _own_country(printed: str) -> str | None:
    if not _OWN_PREFIX.match(printed):
        return None
    number = re.sub(r"^\s*00", "+", printed)
    return _country_of(number)


def check_phones(phones: Iterable[PhoneValue], truth_numbers: Sequence[str], country: str | None) -> CountryCount:
    """Count ``phones`` whose E.164 names a country other than the one the card shows for them."""
    count = CountryCount(cards=1)
    for phone in phones:
        count.phones += 1
        if not phone.e164:
            continue
        count.with_e164 += 1
        given = _country_of(phone.e164)
        truth = next((number for number in truth_numbers if same_phone(phone.number, number)), None)
        expected = _own_country(truth or phone.number) or country
        if truth is None:
            count.mismatches.append(f"{phone.number!r} is not a phone on the card but got {phone.e164}")
        elif expected is None:
            count.mismatches.append(f"{phone.number!r} got {phone.e164} ({given}); the card shows no country")
        elif not _same_plan(phone.e164, expected):
            count.mismatches.append(f"{phone.number!r} got {phone.e164} ({given}); the card shows {expected}")
    return count


def card_lines_of(lines: Sequence[dict[str, object]]) -> list[CardLine]:
    result = []
    for index, line in enumerate(lines):
        box = line.get("box")
        result.append(
            CardLine(
                index,
                str(line["text"]),
                Box(*box) if isinstance(box, list) else None,
                float(line.get("height", 0.0)),  # type: ignore[arg-type]
                float(line.get("confidence", 1.0)),  # type: ignore[arg-type]
            )
        )
    return result


def _read_lines(images: list[Path], jobs: int) -> dict[str, list[dict[str, object]]]:
    from cardbook.ocr.batch import read_images  # local: OCR engines only when the cache misses
    from cardbook.ocr.options import ReadOptions

    found: dict[str, list[dict[str, object]]] = {}
    options = ReadOptions(keep_card_image=False)
    for path, results in read_images([str(image) for image in images], options, jobs=jobs):
        best = max(results, key=lambda result: len(result.text), default=None)
        lines = best.lines if best is not None else ()
        found[path] = [
            {"text": ln.text, "box": list(ln.box.as_tuple()), "height": float(ln.height), "confidence": ln.confidence}
            for ln in lines
        ]
    return found


def check_folders(
    folders: Sequence[str], region: str, cache: Path | None, half: str | None, jobs: int = 1
) -> CountryCount:
    pairs = [
        (image, image.with_suffix(".json"))
        for folder in folders
        for image in sorted(Path(folder).iterdir())
        if image.suffix.lower() in IMAGE_SUFFIXES and image.with_suffix(".json").exists()
    ]
    if half is not None:
        pairs = [pair for index, pair in enumerate(pairs) if index % 2 == (0 if half == "even" else 1)]
    cached: dict[str, list[dict[str, object]]] = {}
    if cache is not None and cache.exists():
        cached = json.loads(cache.read_text(encoding="utf-8"))
    missing = [image for image, _ in pairs if str(image) not in cached]
    if missing:
        cached.update(_read_lines(missing, jobs))
        if cache is not None:
            cache.write_text(json.dumps(cached), encoding="utf-8")
    total = CountryCount()
    for image, truth_path in pairs:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        fields = parse_lines(card_lines_of(cached[str(image)]), region)
        count = check_phones(
            fields.phones, [p["number"] for p in truth.get("phones") or []], shown_country(truth.get("lines") or [])
        )
        count.mismatches = [f"{image.name}: {text}" for text in count.mismatches]
        total.add(count)
    return total


def report(count: CountryCount, label: str) -> None:
    print(
        f"{label}: {count.cards} cards, {count.phones} phones, {count.with_e164} with E.164, "
        f"{len(count.mismatches)} given a country the card does not show"
    )
    for text in count.mismatches:
        print(f"    {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cardbook.ocr.country_check", description=__doc__)
    parser.add_argument("folders", nargs="+", metavar="DIR")
    parser.add_argument("--region", default="FR", help="default region (the user's country)")
    parser.add_argument("--cache", type=Path, help="JSON file keeping each card's OCR lines between runs")
    parser.add_argument("--half", choices=("even", "odd"), help="only the even- or odd-numbered cards")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    count = check_folders(args.folders, args.region, args.cache, args.half, args.jobs)
    report(count, ", ".join(args.folders) + (f" ({args.half} half)" if args.half else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
