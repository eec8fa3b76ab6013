"""How straightened card crops are stored: JPEG at quality 90.

PNG kept every pixel of a photographed card, 5–10× the size of the source JPEG (a 0.97 MB photo gave a
7.1 MB crop), for no gain: the crop is shown and re-read, and a phone photo's own noise is larger than
JPEG's loss at this quality. Originals are stored as they came.
"""

from __future__ import annotations

import cv2

from cardbook.ocr.types import BgrImage

CROP_JPEG_QUALITY = 90  # text edges stay clean at 90; below ~80 ringing shows around small print
CROP_EXTENSION = "jpg"


def encode_crop(image: BgrImage) -> bytes | None:
    """``image`` (BGR) as JPEG bytes, or None when OpenCV cannot encode it."""
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, CROP_JPEG_QUALITY])
    return encoded.tobytes() if ok else None
