"""RapidOCR's Python steps around its two models, done with less Python holding the GIL: same outputs, to the bit.

Two reading threads (``cardbook scan --jobs 2``) only overlap where a card's work releases the GIL (OpenCV,
onnxruntime, Tesseract). Around its models, rapidocr (3.x) spends per card some 15-30 ms of Python and NumPy
(docs/measuring/speed-and-memory.md, "Less Python holding the GIL per card"): one pass of NumPy for the
detector's input in float64, two passes over the recogniser's whole output (18,711 scores per step) to find
each step's best letter and its score, and a NumPy call per point and a dozen per word to place each word's box.
Each step here gives what rapidocr's gives:

- ``LutDetPreProcess``: the detector's input scaled through a 256-entry table (``cv2.LUT``) built by rapidocr's
  own arithmetic (a pixel's value alone decides its scaled value), the planes laid out by OpenCV;
- ``LutTextRecognizer``: a line crop scaled the same way for the recogniser;
- ``SinglePassCtcDecode``: each step's best letter (``argmax``) and its score taken at that letter, instead of
  a second pass for the maximum (the same number: the maximum is the value at the first maximal index);
- ``FastRecBoxes``: a word's box in the card when the line's crop is mapped back by an exact identity (an
  upright box, the usual case): the points themselves, shifted; another horizontal line keeps rapidocr's
  ``np.dot`` per point with its points ordered in plain Python (``_ordered``); a vertical one, rapidocr's steps.

``install`` swaps them into a loaded engine (``rapid_engine._engine``); ``tests/ocr/test_rapid_boxes.py``
compares each with rapidocr's own on the same inputs.
"""

from __future__ import annotations

import math
from typing import Any

import cv2
import numpy as np
from rapidocr.cal_rec_boxes.main import CalRecBoxes, Direction
from rapidocr.ch_ppocr_det.main import TextDetector
from rapidocr.ch_ppocr_det.utils import DetPreProcess
from rapidocr.ch_ppocr_rec.main import TextRecognizer
from rapidocr.ch_ppocr_rec.utils import CTCLabelDecode

# The byte values a table maps: every value of an 8-bit plane.
_BYTE_VALUES = 256


class LutDetPreProcess(DetPreProcess):
    """rapidocr's detector input (resize, ``(x / 255 - mean) / std`` in float64, channels first, float32) with the
    scaling read from a table: one native pass instead of five NumPy ones over a float64 copy."""

    def __call__(self, img: np.ndarray) -> np.ndarray | None:
        if img.dtype != np.uint8 or img.ndim != 3 or img.shape[2] != 3:
            return super().__call__(img)
        resized = self.resize(img)
        if resized is None:
            return None
        if self._tables is None:
            self._tables = self._scaled_bytes()
        planes = cv2.split(resized)
        first, *others = self._tables
        if all(np.array_equal(first, table) for table in others):
            scaled = cv2.LUT(cv2.vconcat(planes), first)  # the three planes stacked: one table for all
        else:
            scaled = cv2.vconcat([cv2.LUT(plane, table) for plane, table in zip(planes, self._tables, strict=True)])
        return scaled.reshape(1, 3, *resized.shape[:2])

    _tables: list[np.ndarray] | None = None

    def _scaled_bytes(self) -> list[np.ndarray]:
        """Each channel's value for every byte, computed by rapidocr's own ``normalize`` (then float32, as its
        ``__call__`` casts): the same arithmetic on the same values gives the same numbers."""
        values = np.repeat(np.arange(_BYTE_VALUES, dtype=np.uint8)[:, None, None], 3, axis=2)
        scaled = np.asarray(self.normalize(values)).astype(np.float32)
        return [np.ascontiguousarray(scaled[:, 0, channel]) for channel in range(3)]


class LutTextDetector(TextDetector):
    """rapidocr's detector with ``LutDetPreProcess`` (its variants, shallow copies, keep the class). rapidocr
    makes a new preprocessing per image, whose ``np.array`` of the configuration's mean and std (OmegaConf
    lists) took 2 ms of Python: one is kept per detection size (it holds nothing of an image)."""

    def get_preprocess(self) -> DetPreProcess:
        side: Any = self.limit_side_len  # rapidocr's config types them loosely (Any | None)
        kind: Any = self.limit_type
        kept: dict[tuple[Any, Any], LutDetPreProcess] = self.__dict__.setdefault("_kept_preprocess", {})
        if (side, kind) not in kept:
            kept[(side, kind)] = LutDetPreProcess(side, kind, self.mean, self.std)
        return kept[(side, kind)]


def _rec_table() -> np.ndarray:
    """rapidocr's recogniser scaling (``resize_norm_img``: float32, / 255, - 0.5, / 0.5) of every byte value."""
    values = np.arange(_BYTE_VALUES, dtype=np.uint8).astype("float32") / 255
    values -= 0.5
    values /= 0.5
    return values


_REC_TABLE = _rec_table()


class LutTextRecognizer(TextRecognizer):
    """rapidocr's recogniser with each crop scaled through ``_REC_TABLE`` and laid out by OpenCV."""

    def resize_norm_img(self, img: np.ndarray, max_wh_ratio: float) -> np.ndarray:
        img_channel, img_height, img_width = self.rec_image_shape
        if img.dtype != np.uint8 or img.ndim != 3 or img.shape[2] != img_channel:
            return super().resize_norm_img(img, max_wh_ratio)
        img_width = int(img_height * max_wh_ratio)
        height, width = img.shape[:2]
        ratio = width / float(height)
        resized_w = min(img_width, math.ceil(img_height * ratio))  # rapidocr's choice, in one
        resized = cv2.resize(img, (resized_w, img_height))
        scaled = cv2.LUT(cv2.vconcat(cv2.split(resized)), _REC_TABLE).reshape(img_channel, img_height, resized_w)
        padded = np.zeros((img_channel, img_height, img_width), dtype=np.float32)
        padded[:, :, :resized_w] = scaled
        return padded


class SinglePassCtcDecode(CTCLabelDecode):
    """rapidocr's CTC decoding with each step's score read at its best letter (one pass over the scores)."""

    def __call__(self, preds: np.ndarray, return_word_box: bool = False, **kwargs: Any) -> Any:
        preds_idx = preds.argmax(axis=2)
        preds_prob = np.take_along_axis(preds, preds_idx[..., None], axis=2)[..., 0]
        return self.decode(
            preds_idx,
            preds_prob,
            return_word_box,
            kwargs.get("wh_ratio_list", (1.0,)),
            kwargs.get("max_wh_ratio", 1.0),
            remove_duplicate=True,
        )


def _identity_back(box: np.ndarray) -> tuple[int, int] | None:
    """(left, top) of ``box`` when rapidocr's mapping of its crop back to the card (``reverse_rotate_crop_image``:
    the inverse of the crop's perspective transform) is exactly the identity plus that shift, else None. The
    same OpenCV calls as rapidocr's on the same numbers: an inverse that is off the identity by 1e-18 (a box in
    seven) changes the rounding of a point, and such a box takes rapidocr's own steps."""
    points = np.array(box, copy=True)
    left, top = int(np.min(points[:, 0])), int(np.min(points[:, 1]))
    points[:, 0] -= left
    points[:, 1] -= top
    width = int(np.linalg.norm(points[0] - points[1]))
    height = int(np.linalg.norm(points[0] - points[3]))
    upright = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    _, inverse = cv2.invert(cv2.getPerspectiveTransform(points, upright))
    return (left, top) if np.array_equal(inverse, np.eye(3)) else None


def _shifted_rectangle(word: list[list[float]], left: int, top: int) -> list[list[int]] | None:
    """A word's four points (rapidocr's order: top-left, top-right, bottom-right, bottom-left) shifted into the
    card as rapidocr's identity mapping writes them (``int`` of each coordinate plus the shift), when they form
    an upright rectangle that rapidocr's ``order_points`` leaves in that order; else None."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = word
    if not (x0 == x3 and x1 == x2 and y0 == y1 and y2 == y3 and x0 <= x1 and y0 <= y2):
        return None
    a, b = int(x0 + left), int(x1 + left)
    c, d = int(y0 + top), int(y2 + top)
    return [[a, c], [b, c], [b, d], [a, d]]


class FastRecBoxes:
    """rapidocr's ``CalRecBoxes`` (each word's box in the card) with the upright lines placed in plain Python."""

    def __init__(self, steps: CalRecBoxes) -> None:
        self._steps = steps

    def __call__(
        self, imgs: list[np.ndarray], dt_boxes: np.ndarray, rec_res: Any, return_single_char_box: bool = False
    ) -> Any:
        steps = self._steps
        word_results = []
        for index, (img, box) in enumerate(zip(imgs, dt_boxes, strict=False)):
            if rec_res.txts is None or img.size == 0 or rec_res.word_results is None:
                continue
            height, width = img.shape[:2]
            img_box = np.array([[0, 0], [width, 0], [width, height], [0, height]])
            contents, words, confidences = steps.cal_ocr_word_box(
                rec_res.txts[index], img_box, rec_res.word_results[index], return_single_char_box
            )
            # rapidocr deep-copies the list first: it is built here and used nowhere else.
            words = steps.adjust_box_overlap(words)
            placed = self._placed(box, words)
            if placed is None:
                direction = steps.get_box_direction(box)
                placed = steps.reverse_rotate_crop_image(np.array(box, copy=True), words, direction)
            word_results.append(list(zip(contents, confidences, placed, strict=False)))
        rec_res.word_results = tuple(word_results)
        return rec_res

    def _placed(self, box: np.ndarray, words: list[list[list[float]]]) -> list[list[list[int]]] | None:
        """The words' points in the card for an upright line (rapidocr's ``reverse_rotate_crop_image``), else None
        (a vertical line: rapidocr's own steps)."""
        if self._steps.get_box_direction(box) != Direction.HORIZONTAL:
            return None
        shift = _identity_back(box)
        if shift is not None:
            placed = [_shifted_rectangle(word, *shift) for word in words]
            if all(points is not None for points in placed):
                return placed  # type: ignore[return-value]
        return _mapped_back(np.array(box, copy=True), words)


def _mapped_back(bbox_points: np.ndarray, words: list[list[list[float]]]) -> list[list[list[int]]]:
    """rapidocr's ``reverse_rotate_crop_image`` for a horizontal line, step for step (the same ``np.dot`` per
    point, whose rounding decides a coordinate), with its ``order_points`` done in plain Python (``_ordered``)."""
    left = int(np.min(bbox_points[:, 0]))
    top = int(np.min(bbox_points[:, 1]))
    bbox_points[:, 0] = bbox_points[:, 0] - left
    bbox_points[:, 1] = bbox_points[:, 1] - top
    width = int(np.linalg.norm(bbox_points[0] - bbox_points[1]))
    height = int(np.linalg.norm(bbox_points[0] - bbox_points[3]))
    upright = np.array([[0, 0], [width, 0], [width, height], [0, height]]).astype(np.float32)
    _, inverse = cv2.invert(cv2.getPerspectiveTransform(bbox_points, upright))
    placed = []
    for word in words:
        points = []
        for point in word:
            x, y, z = np.dot(inverse, np.array([*point, 1]))
            points.append([int(x / z + left), int(y / z + top)])
        placed.append(_ordered(points))
    return placed


def _ordered(points: list[list[int]]) -> list[list[int]]:
    """rapidocr's ``CalRecBoxes.order_points`` on four integer points, without NumPy: top-left, top-right,
    bottom-right, bottom-left, by its cases (a rhombus, a vertical segment, two points level in x, the rest),
    each of its selections taking the first matching point as its ``convert_to_1x2`` does."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    center_x, center_y = sum(xs) / 4, sum(ys) / 4

    def first(rows: list[list[int]], axis: int, pick: Any) -> list[int]:
        wanted = pick(row[axis] for row in rows)
        return next(row for row in rows if row[axis] == wanted)

    if center_x in xs and center_y in ys:
        return [first(points, 0, min), first(points, 1, min), first(points, 0, max), first(points, 1, max)]
    if all(x == center_x for x in xs):
        return sorted(points, key=lambda row: row[1])
    if center_x in xs and all(y != center_y for y in ys):
        upper = [row for row in points if row[1] < center_y]
        lower = [row for row in points if row[1] > center_y]
        return [first(upper, 0, min), first(upper, 0, max), first(lower, 0, max), first(lower, 0, min)]
    lefts = [row for row in points if row[0] < center_x]
    rights = [row for row in points if row[0] > center_x]
    return [first(lefts, 1, min), first(rights, 1, min), first(rights, 1, max), first(lefts, 1, max)]


def install(engine: Any) -> None:
    """Swap the steps above into a loaded rapidocr engine (its detector and recogniser loaded)."""
    if type(engine.text_det) is TextDetector:
        engine.text_det.__class__ = LutTextDetector
    if type(engine.text_rec) is TextRecognizer:
        engine.text_rec.__class__ = LutTextRecognizer
    decoder = engine.text_rec.postprocess_op
    if type(decoder) is CTCLabelDecode:
        decoder.__class__ = SinglePassCtcDecode
    if type(engine.cal_rec_boxes) is CalRecBoxes:
        engine.cal_rec_boxes = FastRecBoxes(engine.cal_rec_boxes)
