"""A second opinion on the lines Tesseract missed or doubted, instead of re-reading the whole card.

Tesseract reads most of a card well and fails on a few lines: a bold italic name, a website on a grey
band, a logo. Reading the whole card again with the second engine (detection + recognition) costs about
0.5 s; recognising only those lines costs about 20 ms each. The lines come from the letter shapes the
orientation step already found (``orientation.aligned``): letters of similar height side by side form a
line; a line is "missed" when little of its print lies inside a word Tesseract read with confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.types import Box

# The second engine's reading of a line replaces Tesseract's only when it is at least this sure.
_MIN_RESCUE_CONFIDENCE = 0.8
# At most this many lines are read again (~25 ms each): beyond that the card is not "mostly read".
_MAX_LINES = 4
_CONTACT_LIKE = re.compile(r"@|www|\.(?:com|net|org|fr)\b|\d(?:[\s.\-]?\d){5}", re.IGNORECASE)


def text_lines(letters: np.ndarray, min_letters: int = 4) -> list[tuple[Box, np.ndarray]]:
    """Letter boxes (x, y, w, h) grouped into printed lines: (line box, its letters), top to bottom.

    Two letters belong to one line when they overlap vertically by half the smaller one, their heights
    differ by less than 2× (capitals and x-height letters) and the gap between them is under 1.2 letter
    heights (a word space; wider gaps are columns, read as separate lines)."""
    count = len(letters)
    if count == 0:
        return []
    x, y, w, h = (letters[:, i].astype(np.float64) for i in range(4))
    right, bottom = x + w, y + h
    first, second = _side_by_side(y, bottom)
    overlap = np.minimum(bottom[first], bottom[second]) - np.maximum(y[first], y[second])
    small = np.minimum(h[first], h[second])
    large = np.maximum(h[first], h[second])
    gap = np.maximum(x[second] - right[first], x[first] - right[second])
    linked = (overlap >= 0.5 * small) & (large <= 2.0 * small) & (gap <= 1.2 * large)
    parent = list(range(count))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(first[linked], second[linked], strict=True):
        a, b = find(int(i)), find(int(j))
        if a != b:
            parent[a] = b
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(find(i), []).append(i)
    lines: list[tuple[Box, np.ndarray]] = []
    for members in groups.values():
        if len(members) < min_letters:
            continue
        left, top = int(x[members].min()), int(y[members].min())
        box = Box(left, top, int(right[members].max()) - left, int(bottom[members].max()) - top)
        heights = h[members]
        if box.height > 1.8 * float(np.median(heights)):
            continue  # chained across lines (a slash, a picture's texture): not one printed line
        if float(np.median(w[members] / heights)) > 1.5 or float(np.std(heights)) > 0.4 * float(np.mean(heights)):
            continue  # pieces of a rule or a picture: letters are about as wide as high, of even height
        lines.append((box, letters[members]))
    return sorted(lines, key=lambda item: (item[0].top, item[0].left))


def _side_by_side(top: np.ndarray, bottom: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i, j) of letters whose rows meet (i's top at or above j's, j's top not below i's bottom),
    each pair once: only those can overlap by half a letter. A scan's 300-800 letters then make some
    thousands of pairs to test instead of every pair (a quarter to a half million): the same links, found
    in a fraction of the time (``text_lines`` was 5 of the rescue's 7 ms per scan)."""
    order = np.argsort(top, kind="stable")
    ends = np.searchsorted(top[order], bottom[order], side="right")  # past the last letter starting in the rows
    counts = np.maximum(0, ends - np.arange(len(order)) - 1)
    at = np.repeat(np.arange(len(order)), counts)
    # The k-th candidate of the letter at sorted position p is at p + 1 + k.
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return order[at], order[at + 1 + offsets]


def covered_share(letters: np.ndarray, page: OcrPage, scale: float, min_confidence: float = 0.6) -> float:
    """Share (by letter area) of ``letters`` (card pixels) inside a word of ``page`` read with confidence."""
    if len(letters) == 0:
        return 1.0
    boxes = (
        np.array(
            [[w.box.left, w.box.top, w.box.right, w.box.bottom] for w in page.words if w.confidence >= min_confidence],
            dtype=np.float64,
        ).reshape(-1, 4)
        / scale
    )
    if len(boxes) == 0:
        return 0.0
    centers = letters[:, :2] + letters[:, 2:] / 2
    weights = letters[:, 3].astype(np.float64) ** 2
    # A word box far taller than the letter (a logo word whose box took in the small line below it)
    # does not cover it.
    word_heights = boxes[None, :, 3] - boxes[None, :, 1]
    inside = (
        (centers[:, None, 0] >= boxes[None, :, 0] - 2)
        & (centers[:, None, 0] <= boxes[None, :, 2] + 2)
        & (centers[:, None, 1] >= boxes[None, :, 1] - 2)
        & (centers[:, None, 1] <= boxes[None, :, 3] + 2)
        & (word_heights <= 3.0 * letters[:, None, 3] + 4)
    ).any(axis=1)
    return float((weights * inside).sum() / weights.sum())


def card_line_box(box: Box, scale: float) -> Box:
    return Box(
        round(box.left / scale),
        round(box.top / scale),
        max(1, round(box.width / scale)),
        max(1, round(box.height / scale)),
    )


@dataclass(frozen=True, slots=True)
class RescueLine:
    """A printed line to read again: ``core`` holds its print, ``crop`` (padded) is what is recognised
    (card pixels)."""

    core: Box
    crop: Box

    @property
    def band(self) -> Box:
        """The rows kept as they are when recognising ``crop`` (the rest is painted with the paper)."""
        pad = max(2, round(0.15 * self.core.height))
        return Box(self.crop.left, self.core.top - pad, self.crop.width, self.core.height + 2 * pad)


def _same_row(a: Box, b: Box) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    gap = max(a.left, b.left) - min(a.right, b.right)
    return overlap >= 0.5 * min(a.height, b.height) and gap <= 1.5 * min(a.height, b.height)


def lines_to_rescue(page: OcrPage, scale: float, letters: np.ndarray) -> list[RescueLine]:
    """Lines (card pixels) that Tesseract missed or doubted; ``letters``: every letter-like shape (not
    only ``aligned`` ones: "www" often prints as one joined blob).

    Missed: a line of letters little of which lies in a confident word. Doubted: contact data read with
    low confidence, or any real line read with very low confidence. A line to read again takes in the
    Tesseract lines and other candidates of the same row that touch it, so that a line is replaced as
    a whole, never in pieces."""
    tesseract_lines = [(card_line_box(line.box, scale), line) for line in group_lines(page.words)]
    found = text_lines(letters)
    # Most useful first: contact data Tesseract doubted, then missed lines by size (names, companies).
    doubted: list[Box] = []
    for box, line in tesseract_lines:
        contact = line.confidence < 0.6 and _CONTACT_LIKE.search(line.text) is not None
        if contact or (line.confidence < 0.4 and sum(ch.isalnum() for ch in line.text) >= 4):
            doubted.append(box)
    missed = sorted(
        (box for box, members in found if covered_share(members, page, scale) < 0.5),
        key=lambda box: -box.height,
    )
    cores = (doubted + missed)[:_MAX_LINES]
    merged: list[Box] = []
    for core in sorted(cores, key=lambda box: box.left):
        for box, _ in tesseract_lines:
            if _same_row(core, box) and box.height <= 2 * core.height:
                core = core.union(box)
        for index, other in enumerate(merged):
            if _same_row(core, other):
                merged[index] = other.union(core)
                break
        else:
            merged.append(core)
    return [padded_line(core) for core in merged]


def padded_line(core: Box) -> RescueLine:
    """The line whose print is ``core`` (card pixels), with the margin the line recogniser needs."""
    # The recogniser was trained on detector crops, which keep about half a letter height of margin:
    # tighter crops lose capitals (a name read in lower case).
    pad_y = max(4, round(0.65 * core.height))
    pad_x = max(8, round(1.2 * core.height))
    return RescueLine(core, Box(core.left - pad_x, core.top - pad_y, core.width + 2 * pad_x, core.height + 2 * pad_y))


def merge_rescued(page: OcrPage, scale: float, lines: Sequence[RescueLine], rescued: OcrPage) -> OcrPage:
    """``page`` with the rescued lines in place of what Tesseract read on them.

    ``rescued`` holds words in card pixels, grouped by the index of their line in ``lines``; a rescued
    line replaces Tesseract's words on it when it is sure and surer than them."""
    by_group: dict[tuple[int, ...], list[OcrWord]] = {}
    for word in rescued.words:
        by_group.setdefault(word.group, []).append(word)
    words = list(page.words)
    added: list[OcrWord] = []
    for number, group in enumerate(by_group.values()):
        confidence = sum(word.confidence for word in group) / len(group)
        if confidence < _MIN_RESCUE_CONFIDENCE or sum(ch.isalnum() for w in group for ch in w.text) < 2:
            continue
        index = group[0].group[0] if group[0].group else -1
        if not 0 <= index < len(lines):
            continue
        core = lines[index].core

        def on_line(word: OcrWord, core: Box = core) -> bool:
            return _center_inside(word.box, core, scale) and word.box.height / scale <= 2.5 * core.height

        inside = [w for w in words if on_line(w)]
        if inside and sum(w.confidence for w in inside) / len(inside) >= confidence:
            continue
        words = [w for w in words if not on_line(w)]
        added += [_scaled(word, scale, (9999, number)) for word in group]
    if not added:
        return page
    return OcrPage(tuple(words + added), page.width, page.height, page.engine + "+rapidocr-lines")


def _center_inside(box: Box, crop: Box, scale: float) -> bool:
    cx = (box.left + box.width / 2) / scale
    cy = (box.top + box.height / 2) / scale
    return crop.left <= cx <= crop.right and crop.top <= cy <= crop.bottom


def _scaled(word: OcrWord, scale: float, group: tuple[int, ...]) -> OcrWord:
    box = word.box
    return OcrWord(
        word.text,
        word.confidence,
        Box(
            round(box.left * scale),
            round(box.top * scale),
            max(1, round(box.width * scale)),
            max(1, round(box.height * scale)),
        ),
        group,
    )
