"""The dots of a photographed card's e-mail addresses that Tesseract lost, taken from RapidOCR's reading.

On phone photos of French cards (``tests/ocr/fr_stranger_set.py``) Tesseract read an address's dot after
an initial as nothing or as a hyphen ("jdupont@…", "j-dupont@…" for "j.dupont@…"): a dot is a few pixels
that blur and JPEG spread out. The words are right otherwise, so nothing doubts the line and
``photo_lines`` keeps Tesseract's reading, while RapidOCR's whole reading of the same card, made anyway for
a photo Tesseract read (``reading.read_upright``), printed the dots. The parser cannot tell from the text
alone: "jdupont@" and "j.dupont@" are both common addresses.

So a Tesseract word holding an address takes RapidOCR's spelling of it where RapidOCR read the same
address, on the same line and surely (``MIN_DOT_CONFIDENCE``), with more dots and no other difference
than at those dots: every letter, digit, "@" and hyphen elsewhere agree (case aside). What else RapidOCR
reads differently is left as Tesseract read it. Figures:
docs/MEASURING.md, "French cards in phone photos: accents misread, e-mail dots, a name and a firm on one row".
"""

from __future__ import annotations

import re

from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.photo_lines import Box4, card_box, union_box

# RapidOCR's line is trusted for a dot only at this confidence. Set before measuring, high because a dot is
# taken over Tesseract's reading: on the tune seeds (1, 3, 4) of ``fr_stranger_set`` every address whose
# dot Tesseract lost was read by RapidOCR at 0.997 or more.
MIN_DOT_CONFIDENCE = 0.95
# What Tesseract read in place of a dot RapidOCR read: nothing, a hyphen, a comma (a space splits the
# address into two words: then its start is compared, ``_with_dots``).
_DOT_READINGS = ("", "-", ",")
# An e-mail address inside a word or a line ("Mail:j.dupont@host.fr"): the parser finds the real ones.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:[.,][\w-]+)*", re.UNICODE)
# RapidOCR's words stand in the card's pixels; Tesseract's in the card's pixels × the reading's scale. A
# RapidOCR line is on a Tesseract word when their boxes overlap and their middles are this share of the
# word's height apart at most (the next line of a card's body text is about one height away).
_SAME_LINE_SHARE = 0.5


def with_rapid_dots(page: OcrPage, scale: float, whole: OcrPage | None) -> OcrPage:
    """``page`` (Tesseract's words, card pixels × ``scale``) with the addresses whose dots ``whole``
    (RapidOCR's reading of the same card, card pixels) reads and Tesseract lost spelled as RapidOCR reads
    them."""
    if whole is None or not page.engine.startswith("tesseract"):
        return page
    lines: dict[tuple[int, ...], list[OcrWord]] = {}
    for word in whole.words:
        lines.setdefault(word.group, []).append(word)
    # Each sure line's box (card pixels) and text, made once for all of Tesseract's words holding an "@".
    sure = [
        (union_box([card_box(word, 1.0) for word in words]), " ".join(w.text for w in sorted(words, key=_left)))
        for words in lines.values()
        if sum(word.confidence for word in words) / len(words) >= MIN_DOT_CONFIDENCE
        and "@" in "".join(word.text for word in words)
    ]
    if not sure:
        return page
    changed = False
    words_out: list[OcrWord] = []
    for word in page.words:
        spelled = _dotted(word, scale, sure) if "@" in word.text else None
        if spelled is None:
            words_out.append(word)
        else:
            words_out.append(OcrWord(spelled, word.confidence, word.box, word.group))
            changed = True
    if not changed:
        return page
    return OcrPage(tuple(words_out), page.width, page.height, page.engine)


def _left(word: OcrWord) -> int:
    return word.box.left


def _dotted(word: OcrWord, scale: float, lines: list[tuple[Box4, str]]) -> str | None:
    """``word``'s text with its address as a RapidOCR line on it (its box and text) spells it with more dots,
    or None."""
    read = _ADDRESS.search(word.text)
    if read is None:
        return None
    left, top, right, bottom = card_box(word, scale)
    for (line_left, line_top, line_right, line_bottom), text in lines:
        if line_left >= right or left >= line_right:
            continue
        middle, line_middle = (top + bottom) / 2, (line_top + line_bottom) / 2
        if abs(middle - line_middle) > _SAME_LINE_SHARE * (bottom - top):
            continue
        for other in _ADDRESS.finditer(text):
            spelled = _with_dots(read.group(0), other.group(0))
            if spelled is not None:
                return word.text[: read.start()] + spelled + word.text[read.end() :]
    return None


_DOT_OR_READING = "(?:\\.|" + "|".join(re.escape(reading) for reading in _DOT_READINGS if reading) + "|)"


def _with_dots(tesseract: str, rapid: str) -> str | None:
    """``rapid`` (or its start up to one of its dots, when Tesseract read the rest as another word: "…@host"
    + "fr") where it holds dots at which ``tesseract`` holds nothing or one of ``_DOT_READINGS`` and agrees
    with it everywhere else (case aside); else None."""
    first = tesseract.casefold()
    parts = rapid.split(".")
    for kept in range(len(parts), 1, -1):
        spelled = ".".join(parts[:kept])
        if spelled.count(".") <= tesseract.count(".") or spelled.casefold() == first:
            continue
        pattern = _DOT_OR_READING.join(re.escape(part.casefold()) for part in parts[:kept])
        if re.fullmatch(pattern, first) is not None:
            return spelled
    return None
