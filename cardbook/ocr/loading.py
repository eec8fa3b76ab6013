"""Load any photo or scan the user drops (JPEG, PNG, WebP, TIFF, HEIC) into one BGR array, safely.

Everything goes through Pillow (+ pillow-heif) so that EXIF orientation is applied exactly once:
``cv2.imread`` would rotate again on its own. Sizes are checked from the header before the pixels are
decoded, so a hostile or absurd file costs nothing, and every failure becomes an ``ImageLoadError``
whose message is one human-readable line.
"""

from __future__ import annotations

import os
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from cardbook.ocr.types import BgrImage

pillow_heif.register_heif_opener()

DEFAULT_MAX_PIXELS = 80_000_000
# Pillow warns above MAX_IMAGE_PIXELS and raises DecompressionBombError above twice that. We check the
# header ourselves first; this is the safety net for formats whose size we could not read up front.
Image.MAX_IMAGE_PIXELS = DEFAULT_MAX_PIXELS


class ImageLoadError(Exception):
    """The file cannot be used as an image; ``str(error)`` is a one-line message for the user."""


@dataclass(frozen=True, slots=True)
class LoadLimits:
    max_bytes: int = 200 * 1024 * 1024
    max_pixels: int = DEFAULT_MAX_PIXELS
    # Longest side kept after loading. A 12 MP phone photo holds a card at far more resolution than OCR
    # needs; a smaller array makes detection and warping cheaper.
    max_side: int = 3200


@dataclass(frozen=True, slots=True)
class LoadedImage:
    """Pixels (BGR, upright) plus how they relate to the file: ``scale`` = loaded size / file size."""

    pixels: BgrImage
    original_width: int
    original_height: int
    scale: float
    format: str


# Signatures of files people drop by mistake, so the message says what the file is instead of "unknown".
_NON_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"{\\rtf", "an RTF document"),
    (b"<?xml", "an XML or SVG document"),
    (b"<svg", "an SVG drawing"),
    (b"BEGIN:VCARD", "a vCard"),
)

# The file names a folder is searched for when the user gives a folder (the command line, the window's import,
# the evaluation tools). A file given by name is read whatever its name: `load_image` decides by content.
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif", ".bmp"})

_FORMAT_NAMES = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WebP", "TIFF": "TIFF", "HEIF": "HEIC"}


def _describe_non_image(head: bytes) -> str | None:
    for signature, what in _NON_IMAGE_SIGNATURES:
        if head.startswith(signature):
            return what
    stripped = head.lstrip()
    if stripped[:1] == b"<" and b"html" in stripped[:200].lower():
        return "an HTML page"
    if stripped[:5].lower() == b"<svg " or b"<svg" in stripped[:300]:
        return "an SVG drawing"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    if text and printable / len(text) > 0.95:
        return "text"
    return None


def _guess_format_from_bytes(head: bytes) -> str:
    if head.startswith(b"\xff\xd8"):
        return "JPEG"
    if head.startswith(b"\x89PNG"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[4:8] == b"ftyp":
        return "HEIC"
    return "image"


def _check_file(path: Path, limits: LoadLimits) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImageLoadError("no such file") from None
    except OSError as error:
        raise ImageLoadError(f"cannot read file ({error.strerror or error})") from None
    if path.is_dir():
        raise ImageLoadError("is a folder, not an image")
    if size == 0:
        raise ImageLoadError("empty file")
    if size > limits.max_bytes:
        raise ImageLoadError(f"file too large ({size / 1_048_576:.0f} MB)")
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError as error:
        raise ImageLoadError(f"cannot read file ({error.strerror or error})") from None
    what = _describe_non_image(head)
    if what is not None:
        raise ImageLoadError(f"not an image (looks like {what})")
    return head


def _to_rgb(image: Image.Image) -> Image.Image:
    """Any mode (palette, 16-bit, CMYK, with alpha) to 8-bit RGB; transparency becomes white paper."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        array = np.asarray(image, dtype=np.float64)
        top = float(array.max()) or 1.0
        return Image.fromarray((array * (255.0 / top)).astype(np.uint8)).convert("RGB")
    if image.mode == "F":
        array = np.clip(np.asarray(image, dtype=np.float64), 0.0, 255.0)
        return Image.fromarray(array.astype(np.uint8)).convert("RGB")
    return image.convert("RGB")


def load_image(path: str | os.PathLike[str], limits: LoadLimits | None = None) -> LoadedImage:
    """Open, size-check, decode, orient (EXIF) and downscale one image file.

    Raises ``ImageLoadError`` with a one-line human message for anything that is not a usable image.
    """
    limits = limits or LoadLimits()
    file = Path(path)
    head = _check_file(file, limits)
    kind = _guess_format_from_bytes(head)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; make it an error like above it.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with _open_header(file) as opened:
                kind = _FORMAT_NAMES.get(opened.format or "", kind)
                width, height = opened.size
                if width <= 0 or height <= 0:
                    raise ImageLoadError(f"invalid image size ({width}×{height} px)")
                if width * height > limits.max_pixels:
                    raise ImageLoadError(f"image too large ({width}×{height} px)")
                if kind == "JPEG":
                    # Decode JPEGs directly at a reduced scale (1/2, 1/4, 1/8): much faster and lighter.
                    opened.draft("RGB", (limits.max_side, limits.max_side))
                opened.load()
                upright = ImageOps.exif_transpose(opened)
                rgb = _to_rgb(upright)
    except ImageLoadError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageLoadError("image too large (decompression bomb)") from None
    except UnidentifiedImageError:
        raise ImageLoadError("not an image (unknown file format)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        text = str(error).lower()
        if "truncated" in text or isinstance(error, EOFError) or "premature" in text:
            raise ImageLoadError(f"truncated or corrupt {kind}") from None
        raise ImageLoadError(f"corrupt {kind} ({_first_line(error)})") from None
    except MemoryError:
        raise ImageLoadError("not enough memory to open this image") from None
    except Exception as error:  # decoder plug-ins (HEIF) raise their own types on corrupt data
        raise ImageLoadError(f"corrupt {kind} ({_first_line(error)})") from None

    rgb = _limit_side(rgb, limits.max_side)
    pixels: BgrImage = np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8)[:, :, ::-1])
    original_w, original_h = _oriented_size(width, height, rgb.size)
    scale = rgb.size[0] / original_w if original_w else 1.0
    return LoadedImage(pixels, original_w, original_h, scale, kind)


_open_lock = threading.Lock()


def _open_header(file: Path) -> Image.Image:
    """``Image.open`` (header only) with Pillow's own bomb check off for that instant, so that our check
    can name the size ("20000×20000 px"); the pixels are decoded later, after our size check."""
    with _open_lock:
        saved = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = None
        try:
            return Image.open(file)
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def _limit_side(image: Image.Image, max_side: int) -> Image.Image:
    longest = max(image.size)
    if longest <= max_side:
        return image
    factor = max_side / longest
    size = (max(1, round(image.size[0] * factor)), max(1, round(image.size[1] * factor)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _oriented_size(width: int, height: int, loaded: tuple[int, int]) -> tuple[int, int]:
    """The file's size in the upright orientation (EXIF may have swapped width and height)."""
    loaded_portrait = loaded[1] > loaded[0]
    file_portrait = height > width
    return (height, width) if loaded_portrait != file_portrait and width != height else (width, height)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__
