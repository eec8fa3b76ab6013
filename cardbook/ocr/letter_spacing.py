"""Letter-spaced capitals read back as words: "L U K A S S C H M I D T" → "LUKAS SCHMIDT".

Cards often set the name or the firm in capitals with wide tracking ("S O P H I E   M A R T I N",
"A T E L I E R"). The engines then read a word as separate letters — RapidOCR as one- to three-letter pieces,
Tesseract sometimes too — and the parser sees no name-shaped pair of words; or they read whole words whose gaps
are so wide that the layout cuts the line in two (``layout._split_at_gaps``: a gap of more than about two
letter heights is taken for a column gap), and the name or the firm comes out in halves on separate lines.

Both are mended here, on the card's words before they are grouped into lines, from the gaps alone (never from
what the letters spell):

- ``join_letter_spaced``: in a row of words, a run of letter pieces holding at least ``MIN_SINGLE_LETTERS``
  one-letter pieces (or a long run of short pieces, a few of them single letters) is one letter-spaced block.
  Its gaps are letter gaps and word gaps: a gap much wider than the block's usual gap (``WORD_GAP_FACTOR``)
  separates two words, any other joins two letters. The block becomes one word whose text holds the spaces
  between its words, so the layout keeps it on one line.
- Neighbouring capitals words whose letters stand far apart (a letter pitch of ``TRACKED_PITCH`` letter heights
  or more: Tesseract read the tracked words whole) and whose gap is no wider than a tracked word gap
  (``TRACKED_GAP_PITCHES``) become one word too, "&" between them included.

Thresholds were set on ``tests/ocr/typeface_set.py`` seed 1 (the tune seed: its ``tracked`` cards, scans
and photos) and checked on seed 2; docs/MEASURING.md, "Typefaces and design traits".
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from cardbook.ocr.engine import OcrWord
from cardbook.ocr.layout import cluster_by_rows
from cardbook.ocr.types import Box

# A block needs this many one-letter pieces: ordinary text seldom holds four one-letter words in a row
# ("à", "e", "y", "a" come one at a time), a letter-spaced word of four letters already does.
MIN_SINGLE_LETTERS = 4
# ... and one-letter pieces must be at least this share of the block's pieces (the engine glued the rest in
# twos and threes: "IO", "GIU").
MIN_SINGLE_SHARE = 0.4
# Or: at least this many pieces of at most MAX_SHORT_PIECE letters, MIN_SINGLES_AMONG_SHORT of them single
# letters. Card text seldom holds five short words in a row ("de la", "e do" come in twos), and rarely with two
# one-letter words among them.
MIN_SHORT_PIECES = 5
MAX_SHORT_PIECE = 3
MIN_SINGLES_AMONG_SHORT = 2
# Letter-spaced print is set in capitals: a block's letters must be capitals but for an engine's odd misread
# ("l" for "I"). Ordinary words of one and two letters ("à la", "e o") are lower case.
MIN_CAPITALS_SHARE = 0.8
# Pieces further apart than this many letter heights are not one block: columns, not tracking (the widest
# word gap of the tune seed's tracked cards was under 3 letter heights).
MAX_BLOCK_GAP_HEIGHTS = 3.5
# A gap this many times the block's median gap is a word gap: with a tracking of t em and a space of about
# 0.3 em, letter gaps are t and word gaps 2t + 0.3, more than twice as wide; the engines' boxes are a few
# pixels loose, hence less than 2.
WORD_GAP_FACTOR = 1.6
# ... and at least this share of a letter height wider than the median gap (tight tracking: a few pixels of
# box noise must not cut a word).
MIN_WORD_GAP_EXTRA = 0.2
# A capitals word whose letters advance by this many letter heights or more is letter-spaced: capitals of
# ordinary faces advance by 0.7 to 1.2 heights (wide geometric faces at the top), tracked ones by 1.4 and more
# on the tune seed.
TRACKED_PITCH = 1.3
# Two tracked words at most this many letter pitches apart are one line: their word gap is about two letter
# gaps and a space, under two pitches on the tune seed.
TRACKED_GAP_PITCHES = 2.5
# Characters a letter piece may hold besides letters: "S.L.", "O'NEIL", "&", "JEAN-MARC".
_PIECE_MARKS = frozenset("&.'’-")


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _is_piece(word: OcrWord) -> bool:
    """Letters (and the marks names and firms print), no digit: "C", "IO", "S.L.", "&"."""
    text = word.text
    return bool(text) and all(ch.isalpha() or ch in _PIECE_MARKS for ch in text)


def _is_single(word: OcrWord) -> bool:
    return len(word.text) == 1 and word.text.isalpha()


def _rows(words: Sequence[OcrWord]) -> list[list[OcrWord]]:
    """Rows of words (the engines' own line ids are ignored: Tesseract put the letters of one tracked word in
    lines of their own), each row left to right."""
    return [sorted(row, key=lambda w: w.box.left) for row in cluster_by_rows(words)]


def _gap(left: OcrWord, right: OcrWord) -> int:
    return right.box.left - left.box.right


def _height(words: Sequence[OcrWord]) -> float:
    return float(statistics.median(word.box.height for word in words))


def _merged(words: Sequence[OcrWord], text: str) -> OcrWord:
    box: Box = words[0].box
    for word in words[1:]:
        box = box.union(word.box)
    confidence = sum(word.confidence for word in words) / len(words)
    return OcrWord(text, confidence, box, words[0].group)


def _blocks(row: list[OcrWord]) -> list[list[OcrWord]]:
    """The row cut into candidate blocks: runs of letter pieces close together, every other word alone."""
    height = _height(row)
    blocks: list[list[OcrWord]] = []
    for word in row:
        last = blocks[-1] if blocks else None
        if (
            last is not None
            and _is_piece(word)
            and _is_piece(last[-1])
            and _gap(last[-1], word) <= MAX_BLOCK_GAP_HEIGHTS * height
        ):
            last.append(word)
        else:
            blocks.append([word])
    return blocks


def _spaced_block(block: list[OcrWord]) -> bool:
    letters = [ch for word in block for ch in word.text if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) < MIN_CAPITALS_SHARE * len(letters):
        return False
    singles = sum(_is_single(word) for word in block)
    if singles >= MIN_SINGLE_LETTERS and singles >= MIN_SINGLE_SHARE * len(block):
        return True
    # RapidOCR glues most letters of a spaced word in twos and threes ("GIU L IA RI C CI"): a long run of short
    # pieces with a few single letters among them is a block too.
    short = all(_letters(word.text) <= MAX_SHORT_PIECE for word in block)
    return short and len(block) >= MIN_SHORT_PIECES and singles >= MIN_SINGLES_AMONG_SHORT


def _join_block(block: list[OcrWord]) -> OcrWord:
    """The letters of one letter-spaced block as words: joined across letter gaps, spaced at word gaps."""
    gaps = [_gap(a, b) for a, b in itertools.pairwise(block)]
    usual = float(statistics.median(gaps))
    height = _height(block)
    cut = max(WORD_GAP_FACTOR * usual, usual + MIN_WORD_GAP_EXTRA * height)
    text = block[0].text
    for gap, word in zip(gaps, block[1:], strict=True):
        text += (" " if gap > cut else "") + word.text
    return _merged(block, text)


def _pitch(word: OcrWord) -> float:
    """How far apart the word's letters stand, in letter heights (its width per letter)."""
    letters = _letters(word.text)
    return word.box.width / letters / max(word.box.height, 1) if letters else 0.0


def _tracked_word(word: OcrWord) -> bool:
    text = word.text
    return _letters(text) >= 2 and text.upper() == text and _is_piece(word) and _pitch(word) >= TRACKED_PITCH


def _pitch_px(word: OcrWord) -> float:
    return word.box.width / max(_letters(word.text), 1)


def _near(left: OcrWord, right: OcrWord, pitch: float) -> bool:
    return _gap(left, right) <= TRACKED_GAP_PITCHES * pitch


def _join_tracked_words(row: list[OcrWord]) -> list[OcrWord]:
    """Neighbouring tracked capitals words (an "&" between two of them too) as one word."""
    out: list[OcrWord] = []
    index = 0
    while index < len(row):
        chain = [row[index]]
        while _tracked_word(chain[-1]) and index + len(chain) < len(row):
            following = row[index + len(chain)]
            pitch = max(_pitch_px(chain[-1]), _pitch_px(following))
            if _tracked_word(following) and _near(chain[-1], following, pitch):
                chain.append(following)
                continue
            after = row[index + len(chain) + 1] if index + len(chain) + 1 < len(row) else None
            if following.text == "&" and after is not None and _tracked_word(after):
                pitch = max(_pitch_px(chain[-1]), _pitch_px(after))
                if _near(chain[-1], following, pitch) and _near(following, after, pitch):
                    chain += [following, after]
                    continue
            break
        out.append(_merged(chain, " ".join(word.text for word in chain)) if len(chain) > 1 else chain[0])
        index += len(chain)
    return out


def join_letter_spaced(words: Sequence[OcrWord]) -> tuple[OcrWord, ...]:
    """``words`` with each letter-spaced block, and each line of tracked capitals words, made one word (see
    the module's docstring); when nothing is letter-spaced, ``words`` as they were."""
    singles = sum(_is_single(word) for word in words)
    if singles < min(MIN_SINGLE_LETTERS, MIN_SINGLES_AMONG_SHORT) and not any(_tracked_word(w) for w in words):
        return tuple(words)
    out: list[OcrWord] = []
    changed = False
    for row in _rows(words):
        joined: list[OcrWord] = []
        for block in _blocks(row):
            if len(block) > 1 and _spaced_block(block):
                joined.append(_join_block(block))
                changed = True
            else:
                joined.extend(block)
        merged = _join_tracked_words(joined)
        changed = changed or len(merged) < len(joined)
        out.extend(merged)
    return tuple(out) if changed else tuple(words)
