"""What the pipeline read on photos in place of each accented letter, from ``parse_cache`` caches: the
measurement behind ``cardbook.ocr.accent_misreads.PHOTO_READINGS``.

``letter_readings`` measures the default models on clean renders; a phone photo blurs and compresses the
marks. Here each printed line of a card's truth (``lines``) is lined up (``difflib``) with the read line
most like it, and what stands where a non-ASCII letter was printed is counted: the letter itself, its plain
letter, or another letter.

    python -m tests.ocr.parse_cache read CACHE.json DIR      # once per set
    python -m tests.ocr.photo_letter_readings CACHE.json [CACHE.json ...]
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
from pathlib import Path


def readings(records: list[dict[str, object]]) -> dict[str, collections.Counter[str]]:
    """Printed non-ASCII letter → what was read in its place, counted over the cards' printed lines."""
    found: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for record in records:
        truth = record["truth"]
        cards = record["cards"]
        assert isinstance(truth, dict) and isinstance(cards, list)
        read = [line["text"] for line in cards[0]["lines"]] if cards else []
        for printed in truth.get("lines", []):
            if printed.isascii():
                continue
            best = max(read, key=lambda text: difflib.SequenceMatcher(None, printed, text).ratio(), default="")
            matcher = difflib.SequenceMatcher(None, printed, best, autojunk=False)
            for tag, a0, a1, b0, b1 in matcher.get_opcodes():
                for at in range(a0, a1):
                    letter = printed[at]
                    if letter.isascii() or not letter.isalpha():
                        continue
                    if tag == "equal":
                        found[letter][letter] += 1
                    elif tag == "replace" and a1 - a0 == b1 - b0:
                        found[letter][best[b0 + at - a0]] += 1
                    elif tag == "delete" or (tag == "replace" and a1 - a0 == 1):
                        found[letter][best[b0:b1]] += 1
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.photo_letter_readings", description=__doc__)
    parser.add_argument("caches", type=Path, nargs="+")
    args = parser.parse_args(argv)
    records = [record for cache in args.caches for record in json.loads(cache.read_text(encoding="utf-8"))]
    for letter, counts in sorted(readings(records).items(), key=lambda item: -sum(item[1].values())):
        shown = ", ".join(f"{text!r} {count}" for text, count in counts.most_common())
        print(f"{letter}: {sum(counts.values())} printed; {shown}")


if __name__ == "__main__":
    main()
