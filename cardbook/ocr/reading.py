"""Reading one straightened card: the way up, Tesseract, and the second engine where Tesseract fails.

Most cards need a single Tesseract call: the cheap geometric orientation guess is right, and the
reading is confident. Extra calls are made only when there is doubt: when the guess is unsure (its
``doubt``) and the first reading not confident, the other candidate ways up are read by the same engine
and the reading with the most card-like text wins (``way_up_evidence``: word-like words weighted by
confidence, e-mails, phones, websites), the guess getting no benefit of the doubt; the other way up when
a sure guess gives a poor reading; a quarter turn when Tesseract reads vertical lines.
The second engine (RapidOCR) then looks only where needed (measured on the evaluation cards, same
accuracy or better at about half the time of re-reading every doubtful card whole):

- a card printed mostly on dark paper goes to it directly, skipping Tesseract (Tesseract needed the
  second engine on every such card anyway);
- a card whose print Tesseract mostly missed is read whole by it (detection + recognition);
- otherwise only the few lines Tesseract missed or doubted are recognised again (``rescue``).

Before all that, ``engine_choice`` looks at how the card was captured: a photographed or degraded card
is read whole by RapidOCR, skipping Tesseract.

Whenever RapidOCR reads a whole card it gets the detection size that suits the card's letter height
(``rapid_engine.detection_for_letters``), not a fixed size: a fixed 480-px detection lost the small
contact lines of photographed dark cards, a fixed 1280-px one glued words on large print. A card sent
to it as a photo (``photo_reading``) is read in colour (text CER on the photos of seed 1: 0.216 against
0.230 in grey); a card Tesseract could not read is read in grey (on scans, colour lost spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from cardbook.ocr.engine import LineRecognizer, OcrEngine, OcrPage, OcrUnavailableError
from cardbook.ocr.engine_choice import choose_engine, rapid_reads_better, tesseract_doubts
from cardbook.ocr.geometry import rotate_quarter
from cardbook.ocr.image_quality import camera_frame, measure
from cardbook.ocr.layout import group_lines
from cardbook.ocr.lexicon import fold
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.orientation import OrientationGuess, aligned, denoised_letters, rotate_boxes, upright_score
from cardbook.ocr.parse_contacts import find_emails, find_websites
from cardbook.ocr.photo_lines import add_missed_lines
from cardbook.ocr.photo_mail_dots import with_rapid_dots
from cardbook.ocr.prepare import dark_paper_mask, even_contrast, prepare_for_ocr, to_grey
from cardbook.ocr.rapid_engine import RapidOcrEngine, detection_for_letters
from cardbook.ocr.rescue import covered_share, lines_to_rescue, merge_rescued
from cardbook.ocr.types import BgrImage, GreyImage


@dataclass(frozen=True, slots=True)
class Reading:
    card: BgrImage  # the card, upright
    page: OcrPage  # words in the coordinates of ``card`` × ``scale``
    scale: float
    quarter_turns: int  # counter-clockwise quarter turns from the straightened card to ``card``


def read_upright(
    flat: BgrImage,
    guess: OrientationGuess,
    engine: OcrEngine,
    options: ReadOptions,
    camera: bool = False,
    inside_photo: bool = False,
) -> Reading:
    """Read the straightened card ``flat``, turned the way ``guess`` says unless the reading disagrees.

    ``camera``: the file carries a camera's EXIF tags; ``inside_photo``: the card was found inside a larger
    picture. Both, with the card's measured quality, send a photographed card to RapidOCR whole."""
    turns = guess.quarter_turns
    card = rotate_quarter(flat, turns)
    photo = False
    if options.choose_engine and options.fallback() is not None:
        # The guess counted the letters on the card as it is: unturned, the measure need not count again.
        quality = measure(card, guess.capture_letter_px if turns == 0 else -1.0)
        choice = choose_engine(quality, camera, inside_photo, camera_frame(card.shape[1], card.shape[0]))
        photo = choice.photo
        if choice.engine == "rapidocr":
            reading = photo_reading(flat, guess, options)
            if reading is not None:
                return reading
    doubt = guess.doubt
    dark_mask = None  # the card's dark paper, measured once for the dark-card check and the preparation
    if doubt is None and guess.letters >= 12:
        dark_mask = dark_paper_mask(to_grey(card))
        if _dark_card(dark_mask):
            page = _whole_card(card, options, guess.letter_height, photo)
            if page is not None and page.words:
                return Reading(card, page, 1.0, turns)
    page, scale = _ocr(card, engine, options, guess.letter_height, dark_mask)
    if doubt is not None:
        # The guess is a lean, not a decision: read the other candidates too (a confident upright reading
        # is kept as is) and keep the one whose text looks most like a card's, guess and others alike.
        confident = page.mean_confidence >= 0.7 and sum(word.confidence >= 0.8 for word in page.words) >= 3
        if not confident:
            for alternative in _candidates(guess)[1:]:
                other_card = rotate_quarter(flat, alternative)
                # A quarter turn swaps letter height and width: let preparation measure again.
                letter = guess.letter_height if (alternative - turns) % 2 == 0 else 0.0
                other_page, other_scale = _ocr(other_card, engine, options, letter)
                if way_up_evidence(other_page) > way_up_evidence(page):
                    card, page, scale, turns = other_card, other_page, other_scale, alternative
    elif page.mean_confidence < 0.45:
        # A sure guess but a poor reading: two poor readings say little about which way is up, so keep
        # the geometric guess unless the other way reads clearly better and reads well.
        other_turns = (turns + 2) % 4
        other_card = rotate_quarter(flat, other_turns)
        other_page, other_scale = _ocr(other_card, engine, options, guess.letter_height)
        if _quality(other_page) > 1.3 * _quality(page) and other_page.mean_confidence >= 0.6:
            card, page, scale, turns = other_card, other_page, other_scale, other_turns
    # Tesseract reads vertical lines too: words taller than wide mean the card is still a quarter off.
    # Which quarter: the one where the letters' baselines line up (Tesseract's text may be garbage).
    height, width = flat.shape[:2]
    if _read_vertically(page):
        turned = max(
            ((turns + 1) % 4, (turns + 3) % 4),
            key=lambda quarter: upright_score(rotate_boxes(guess.boxes, quarter, width, height)),
        )
        other_card = rotate_quarter(flat, turned)
        other_page, other_scale = _ocr(other_card, engine, options, 0.0)
        if _quality(other_page) >= _quality(page):
            card, page, scale, turns = other_card, other_page, other_scale, turned
    upright = rotate_boxes(guess.boxes, turns, width, height)
    page, scale = _second_opinion(card, page, scale, upright, options, photo, guess.letter_height)
    if photo and page.engine.startswith("tesseract"):
        # RapidOCR's whole reading of the photographed card is made anyway (for the lines Tesseract skipped):
        # when it holds more card-like text, it replaces Tesseract's reading (``engine_choice.rapid_reads_better``);
        # otherwise only the lines Tesseract skipped without doubting the rest join it (``photo_lines``).
        whole = _whole_card(card, options, guess.letter_height, photo)
        if whole is not None and rapid_reads_better(way_up_evidence(whole), way_up_evidence(page)):
            page, scale = whole, 1.0
        else:
            page = add_missed_lines(page, scale, whole)
            page = with_rapid_dots(page, scale, whole)  # an address's dots Tesseract lost: ``photo_mail_dots``
    if page.engine == "rapidocr" and scale == 1.0 and page.mean_confidence < _PHOTO_SURE_CONFIDENCE:
        # Tesseract chose the way up, then RapidOCR read the whole card: a way up Tesseract got wrong
        # (it reads upside-down print as confident garbage) shows in RapidOCR's low scores. Checked as
        # ``photo_reading`` checks its own sure guesses.
        other_turns = (turns + 2) % 4
        other_card = rotate_quarter(flat, other_turns)
        other = _whole_card(other_card, options, guess.letter_height, photo)
        if other is not None and _quality(other) > 1.2 * _quality(page):
            card, page, turns = other_card, other, other_turns
    if page.engine == "rapidocr" and scale == 1.0 and _read_vertically(page):
        # RapidOCR read a card lying a quarter off (``_across``); a quarter turn swaps letter height and width.
        quarter_cards = {quarter: rotate_quarter(flat, quarter) for quarter in _quarters(turns)}
        others = [(_whole_card(image, options, 0.0, photo), quarter) for quarter, image in quarter_cards.items()]
        page, across = _across(page, turns, [(other, quarter) for other, quarter in others if other is not None])
        if across != turns:
            card, turns = quarter_cards[across], across
    return Reading(card, page, scale, turns)


# A reading across the lines replaces RapidOCR's reading along them (``_across``) when it holds at least this share
# of its card-like text. Chosen, not tuned: RapidOCR reads the words of a card lying a quarter off nearly as well
# as the card upright (its recogniser turns them), while the card upside down yields little word-like text; half
# lies between.
_ACROSS_KEEPS = 0.5


def _quarters(turns: int) -> tuple[int, int]:
    return (turns + 1) % 4, (turns + 3) % 4


def _across(page: OcrPage, turns: int, others: list[tuple[OcrPage, int]]) -> tuple[OcrPage, int]:
    """RapidOCR's recogniser turns a crop taller than wide on its side and reads it with full confidence: the
    words of a card lying a quarter off come back whole and sure, but taller than wide, in columns the parser
    takes for lines, and their card-like text can even exceed the upright reading's. So ``page`` (read along
    the columns, ``_read_vertically``) gives way to the better of the quarter turns' readings ``others`` that
    reads across them, when it holds ``_ACROSS_KEEPS`` of its card-like text."""
    across = [(other, quarter) for other, quarter in others if not _read_vertically(other)]
    if not across:
        return page, turns
    best, quarter = max(across, key=lambda item: way_up_evidence(item[0]))
    if way_up_evidence(best) >= _ACROSS_KEEPS * way_up_evidence(page):
        return best, quarter
    return page, turns


# A photo reading with fewer confident words than this is no reading: the Tesseract path takes over.
_PHOTO_MIN_WORDS = 3
# RapidOCR's recogniser scores upside-down lines low; below this mean the card is also read turned over.
_PHOTO_SURE_CONFIDENCE = 0.85


def photo_reading(flat: BgrImage, guess: OrientationGuess, options: ReadOptions) -> Reading | None:
    """The card read whole by RapidOCR at the photo detection size, the way up its reading prefers.

    An unsure guess (``OrientationGuess.doubt``) has every candidate read and the one with the most
    card-like text kept (``way_up_evidence``); a sure guess is only checked upside down when RapidOCR's
    recogniser, which scores upside-down lines low, doubts the first reading."""
    rapid = RapidOcrEngine(detection_for_letters(max(flat.shape[:2]), guess.letter_height))
    # Read with the contrast evened out (pale or dark-on-dark print washed out by the camera; prepare.py has
    # the figures); the card kept, shown and stored is the photo's own.
    seen = even_contrast(flat)
    turns = guess.quarter_turns
    # Each way up is read once: when the direction of the lines is unsure the candidates are all four turns,
    # and the quarter turns' check (``_across``) takes their readings from here.
    read: dict[int, OcrPage] = {}

    def reading(quarter: int) -> OcrPage:
        if quarter not in read:
            read[quarter] = rapid.recognize(rotate_quarter(seen, quarter))
        return read[quarter]

    try:
        page = reading(turns)
        if guess.doubt is not None:
            for alternative in _candidates(guess)[1:]:
                other = reading(alternative)
                if way_up_evidence(other) > way_up_evidence(page):
                    page, turns = other, alternative
        elif page.mean_confidence < _PHOTO_SURE_CONFIDENCE:
            other_turns = (turns + 2) % 4
            other = reading(other_turns)
            if _quality(other) > 1.2 * _quality(page):
                page, turns = other, other_turns
        if _read_vertically(page):
            page, turns = _across(page, turns, [(reading(quarter), quarter) for quarter in _quarters(turns)])
    except OcrUnavailableError:
        return None
    if sum(word.confidence >= 0.5 for word in page.words) < _PHOTO_MIN_WORDS:
        return None
    return Reading(rotate_quarter(flat, turns), page, 1.0, turns)


def _candidates(guess: OrientationGuess) -> list[int]:
    """The ways up worth reading for an unsure ``guess``, the guess first: it and its opposite, and the
    two quarter turns when the direction of the lines is in doubt too."""
    turns = guess.quarter_turns
    candidates = [turns, (turns + 2) % 4]
    if guess.direction_unsure:
        candidates += [(turns + 1) % 4, (turns + 3) % 4]
    return candidates


# A contact field found in a reading weighs as much as this many confidently read letters: print read
# upside down or sideways never yields an e-mail address (no "@"), and seldom a long digit run, while
# the contact lines are what every card has. Ten letters: about one word of a name or a company.
_FIELD_WEIGHT = 10.0
# Letters of a word-like word: a vowel (any Latin language's words have one), no longer consonant run
# than German or Czech allow, one case after the first letter; upside-down print read as text mostly
# fails one of these ("Wios‘jeunouDeu", "8Z8L-vSBE", "ccom" passes: hence the weights, not a veto).
_VOWELS = frozenset("aeiouy")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-z]{5,}")
_PHONE_LIKE = re.compile(r"\+?\(?\d(?:[\s.\-()/]{0,2}\d){7,}")


def _word_like(text: str) -> bool:
    core = text.strip(".,;:!?'\"()[]«»“”‘’-")
    letters = [ch for ch in core if ch.isalpha()]
    if sum(ch.isalnum() for ch in core) < 2 or not all(ch.isalnum() or ch in ".-'&/+@" for ch in core):
        return False
    if not letters:
        return True  # digits: a piece of a number
    folded = fold("".join(letters))
    rest = "".join(letters[1:])
    one_case = rest.islower() or rest.isupper() or not rest
    return one_case and any(ch in _VOWELS for ch in folded) and _CONSONANT_RUN.search(folded) is None


def way_up_evidence(page: OcrPage) -> float:
    """How much the reading looks like a card read the right way up: confidence-weighted letters of
    word-like words, plus ``_FIELD_WEIGHT`` for each e-mail address, website or phone number found.

    Compared between the candidate ways up of one card read by one engine; unlike the engine's mean
    confidence, it does not reward print read confidently as garbage (RapidOCR reads upside-down digits
    and round letters with fair scores)."""
    total = 0.0
    for word in page.words:
        if word.confidence >= 0.5 and _word_like(word.text):
            total += word.confidence * sum(ch.isalnum() for ch in word.text)
    for line in group_lines(page.words):
        fields = len(find_emails(line.text)) + len(find_websites(line.text)) + len(_PHONE_LIKE.findall(line.text))
        total += _FIELD_WEIGHT * fields
    return total


def _read_vertically(page: OcrPage) -> bool:
    """Most confidently read words are taller than wide: Tesseract read the lines top to bottom."""
    words = [w for w in page.words if sum(ch.isalnum() for ch in w.text) >= 3 and w.confidence >= 0.6]
    words = words or [w for w in page.words if sum(ch.isalnum() for ch in w.text) >= 3]
    if len(words) < 3:
        return False
    return sum(w.box.height > 1.3 * w.box.width for w in words) >= 0.6 * len(words)


def _quality(page: OcrPage) -> float:
    """How much confidently read, word-like text a page holds (to compare orientations)."""
    total = 0.0
    for word in page.words:
        letters = sum(ch.isalnum() for ch in word.text)
        if letters >= 2 and word.confidence >= 0.5:
            total += letters * word.confidence
    return total


def _ocr(
    card: BgrImage, engine: OcrEngine, options: ReadOptions, letter: float, dark_mask: GreyImage | None = None
) -> tuple[OcrPage, float]:
    prepared = prepare_for_ocr(card, options.prepare, letter, dark_mask)
    return engine.recognize(prepared.grey), prepared.scale


# Below this share of the card's print (letter-like shapes in lines, weighted by size so that a logo
# counts) covered by confidently read words, Tesseract has missed most of the card (coloured or dark
# card, photo of a small card): the second engine reads the whole card. Above it, only the lines
# Tesseract missed or doubted are read again (``rescue``): ~20 ms a line instead of ~0.5 s a card.
_WHOLE_CARD_BELOW = 0.55
# Cards mostly printed on dark paper: Tesseract reads them poorly even after local inversion (measured:
# all such evaluation cards needed the second engine), so they go to it directly, skipping Tesseract.
_DARK_CARD_SHARE = 0.6
_DOUBT_WHOLE_CARD_BELOW = 0.85


def _dark_card(mask: GreyImage) -> bool:
    """``mask``: the card's ``dark_paper_mask``."""
    return float(np.count_nonzero(mask)) / mask.size >= _DARK_CARD_SHARE


def _whole_card(card: BgrImage, options: ReadOptions, letter_px: float, photo: bool = False) -> OcrPage | None:
    """``card`` read whole by the second engine; ``letter_px``: its typical letter height (0: unknown);
    ``photo``: a camera took it (``engine_choice``): read in colour, as ``photo_reading`` does."""
    if options.fallback() is None:
        return None
    rapid = RapidOcrEngine(detection_for_letters(max(card.shape[:2]), letter_px))
    try:
        # No flattening or inversion (the neural engine reads natural images best). A photo in colour:
        # pale coloured print on a photographed card fades in grey. A scan in grey: on the tune-half scans
        # the colour card lost the spaces of whole lines ("11:30am-2:30pm") that grey kept.
        return rapid.recognize(card if photo else to_grey(card))
    except OcrUnavailableError:
        return None


def _second_opinion(
    card: BgrImage,
    page: OcrPage,
    scale: float,
    upright: np.ndarray,
    options: ReadOptions,
    photo: bool = False,
    letter_px: float = 0.0,
) -> tuple[OcrPage, float]:
    """``upright``: the letter-like shapes of ``card``; those in lines (``aligned``) are its print;
    ``letter_px``: their typical height."""
    letters = aligned(upright)
    if len(letters) < 12:
        return page, scale
    coverage = covered_share(letters, page, scale)
    # A doubted line on a card Tesseract covered only in part: unusual type (logos, script) the line
    # recogniser also struggles with; the whole-card reading got those names right in the evaluation.
    doubted = options.choose_engine and tesseract_doubts(page, photo)
    if coverage < _WHOLE_CARD_BELOW or doubted or (coverage < _DOUBT_WHOLE_CARD_BELOW and _doubtful_line(page)):
        other = _whole_card(card, options, letter_px, photo)
        if other is not None and _quality(other) > 1.1 * _quality(page):
            return other, 1.0
        return page, scale
    fallback = options.fallback()
    if not isinstance(fallback, LineRecognizer):
        return page, scale
    # Letters on halftone bands merge with the dots in the raw threshold: add a denoised view's letters.
    lines = lines_to_rescue(page, scale, np.concatenate([upright, denoised_letters(to_grey(card))]))
    if not lines:
        return page, scale
    try:
        rescued = fallback.recognize_lines(to_grey(card), [line.crop for line in lines], [line.band for line in lines])
    except OcrUnavailableError:
        return page, scale
    return merge_rescued(page, scale, lines, rescued), scale


_CONTACT_LIKE = re.compile(r"@|www|\.(?:com|net|org|fr)\b|\d(?:[\s.\-]?\d){5}", re.IGNORECASE)


def _doubtful_line(page: OcrPage) -> bool:
    """A line Tesseract doubts: contact data (e-mail, website, phone) read with low confidence, or any
    real line read with very low confidence (a logo or name in an unusual type)."""
    for line in group_lines(page.words):
        if line.confidence < 0.5 and _CONTACT_LIKE.search(line.text) is not None:
            return True
        if line.confidence < 0.35 and sum(ch.isalnum() for ch in line.text) >= 5:
            return True
    return False
