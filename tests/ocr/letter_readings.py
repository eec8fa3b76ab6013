"""What the default models (fra+eng) read in place of the letters that are no accented form of another ("ß",
"ø", "æ", "ł"…): the measurement behind ``cardbook.ocr.letter_confusions.DEFAULT_READINGS``.

Each letter is printed inside made-up words (no real name or place: a consonant and vowel frame around it, at
the start, inside and at the end of a word), one word per line, in DejaVu Sans and Serif and in the installed
sans and serif faces of ``render.palette()``, at three sizes; the card is read by Tesseract with the default
languages, each word lined up with its reading (``difflib``) and what stands where the letter was counted.
Prints, for each letter, its readings most frequent first with their share.

    python -m tests.ocr.letter_readings [--lang fra+eng]
"""

from __future__ import annotations

import argparse
import collections
import difflib
import itertools
import statistics
import unicodedata

import numpy as np
from PIL import Image, ImageDraw

from cardbook.ocr.letter_confusions import ALPHABETS, MIN_READING_SHARE, plain_letters
from cardbook.ocr.tesseract_lines import read_lines
from cardbook.ocr.types import Box

from .render import font, palette, text_width

# Every letter the card languages write beyond ASCII (``ALPHABETS``), in both cases where it has two.
LETTERS = "".join(
    dict.fromkeys(ch for letters in ALPHABETS.values() for low in letters for ch in (low, low.upper()) if len(ch) == 1)
)
# Frames around the letter ({} is the letter): lower-case frames, and capitalised ones for capitals.
_LOWER_FRAMES = ("ka{}en", "bre{}ter", "mo{}", "gu{}a", "gro{}e", "ho{}ke")
_UPPER_FRAMES = ("{}rveland", "{}bek", "{}ster", "KA{}EN")
_SIZES = (24, 32)
_SHEET_WORDS = 60  # words per Tesseract call (one stacked call for many more passes its time limit)


def _words(letter: str) -> list[str]:
    frames = _UPPER_FRAMES if letter.isupper() else _LOWER_FRAMES
    return [frame.format(letter) for frame in frames]


def _faces() -> list[str]:
    looks = palette()
    faces = ["DejaVuSans.ttf", "DejaVuSerif.ttf", *looks.get("sans", ())[:2], *looks.get("serif", ())[:2]]
    return list(dict.fromkeys(faces))


def _reading_of(printed: str, read: str, letter: str) -> str | None:
    """What ``read`` holds where ``printed`` has ``letter`` (its only occurrence), or None when the rest of the
    word does not line up."""
    at = printed.index(letter)
    matcher = difflib.SequenceMatcher(a=printed, b=read, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if a0 <= at < a1:
            if tag == "equal":
                return letter
            if tag in ("replace", "delete") and a1 - a0 == 1:
                return read[b0:b1]
            return None
    return None


def _sheet(words: list[str], face: str, size: int) -> tuple[np.ndarray, list[Box]]:
    """The words printed one per line (grey), and each line's box."""
    step = size * 2
    width = 80 + max(round(text_width(word, face, size)) for word in words)
    image = Image.new("L", (width, step * len(words) + 40), 250)
    draw = ImageDraw.Draw(image)
    boxes: list[Box] = []
    for index, word in enumerate(words):
        top = 20 + index * step
        draw.text((40, top), word, fill=20, font=font(face, size))
        left, upper, right, lower = draw.textbbox((40, top), word, font=font(face, size))
        boxes.append(Box(left, upper, right - left, lower - upper))
    return np.asarray(image), boxes


def measure(lang: str) -> dict[str, collections.Counter[str]]:
    """Each letter's readings by ``lang``, counted over the faces, sizes and frames."""
    found: dict[str, collections.Counter[str]] = {letter: collections.Counter() for letter in LETTERS}
    printed = [(letter, word) for letter in LETTERS for word in _words(letter)]
    chunks = [printed[at : at + _SHEET_WORDS] for at in range(0, len(printed), _SHEET_WORDS)]
    for face in _faces():
        for size, chunk in itertools.product(_SIZES, chunks):
            grey, boxes = _sheet([word for _, word in chunk], face, size)
            for (letter, word), read_words in zip(chunk, read_lines(grey, boxes, lang), strict=True):
                read = "".join(w.text for w in sorted(read_words, key=lambda w: w.box.left))
                reading = _reading_of(word, read, letter)
                if reading is not None:
                    found[letter][reading] += 1
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.letter_readings", description=__doc__)
    parser.add_argument("--lang", default="fra+eng")
    parser.add_argument("--table", action="store_true", help="print the readings kept, as a Python dict")
    args = parser.parse_args(argv)
    measured = measure(args.lang)
    for letter, readings in measured.items():
        total = sum(readings.values()) or 1
        shown = ", ".join(f"{text!r} {count / total:.0%}" for text, count in readings.most_common())
        print(f"{letter}: {total} read; {shown}")
    if args.table:
        print(repr(kept_readings(measured)))


def kept_readings(measured: dict[str, collections.Counter[str]]) -> dict[str, tuple[str, ...]]:
    """Each letter's readings other than itself and its plain letter, seen at least ``MIN_READING_SHARE``
    of the time (and twice). A reading that at least half the letters of its case get ("o", "c", "n" for
    nearly every letter: a frame's or a face's misreading, not the letter's) is kept only for a letter that
    gets it at least twice as often as the median letter ("o" for "ø")."""
    shares = {
        letter: {text: count / (sum(readings.values()) or 1) for text, count in readings.items()}
        for letter, readings in measured.items()
    }
    table: dict[str, tuple[str, ...]] = {}
    for is_case in (str.islower, str.isupper):
        letters = [letter for letter in measured if is_case(letter)]
        candidates = {
            letter: [
                text
                for text, count in measured[letter].most_common()
                if text not in (letter, unicodedata.normalize("NFKD", letter)[0], plain_letters(letter))
                and count >= 2
                and shares[letter][text] >= MIN_READING_SHARE
            ]
            for letter in letters
        }
        everywhere = collections.Counter(text for texts in candidates.values() for text in texts)
        common = {text for text, count in everywhere.items() if count >= len(letters) / 2}
        for letter, texts in candidates.items():
            kept = tuple(
                text
                for text in texts
                if text not in common
                or shares[letter][text] >= 2 * statistics.median(shares[other].get(text, 0.0) for other in letters)
            )
            if kept:
                table[letter] = kept
    return table


if __name__ == "__main__":
    main()
