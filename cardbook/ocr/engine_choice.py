"""Which engine reads a card whole: RapidOCR for photographed or degraded cards, Tesseract for flat scans.

Measured (issue 10, and ``python -m cardbook.ocr.evaluate --engine plain-rapidocr``): on phone photos the
neural engine reads more of the text than Tesseract even after our preparation (text CER 0.22 against
0.31 on unseen photos), while on flat scans Tesseract reads as well at a fraction of the time. So the
choice is made per card, in two steps:

1. before any OCR, from how the card was captured (``image_quality`` — a few milliseconds). Signs of a
   degraded capture — blur, grain, tiny letters, low contrast — send the card to RapidOCR directly.
   Signs of a photo only — a camera's EXIF tags, a card found inside a larger picture, edges steeper
   than a scanner's with light falling off across the card or a camera's frame — do not: a sharp,
   well-lit photo of a card reads as well and faster with Tesseract, and RapidOCR loses the spaces inside
   phone numbers ("02 9912 34 56"); but a photo's Tesseract reading is doubted sooner and completed by
   RapidOCR's whole-card reading (``photo_lines``), so a flat scan taken for a photo costs 3-4 Tesseract
   readings. Steep edges alone are no photo: clean digital renders, scanners that sharpen their output and
   600-dpi scans measure as steep (``sharpened_photo``);
2. after Tesseract, from its own confidences: a reading Tesseract itself doubts (low mean confidence,
   many low-confidence words) is read again whole by RapidOCR and the better reading kept (``reading``).
   A photo is doubted sooner (``DOUBTFUL_PHOTO_MEAN_CONFIDENCE``).

3. a photo Tesseract read with confidence is still read whole by RapidOCR (``photo_lines`` takes the lines
   Tesseract skipped from that reading), and RapidOCR's reading replaces Tesseract's when it holds more
   card-like text (``rapid_reads_better``): on phone photos of small-business cards (script and display
   faces, print over pictures, colour bands) a clean-looking crop lost to Tesseract the firm, the name or
   the e-mail RapidOCR read, Tesseract's confidences staying high (docs/MEASURING.md, "Photo engine").

Each threshold below is named with the reason for its value; they were set on the ``tune`` half of the
shared scans and photos (``--split tune``) and on the generated hard sets, never on the ``report`` half.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cardbook.ocr.engine import OcrPage
from cardbook.ocr.image_quality import ImageQuality

# Sharpness (strongest edge / 4 × contrast): flat scans measured 0.57-0.93 (tune half 0.58-0.89). A
# blurred photo (focus, motion, a card far from the lens) spreads each step over several pixels.
BLURRED_BELOW = 0.45
# Phone cameras sharpen in the device: edges overshoot, so the strongest steps exceed the ink-paper
# contrast (tune-half photos 0.85-1.22, up to 2.25 on the others); no real scan here reached 0.95. A photo
# sign only, not a degradation, and not one alone: clean digital renders measure 1.01-1.05 (steps with no
# optics at all), simulated flatbed scans with the scanner's sharpening 0.95-6.2 at 300 and 600 dpi
# (``tests/ocr/flatbed_scan.py``; sparse cards above 2, their contrast measured on mostly paper), so it
# counts with the light falling off across the card or a camera's frame (``choose_engine``).
SHARPENED_ABOVE = 1.0
# The fall of the light across the card's dominant paper (``paper_light``, grey levels) from which a sharp
# card filling the image is a photo: a flatbed's lamp lights the card evenly. Tune-half real scans measured
# 1-37 (the highest: cards mostly covered by printed panels), tune-half real photos 30-98; set a fifth above
# the scans' highest. Report half: scans 2-27, photos 39-112 (3 of 4 above: the fourth is a photo by its
# surroundings, as all real photos here are); generated scans and simulated sharpening flatbeds 0-17.
PHOTO_LIGHT_FALL = 45.0
# Grain (grey levels): scans 0-1.2 but one at 2.5 (a halftone print); camera noise and heavy JPEG on a
# photographed card measured 3-8 on the hard sets' photographed cards.
GRAINY_ABOVE = 3.0
# Letters below this height (card pixels): Tesseract's error rate rises steeply below ~10 px while
# RapidOCR's recogniser rescales every line to 48 px anyway.
TINY_LETTERS_BELOW = 9.0
# Ink against paper (grey levels): scans 104-211; light print on light paper and dim photos fall below.
# On a card with no sign of a photo, low only when the print's own contrast (``ImageQuality.print_contrast``,
# the ink beside the print's edges) is low too: a sparse card's 2nd percentile is paper, not ink (generated
# and simulated flatbed scans of seed 1: 19 of 60 under 80 over the card, all 166-234 beside the print; real
# scans 106-188).
# A photo keeps the card-wide measure: a dim photo's low contrast is the light's, and on the generated photos
# of seed 2 (``photo_set``) two of them read worse with Tesseract when the print's contrast let them.
LOW_CONTRAST_BELOW = 80.0
# Tesseract's own doubt about a card it read: mean word confidence below this, or more than this share of
# words below LOW_WORD_CONFIDENCE. On the tune-half scans the mean was ≥ 0.78 and the low share ≤ 0.2.
DOUBTFUL_MEAN_CONFIDENCE = 0.62
# A photo (EXIF, a card inside a larger picture, camera sharpening) read by Tesseract: its misses are
# lines lost to light and perspective that RapidOCR recovers; tune-half photos read by Tesseract had
# means 0.59-0.79 where RapidOCR read more, clean photographed renders ≥ 0.85.
DOUBTFUL_PHOTO_MEAN_CONFIDENCE = 0.8
DOUBTFUL_WORD_SHARE = 0.35
# Share of a photographed card under a specular spot (``image_quality.glare_share``) from which it is read
# whole by RapidOCR: in the spot Tesseract loses lines while its confidences stay high (seen on seed 1 of
# tests/ocr/photo_set.py: tinted cards with glare measured 0.18-0.20, without it at most 0.05). Photos only:
# a scan has no specular light, and a white panel on a tinted scan must keep Tesseract's speed.
GLARE_ABOVE = 0.1
# The whole photo's reading replaces the guessed crop's (``pipeline``) only when it holds this much more card-like text
# (``reading.way_up_evidence``: confidently read word-like letters, plus weight for each e-mail, website and phone).
# The whole photo also holds the desk's marks and whatever lies beside the card, which add a little
# evidence of their own; a cut-off line of contact data or of a name adds far more. Set on the generated
# photos of seed 1 (tests/ocr/photo_set.py), checked on seed 2.
WHOLE_PHOTO_BETTER = 1.25
# RapidOCR's whole reading of a photographed card replaces Tesseract's when its card-like text
# (``reading.way_up_evidence``) is more than this many times Tesseract's: the margin the pipeline already asks
# of the whole photo's reading over the crop's (``WHOLE_PHOTO_BETTER``), not tuned. Measured: on the
# 1280x720 shop photos of the tune seeds 1 and 3 (tests/ocr/shop_photo_set.py --frame 1280x720) the 7 photos
# Tesseract read measured 1.04-1.42: fields gained at 1.06, 1.20 and 1.42 (four fields: an e-mail and phones
# Tesseract lost), a name lost at 1.10, so 1.0 looked best there; but two report-half shared photos measured
# 1.10 and 1.19 and read worse with RapidOCR (a firm lost, spaces lost): any one card-like reading is not
# enough, Tesseract's spelling is kept unless RapidOCR reads clearly more (docs/MEASURING.md, "Photo engine").
RAPID_BETTER = WHOLE_PHOTO_BETTER
LOW_WORD_CONFIDENCE = 0.5

Engine = Literal["tesseract", "rapidocr"]


@dataclass(frozen=True, slots=True)
class EngineChoice:
    engine: Engine
    reasons: tuple[str, ...]  # signs of a degraded capture (empty for a clean card)
    photo: bool  # a camera took it: Tesseract's reading is doubted sooner


def degraded_reasons(quality: ImageQuality, photo: bool = True) -> tuple[str, ...]:
    """Every sign that the card's capture is degraded (empty: sharp, clean, readable letters); ``photo``: the
    card shows a sign of a photo (its contrast is then the card's, not the print's)."""
    reasons: list[str] = []
    if quality.sharpness < BLURRED_BELOW:
        reasons.append(f"blurred ({quality.sharpness:.2f})")
    if quality.noise > GRAINY_ABOVE:
        reasons.append(f"grainy ({quality.noise:.1f})")
    if 0 < quality.letter_px < TINY_LETTERS_BELOW:
        reasons.append(f"tiny letters ({quality.letter_px:.0f} px)")
    if quality.contrast < LOW_CONTRAST_BELOW and (photo or quality.print_contrast < LOW_CONTRAST_BELOW):
        reasons.append(f"low contrast ({quality.contrast:.0f})")
    return tuple(reasons)


def sharpened_photo(quality: ImageQuality, camera_shape: bool = False) -> bool:
    """A card filling its image is a phone photo by its capture alone: a phone's sharpening (edges
    overshooting) with light falling off across the card, or in a camera's frame (``camera_shape``,
    ``image_quality.camera_frame``). Flat scans sharpen too, but their lamp lights the card evenly."""
    return quality.sharpness > SHARPENED_ABOVE and (camera_shape or quality.light_fall >= PHOTO_LIGHT_FALL)


def choose_engine(
    quality: ImageQuality, camera: bool = False, inside_photo: bool = False, camera_shape: bool = False
) -> EngineChoice:
    """RapidOCR when the capture is degraded; Tesseract (fast, and as good) for clean cards.
    ``camera_shape``: the card is an image of a camera frame's exact shape."""
    photo = camera or inside_photo or sharpened_photo(quality, camera_shape)
    reasons = degraded_reasons(quality, photo)
    if photo and quality.glare > GLARE_ABOVE:
        reasons += (f"glare ({quality.glare:.2f})",)
    return EngineChoice("rapidocr" if reasons else "tesseract", reasons, photo)


def tesseract_doubts(page: OcrPage, photo: bool = False) -> bool:
    """Tesseract's own confidences say its reading of the card is poor (sooner for a ``photo``)."""
    words = [word for word in page.words if any(ch.isalnum() for ch in word.text)]
    if len(words) < 3:
        return True
    mean = sum(word.confidence for word in words) / len(words)
    low = sum(word.confidence < LOW_WORD_CONFIDENCE for word in words) / len(words)
    threshold = DOUBTFUL_PHOTO_MEAN_CONFIDENCE if photo else DOUBTFUL_MEAN_CONFIDENCE
    return mean < threshold or low > DOUBTFUL_WORD_SHARE


def rapid_reads_better(rapid_evidence: float, tesseract_evidence: float) -> bool:
    """RapidOCR's whole reading of a photographed card, of card-like text ``rapid_evidence``
    (``reading.way_up_evidence``), is to be kept over Tesseract's (lines rescued) of ``tesseract_evidence``."""
    return rapid_evidence > RAPID_BETTER * tesseract_evidence
