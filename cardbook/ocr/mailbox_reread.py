"""A flat scan's mailbox lines read again by the line recogniser, for the dots Tesseract lost.

A mailbox's local part is often separated by a dot ("r.name@", "first.last@"): a dot of small or thin type
is a few pixels, and Tesseract reads it as nothing or a hyphen ("rname@", "first-last@"), while the letters
around it are right, so nothing doubts the line and ``rescue`` does not read it again. Nothing on the card
tells the parser which was printed: "rname@" and "r.name@" are both common mailboxes. RapidOCR's recogniser
prints those dots (``photo_mail_dots`` found the same on photos, from its whole reading).

So on a card Tesseract read (not a photo: there ``photo_mail_dots`` uses the whole reading made anyway), the
lines holding a mailbox that may have lost a dot are recognised again: its local part holds no dot and spells,
beside other letters, a word the card prints elsewhere ("rfournier" beside "Fournier": a dot is lost between
a name's pieces; "info@", "office@" or a local part already dotted cost nothing). They are recognised
again by recognition only on their crops (one batched call, about 20 ms a
line, no detection), and each address takes RapidOCR's spelling only where it adds dots and agrees
everywhere else, read surely (``photo_mail_dots.with_rapid_dots``, its rules and threshold).
"""

from __future__ import annotations

import re

from cardbook.ocr.engine import LineRecognizer, OcrPage, OcrUnavailableError
from cardbook.ocr.layout import group_lines
from cardbook.ocr.lexicon import fold
from cardbook.ocr.photo_mail_dots import with_rapid_dots
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rescue import card_line_box, padded_line
from cardbook.ocr.types import BgrImage

# A mailbox's local part, as the line reads it.
_LOCAL = re.compile(r"([\w.+\-',]+)@")
# A card's mailbox lines read again at most: a card prints one or two mailboxes (a person's, the firm's); more
# "@" lines are a list or noise, and each costs a recognition.
MAX_MAILBOX_LINES = 3


def _may_have_lost_a_dot(text: str, words: set[str]) -> bool:
    """Whether ``text`` holds a mailbox whose local part has no dot and holds one of the card's ``words`` with
    other letters beside it."""
    for local in _LOCAL.findall(text):
        folded = fold(local)
        if "." not in folded and any(word in folded and word != folded for word in words):
            return True
    return False


def with_reread_dots(card: BgrImage, page: OcrPage, scale: float, recognizer: LineRecognizer | None) -> OcrPage:
    """``page`` (Tesseract's reading of ``card``, card pixels × ``scale``) with its addresses' lost dots written
    back where ``recognizer`` (RapidOCR's line recogniser) reads them on the mailbox lines."""
    if recognizer is None or not page.engine.startswith("tesseract"):
        return page
    lines = group_lines(page.words)
    words = {word for line in lines if "@" not in line.text for word in re.findall(r"[^\W\d_]{3,}", fold(line.text))}
    lines = [line for line in lines if _may_have_lost_a_dot(line.text, words)][:MAX_MAILBOX_LINES]
    if not lines:
        return page
    crops = [padded_line(card_line_box(line.box, scale)) for line in lines]
    try:
        rapid = recognizer.recognize_lines(to_grey(card), [crop.crop for crop in crops], [crop.band for crop in crops])
    except OcrUnavailableError:
        return page
    return with_rapid_dots(page, scale, rapid)
