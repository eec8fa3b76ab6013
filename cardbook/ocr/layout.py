"""Group OCR words into printed lines, and lines into reading order.

Tesseract often runs two columns into one "line" ("Office Hours   410 S. Craig St."); a gap several
letters wide almost always separates unrelated items on a card, so lines are cut there. Parsing then sees
"410 S. Craig St." on its own, which is what makes address and phone detection reliable.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable

from cardbook.ocr.engine import OcrLine, OcrWord
from cardbook.ocr.size_breaks import split_at_size_change
from cardbook.ocr.types import union_all

# A gap wider than this many letter heights splits a line into two items.
_COLUMN_GAP_HEIGHTS = 2.2


def group_lines(words: Iterable[OcrWord]) -> list[OcrLine]:
    """Words → lines in reading order (top to bottom, then left to right)."""
    by_group: dict[tuple[int, ...], list[OcrWord]] = defaultdict(list)
    ungrouped: list[OcrWord] = []
    for word in words:
        if word.group:
            by_group[word.group].append(word)
        else:
            ungrouped.append(word)
    clusters = list(by_group.values()) + cluster_by_rows(ungrouped)
    lines: list[OcrLine] = []
    for cluster in clusters:
        gapped = _split_at_gaps(sorted(cluster, key=lambda w: w.box.left))
        # A large name and a small firm on one row, run together: ``size_breaks``.
        for piece in (part for item in gapped for part in split_at_size_change(item)):
            trimmed = _trim_noise(piece)
            if trimmed and not _is_noise_line(trimmed):
                lines.append(make_line(trimmed))
    return order_lines(lines)


def _is_noise_word(word: OcrWord) -> bool:
    """A short, doubtful "word" at a line's end: usually an icon, a logo or a speck read as letters."""
    text = word.text
    return word.confidence < 0.5 and len(text) <= 2 and not any(ch.isdigit() for ch in text)


def _trim_noise(words: list[OcrWord]) -> list[OcrWord]:
    start, end = 0, len(words)
    while start < end and _is_noise_word(words[start]):
        start += 1
    while end > start and _is_noise_word(words[end - 1]):
        end -= 1
    return words[start:end]


# Shapes that are no accident even when Tesseract doubts them (it gave 0.18 to a clean green
# "www.example-insure.com"): an address, a domain, a long number.
_MEANINGFUL = re.compile(r"@\w|\bwww\b|\w\.(?:com|net|org|fr|de|be|ch|uk|eu|io|br|jp)\b|\d[\d .\-]{5,}\d", re.I)


def _is_noise_line(words: list[OcrWord]) -> bool:
    """Pictures and textures read as text: low confidence and no real word of three letters or more."""
    confidence = sum(word.confidence for word in words) / len(words)
    has_word = any(sum(ch.isalnum() for ch in word.text) >= 3 and word.confidence >= 0.5 for word in words)
    if _MEANINGFUL.search(" ".join(word.text for word in words)):
        return False
    return confidence < 0.35 and not has_word


def make_line(words: list[OcrWord]) -> OcrLine:
    box = union_all([word.box for word in words])
    assert box is not None
    confidence = sum(word.confidence for word in words) / len(words)
    return OcrLine(" ".join(word.text for word in words), tuple(words), box, confidence)


def order_lines(lines: list[OcrLine]) -> list[OcrLine]:
    """Top to bottom; lines whose middles are within half a letter height count as one row."""
    ordered = sorted(lines, key=lambda line: line.box.center_y)
    rows: list[list[OcrLine]] = []
    for line in ordered:
        if rows:
            last = rows[-1][0]
            tolerance = 0.5 * min(last.height, line.height)
            if abs(line.box.center_y - last.box.center_y) <= tolerance:
                rows[-1].append(line)
                continue
        rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda item: item.box.left)]


def _split_at_gaps(words: list[OcrWord]) -> list[list[OcrWord]]:
    if not words:
        return []
    heights = sorted(word.box.height for word in words)
    letter = max(1, heights[len(heights) // 2])
    pieces: list[list[OcrWord]] = [[words[0]]]
    for previous, word in itertools.pairwise(words):
        gap = word.box.left - previous.box.right
        if gap > _COLUMN_GAP_HEIGHTS * letter:
            pieces.append([word])
        else:
            pieces[-1].append(word)
    return pieces


def cluster_by_rows(words: Iterable[OcrWord]) -> list[list[OcrWord]]:
    """For engines without line ids (and wherever the ids are not to be trusted): words whose vertical
    extents overlap by half form a row, rows in order down the card, words in reading order of arrival."""
    rows: list[list[OcrWord]] = []
    for word in sorted(words, key=lambda w: w.box.center_y):
        for row in rows:
            anchor = row[-1].box
            overlap = min(anchor.bottom, word.box.bottom) - max(anchor.top, word.box.top)
            if overlap >= 0.5 * min(anchor.height, word.box.height):
                row.append(word)
                break
        else:
            rows.append([word])
    return rows
