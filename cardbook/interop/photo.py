"""Card images as vCard photos: JPEG, small enough for every address book, decoded safely."""

from __future__ import annotations

import io

MAX_PIXELS = 40_000_000  # refuse to decode larger images (decompression bombs); a card photo is ~12 Mpx
MAX_SIDE = 480  # a card image in an address book is a thumbnail; Outlook and older phones choke on big photos
MAX_BYTES = 60_000


def sniff_image_type(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def jpeg_photo(data: bytes, max_side: int = MAX_SIDE, max_bytes: int = MAX_BYTES) -> bytes | None:
    """The image re-encoded as a baseline JPEG no larger than max_side pixels and max_bytes; None if unusable."""
    from PIL import Image, UnidentifiedImageError  # Pillow is heavy: only exports with photos pay for it

    try:
        with Image.open(io.BytesIO(data)) as opened:
            width, height = opened.size
            if width * height > MAX_PIXELS or width == 0 or height == 0:
                return None
            opened.draft("RGB", (max_side, max_side))  # JPEG: decode at a reduced scale, much faster
            image = opened.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    side = max_side
    while side >= 64:
        scaled = image.copy()
        scaled.thumbnail((side, side))
        for quality in (82, 70, 58, 45):
            out = io.BytesIO()
            scaled.save(out, "JPEG", quality=quality, optimize=True)
            if out.tell() <= max_bytes:
                return out.getvalue()
        side = side * 3 // 4
    return None
