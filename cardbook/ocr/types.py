"""Small shared types of the reading pipeline: image arrays and rectangles."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

BgrImage = npt.NDArray[np.uint8]  # height × width × 3, OpenCV channel order
GreyImage = npt.NDArray[np.uint8]  # height × width
Points = npt.NDArray[np.float32]  # n × 2 (x, y)


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle in pixels of the straightened card."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def center_y(self) -> float:
        return self.top + self.height / 2

    def union(self, other: Box) -> Box:
        left, top = min(self.left, other.left), min(self.top, other.top)
        right, bottom = max(self.right, other.right), max(self.bottom, other.bottom)
        return Box(left, top, right - left, bottom - top)

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.left, self.top, self.width, self.height)


def union_all(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    result = boxes[0]
    for box in boxes[1:]:
        result = result.union(box)
    return result


def as_u8(array: object) -> npt.NDArray[np.uint8]:
    """An OpenCV result typed as 8-bit pixels (no copy when it already is uint8)."""
    return np.asarray(array, dtype=np.uint8)


def rescale(image: npt.NDArray[np.uint8], factor: float, interpolation: int) -> npt.NDArray[np.uint8]:
    """``image`` scaled by ``factor``, never below one pixel a side (a 10×3000 strip stays valid)."""
    import cv2  # local: keeps this module importable for type aliases without OpenCV's start-up

    height, width = image.shape[:2]
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    return as_u8(cv2.resize(image, size, interpolation=interpolation))
