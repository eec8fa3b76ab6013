"""The card's outline grown over its own print past a colour band's edge (``detect_grow``): real Pillow text
(DejaVu), real OpenCV, the real card finder; and the growth refused where marks run on like a surface's."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from cardbook.ocr.detect import find_cards
from cardbook.ocr.detect_beyond import print_beyond
from cardbook.ocr.detect_eval import corner_error
from cardbook.ocr.detect_grow import grow_over_print
from cardbook.ocr.geometry import order_corners

from .render import font

CARD = (700, 400)
BAND = 95  # pixels of the card's top taken by the band
# Where the card lies in the photo (a slight tilt and perspective, as held over a desk).
PLACED = np.float32([[260, 230], [940, 270], [915, 660], [240, 625]])
GOOD_CORNERS = 2.0  # % of the card's diagonal: an outline on the card's edges (a band's edge is ~5 % off)


def _band_card_photo(band_rgb: tuple[int, int, int], desk_bgr: tuple[int, int, int]) -> np.ndarray:
    """A pale card whose top is a full-width dark band holding the firm in white, on a desk of nearly the
    band's colour, so that the band's lower edge is the strongest step around the card's top."""
    card = Image.new("RGB", CARD, (236, 232, 224))
    draw = ImageDraw.Draw(card)
    draw.rectangle([0, 0, CARD[0], BAND], fill=band_rgb)
    draw.text((60, 18), "Northside Roofing", font=font("DejaVuSans-Bold.ttf", 52), fill=(255, 255, 255))
    body = font("DejaVuSans.ttf", 26)
    for row, line in enumerate(("Nils Garrow", "Owner", "Mob 555 201 3344", "nils@northroof.com", "12 Kiln Rise")):
        draw.text((60, 125 + row * 48), line, font=body, fill=(30, 30, 30))
    flat = cv2.cvtColor(np.asarray(card), cv2.COLOR_RGB2BGR)
    rng = np.random.default_rng(0)
    desk = np.full((900, 1200, 3), desk_bgr, np.float32) + rng.normal(0, 4, (900, 1200, 3))
    square = np.float32([[0, 0], [CARD[0], 0], [CARD[0], CARD[1]], [0, CARD[1]]])
    warp = cv2.getPerspectiveTransform(square, PLACED)
    warped = cv2.warpPerspective(flat, warp, (1200, 900))
    inside = cv2.warpPerspective(np.full(CARD[::-1], 255, np.uint8), warp, (1200, 900))
    return np.clip(np.where(inside[..., None] > 127, warped, desk), 0, 255).astype(np.uint8)


def test_a_band_the_colour_of_the_desk_stays_on_the_card() -> None:
    photo = _band_card_photo((35, 30, 40), (42, 36, 38))
    found = find_cards(photo)
    assert found and not found[0].whole_image
    # The whole card, band and firm included: before, an edge inside the band was taken for the card's top.
    assert corner_error(order_corners(found[0].corners), PLACED) < GOOD_CORNERS
    square = np.float32([[0, 0], [CARD[0], 0], [CARD[0], CARD[1]], [0, CARD[1]]])
    firm_top = cv2.perspectiveTransform(
        np.float32([[[60, 18], [600, 18]]]), cv2.getPerspectiveTransform(square, PLACED)
    )
    outline = found[0].corners.reshape(-1, 1, 2)
    assert all(cv2.pointPolygonTest(outline, (float(x), float(y)), False) > 0 for x, y in firm_top[0])


def _lines(mask: np.ndarray, rows: range, left: int, right: int) -> None:
    for y in rows:
        cv2.rectangle(mask, (left, y), (right, y + 5), 255, -1)


def test_print_continuing_past_a_side_grows_it_and_ends_there() -> None:
    quad = np.float32([[100, 200], [500, 200], [500, 400], [100, 400]])
    text = np.zeros((600, 640), np.uint8)
    _lines(text, range(230, 390, 25), 130, 450)  # the card's lines inside the outline
    _lines(text, range(140, 190, 25), 150, 420)  # two lines of the card's past its top side
    grown = grow_over_print(quad, print_beyond(text, [quad]), int(np.count_nonzero(text)))
    assert grown is not None
    top = float(grown[:, 1].min())
    assert 100 < top < 140  # past the last line by a margin, not to the frame
    assert np.allclose(grown[2:, 1], 400, atol=1)  # the other sides stay


def test_marks_running_on_to_the_frame_are_a_surface_and_grow_nothing() -> None:
    quad = np.float32([[100, 250], [500, 250], [500, 450], [100, 450]])
    text = np.zeros((600, 640), np.uint8)
    _lines(text, range(280, 440, 25), 130, 450)
    _lines(text, range(5, 245, 20), 90, 510)  # ruled paper or a keyboard's rows, up to the frame's edge
    assert grow_over_print(quad, print_beyond(text, [quad]), int(np.count_nonzero(text))) is None


def test_a_speck_past_a_side_grows_nothing() -> None:
    quad = np.float32([[100, 200], [500, 200], [500, 400], [100, 400]])
    text = np.zeros((600, 640), np.uint8)
    _lines(text, range(230, 390, 25), 130, 450)
    cv2.circle(text, (300, 180), 2, 255, -1)  # glare's speck or a finger's edge
    assert grow_over_print(quad, print_beyond(text, [quad]), int(np.count_nonzero(text))) is None
