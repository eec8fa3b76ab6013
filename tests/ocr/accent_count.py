"""How many printed words with accents the reader returns without them ("Negoce" for "Négoce").

For every card of the folders with ground truth, each word of its printed ``lines`` that carries a
diacritic is looked for in the reader's text: read as printed, read with its accents lost or changed
(equal once accents are removed), or not read at all (other letter errors: not counted here); and words printed
without accents read with one. Prints the counts and the engines that read the cards.

    python -m tests.ocr.accent_count DIR [DIR...] [--jobs 1]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import unicodedata
from pathlib import Path

from cardbook.ocr.batch import read_images
from cardbook.ocr.options import ReadOptions

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def bare(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def accented_words(lines: list[str]) -> list[str]:
    return [word for line in lines for word in _WORD.findall(line) if bare(word) != word]


# Letters that are no accented form of another (NFKD leaves them whole): the fra+eng models read them as
# other letters ("ß" as "k" or "B", "ø" as "g"), so they are counted apart: as printed or not.
OWN_LETTERS = frozenset("ßøæœłđþðıŀ")


def own_letter_words(lines: list[str]) -> list[str]:
    """The printed words holding one of ``OWN_LETTERS`` (any case)."""
    return [word for line in lines for word in _WORD.findall(line) if OWN_LETTERS & set(word.casefold())]


def own_letters_read(truth_lines: list[str], text: str) -> tuple[int, int]:
    """(read as printed, printed) for the words of ``truth_lines`` holding one of ``OWN_LETTERS``."""
    read = collections.Counter(word.casefold() for word in _WORD.findall(unicodedata.normalize("NFC", text)))
    printed = own_letter_words(truth_lines)
    kept = 0
    for word in printed:
        key = unicodedata.normalize("NFC", word).casefold()
        if read[key] > 0:
            read[key] -= 1
            kept += 1
    return kept, len(printed)


def added(truth_lines: list[str], text: str) -> int:
    """Words read with an accent where the card prints the same word without one."""
    printed = {word.casefold() for line in truth_lines for word in _WORD.findall(line)}
    plain = {word for word in printed if bare(word) == word}
    return sum(
        bare(word) != word and word.casefold() not in printed and bare(word).casefold() in plain
        for word in _WORD.findall(unicodedata.normalize("NFC", text))
    )


def count(truth_lines: list[str], text: str) -> tuple[int, int, int]:
    """(as printed, accents lost or changed, not read) for the accented words of ``truth_lines``."""
    read = _WORD.findall(unicodedata.normalize("NFC", text))
    exact = collections.Counter(word.casefold() for word in read)
    folded = collections.Counter(bare(word).casefold() for word in read)
    kept = lost = missing = 0
    for word in accented_words(truth_lines):
        key = unicodedata.normalize("NFC", word).casefold()
        if exact[key] > 0:
            exact[key] -= 1
            folded[bare(key)] -= 1
            kept += 1
        elif folded[bare(key)] > 0:
            folded[bare(key)] -= 1
            lost += 1
        else:
            missing += 1
    return kept, lost, missing


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.accent_count", description=__doc__)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    images = sorted(p for folder in args.folders for p in folder.glob("*.jpg") if p.with_suffix(".json").is_file())
    totals = [0, 0, 0]
    wrong = 0
    own_kept = own_printed = 0
    engines: collections.Counter[str] = collections.Counter()
    for name, results in read_images([str(p) for p in images], ReadOptions(), jobs=args.jobs):
        truth = json.loads(Path(name).with_suffix(".json").read_text(encoding="utf-8"))
        text = "\n".join(result.text for result in results)
        for index, value in enumerate(count(truth.get("lines") or [], text)):
            totals[index] += value
        wrong += added(truth.get("lines") or [], text)
        kept_here, printed_here = own_letters_read(truth.get("lines") or [], text)
        own_kept, own_printed = own_kept + kept_here, own_printed + printed_here
        engines.update(result.engine for result in results)
    kept, lost, missing = totals
    print(f"{len(images)} cards; accented words: {sum(totals)}; as printed {kept}; accents lost {lost}; ", end="")
    print(f"not read {missing}; accents added to plain words {wrong}")
    print(f"words with {''.join(sorted(OWN_LETTERS))}: {own_printed}; as printed {own_kept}")
    print("engines: " + ", ".join(f"{name} {n}" for name, n in engines.most_common()))


if __name__ == "__main__":
    main()
