"""Card finding on generated phone photos with known corners (real OpenCV, no mocks), flat scans kept
whole, and images without a card or without text reported as such."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from cardbook.app.scanned_card import scanned_card
from cardbook.ocr import detect_keep, detect_lines, detect_print, pipeline
from cardbook.ocr.detect import CardQuad, find_cards, work_copy
from cardbook.ocr.detect_cut import cut_outline
from cardbook.ocr.detect_eval import FOUND_IOU, clipped_iou, corner_error
from cardbook.ocr.detect_fallback import print_block_crop
from cardbook.ocr.detect_lines import line_quads
from cardbook.ocr.detect_masks import smooth_lab
from cardbook.ocr.detect_print import print_marks, text_line_mask
from cardbook.ocr.geometry import quad_area
from cardbook.ocr.pipeline import ReadOptions, read_pixels
from cardbook.ocr.types import as_u8

from .photo_backgrounds import cloth, light_desk
from .photo_set import decode, make_photo, make_user_photo, scene, styled_card
from .render import FRENCH_CARD, render

TOLERANCE = 2.0  # % of the card's diagonal: ~4 px on a card 200 px across, well within "Adjust corners"


def _card(index: int, style: str = "white") -> np.ndarray:
    image, _ = styled_card(index, np.random.default_rng(index), style)
    return image


def _best_error(image: np.ndarray, truth: np.ndarray) -> float:
    quads = [quad for quad in find_cards(image) if not quad.whole_image and not quad.text_region]
    assert quads, "no outline found"
    return min(corner_error(quad.corners, truth) for quad in quads)


@pytest.mark.parametrize(
    ("name", "style", "surface", "hand"),
    [
        ("light card on a light desk", "white", "light_desk", False),
        ("pale card on a light desk", "pale", "light_desk", False),
        ("card held in a hand", "colourful", "light_desk", True),
        ("card on a patterned cloth", "white", "cloth", False),
        ("dark card with a white border on wood", "bordered_dark", "wood", False),
    ],
)
def test_card_found_in_photo(name: str, style: str, surface: str, hand: bool) -> None:
    photo, corners = scene([_card(3, style)], surface, seed=7, share=0.35, hand=hand)
    assert _best_error(photo, corners[0]) <= TOLERANCE, name


@pytest.mark.parametrize(
    ("name", "style", "surface", "seed", "share", "extras"),
    [
        # The cloth's checks and the shadow's edge count as print outside the card: the card was refused as
        # "a panel leaving print outside" and the whole photo kept.
        ("pale card on a checked cloth, in shade", "pale", "cloth", 5, 0.3, {"shadow": True}),
        # A small card leaves the centre of the photo to the desk, which looked like a scan's paper
        # reaching the frame ("one card"): only the scan's view ran, and the whole photo was kept.
        ("dark card with a white border held over ruled paper", "bordered_dark", "paper", 4, 0.2, {"hand": True}),
        ("colourful card held over a light desk", "colourful", "light_desk", 1, 0.3, {"hand": True}),
        ("white card on a light desk beside a phone, in shade", "white", "light_desk", 2, 0.3,
         {"shadow": True, "objects": True}),
        # White or pale on ruled paper, a hand or a shadow across a side: no region closes into the
        # card's outline; its straight sides still do (``detect_lines``).
        ("white card held over ruled paper", "white", "paper", 5, 0.45, {"hand": True}),
        ("pale card on paper, in shade", "pale", "paper", 3, 0.25, {"shadow": True}),
    ],
)  # fmt: skip
def test_card_found_where_surface_or_size_misled_the_finder(
    name: str, style: str, surface: str, seed: int, share: float, extras: dict[str, bool]
) -> None:
    image, _ = styled_card(seed + 3, np.random.default_rng(seed + 3), style)
    photo, corners = scene([image], surface, seed=seed, share=share, **extras)
    height, width = photo.shape[:2]
    quads = find_cards(photo)
    assert quads and not quads[0].whole_image, name
    assert max(clipped_iou(quad.corners, corners[0], width, height) for quad in quads) >= FOUND_IOU, name


def test_two_cards_in_one_photo() -> None:
    photo, corners = scene([_card(1), _card(2, "colourful")], "dark_desk", seed=5, size=(1200, 700), share=0.45)
    quads = [quad for quad in find_cards(photo) if not quad.whole_image]
    assert len(quads) == 2
    for truth in corners:
        assert min(corner_error(quad.corners, truth) for quad in quads) <= TOLERANCE


def test_card_running_past_the_frame_is_cropped_not_kept_whole() -> None:
    photo, corners = scene([_card(4)], "wood", seed=11, share=0.45, off_frame=True)
    height, width = photo.shape[:2]
    xs, ys = corners[0][:, 0], corners[0][:, 1]
    assert (xs < 0).any() or (xs >= width).any() or (ys < 0).any() or (ys >= height).any()
    quads = find_cards(photo)
    assert quads and not quads[0].whole_image
    truth_area = 0.45 * width * height
    assert quad_area(quads[0].corners) < 0.9 * width * height
    assert quad_area(quads[0].corners) > 0.3 * truth_area


def test_flat_scan_is_one_whole_card() -> None:
    scan = render(FRENCH_CARD)
    quads = find_cards(scan)
    assert len(quads) == 1 and quads[0].whole_image


def test_textured_desk_without_a_card_gives_no_outline() -> None:
    desk = cloth(np.random.default_rng(3), 900, 700).astype(np.uint8)
    assert all(quad.whole_image or quad.text_region for quad in find_cards(desk))
    plain = light_desk(np.random.default_rng(4), 900, 700).astype(np.uint8)
    assert find_cards(plain) == []


@pytest.fixture(scope="module")
def options() -> ReadOptions:
    return ReadOptions(keep_card_image=True)


@pytest.mark.parametrize(
    "make",
    [
        lambda: np.full((700, 1000, 3), 255, np.uint8),
        lambda: cloth(np.random.default_rng(8), 480, 360).astype(np.uint8),  # small: the reader runs on it
        lambda: np.random.default_rng(9).integers(0, 256, (300, 450, 3), dtype=np.uint8),
    ],
    ids=["blank white", "textured cloth, no card", "noise"],
)
def test_images_without_a_card_are_flagged(make: object, options: ReadOptions) -> None:
    results = read_pixels(make(), options, "IMG_1.jpg")  # type: ignore[operator]
    assert len(results) == 1
    result = results[0]
    assert not result.found
    assert result.warning in ("no card found in IMG_1.jpg", "no text found in IMG_1.jpg")
    assert result.fields.name is None and not result.fields.emails and not result.fields.phones


def test_a_card_is_found_and_its_crop_is_jpeg(options: ReadOptions) -> None:
    photo, _ = scene([render(FRENCH_CARD)], "wood", seed=2, share=0.5)
    results = read_pixels(photo, options, "IMG_2.jpg")
    assert results[0].found and results[0].warning is None
    assert "Leroy" in results[0].text
    crop = scanned_card(results[0]).crop_image
    assert crop is not None and crop[:3] == b"\xff\xd8\xff"  # JPEG, not PNG


def test_ruled_paper_under_a_card_is_not_taken_for_print(monkeypatch: pytest.MonkeyPatch) -> None:
    """A notebook's rules are hairlines, not print: left in, a card on ruled paper looks like a panel of
    a page full of print and is refused. The card's own print stays."""
    photo, corners = scene([_card(3)], "paper", seed=1, share=0.35)  # this seed's paper is ruled
    small, factor = work_copy(photo)
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    card = np.zeros(grey.shape, np.uint8)
    cv2.fillConvexPoly(card, np.round(corners[0] * factor).astype(np.int32), 255)
    card = cv2.dilate(card, np.ones((9, 9), np.uint8))

    def counts() -> tuple[int, int]:
        marks = print_marks(grey)
        return np.count_nonzero(marks[card > 0]), np.count_nonzero(marks[card == 0])

    inside, outside = counts()
    monkeypatch.setattr(detect_print, "_without_rules", lambda marks: marks)
    inside_with_rules, outside_with_rules = counts()
    assert outside_with_rules > 0.5 * inside_with_rules  # the rules did look like print
    assert outside < 0.25 * inside
    assert inside >= 0.95 * inside_with_rules


def _print_block_guess(image: np.ndarray, max_cards: int = 8) -> list[CardQuad]:
    """What the finder answers when no outline holds: its guess, the padded block of print (unsure)."""
    small, factor = work_copy(image)
    text = text_line_mask(print_marks(as_u8(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))))
    return print_block_crop(text, factor, image.shape[1], image.shape[0])[:max_cards]


def test_unsure_finding_reads_the_whole_photo_too(options: ReadOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    """A generated phone photo of a dark card running past the frame on a light desk. The finder used to
    find no outline there and guessed the print block, which cut the contact lines off; it now finds the
    part of the card in view. When the finder only guesses (its own print-block guess, forced here), the
    whole photo read by the photo engine is kept, and the corners frame the words read rather than the
    photo's edges."""
    data, truth = make_photo(78, np.random.default_rng([1, 78]))
    photo = decode(data)
    height, width = photo.shape[:2]
    found = find_cards(photo)
    corners = np.array(truth["corners"], np.float32)
    assert not found[0].unsure and clipped_iou(found[0].corners, corners, width, height) >= FOUND_IOU
    monkeypatch.setattr(pipeline, "find_cards", _print_block_guess)
    assert any(quad.unsure for quad in _print_block_guess(photo))  # the case this test is about
    results = [result for result in read_pixels(photo, options, "IMG_3.jpg") if result.found]
    assert results
    best = max(results, key=lambda result: len(result.text))
    # The frame cuts the first letters of the lines off: their ends are what can be read.
    domain = truth["emails"][0].split("@")[1]
    assert any(email.value.lower().endswith("@" + domain) for email in best.fields.emails)
    assert any(site.value.lower().endswith(domain) for site in best.fields.websites)
    assert quad_area(np.array(best.corners, np.float32)) < 0.9 * width * height


def test_drawn_lines_make_no_card_sides() -> None:
    """A printed frame or the rules of a form are long straight edges at right angles, card-shaped even,
    but with the same paper on both sides: the line view keeps only lines with a colour step across
    them, so a page with a drawn frame yields no outline (the lines alone do make one)."""
    page = light_desk(np.random.default_rng(5), 1000, 750).astype(np.uint8)
    cv2.rectangle(page, (200, 180), (780, 540), (70, 70, 70), 2)
    cv2.line(page, (200, 360), (780, 360), (70, 70, 70), 2)  # a rule across it, as on a form
    small, _ = work_copy(page)
    grey = as_u8(cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), (5, 5), 0))
    lab = smooth_lab(small)
    assert line_quads(grey, lab) == []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(detect_lines, "_has_step", lambda _line, _lab: True)
        assert line_quads(grey, lab)


@pytest.mark.parametrize(
    ("index", "scene_name", "why"),
    [
        # The card's outline and the sheet's both close; the sheet scored as well and, being larger, was
        # taken for the card around a "panel" (and then refused, leaving the whole photo).
        (36, "paper_sheet", "white card on a sheet of paper on a desk"),
        (27, "small", "white card small in the frame on a sheet of paper"),
        # Fingers across one side: the card's region ran into them, the fit went askew and one side lost
        # its colour step; the print block was cropped instead.
        (37, "held", "white card held between fingers in front of a room"),
        # A thumb over one corner: the outline, simplified to four points, cut that corner off along a
        # diagonal, and that side found no edge.
        (6, "small", "card with a thumb over a corner on a notebook"),
    ],
)
def test_card_found_in_user_like_photo(index: int, scene_name: str, why: str) -> None:
    """Generated user-like photos (``photo_set --kind user``, seed 1) where the finder missed a card any
    person sees at once."""
    data, truth = make_user_photo(index, np.random.default_rng([1, index]))
    assert truth["scene"] == scene_name  # the generator still makes the case this test is about
    photo = decode(data)
    height, width = photo.shape[:2]
    corners = np.array(truth["corners"], np.float32)
    quads = find_cards(photo)
    assert quads and not quads[0].whole_image and not quads[0].text_region, why
    assert len(quads) == 1, why
    assert clipped_iou(quads[0].corners, corners, width, height) >= FOUND_IOU, why


def _on_frame(corner: np.ndarray, width: int, height: int, reach: float = 3.0) -> bool:
    x, y = float(corner[0]), float(corner[1])
    return x <= reach or y <= reach or x >= width - 1 - reach or y >= height - 1 - reach


@pytest.mark.parametrize(
    ("index", "corners_past", "corners_on_frame", "why"),
    [
        # A dark card with a white border slid past the right edge of the frame: three of its sides in view.
        # The part in view has no card's proportions, so no outline held and the whole photo was kept.
        (34, 2, 2, "card cut across by one edge of the frame"),
        # A white card turned a quarter, taller than the frame: only its two long sides are in view.
        (13, 4, 4, "card cut at both ends by the frame"),
        # A large white card turned 21°, past the top and the bottom: its four sides are each partly in
        # view, two of its corners beyond the frame (the frame's sides split them into two runs).
        (170, 3, None, "large tilted card past two opposite edges"),
    ],
)
def test_card_running_past_the_frame_is_straightened_to_the_frame_edge(
    index: int, corners_past: int, corners_on_frame: int | None, why: str
) -> None:
    """Generated phone photos (``photo_set``, seed 1) of a card partly outside the frame: the part in view
    is found, and its corners lie on the frame's edge where the card leaves it."""
    data, truth = make_photo(index, np.random.default_rng([1, index]))
    photo = decode(data)
    height, width = photo.shape[:2]
    corners = np.array(truth["corners"], np.float32)
    outside = (corners[:, 0] < 0) | (corners[:, 0] >= width) | (corners[:, 1] < 0) | (corners[:, 1] >= height)
    assert outside.sum() == corners_past  # the case this test is about: so many corners past the frame
    quads = find_cards(photo)
    assert quads and not quads[0].whole_image and not quads[0].text_region, why
    assert clipped_iou(quads[0].corners, corners, width, height) >= FOUND_IOU, why
    found = quads[0].corners
    if corners_on_frame is None:  # the card's own corners, found where its sides meet beyond the frame
        return
    assert sum(_on_frame(corner, width, height) for corner in found) == corners_on_frame, why
    assert ((found[:, 0] >= -0.5) & (found[:, 0] <= width - 0.5) & (found[:, 1] >= -0.5)).all(), why
    assert (found[:, 1] <= height - 0.5).all(), why


def test_a_blank_object_running_past_the_frame_is_no_card() -> None:
    """A phone or a book cut by the frame has three straight sides in view like a cut card, but no print:
    it is not taken for one; the card beside it still is."""
    photo, corners = scene([_card(2)], "light_desk", seed=6, share=0.2)
    height, width = photo.shape[:2]
    on_left = float(corners[0][:, 0].mean()) < width / 2
    x0, x1 = (int(width * 0.62), width + 10) if on_left else (-10, int(width * 0.38))
    cv2.rectangle(photo, (x0, int(height * 0.3)), (x1, int(height * 0.75)), (30, 30, 34), -1)  # past the edge
    quads = [quad for quad in find_cards(photo) if not quad.whole_image and not quad.text_region]
    assert len(quads) == 1
    assert clipped_iou(quads[0].corners, corners[0], width, height) >= FOUND_IOU


def _clipped(corners: list[list[float]], width: int = 640, height: int = 360) -> np.ndarray:
    """The part of a card (corners) inside a ``width`` × ``height`` frame, as a contour."""
    frame = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    _, part = cv2.intersectConvexConvex(np.array(corners, np.float32), frame)
    return np.round(part).astype(np.int32).reshape(-1, 1, 2)


@pytest.mark.parametrize(
    ("card", "across"),
    [
        ([[300, 100], [700, 110], [695, 330], [295, 320]], True),  # past the right edge: three sides in view
        ([[100, -60], [400, -50], [380, 420], [80, 410]], True),  # past the top and bottom: two sides in view
        ([[402, 45], [674, 172], [598, 335], [326, 208]], False),  # one corner past the right edge
    ],
)
def test_cut_outline_of_a_card_past_the_frame(card: list[list[float]], across: bool) -> None:
    contour = _clipped(card)
    found = cut_outline(contour, 640, 360)
    assert found is not None
    quad, cut_across = found
    assert cut_across == across
    assert quad_area(quad) >= 0.97 * cv2.contourArea(contour)
    if not across:  # the corner beyond the frame is where the card's sides meet
        assert min(float(np.linalg.norm(corner - np.array([674, 172]))) for corner in quad) <= 4.0


@pytest.mark.parametrize(
    "polygon",
    [
        [[0, 100], [300, 100], [300, 300], [0, 300]],  # wholly on the frame's left part: but a card's sides…
        [[0, 0], [100, 0], [90, 359], [0, 359]],  # a strip along the frame: one side of its own
        [[0, 0], [639, 0], [639, 20], [0, 30]],  # a thin band across the frame
    ],
)
def test_cut_outline_refuses_what_is_no_cut_card(polygon: list[list[int]]) -> None:
    found = cut_outline(np.array(polygon, np.int32).reshape(-1, 1, 2), 640, 360)
    if polygon[0] == [0, 100]:
        assert found is not None  # three card sides and the left edge: a card cut across, kept
    else:
        assert found is None


def test_card_filling_most_of_a_wide_photo_is_not_taken_for_a_scan() -> None:
    """A dark card filling most of a 16:9 phone photo (``photo_set``, seed 1) and reaching the frame's edge:
    the photo has a card's proportions, so its outline was taken for a panel of a cut scan and the whole
    photo kept. The outline is tilted as a hand-held phone leaves it; a scan's panels lie square."""
    data, truth = make_photo(124, np.random.default_rng([1, 124]))
    photo = decode(data)
    height, width = photo.shape[:2]
    assert abs(width / height - 16 / 9) < 0.01 and truth["share"] > 0.7  # the case this test is about
    quads = find_cards(photo)
    assert quads and not quads[0].whole_image
    assert clipped_iou(quads[0].corners, np.array(truth["corners"], np.float32), width, height) >= FOUND_IOU


def test_scan_with_a_panel_reaching_its_edge_stays_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """A flat scan cut at the card's edge, a tinted panel under the print running off its bottom: the
    panel's outline is large and reaches the frame, but it lies square to the frame, so the scan is still
    read whole (the card's proportions alone no longer decide)."""
    scan = render(FRENCH_CARD)
    height, width = scan.shape[:2]
    left, right, top = int(0.03 * width), int(0.97 * width), int(0.12 * height)
    panel = scan[top:, left:right].astype(np.float32)
    scan[top:, left:right] = (panel * 0.55 + np.array([225, 170, 110], np.float32) * 0.45).astype(np.uint8)
    quads = find_cards(scan)
    assert len(quads) == 1 and quads[0].whole_image
    monkeypatch.setattr(detect_keep, "SCAN_SQUARE", -1.0)  # the panel's squareness is what keeps the scan whole
    monkeypatch.setattr(detect_keep, "PANEL_PRINT_OUTSIDE", 2.0)
    assert not find_cards(scan)[0].whole_image


def test_two_cards_on_a_busy_cloth_are_kept_together() -> None:
    """Two dark cards side by side on a flowered cloth (``photo_set --kind more``, seed 1): each fills less of
    the photo than one card alone would, and the cloth's flowers count as print outside them; well outlined
    and together a card's share of the photo, they are the cards, not panels (they used to give way to a
    crop of the flowers)."""
    from .photo_more_scenes import make_more_photo

    data, truth = make_more_photo(22, np.random.default_rng([1, 22]))
    assert truth["scene"] == "front_back" and truth["surface"] == "tablecloth"
    photo = decode(data)
    height, width = photo.shape[:2]
    quads = find_cards(photo)
    for corners in truth["cards"]:
        true_quad = np.asarray(corners, np.float32)
        assert max(clipped_iou(quad.corners, true_quad, width, height) for quad in quads) >= FOUND_IOU


def test_a_card_cut_by_the_frame_beside_a_whole_one_is_marked_cut() -> None:
    """The reader reports such a card rather than read it (``CardQuad.cut``); the whole one is not marked."""
    photo, _ = scene([_card(1), _card(2, "colourful")], "dark_desk", seed=5, size=(1200, 700), share=0.45)
    quads = [quad for quad in find_cards(photo) if not quad.whole_image]
    assert len(quads) == 2 and not any(quad.cut for quad in quads)
    quads = find_cards(np.ascontiguousarray(photo[:, 250:]))  # the first card's left 35 % out of the frame
    assert sorted(quad.cut for quad in quads) == [False, True]


def test_two_cards_on_one_sheet_win_over_the_sheet() -> None:
    """Two cards laid on a sheet of paper (``photo_set --kind more``, seed 1): the sheet's clean outline has
    print beyond either card, the other card's; it is no print of the sheet's, so the cards win over it."""
    from .photo_more_scenes import make_more_photo

    data, truth = make_more_photo(63, np.random.default_rng([1, 63]))
    assert truth["scene"] == "two_cards" and truth["surface"] == "paper_sheet"
    photo = decode(data)
    height, width = photo.shape[:2]
    quads = find_cards(photo)
    assert len(quads) == 2
    for corners in truth["cards"]:
        true_quad = np.asarray(corners, np.float32)
        assert max(clipped_iou(quad.corners, true_quad, width, height) for quad in quads) >= FOUND_IOU
