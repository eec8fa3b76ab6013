"""The reading pipeline for one image: load → find cards → straighten → orient → OCR → parse (+ QR).

``read_image`` never raises for a bad file: each result carries ``error`` or ``warning`` instead, so
that a batch (``batch.read_images``), the window and the command line all treat failures the same way.
An image holding no card (blank, an empty desk, noise) or no readable text gives one result with
``found=False``, a warning saying which ("no card found in …" / "no text found in …") and no fields:
the layer above must create nothing from it.
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass, field
from enum import StrEnum

import cv2
import numpy as np

from cardbook.ocr.card_accents import with_card_accents
from cardbook.ocr.cut_print import cut_through_print
from cardbook.ocr.detect import CardQuad, find_cards
from cardbook.ocr.engine import OcrEngine, OcrLine, OcrPage, OcrUnavailableError, OcrWord
from cardbook.ocr.engine_choice import WHOLE_PHOTO_BETTER, tesseract_doubts
from cardbook.ocr.fields import CardFields, CardLine
from cardbook.ocr.geometry import order_corners, unrotate_points, warp_quad
from cardbook.ocr.image_quality import camera_exif, camera_frame
from cardbook.ocr.large_type import reread_large_type
from cardbook.ocr.layout import group_lines
from cardbook.ocr.letter_spacing import join_letter_spaced
from cardbook.ocr.line_repairs import with_line_repairs
from cardbook.ocr.loading import ImageLoadError, load_image
from cardbook.ocr.merge import merge_all
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.orientation import guess_orientation
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.qr import QrCode, decode_qr_codes, parse_payload
from cardbook.ocr.reading import Reading, photo_reading, read_upright, way_up_evidence
from cardbook.ocr.types import BgrImage, Box, Points

__all__ = ["CardResult", "ReadOptions", "read_image", "read_pixels"]

_MAX_CARD_SIDE = 2000  # straightened cards are kept at most this long (plenty for 85 mm of print)
_MIN_SIDE = 24  # smaller images cannot hold a line of print
# A word counts as text when it has this many letters or digits at this confidence: engines read a few
# low-confidence marks ("~", "i.") into noise, glare or a wood grain, which must not become a contact.
_MIN_WORD_CHARS = 2
_MIN_WORD_CONFIDENCE = 0.5
NO_CARD = "no card found in {}"
NO_TEXT = "no text found in {}"
CUT_CARD = "a card cut by the edge of {} was left out: photograph it whole to read it"


class LeftOut(StrEnum):
    """Why a result holds no card (``found=False``): the CLI prints the warning, the window its own words."""

    NO_CARD = "no card"
    NO_TEXT = "no text"
    TOO_SMALL = "too small"
    CUT_CARD = "cut card"


@dataclass(frozen=True, slots=True, eq=False)
class CardResult:
    """One card found in one image, with everything the review screen and the CLI need."""

    image_path: str
    card_index: int
    fields: CardFields = field(default_factory=CardFields)
    text: str = ""
    words: tuple[OcrWord, ...] = ()  # boxes in ``card_image`` pixels
    lines: tuple[OcrLine, ...] = ()
    corners: tuple[tuple[float, float], ...] = ()  # TL, TR, BR, BL in the original file's pixels
    rotation: int = 0  # degrees counter-clockwise applied after straightening
    card_image: BgrImage | None = None  # straightened, upright, BGR
    engine: str = ""  # the engine whose reading was kept
    seconds: float = 0.0
    error: str | None = None
    warning: str | None = None
    found: bool = True  # False: no card or no text in the image (see ``warning``); create nothing from it
    left_out: LeftOut | None = None  # with found=False: which of those

    @property
    def ok(self) -> bool:
        return self.error is None


def read_image(path: str | os.PathLike[str], options: ReadOptions | None = None) -> list[CardResult]:
    """Every card in the image file at ``path`` (at least one result, possibly with an error)."""
    options = options or ReadOptions()
    started = time.perf_counter()
    name = os.fspath(path)
    try:
        loaded = load_image(path, options.limits)
    except ImageLoadError as error:
        return [CardResult(name, 0, error=str(error), seconds=time.perf_counter() - started)]
    try:
        results = read_pixels(loaded.pixels, options, name, 1.0 / loaded.scale, camera_exif(path))
    except OcrUnavailableError as error:
        return [CardResult(name, 0, error=str(error), seconds=time.perf_counter() - started)]
    except Exception as error:  # a bug on one odd image must not stop a batch; say so plainly
        message = f"internal error ({type(error).__name__}: {str(error).strip().splitlines()[0][:100]})"
        return [CardResult(name, 0, error=message, seconds=time.perf_counter() - started)]
    elapsed = time.perf_counter() - started
    share = elapsed / max(1, len(results))
    return [_with_seconds(result, share) for result in results]


def _with_seconds(result: CardResult, seconds: float) -> CardResult:
    return dataclasses.replace(result, seconds=round(seconds, 3))


def read_pixels(
    image: BgrImage, options: ReadOptions, name: str = "", to_file_scale: float = 1.0, camera: bool = False
) -> list[CardResult]:
    """Every card in an already-loaded BGR image (e.g. a webcam frame); ``camera``: taken by a camera."""
    if min(image.shape[:2]) < _MIN_SIDE:
        too_small = "image too small to hold a readable card"
        return [CardResult(name, 0, warning=too_small, found=False, left_out=LeftOut.TOO_SMALL)]
    quads = find_cards(image, options.max_cards)
    if not quads:
        return [CardResult(name, 0, warning=NO_CARD.format(name or "the image"), found=False, left_out=LeftOut.NO_CARD)]
    codes = decode_qr_codes(image) if options.decode_qr else []
    engine = options.engine()
    results: list[CardResult] = []
    for index, quad in enumerate(quads):
        card_codes = [code for code in codes if len(quads) == 1 or _inside(code, quad)]
        results.append(_read_card(image, quad, index, card_codes, engine, options, name, to_file_scale, camera))
    found = [result for result in results if result.found]
    if not found:
        return results[:1]  # one "no text found" for the image, not one per empty outline
    # An outline with no text beside real cards is a detail (a phone, a sticker): leave it out. A card cut
    # by the frame beside whole ones is a neighbour's card caught at the edge of the shot: part of a card
    # would make a contact missing lines, so it is reported instead (the photo is kept with the others).
    cut = [quad.cut for quad, result in zip(quads, results, strict=True) if result.found]
    whole = [result for result, is_cut in zip(found, cut, strict=True) if not is_cut]
    if whole and len(whole) < len(found):
        left_out = CardResult(
            name, len(whole), warning=CUT_CARD.format(name or "the image"), found=False, left_out=LeftOut.CUT_CARD
        )
        found = [*whole, left_out]
    return [dataclasses.replace(result, card_index=index) for index, result in enumerate(found)]


def _inside(code: QrCode, quad: CardQuad) -> bool:
    center = code.corners.mean(axis=0)
    contour = quad.corners.reshape(-1, 1, 2).astype(np.float32)
    return cv2.pointPolygonTest(contour, (float(center[0]), float(center[1])), False) >= 0


def _read_card(
    image: BgrImage,
    quad: CardQuad,
    index: int,
    codes: list[QrCode],
    engine: OcrEngine,
    options: ReadOptions,
    name: str,
    to_file_scale: float,
    camera: bool = False,
) -> CardResult:
    flat = image if quad.whole_image else warp_quad(image, quad.corners, _MAX_CARD_SIDE)
    # A whole image the finder doubted, of a camera's frame: a photo without EXIF, read as one (``camera_frame``).
    photo = not quad.whole_image or (quad.unsure and camera_frame(image.shape[1], image.shape[0]))
    reading = read_upright(flat, guess_orientation(to_grey(flat)), engine, options, camera=camera, inside_photo=photo)
    corners = quad.corners
    # The finder only guessed where the card is: a print block may cut the card's print, so the whole
    # photo read by the photo engine is the other candidate and the more card-like reading is kept. A
    # guess that already is the whole image (a scan, or a card filling the photo) is read again only
    # when the engine's own confidences doubt the first reading: on the shared scans and the generated
    # photos (seed 1) every such confident reading was already right, and the second one costs a
    # RapidOCR pass over the whole image.
    doubtful = quad.text_region or tesseract_doubts(reading.page, photo=True)
    # A sure outline that cut through the print (``cut_print``) is doubted as the finder's own doubts are.
    cut = not quad.whole_image and cut_through_print(reading.page)
    if (cut or (quad.unsure and doubtful)) and options.choose_engine and options.fallback() is not None:
        whole = _whole_photo_reading(image, options)
        if whole is not None and _reads_better(whole[0].page, reading.page):
            reading, corners = whole
    page, scale = reading.page, reading.scale
    words = tuple(_rescale(word, 1.0 / scale) for word in page.words)
    grey = to_grey(reading.card)
    # Accents RapidOCR drops ("Negoce"), and those of Portuguese and Spanish cards: see ``card_accents``.
    words = with_card_accents(grey, words, page.engine, options.lang, options.region)
    # Wordmarks in display type lose letters at their ends under the body text's settings: see ``large_type``.
    words = reread_large_type(
        reading.card, grey, words, options.lang, options.fallback() is not None, page.engine.startswith("tesseract")
    )
    # Letter-spaced capitals read as single letters, or as words too far apart for one line: ``letter_spacing``.
    words = join_letter_spaced(words)
    lines = group_lines(words)
    card_lines = [CardLine(i, line.text, line.box, float(line.height), line.confidence) for i, line in enumerate(lines)]
    # Letters read inside numbers, spaces lost before them, a German "ß" read "B": ``line_repairs`` (the card's
    # text shows them too).
    card_lines = with_line_repairs(card_lines)
    fields = parse_lines(card_lines, options.region, hints=options.hints)
    region = fields.region or options.region  # the card's country, for a QR code's national numbers
    qr_fields = [parsed for code in codes if (parsed := parse_payload(code.text, region))]
    fields = merge_all(fields, qr_fields)
    text = "\n".join(line.text for line in card_lines)
    if not qr_fields and not _has_text(words):
        return CardResult(
            name,
            index,
            corners=_corners(corners, to_file_scale),
            engine=page.engine,
            warning=NO_TEXT.format(name or "the image"),
            found=False,
            left_out=LeftOut.NO_TEXT,
        )
    return CardResult(
        image_path=name,
        card_index=index,
        fields=fields,
        text=text,
        words=words,
        lines=tuple(lines),
        corners=_corners(corners, to_file_scale),
        rotation=90 * reading.quarter_turns,
        card_image=reading.card if options.keep_card_image else None,
        engine=page.engine,
    )


# Padding around the words of the whole-photo reading, as a share of their block's longer side: the crop
# stored and shown is the card's print with a card's margins (as ``detect.TEXT_PAD``).
WORDS_PAD = 0.08


def _reads_better(whole: OcrPage, crop: OcrPage) -> bool:
    return way_up_evidence(whole) > WHOLE_PHOTO_BETTER * way_up_evidence(crop)


def _whole_photo_reading(image: BgrImage, options: ReadOptions) -> tuple[Reading, Points] | None:
    """The whole photo read by the photo engine, cut to the block of its words: the reading (in the cut's
    pixels) and the cut's corners in the photo (TL, TR, BR, BL before the reading's quarter turns)."""
    reading = photo_reading(image, guess_orientation(to_grey(image)), options)
    if reading is None:
        return None
    words = [word for word in reading.page.words if word.confidence >= _MIN_WORD_CONFIDENCE]
    if not words:
        return None
    height, width = reading.card.shape[:2]
    left = min(word.box.left for word in words)
    top = min(word.box.top for word in words)
    right = max(word.box.left + word.box.width for word in words)
    bottom = max(word.box.top + word.box.height for word in words)
    pad = int(WORDS_PAD * max(right - left, bottom - top)) + 2
    left, top = max(0, left - pad), max(0, top - pad)
    right, bottom = min(width, right + pad), min(height, bottom + pad)
    inside = [
        OcrWord(word.text, word.confidence, Box(word.box.left - left, word.box.top - top, word.box.width,
                                                word.box.height), word.group)
        for word in reading.page.words
        if left <= word.box.left + word.box.width / 2 <= right and top <= word.box.top + word.box.height / 2 <= bottom
    ]  # fmt: skip
    page = OcrPage(tuple(inside), right - left, bottom - top, reading.page.engine)
    cut = np.ascontiguousarray(reading.card[top:bottom, left:right])
    box = np.array([[left, top], [right - 1, top], [right - 1, bottom - 1], [left, bottom - 1]], np.float32)
    corners = unrotate_points(box, reading.quarter_turns, image.shape[1], image.shape[0])
    # The corners go round the cut as it lies in the photo, starting from its top-left there.
    return Reading(cut, page, 1.0, reading.quarter_turns), order_corners(corners)


def _has_text(words: tuple[OcrWord, ...]) -> bool:
    """Whether the engine read at least one real word (not a stray mark in noise or texture)."""
    return any(
        word.confidence >= _MIN_WORD_CONFIDENCE and sum(ch.isalnum() for ch in word.text) >= _MIN_WORD_CHARS
        for word in words
    )


def _rescale(word: OcrWord, factor: float) -> OcrWord:
    if factor == 1.0:
        return word
    box = word.box
    scaled = Box(
        round(box.left * factor),
        round(box.top * factor),
        max(1, round(box.width * factor)),
        max(1, round(box.height * factor)),
    )
    return OcrWord(word.text, word.confidence, scaled, word.group)


def _corners(points: Points, factor: float) -> tuple[tuple[float, float], ...]:
    return tuple((round(float(x) * factor, 1), round(float(y) * factor, 1)) for x, y in points)
