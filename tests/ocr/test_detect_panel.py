"""A card whose colour side panel closes into the cleanest region is found whole, across its pale part
(``detect_panel``): real Pillow text (DejaVu), real OpenCV, the real card finder; and a blank pale patch lined up
with a card's edges, or a plain desk, adds nothing to it."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from cardbook.ocr.detect import find_cards, work_copy
from cardbook.ocr.detect_eval import corner_error
from cardbook.ocr.detect_masks import smooth_lab
from cardbook.ocr.detect_panel import card_across
from cardbook.ocr.detect_print import local_contrast, print_marks, text_line_mask
from cardbook.ocr.geometry import order_corners
from cardbook.ocr.types import as_u8

from .render import font

CARD = (700, 400)
PANEL = 250  # pixels of the card's width taken by the colour panel
PHOTO = (1280, 720)
# Where the card lies in the photo: turned and foreshortened, as held over a worktop.
PLACED = np.float32([[170, 150], [900, 95], [960, 520], [215, 600]])
GOOD_CORNERS = 2.0  # % of the card's diagonal: an outline on the card's edges (the panel's edge is ~30 % off)
# A speckled grey worktop of nearly the pale part's lightness, lit unevenly: the pale part's edge barely steps
# against it, the panel's strongly.
SURFACE_BGR = (194, 194, 194)
SPECKLE = 15.0
PALE_RGB = (190, 197, 192)


def _photo(card: Image.Image, seed: int = 0) -> np.ndarray:
    """``card`` placed at ``PLACED`` on a speckled grey worktop."""
    flat = cv2.cvtColor(np.asarray(card), cv2.COLOR_RGB2BGR)
    rng = np.random.default_rng(seed)
    light = np.linspace(0.85, 1.0, PHOTO[1], dtype=np.float32)[:, None, None]  # darker towards the top
    speckle = rng.normal(0, SPECKLE, (PHOTO[1], PHOTO[0], 1))
    surface = np.full((PHOTO[1], PHOTO[0], 3), SURFACE_BGR, np.float32) * light + speckle
    square = np.float32([[0, 0], [CARD[0], 0], [CARD[0], CARD[1]], [0, CARD[1]]])
    warp = cv2.getPerspectiveTransform(square, PLACED)
    warped = cv2.warpPerspective(flat, warp, PHOTO)
    inside = cv2.warpPerspective(np.full(CARD[::-1], 255, np.uint8), warp, PHOTO)
    photo = np.where(inside[..., None] > 127, warped.astype(np.float32), surface)
    return np.clip(cv2.GaussianBlur(photo, (3, 3), 0), 0, 255).astype(np.uint8)


def _panel_card() -> Image.Image:
    """A pale card with a dark green panel down its left side (the firm in white on it) and the person's lines
    in grey type on the pale part."""
    card = Image.new("RGB", CARD, PALE_RGB)
    draw = ImageDraw.Draw(card)
    draw.rectangle([0, 0, PANEL, CARD[1]], fill=(22, 110, 70))
    draw.text((30, 175), "Brightwell", font=font("DejaVuSans-Bold.ttf", 40), fill=(255, 255, 255))
    body = font("DejaVuSans.ttf", 24)
    lines = ("Orla Penhallow", "Stylist", "Cel 555 304 2219", "Tel 555 871 0042", "brightwell.example")
    for row, line in enumerate(lines):
        draw.text((PANEL + 40, 60 + row * 52), line, font=body, fill=(95, 95, 95))
    return card


def test_a_side_panel_card_is_found_whole() -> None:
    found = find_cards(_photo(_panel_card()))
    assert found and not found[0].whole_image
    # The whole card, pale part included: before, the panel's edge was taken for the card's right side.
    assert corner_error(order_corners(found[0].corners), PLACED) < GOOD_CORNERS


def _work_copy_evidence(photo: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """The finder's colours and lines of print on its work copy, and that copy's scale."""
    small, factor = work_copy(photo)
    grey = as_u8(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
    return smooth_lab(small), text_line_mask(print_marks(grey, local_contrast(grey))), factor


def _panel_quad() -> np.ndarray:
    """The panel's outline in the photo (the part of ``PLACED`` left of ``PANEL``)."""
    square = np.float32([[0, 0], [CARD[0], 0], [CARD[0], CARD[1]], [0, CARD[1]]])
    warp = cv2.getPerspectiveTransform(square, PLACED)
    panel = np.float32([[[0, 0], [PANEL, 0], [PANEL, CARD[1]], [0, CARD[1]]]])
    return cv2.perspectiveTransform(panel, warp)[0].astype(np.float32)


def test_the_panel_outline_is_carried_to_the_card_s_far_side() -> None:
    lab, text, factor = _work_copy_evidence(_photo(_panel_card()))
    wider = card_across(_panel_quad() * factor, lab, text)
    assert wider is not None
    assert corner_error(order_corners(wider / factor), PLACED) < GOOD_CORNERS


def test_a_blank_pale_patch_lined_up_with_the_panel_adds_nothing() -> None:
    """The same card with nothing printed on its pale part: a blank patch beside a dark card whose edges happen to
    line up with it is no part of that card (a sheet, a box's lid), so the panel stays as it was."""
    card = _panel_card()
    ImageDraw.Draw(card).rectangle([PANEL + 1, 0, CARD[0], CARD[1]], fill=PALE_RGB)
    lab, text, factor = _work_copy_evidence(_photo(card))
    assert card_across(_panel_quad() * factor, lab, text) is None


def test_a_card_on_a_plain_worktop_stays_as_it_is() -> None:
    """A whole dark card (the panel alone, cut to a card's shape) on the worktop: past its sides the strip is the
    worktop's own colour, so no side runs on."""
    quad = _panel_quad()
    dark = Image.new("RGB", CARD, (22, 110, 70))
    ImageDraw.Draw(dark).text((60, 175), "Brightwell", font=font("DejaVuSans-Bold.ttf", 60), fill=(255, 255, 255))
    flat = cv2.cvtColor(np.asarray(dark), cv2.COLOR_RGB2BGR)
    rng = np.random.default_rng(1)
    photo = np.full((PHOTO[1], PHOTO[0], 3), SURFACE_BGR, np.float32) + rng.normal(0, SPECKLE, (PHOTO[1], PHOTO[0], 1))
    warp = cv2.getPerspectiveTransform(np.float32([[0, 0], [CARD[0], 0], [CARD[0], CARD[1]], [0, CARD[1]]]), quad)
    inside = cv2.warpPerspective(np.full(CARD[::-1], 255, np.uint8), warp, PHOTO)
    photo = np.where(inside[..., None] > 127, cv2.warpPerspective(flat, warp, PHOTO).astype(np.float32), photo)
    lab, text, factor = _work_copy_evidence(np.clip(photo, 0, 255).astype(np.uint8))
    assert card_across(quad * factor, lab, text) is None
