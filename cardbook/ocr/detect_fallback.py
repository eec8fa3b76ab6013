"""The crop when no outline of a card is trustworthy: the block of print, padded by a card's margins.

A photo whose card no outline fits (a white card on white paper in shade, a card whose sides a hand or glare
breaks) still shows the card's print; its block is a better crop than the photo with its own edges as the
card's corners, which ``find_cards`` never answers for a photo holding print (issue 10, item 1).
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_around_print import MAX_FRAME_SIDES, outline_and_frame_sides
from cardbook.ocr.detect_beyond import print_outside_share
from cardbook.ocr.detect_card import CardQuad
from cardbook.ocr.detect_refine import snap_to_edges
from cardbook.ocr.geometry import aspect_fit, aspect_ratio, whole_image_quad
from cardbook.ocr.types import GreyImage

# An image this close to a card's proportions (``geometry.aspect_fit``) may be a scan cut at the card's
# edge. The tune-half scans fit 0.85-0.99; a 4:3 photo fits 0.57 and is no cut scan.
CARD_SHAPED_FIT = 0.8
AROUND_PRINT_SCORE = 0.35  # an outline found outwards from the print: better than its block, still a guess
MIN_PRINT_SHARE = 0.0004  # of the work copy's pixels: fewer marks than a short line of print means no card
TEXT_JOIN = 0.05  # of the short side: print blobs closer than this belong to the same card
TEXT_GROUP_SHARE = 0.05  # print groups smaller than this share of the largest are specks; the rest join the crop
TEXT_PAD = 0.08  # padding around the print block, as a share of its longer side (card margins)
# A print block wider or taller than this share of the image has likely joined the surface's marks (a cloth's
# checks, wood grain, a page of print beside the card) to the card's print: the crop is then the largest
# group of print alone, and only when that group spans the image too, or the image has a card's shape (a scan),
# is the image the card (it used to be at once, which gave photos their own edges as corners: issue 10).
TEXT_CROP_SPAN = 0.6
# When the largest group of print spans a photo too (a flowered cloth's or a keyboard's marks joined the
# card's print into one group), the card is where the marks lie densest: their density over a window this
# share of the work copy's short side (a card fills 10-50 % of a phone photo; its lines of print lie closer
# together than the patterns of a cloth or the keys of a keyboard), and the region around the peak where
# it stays above DENSE_SHARE of the peak. Chosen once from those sizes, not swept; checked on the generated
# photos of seed 1 (classic, cases, user: the three crops moved onto the card's print, no card lost).
# An image of a card's proportions is a cut scan only when the box around its largest group of print (padded)
# covers at least this share of it: a card's main block of print covers a fifth of the card or more (the
# shared scans' tune half that reach this test: 0.18-0.35), the card's print in a 16:9 photo of it on a desk
# a small part (the generated photos of seed 1 kept whole for it: 0.013 and 0.024, the card's faint print
# making few lines, a keyboard's column of keys the largest group). Set between, nearer the photos.
SCAN_PRINT_AREA = 0.08
# An outline found outwards from the print, instead of the whole photo, must hold all but this share of the
# print: a band around one line of a dark card's print (its other lines too faint to join that group) leaves
# the rest out and is a worse crop than the photo. As ``detect_keep.PRINT_OUTSIDE_MAX``, the share a card's outline
# may leave outside (the surface's marks).
AROUND_PRINT_LEAVES = 0.25
# The part of a photo beyond the one side of a card in view (``detect_one_side``) is the surface, with no print
# of the card's (the tune seeds' photos so outlined: none left out); beyond a coloured band's edge in a scan lie
# the band's logo or name. Share of the print such an outline may leave out: next to none (set, not swept).
ONE_SIDE_LEAVES = 0.05
# The walk from all the card's groups of print (``_around_print_keeping_it``, after the walk from its largest)
# is kept only for a card lying on a surface that shows beyond two opposite sides of it, by at least this share
# of the frame's size along them: in a scan cut near the card's edge, or a photo it fills, the walk from all
# its print stops at the edges of its bands and panels instead (seen when checking the shared cards: five
# images read whole were cut at a band, each showing at most 5.5 % beyond the nearer of two opposite sides).
# The tune photo the walk is for shows 33 %. Set between, nearer the scans; not swept.
SURFACE_BOTH_SIDES = 0.1
DENSE_WINDOW = 0.15
DENSE_SHARE = 0.5


def print_block_crop(
    text: GreyImage,
    factor: float,
    width: int,
    height: int,
    lab: np.ndarray | None = None,
    marks: GreyImage | None = None,
) -> list[CardQuad]:
    """No outline: the padded block of print (its largest group alone when the whole block spans most of
    the image, and where the ``marks`` of print lie densest when that group spans it too), or the whole
    image when that spans it too or no line of print stands out (marks only: tiny print, noise, a texture;
    the reader decides whether it is text)."""
    small_h, small_w = text.shape[:2]
    # The print's groups are found once (a dilation and connected components over the whole image) and each
    # mask made from them once: the crop asks for the same masks up to five times over.
    groups = print_groups(text)
    all_print = card_print(text, groups)
    largest = _main_print_of(text, groups)
    box = _padded_box(all_print) if np.count_nonzero(text) >= MIN_PRINT_SHARE * small_w * small_h else None
    focus = largest
    if box is not None and _spans_photo(box, small_w, small_h):
        # A card's print spanning an image of a card's proportions: a scan whose panels or colours hid
        # its paper from the one-card test, read whole, when its own largest group of print is a scan's
        # (``SCAN_PRINT_SPAN``). Elsewhere (a 4:3 or 16:9 photo) the largest group of print alone is the
        # card's, unless it spans the image too: then where the marks lie densest (issue 10: a photo's own
        # edges are no card's corners), unless that spans it as well (one card filling it).
        card_shaped = aspect_fit(max(width, height) / max(1, min(width, height))) >= CARD_SHAPED_FIT
        box = _padded_box(card_print(text, groups, largest_only=True))
        if card_shaped and box is not None and _area_share(box, small_w, small_h) >= SCAN_PRINT_AREA:
            box = None  # a scan's own print: the image is the card
        if box is not None and _spans_photo(box, small_w, small_h) and marks is not None:
            dense = densest_print(marks)
            box = _padded_box(dense) if dense is not None else None
            focus = dense if dense is not None else focus
        if box is None or _spans_photo(box, small_w, small_h):
            # Before the photo's own edges are taken for the card's (issue 10): the card's edges found
            # outwards from its print, at most three of them on the frame. A scan's paper runs to the frame on
            # every side of its print, so it is still read whole; a card filling a photo, held in a hand or
            # running past one, two or three edges, shows its edge against the surface on the others.
            # From the largest group of print first, then from all the card's groups (``_around_print_keeping_it``).
            if lab is not None:
                around = _around_print_keeping_it(lab, largest, text, factor)
                around = around or _around_print_keeping_it(lab, all_print, text, factor, largest)
                if around is not None:
                    return [around]
            return [CardQuad(whole_image_quad(width, height), 0.5, whole_image=True, unsure=True)]
    if box is None:
        return [CardQuad(whole_image_quad(width, height), 0.3, whole_image=True, unsure=True)]
    found = outline_and_frame_sides(lab, focus) if lab is not None else None
    if found is not None and (found[1] <= MAX_FRAME_SIDES or card_like(*found, text)):
        assert lab is not None
        return [CardQuad(snap_to_edges(lab, found[0]) / factor, AROUND_PRINT_SCORE, unsure=True)]
    around = _around_print_keeping_it(lab, all_print, text, factor, focus) if lab is not None else None
    if around is not None:
        return [around]
    left, top, right, bottom = box
    corners = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], np.float32) / factor
    corners[:, 0] = np.clip(corners[:, 0], 0, width - 1)
    corners[:, 1] = np.clip(corners[:, 1], 0, height - 1)
    return [CardQuad(corners, 0.3, text_region=True, unsure=True)]


def _around_print_keeping_it(
    lab: np.ndarray, start: GreyImage, text: GreyImage, factor: float, walked: GreyImage | None = None
) -> CardQuad | None:
    """The outline found outwards from ``start`` (print of the card's) when it has a card's proportions and leaves
    out no more than ``AROUND_PRINT_LEAVES`` of the ``text``. Walked from all the card's groups of print
    (``card_print``), not its largest alone, when that failed: on a pale card whose firm name in bold type makes
    the largest group alone, the walk from it stopped at the next, fainter line (a band, no card's shape) and
    the photo's own edges were answered (``shop_photo_set --frame 1280x720``, tune seed 3: a pale card on ruled
    paper held in the fingers). ``walked``: the print walked from already, to walk from no second time."""
    if walked is not None and np.array_equal(walked, start):
        return None  # the same print, walked from already
    found = outline_and_frame_sides(lab, start)
    if found is None or (walked is not None and not _surface_on_both_sides(found[0], text.shape[1], text.shape[0])):
        return None
    left_out = print_outside_share(text, [found[0]])  # once, for both tests
    if not card_like(*found, text, left_out) or left_out > AROUND_PRINT_LEAVES:
        return None
    return CardQuad(snap_to_edges(lab, found[0]) / factor, AROUND_PRINT_SCORE, unsure=True)


def _surface_on_both_sides(quad: np.ndarray, width: int, height: int) -> bool:
    """Whether the surface shows beyond both of two opposite sides of ``quad`` (``SURFACE_BOTH_SIDES``)."""
    left, top = quad.min(axis=0)
    right, bottom = quad.max(axis=0)
    across = min(float(left), width - 1 - float(right)) / width
    down = min(float(top), height - 1 - float(bottom)) / height
    return max(across, down) >= SURFACE_BOTH_SIDES


def card_like(
    quad: np.ndarray, on_frame: int = 0, text: GreyImage | None = None, left_out: float | None = None
) -> bool:
    """Whether ``quad`` has a card's proportions (``geometry.aspect_fit``), even with sides on the frame: in place
    of the whole photo, a band around one line of print (its steps at the next, fainter line) is no card. With
    ``on_frame`` sides on the frame beyond ``MAX_FRAME_SIDES``, one side of the card crosses the frame
    (``detect_one_side``): the part in view has the frame's proportions, and it must leave out next to none of
    the ``text`` (``ONE_SIDE_LEAVES``; ``left_out``: that share, when the caller measured it already)."""
    if on_frame > MAX_FRAME_SIDES:
        if text is None:
            return True
        return (left_out if left_out is not None else print_outside_share(text, [quad])) <= ONE_SIDE_LEAVES
    return aspect_fit(aspect_ratio(quad)) > 0.0


def densest_print(marks: GreyImage) -> GreyImage | None:
    """The marks of print around the place where they lie densest (``DENSE_WINDOW``, ``DENSE_SHARE``)."""
    small_h, small_w = marks.shape[:2]
    window = max(3, int(DENSE_WINDOW * min(small_h, small_w)) | 1)
    density = cv2.boxFilter((marks > 0).astype(np.float32), -1, (window, window))
    peak = float(density.max())
    if peak <= 0.0:
        return None
    dense = (density >= DENSE_SHARE * peak).astype(np.uint8)
    _count, labels = cv2.connectedComponents(dense)
    row, column = np.unravel_index(int(np.argmax(density)), density.shape)
    region = labels == labels[row, column]
    return np.where(region & (marks > 0), 255, 0).astype(np.uint8)


def _padded_box(print_mask: GreyImage) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) around ``print_mask``, padded by a card's margin (``TEXT_PAD``)."""
    small_h, small_w = print_mask.shape[:2]
    ys, xs = np.nonzero(print_mask)
    if len(xs) == 0:
        return None
    left, right, top, bottom = int(xs.min()), int(xs.max()), int(ys.min()), int(ys.max())
    pad = int(TEXT_PAD * max(right - left, bottom - top)) + 2
    return max(0, left - pad), max(0, top - pad), min(small_w - 1, right + pad), min(small_h - 1, bottom + pad)


def _spans_photo(box: tuple[int, int, int, int], width: int, height: int) -> bool:
    return _span(box, width, height) > TEXT_CROP_SPAN


def _area_share(box: tuple[int, int, int, int], width: int, height: int) -> float:
    left, top, right, bottom = box
    return (right - left) * (bottom - top) / (width * height)


def _span(box: tuple[int, int, int, int], width: int, height: int) -> float:
    """The larger of the shares of the image's width and height that ``box`` spans."""
    left, top, right, bottom = box
    return max((right - left) / width, (bottom - top) / height)


def print_groups(text: GreyImage) -> tuple[np.ndarray, np.ndarray] | None:
    """The print joined into groups (dilated by ``TEXT_JOIN`` of the short side): each pixel's group label and
    the print pixels per group (0 for the background); None when there is no print."""
    small_h, small_w = text.shape[:2]
    join = max(3, int(TEXT_JOIN * min(small_h, small_w)))
    grouped = cv2.dilate(text, cv2.getStructuringElement(cv2.MORPH_RECT, (join, join)))
    count, labels = cv2.connectedComponents(grouped)
    if count < 2:
        return None
    print_per_group = np.bincount(labels[text > 0].ravel(), minlength=count)
    print_per_group[0] = 0
    return labels, print_per_group


def card_print(text: GreyImage, groups: tuple[np.ndarray, np.ndarray] | None, largest_only: bool = False) -> GreyImage:
    """The print of the groups (``print_groups(text)``) holding at least ``TEXT_GROUP_SHARE`` of the largest
    group's (specks left out); ``largest_only``: of the largest group alone."""
    if groups is None:
        return np.zeros(text.shape, np.uint8)
    labels, print_per_group = groups
    share = 1.0 if largest_only else TEXT_GROUP_SHARE
    keep = print_per_group >= share * print_per_group.max()
    return np.where(keep[labels] & (text > 0), 255, 0).astype(np.uint8)


def main_print(text: GreyImage) -> GreyImage:
    """The print of the group holding the most of it (joined as ``card_print`` joins it): one card's."""
    return _main_print_of(text, print_groups(text))


def _main_print_of(text: GreyImage, groups: tuple[np.ndarray, np.ndarray] | None) -> GreyImage:
    """``main_print`` from the print's groups found already (``print_groups``)."""
    if groups is None:
        return text
    labels, print_per_group = groups
    return np.where((labels == int(np.argmax(print_per_group))) & (text > 0), 255, 0).astype(np.uint8)
