"""Lines of a photographed card that Tesseract did not read at all, taken from RapidOCR's whole reading.

On a phone photo Tesseract reads most cards well and fast, but it can skip a whole line without doubting
the rest: a contact line washed out by a glossy card's reflection, a line on a bent card's curve, small
print near a steeply foreshortened edge. Its confidences stay high and the letters of such a line are too
faint for the print count that measures its coverage (``rescue.covered_share``), so neither
``engine_choice.tesseract_doubts`` nor the rescue of missed lines sees the loss, while plain RapidOCR on the
whole photo reads the line (docs/MEASURING.md, "Card designs in phone photos").

So a photographed card read by Tesseract is also read whole by RapidOCR, and each RapidOCR line that is
sure (``MIN_LINE_CONFIDENCE``) and holds a real word (``MIN_LINE_CHARS``) joins the reading when it lies
where Tesseract read nothing, or replaces Tesseract's words on it when they leave a stretch of it unread (a
line's end or middle washed out: ``MIN_RUN_ON``, ``MIN_MORE_CHARS``; or its first or last letters lost, all Tesseract
read on it found inside RapidOCR's line: ``_holds_more``; or Tesseract's own confidence in its words there low:
``DOUBTED_LINE_CONFIDENCE``), or replaces a line the rescue read on a band cut around Tesseract's letters when
it reads it with more confidence (a bent card's curved line). Other lines keep Tesseract's spelling (its
accents and the spaces inside phone numbers).

The choice is made line by line, not for the whole photo (``engine_choice.rapid_reads_better`` asks 1.25 times
the card-like text, and a photo that lost only a name or an e-mail to Tesseract stays under it): on the 1280x720
shop photos Tesseract read, the fields it lost were on lines it doubted or cut short, and its sure lines were
as good as RapidOCR's or better (
docs/MEASURING.md, "Photo fields: a photo Tesseract read, checked line by line against RapidOCR's reading").
"""

from __future__ import annotations

from statistics import median

from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.engine_choice import DOUBTFUL_PHOTO_MEAN_CONFIDENCE
from cardbook.ocr.types import Box

# A RapidOCR line is added only at this mean word confidence: the recogniser scores print it reads well at
# 0.9 and more, and stray marks (a wood grain beside the card's edge, an icon, a QR code's modules) lower.
# Chosen before measuring, not tuned; read with on photo_design_set seed 1 (tests/ocr/photo_design_set.py),
# checked on seed 2.
MIN_LINE_CONFIDENCE = 0.8
# ... and with at least this many letters or digits: an icon or an ornament read as a mark or two is no line
# (chosen the same way as the confidence).
MIN_LINE_CHARS = 4
# Tesseract's words are widened by this share of their height before the overlap test: a RapidOCR line
# that merely touches a Tesseract word is a piece of that word's line, read apart, not a line lost (chosen,
# not tuned: a quarter of a height is under the gap between lines of a card's body text).
WORD_MARGIN = 0.25
# A RapidOCR line over Tesseract's words replaces them when Tesseract's words leave this many line heights
# of it unread (at either end or inside: a space is about a third of a height) and it holds this many more
# letters: the part of a line a reflection washed out for Tesseract ("tonygarcia@alheatingcoo!" against the
# whole address). Set on photo_design_set seed 1 (the end of a line); a gap inside a line was first seen on
# a card of seed 2 ("…@dedetizadoraprogres .br"), so seed 2 no longer vouches for that part.
MIN_RUN_ON = 1.0
MIN_MORE_CHARS = 3
# A RapidOCR line over Tesseract's words also replaces them when Tesseract itself doubts them: their mean
# confidence is below this. The figure ``engine_choice.DOUBTFUL_PHOTO_MEAN_CONFIDENCE`` uses to doubt a whole
# photo's reading (tune-half photos where RapidOCR read more measured 0.59-0.79, clean photographed renders
# 0.85 and more), applied to one line: not tuned. On the 1280x720 shop photos Tesseract read (tune seeds 1 and 3
# of tests/ocr/shop_photo_set.py), its lines under it were a pictogram read as a mark before a contact line, a
# name or a mailbox misspelt, a phone read as garbage; RapidOCR read those lines whole at 0.95 and more.
DOUBTED_LINE_CONFIDENCE = DOUBTFUL_PHOTO_MEAN_CONFIDENCE


Box4 = tuple[float, float, float, float]  # left, top, right, bottom in card pixels


def union_box(boxes: list[Box4]) -> Box4:
    """The box around all ``boxes``."""
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _meet(a: Box4, b: Box4) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _letters(words: list[OcrWord]) -> int:
    return sum(ch.isalnum() for word in words for ch in word.text)


def add_missed_lines(page: OcrPage, scale: float, whole: OcrPage | None) -> OcrPage:
    """``page`` (Tesseract's words in card pixels × ``scale``) with the sure lines of ``whole`` (RapidOCR's
    reading of the same card, card pixels) that lie where ``page`` holds no word, that hold a stretch of
    ``MIN_RUN_ON`` heights Tesseract's words on them leave unread and ``MIN_MORE_CHARS`` more letters (part
    of a line washed out), or that read a rescued line with more confidence: those replace the words there."""
    if whole is None or not whole.words:
        return page
    tesseract = [word for word in page.words if any(ch.isalnum() for ch in word.text)]
    boxes = {id(word): card_box(word, scale) for word in tesseract}
    marks = {id(word): card_box(word, scale) for word in page.words if not any(ch.isalnum() for ch in word.text)}
    lines: dict[tuple[int, ...], list[OcrWord]] = {}
    for word in whole.words:
        lines.setdefault(word.group, []).append(word)
    added: list[tuple[int, OcrWord]] = []
    dropped: set[int] = set()
    heights: list[float] = []  # Tesseract's letter height over RapidOCR's box height, line by line
    for number, words in enumerate(lines.values()):
        confidence = sum(word.confidence for word in words) / len(words)
        if confidence < MIN_LINE_CONFIDENCE or _letters(words) < MIN_LINE_CHARS:
            continue
        own = [card_box(word, 1.0) for word in words]
        line = union_box(own)
        # A rescued line's words share its group; their boxes are spread over its crop, so the group goes whole.
        bands = {word.group for word in tesseract if _rescued(word) and _on_band(boxes[id(word)], line)}
        rescued = [word for word in tesseract if word.group in bands]
        if rescued:
            # The rescue read this line on a band (its words' boxes are the band): the whole reading, which
            # follows the line, replaces it when surer and no word Tesseract itself read lies in its words.
            clash = any(not _rescued(word) and _centre_in(boxes[id(word)], box) for word in tesseract for box in own)
            if clash or confidence <= sum(word.confidence for word in rescued) / len(rescued):
                continue
            dropped.update(id(word) for word in rescued)
        else:
            near = [word for word in tesseract if _meet(_widened(boxes[id(word)], WORD_MARGIN), line)]
            if near:
                # Tesseract read on this line: RapidOCR's reading replaces it only where Tesseract left a stretch.
                on_line = [word for word in near if line[1] <= _centre(boxes[id(word)])[1] <= line[3]]
                if not on_line or any(_meet(boxes[id(word)], line) for word in near if word not in on_line):
                    continue  # a word of a neighbouring line overlaps it: no clear line to replace
                letters = median([boxes[id(word)][3] - boxes[id(word)][1] for word in on_line])
                heights.append(letters / (line[3] - line[1]))
                unread = _widest_gap(line, [boxes[id(word)] for word in on_line])
                washed = (
                    unread >= MIN_RUN_ON * (line[3] - line[1]) and _letters(words) >= _letters(on_line) + MIN_MORE_CHARS
                )
                if not washed and not _holds_more(words, on_line) and not _doubted(on_line, confidence):
                    continue
                dropped.update(id(word) for word in on_line)
                # Marks Tesseract read between the words it replaces ("&", "|") go with them.
                dropped.update(key for key, box in marks.items() if _centre_in(box, line))
        added += [(number, word) for word in words]
    if not added:
        return page
    # RapidOCR's boxes are its detector's, padded around the letters; Tesseract's hug them. The parser compares
    # line heights (a title's second line, a name set larger than the rest), so a line joining Tesseract's
    # reading takes Tesseract's measure: its box shrunk about its middle by the ratio the lines both engines
    # read show (0.64 on the tune photo whose two-line title it split; no such line: left as read).
    shrink = min(1.0, median(heights)) if heights else 1.0
    joined = tuple(_to_page(_shrunk(word, shrink), scale, (8888, number)) for number, word in added)
    kept = tuple(word for word in page.words if id(word) not in dropped)
    return OcrPage(kept + joined, page.width, page.height, page.engine + "+rapidocr-photo-lines")


def _shrunk(word: OcrWord, share: float) -> OcrWord:
    """``word`` with its box's height times ``share``, about the same middle."""
    if share >= 1.0:
        return word
    box = word.box
    height = max(1, round(box.height * share))
    top = box.top + (box.height - height) // 2
    return OcrWord(word.text, word.confidence, Box(box.left, top, box.width, height), word.group)


def _squashed(words: list[OcrWord]) -> str:
    """The letters and digits of ``words`` in reading order, case folded (spaces and marks aside: RapidOCR
    drops spaces Tesseract keeps, and reads an icon beside a line as a mark)."""
    ordered = sorted(words, key=lambda word: word.box.left)
    return "".join(ch for word in ordered for ch in word.text.casefold() if ch.isalnum())


def _holds_more(rapid: list[OcrWord], tesseract: list[OcrWord]) -> bool:
    """RapidOCR's line holds all Tesseract read on it, in order, and more letters: the first or last letters of
    the line Tesseract lost ("onded & Insured", "_Kalb"), too few for ``MIN_MORE_CHARS`` but each a wrong word.
    Replacing then loses nothing Tesseract read."""
    theirs, ours = _squashed(tesseract), _squashed(rapid)
    return len(theirs) >= MIN_LINE_CHARS and len(ours) > len(theirs) and theirs in ours


def _doubted(tesseract: list[OcrWord], rapid_confidence: float) -> bool:
    """Tesseract's words on a line read at a mean confidence under ``DOUBTED_LINE_CONFIDENCE``, RapidOCR's line
    (``rapid_confidence``, already sure: ``MIN_LINE_CONFIDENCE``) read surer."""
    mean = sum(word.confidence for word in tesseract) / len(tesseract)
    return mean < DOUBTED_LINE_CONFIDENCE and rapid_confidence > mean


# ``rescue.merge_rescued`` marks the words of the lines it read again with this first group number.
_RESCUED_GROUP = 9999


def _widest_gap(line: Box4, read: list[Box4]) -> float:
    """The longest stretch of ``line`` (along it) that no box of ``read`` covers: at either end or inside."""
    widest, reached = 0.0, line[0]
    for box in sorted(read):
        widest = max(widest, box[0] - reached)
        reached = max(reached, box[2])
    return max(widest, line[2] - reached)


def _rescued(word: OcrWord) -> bool:
    return word.group[:1] == (_RESCUED_GROUP,)


def _centre(box: Box4) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _on_band(box: Box4, line: Box4) -> bool:
    """A rescued word's box (its band) centred on ``line``'s height and overlapping it along the line."""
    return line[1] <= _centre(box)[1] <= line[3] and box[0] < line[2] and line[0] < box[2]


def _centre_in(box: Box4, other: Box4) -> bool:
    x, y = _centre(box)
    return other[0] <= x <= other[2] and other[1] <= y <= other[3]


def card_box(word: OcrWord, scale: float) -> Box4:
    """``word``'s box in card pixels (its page is the card's pixels × ``scale``)."""
    box = word.box
    return (box.left / scale, box.top / scale, box.right / scale, box.bottom / scale)


def _widened(box: Box4, share: float) -> Box4:
    pad = share * (box[3] - box[1])
    return (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)


def _to_page(word: OcrWord, scale: float, group: tuple[int, ...]) -> OcrWord:
    box = word.box
    scaled = Box(round(box.left * scale), round(box.top * scale), max(1, round(box.width * scale)),
                 max(1, round(box.height * scale)))  # fmt: skip
    return OcrWord(word.text, word.confidence, scaled, group)
