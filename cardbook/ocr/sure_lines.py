"""Lines Tesseract read so surely that a second reading for their accents alone is not worth its cost.

``large_type`` reads a tall line again with RapidOCR's recogniser even when blank paper lies at both of its
ends (no letter can have been lost there): that reading can only give back accents (or, rarely, a letter
inside the line) that Tesseract's first reading lacked. Each such reading costs the recogniser's floor,
~20 ms of CPU whatever the line's size (docs/MEASURING.md, PERF4: every crop is padded to 320 px), which
is 6-10 % of a flat scan's whole reading, and on the flat scans it almost never changed anything.

Tesseract's word confidence follows its least certain letter: a letter printed with an accent the
model read without one ("E" for "È") leaves that letter, and so the word, less certain. So a line every
word of which Tesseract read at ``SURE_WORD_CONFIDENCE`` or more is not read again for accents. How it
was set (the only lines re-read that way, on the tune half): ``corporate_set --flatbed 300``,
``stranger_set``, ``wordmark_set --kind scan`` (both faces), ``smallbiz_set --kind scan`` and
``hard_sets``, seed 1, 101 such lines, 2 of them improved by the second reading: their least sure words
had 0.62 and 0.90 (an accent on a display capital). Tesseract's confidences come in steps of about 0.01
and gather at 0.90-0.92 and 0.95-0.96; the bound is the next gathering above 0.90, so one step of doubt
more than the surest improved line still reads again. It skips 34 of the 101. Figures and the held-out
check: docs/MEASURING.md, "Flat scans faster than the plain `tesseract` command (SCANSPEED)".
"""

from __future__ import annotations

from collections.abc import Iterable

from cardbook.ocr.engine import OcrWord

SURE_WORD_CONFIDENCE = 0.95


def read_surely(words: Iterable[OcrWord]) -> bool:
    """Every word of the line (read by Tesseract) was read at ``SURE_WORD_CONFIDENCE`` or more."""
    confidences = [word.confidence for word in words]
    return bool(confidences) and min(confidences) >= SURE_WORD_CONFIDENCE
