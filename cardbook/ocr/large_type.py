"""Large type read whole: a second reading of a card's tallest lines, where wordmarks lose letters.

A small business prints its name as a wordmark, in display type several times the body text's height.
The reading settings suit the body text (Tesseract's letter scaling and page modes, RapidOCR's detection
size from the typical letter, ``rapid_engine.detection_for_letters``), and such words come back with their
first or last letters lost, a word dropped at the end, or the whole line split in pieces.

So each line much taller than the card's typical line is read again, alone: its box widened to where the
neighbouring print starts (the lost letters lie just outside it), with a margin above and below, by both
engines on that crop scaled for them (RapidOCR's recogniser on the line, ``rapid_engine.recognize_lines``;
Tesseract on the line at its best letter size, ``tesseract_lines``). A second reading replaces the line's
words only when it keeps every letter of the first reading in order and adds some, with a confidence not
below ``LARGE_TYPE_MIN_CONFIDENCE`` — or when the card's e-mail domain or website spells it — or when it has
the same letters with accents the first lacked.

The card's headline (its tallest line, ``HEADLINE_RATIO`` to ``LARGE_TYPE_RATIO`` times the typical line: a
company printed only a little larger than the name) is read again the same way when ink lies beyond its ends:
on real scans such a line ran onto a picture and lost its last letters, below the wordmark ratio. A large
line whose letters stand on an arc (a round logo) is also read along it, unrolled straight (``arc_type``):
a straight crop, however wide, keeps only the arc's middle.

Only what can gain is read (``ink_at_ends``): letters can only have been lost where ink lies just beyond the
line's box, so a line with blank paper at both ends (or one the card's domain spells whole) can only gain
accents, and only RapidOCR's recogniser reads it again, on the narrowest crop; Tesseract's stacked reading
runs only for lines with ink at an end. Figures: docs/MEASURING.md, "Accents and large type" and "Where a
scan's time goes".
"""

from __future__ import annotations

import contextlib
import difflib
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np

from cardbook.ocr.arc_type import SEARCH_HEIGHTS, find_arc, runs_through, strip_box, unrolled
from cardbook.ocr.engine import OcrLine, OcrUnavailableError, OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.lexicon import fold
from cardbook.ocr.rapid_accents import bare
from cardbook.ocr.rapid_engine import RapidOcrEngine
from cardbook.ocr.sure_lines import read_surely
from cardbook.ocr.tesseract_lines import read_lines
from cardbook.ocr.types import BgrImage, Box, GreyImage

# A line is large type when its letters are at least this many times as tall as the card's typical line:
# the names and titles printed a little larger than the contact lines stay below it, wordmarks (2.5-6 times
# the body text on the wordmark set) above. Set on tune seed 1 of tests/ocr/wordmark_set.py.
LARGE_TYPE_RATIO = 1.8
# At most this many lines are read again (the tallest): a card shows one wordmark, seldom two.
MAX_LARGE_LINES = 3
# The card's tallest line is its headline (the company or the name, as a rule) when its letters are at
# least this many times as tall as the typical line, though below ``LARGE_TYPE_RATIO``: real cards often
# print the company only a little larger than the name and the contact lines, and its ends are lost the same
# way (a word running onto a picture, a face the page settings misread) as a wordmark's. A headline is
# read again only when ink lies just beyond its ends (``ink_at_ends``): it gains no accents, as the
# body text it is close to in size does not. Set on tune seed 1 of ``wordmark_set --ratio 1.3 2.5 --faces
# display --edge``; seed 2 held out.
HEADLINE_RATIO = 1.15
# A headline is read again only when its first reading is this confident (word mean): a headline read
# well but short is what loses its end letters; one read as garble ("Re,") is unreadable type, of which a
# second reading that merely keeps its two or three letters in order says little (on tune seed 1 a curved
# headline's garble so replaced left the company to its misread pieces, where the card's domain had given it).
HEADLINE_MIN_CONFIDENCE = 0.7
# The box is widened on each side by up to these many of its heights, stopping short of other print on
# the same band: one or two lost capitals of a display type are about a height wide each, a lost last
# word several. Each width is read (the wider crop also takes in more of a picture behind the print).
WIDEN_HEIGHTS = (1.5, 8.0)
# A second reading must be at least this confident (word mean, each engine's own scale) to be kept.
LARGE_TYPE_MIN_CONFIDENCE = 0.8
# A domain or website label spelling the reading must be at least this long to count (shorter labels
# match by chance).
_MIN_DOMAIN_LETTERS = 4
# A word a second reading adds at the line's ends must have this many letters: shorter ones were marks at
# the crop's edges far more often than lost print. Set after seed 2 of the wordmark set (meant to be held
# out) showed two such marks at a picture's edge ("LL", "SE"): seed 2 is not held out for this rule.
_MIN_ADDED_WORD_LETTERS = 3
# Print a line lost at its ends lies next to its box: a lost letter touches the first reading's word, a lost
# last word starts a word space away (under one height), a picture the print runs onto touches it too. So
# Tesseract reads a tall line again only when ink lies within ``ADJACENT_HEIGHTS`` heights beyond either end
# of its box (past the ``_EDGE_GAP`` of its own letters' edges, short of other words); a line with blank
# paper at both ends can only gain accents, which RapidOCR's recogniser reads (on tune seed 1 of the
# wordmark set, every accent gained came from it; Tesseract's reading of such lines added nothing).
ADJACENT_HEIGHTS = 1.0
_EDGE_GAP = 0.15
# A strip holds ink when at least this share of its columns holds ink pixels (at least ``_INK_COLUMN_PIXELS``
# of the column's share of the band: a speck of scanner noise is no print). Set on tune seed 1 of the
# wordmark set (every line a second reading improved there has ink at an end or gains accents only);
# seed 2 held out.
ADJACENT_INK_SHARE = 0.1
_INK_COLUMN_SHARE = 0.1
_DOMAIN = re.compile(r"@([\w.-]+)|(?:www\.|https?://)([\w.-]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Candidate:
    words: tuple[OcrWord, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def confidence(self) -> float:
        return statistics.fmean(word.confidence for word in self.words) if self.words else 0.0


def _letters(text: str) -> str:
    return "".join(ch for ch in fold(text).casefold() if ch.isalnum())


def _accents(text: str) -> int:
    return sum(a != b for a, b in zip(text, bare(text), strict=True)) if len(text) == len(bare(text)) else 0


def _keeps_in_order(first: str, second: str) -> bool:
    """Every letter of ``first`` appears in ``second`` in the same order (``second`` only adds)."""
    rest = iter(second)
    return all(ch in rest for ch in first)


def card_domains(lines: list[OcrLine]) -> set[str]:
    """The labels of the card's e-mail domains and websites ("maplestudio" of "www.maplestudio.com")."""
    labels: set[str] = set()
    for line in lines:
        for match in _DOMAIN.finditer(line.text):
            host = (match.group(1) or match.group(2) or "").lower().removeprefix("www.")
            parts = [part for part in host.split(".") if part]
            if len(parts) >= 2:  # the label before the suffix; before "co.uk", "com.br" the one before that
                labels.add(_letters(parts[-2] if len(parts[-2]) > 3 or len(parts) < 3 else parts[-3]))
    return {label for label in labels if len(label) >= _MIN_DOMAIN_LETTERS}


def large_lines(lines: list[OcrLine]) -> list[OcrLine]:
    """The tallest lines, when they are ``LARGE_TYPE_RATIO`` times as tall as the card's typical line."""
    if len(lines) < 2:
        return []
    typical = statistics.median(line.height for line in lines)
    tall = [line for line in lines if line.height >= LARGE_TYPE_RATIO * typical]
    return sorted(tall, key=lambda line: -line.height)[:MAX_LARGE_LINES]


def headline(lines: list[OcrLine]) -> OcrLine | None:
    """The card's tallest line when it is ``HEADLINE_RATIO`` (not ``LARGE_TYPE_RATIO``) times as tall as
    its typical line, read with ``HEADLINE_MIN_CONFIDENCE``, and no other line is as tall (the tallest of
    two lines of one size is no headline either)."""
    if len(lines) < 3:
        return None
    typical = statistics.median(line.height for line in lines)
    ordered = sorted(lines, key=lambda line: -line.height)
    top = ordered[0]
    if not HEADLINE_RATIO * typical <= top.height < LARGE_TYPE_RATIO * typical or ordered[1].height >= top.height:
        return None
    return top if top.confidence >= HEADLINE_MIN_CONFIDENCE else None


def widened(line: OcrLine, others: list[OcrWord], width: int, heights: float) -> Box:
    """``line``'s box widened on each side up to ``heights`` heights, short of other words on its band."""
    box, reach = line.box, round(heights * line.height)
    left, right = max(0, box.left - reach), min(width, box.right + reach)
    for word in others:
        if word.box.bottom <= box.top or word.box.top >= box.bottom:
            continue  # not on the line's band
        if word.box.right <= box.left:
            left = max(left, word.box.right + 1)
        elif word.box.left >= box.right:
            right = min(right, word.box.left - 1)
    return Box(left, box.top, max(1, right - left), box.height)


def ink_at_ends(grey: GreyImage, line: OcrLine, others: list[OcrWord]) -> bool:
    """Whether ink lies just beyond either end of ``line``'s box, on its band (see ``ADJACENT_HEIGHTS``)."""
    box = line.box
    inside = grey[box.top : box.bottom, box.left : box.right]
    if inside.size == 0:
        return False
    threshold, _ = cv2.threshold(np.ascontiguousarray(inside), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # The print covers less of its box than the paper: the minority side of Otsu's threshold is the ink.
    dark_print = np.count_nonzero(inside <= threshold) <= inside.size / 2
    reach = widened(line, others, grey.shape[1], ADJACENT_HEIGHTS)
    gap = max(1, round(_EDGE_GAP * line.height))
    for left, right in ((reach.left, box.left - gap), (box.right + gap, reach.right)):
        if right - left < 1:
            continue
        strip = grey[box.top : box.bottom, left:right]
        ink = strip <= threshold if dark_print else strip > threshold
        columns = np.count_nonzero(np.count_nonzero(ink, axis=0) >= max(1.0, _INK_COLUMN_SHARE * strip.shape[0]))
        if columns >= ADJACENT_INK_SHARE * strip.shape[1]:
            return True
    return False


def better(first: Candidate, second: Candidate, domains: set[str]) -> bool:
    """Whether ``second`` is the better reading of a line read ``first`` (see the module's rule)."""
    old, new = _letters(first.text), _letters(second.text)
    if not new or second.confidence < LARGE_TYPE_MIN_CONFIDENCE:
        return False
    if new == old:  # the same letters: kept for accents the first reading lacks ("LUMIERE", "LUMIÈRE")
        return bare(second.text) == bare(first.text) and _accents(second.text) > _accents(first.text)
    if old in domains:  # the card's domain spells the first reading whole: added letters are marks
        return False
    if len(new) > len(old) and _keeps_in_order(old, new) and _only_letters_added(old, new):
        return True
    # The domain spells the new reading (wholly, or as a part the old one was not): never fewer letters.
    return len(new) >= max(_MIN_DOMAIN_LETTERS, len(old)) and any(
        new == label or (new in label and old not in label) for label in domains
    )


def _only_letters_added(old: str, new: str) -> bool:
    """The characters ``new`` has beyond ``old`` are letters (a digit or a stray mark is the crop's edge)."""
    added = list(new)
    for ch in old:
        added.remove(ch)
    return all(ch.isalpha() for ch in added)


def _stray(word: OcrWord, kept: str) -> bool:
    """A word at a crop's end that is no print of the line: too short, or no letter, unless the first
    reading has it too (``kept``: its letters)."""
    letters = _letters(word.text)
    return letters != kept and (sum(ch.isalpha() for ch in word.text) < _MIN_ADDED_WORD_LETTERS or not letters)


def one_line(found: list[OcrWord], line: OcrLine) -> tuple[OcrWord, ...]:
    """The words of the one line Tesseract read in a crop that spells ``line`` best: the crop's margin
    takes in a little of the lines above and below, and a line box Tesseract drew over two printed lines
    takes in more (RapidOCR's recogniser reads a single line of its crop anyway)."""
    groups: dict[tuple[int, ...], list[OcrWord]] = {}
    for word in found:
        groups.setdefault(word.group, []).append(word)
    if not groups:
        return ()
    first = _letters(line.text)

    def likeness(words: Iterable[OcrWord]) -> float:
        return difflib.SequenceMatcher(a=first, b=_letters(" ".join(w.text for w in words)), autojunk=False).ratio()

    return tuple(sorted(max(groups.values(), key=likeness), key=lambda word: word.box.left))


def trimmed(candidate: Candidate, first: Candidate) -> Candidate:
    """``candidate`` without the marks a widened crop adds at its ends (a bar, a digit, two letters of a
    picture's edge): end words of fewer than ``_MIN_ADDED_WORD_LETTERS`` letters not in ``first``'s ends."""
    words = list(candidate.words)
    head = _letters(first.words[0].text) if first.words else ""
    tail = _letters(first.words[-1].text) if first.words else ""
    while words and _stray(words[0], head):
        words.pop(0)
    while words and _stray(words[-1], tail):
        words.pop()
    return Candidate(tuple(words))


def best_reading(first: Candidate, others: list[Candidate], domains: set[str]) -> Candidate:
    """The reading kept for a line: ``first`` unless another is ``better`` than it; the most letters, then
    the most confident, among those."""
    kept = [other for other in (trimmed(other, first) for other in others) if better(first, other, domains)]
    if not kept:
        return first
    return max(kept, key=lambda other: (len(_letters(other.text)), other.confidence))


def reread_large_type(
    card: BgrImage, grey: GreyImage, words: tuple[OcrWord, ...], lang: str, rapid: bool = True, tesseract: bool = False
) -> tuple[OcrWord, ...]:
    """``words`` (in ``card``'s pixels, ``tesseract``: its reading) with large lines read again where better."""
    lines = group_lines(words)
    tall = large_lines(lines)
    top = headline(lines) if not tall else None
    if top is not None:
        # A headline a little larger than the body: read again only where letters may have been lost.
        ids = set(map(id, top.words))
        if ink_at_ends(grey, top, [word for word in words if id(word) not in ids]):
            tall = [top]
    if not tall:
        return words
    line_words = [set(map(id, line.words)) for line in tall]
    domains = card_domains(lines)
    boxes: list[Box] = []  # Tesseract's crops
    owners: list[int] = []  # the index in ``tall`` of each box
    rapid_crops: list[tuple[int, Box]] = []  # the index in ``tall`` of each line RapidOCR reads, and its crop
    for index, (line, ids) in enumerate(zip(tall, line_words, strict=True)):
        others = [word for word in words if id(word) not in ids]
        crops = [widened(line, others, grey.shape[1], heights) for heights in WIDEN_HEIGHTS]
        # A line the card's e-mail domain or website spells whole has no letters to gain (``better``).
        if not rapid or (_letters(line.text) not in domains and ink_at_ends(grey, line, others)):
            # Print may be lost at the ends: both engines, Tesseract on each width. RapidOCR's recogniser
            # reads the widest only: it ignores the blank or pictured margin around a line that made
            # Tesseract read marks, and each crop costs it ~40 ms on a scan.
            for box in crops:
                if box not in boxes:
                    boxes.append(box)
                    owners.append(index)
            rapid_crops.append((index, crops[-1]))
        elif not (tesseract and read_surely(line.words)):
            # Blank paper at both ends, or spelled by the domain: only accents can be gained (not on a line
            # Tesseract read surely: ``sure_lines``); the narrowest crop is the cheapest.
            rapid_crops.append((index, crops[0]))
    readings: list[list[Candidate]] = [[] for _ in tall]
    try:
        for owner, found in zip(owners, read_lines(grey, boxes, lang), strict=True):
            # The crop's margin takes in a little of the lines above and below: only the words on this
            # line's band count (RapidOCR's recogniser reads a single line of its crop anyway).
            readings[owner].append(Candidate(one_line(found, tall[owner])))
    except OcrUnavailableError:
        pass
    if rapid and rapid_crops:
        try:
            page = RapidOcrEngine().recognize_lines(card, _rapid_boxes([box for _, box in rapid_crops], grey.shape[:2]))
            for number, (index, _) in enumerate(rapid_crops):
                readings[index].append(Candidate(tuple(word for word in page.words if word.group == (number,))))
        except OcrUnavailableError:
            pass
    for index, line in enumerate(tall):
        readings[index] += _arc_readings(grey, line, words, lang, rapid)
    replaced: dict[int, tuple[OcrWord, ...]] = {}
    dropped: set[int] = set()
    for line, ids, candidates in zip(tall, line_words, readings, strict=True):
        best = best_reading(Candidate(line.words), candidates, domains)
        if best.words is not line.words:
            # The new words keep the line's own band: the second engines' boxes span the margin of their crop,
            # and the parser compares letter heights.
            group, band = line.words[0].group, line.box
            replaced[id(line.words[0])] = tuple(
                OcrWord(w.text, w.confidence, Box(w.box.left, band.top, w.box.width, band.height), group)
                for w in best.words
            )
            dropped |= ids
    if not replaced:
        return words
    result: list[OcrWord] = []
    for word in words:
        if id(word) in replaced:
            result.extend(replaced[id(word)])
        elif id(word) not in dropped:
            result.append(word)
    return tuple(result)


# Words of other lines at least this share of a large line's height beside it are pieces of the same arc (an
# engine read the curved wordmark as several lines): the arc is then not read, as one piece's reading along
# it would be kept beside the other pieces' (read twice). Smaller words are other print, left out of the arc.
_ARC_PIECE_SHARE = 0.6


def _arc_readings(
    grey: GreyImage, line: OcrLine, words: tuple[OcrWord, ...], lang: str, rapid: bool
) -> list[Candidate]:
    """The line read along the arc its letters stand on (``arc_type``), by both engines; none when its
    letters stand on a straight line. The words' boxes are laid along the line's box (the parser compares
    their heights and order, not where each letter was)."""
    ids = set(map(id, line.words))
    others = [w for w in words if id(w) not in ids and w.box.height < _ARC_PIECE_SHARE * line.height]
    reach = round(SEARCH_HEIGHTS * line.height)
    near = Box(line.box.left - reach, line.box.top - reach, line.box.width + 2 * reach, line.box.height + 2 * reach)
    for word in words:
        if id(word) not in ids and word.box.height >= _ARC_PIECE_SHARE * line.height:
            x, y = word.box.left + word.box.width / 2, word.box.top + word.box.height / 2
            if near.left <= x <= near.right and near.top <= y <= near.bottom:
                return []  # a piece of the same wordmark read as another line
    arc = find_arc(grey, line.box, others)
    if arc is None or any(runs_through(arc, w.box) for w in words if id(w) not in ids and w not in others):
        return []  # none, or the arc runs on into another piece of the wordmark, whose letters it would repeat
    strip = unrolled(grey, arc)
    box = strip_box(strip)
    found: list[list[OcrWord]] = []
    with contextlib.suppress(OcrUnavailableError):
        found += read_lines(strip, [box], lang)
    if rapid:
        coloured: BgrImage = np.ascontiguousarray(cv2.cvtColor(strip, cv2.COLOR_GRAY2BGR), dtype=np.uint8)
        with contextlib.suppress(OcrUnavailableError):
            found.append(list(RapidOcrEngine().recognize_lines(coloured, [box]).words))
    along = line.box.width / max(1, box.width)
    return [
        Candidate(tuple(
            OcrWord(w.text, w.confidence, Box(line.box.left + round(w.box.left * along), line.box.top,
                                              max(1, round(w.box.width * along)), line.box.height), w.group)
            for w in sorted(reading, key=lambda word: word.box.left)
        ))
        for reading in found
    ]  # fmt: skip


def _rapid_boxes(boxes: list[Box], shape: tuple[int, ...]) -> list[Box]:
    """The boxes with the margin RapidOCR's recogniser needs above and below (half a height)."""
    height = shape[0]
    out: list[Box] = []
    for box in boxes:
        pad = box.height // 2
        top, bottom = max(0, box.top - pad), min(height, box.bottom + pad)
        out.append(Box(box.left, top, box.width, bottom - top))
    return out
